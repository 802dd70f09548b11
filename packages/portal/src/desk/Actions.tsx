import { isComplaintOpen } from '@shabaka/db/enums';
import { complaintAssignInput, complaintNoteInput, complaintTransitionInput } from '@shabaka/api/schemas';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { usePortal } from '../config';
import { KitForm, schemaCheck, useKitForm, useStore, type KitFormApi } from '../forms/kit';
import { useDesk } from './i18n';
import type { Detail, Stage } from './shared';

type Overview = RouterOutputs['staff']['overview'];
type Target = Exclude<Stage, 'received'>;

/** What an agent does to a complaint: move it to one of its next stages, assign it, or only write. */
export type ComplaintAction = Target | 'assign' | 'note';

/** Who may be given a complaint: members who process complaints. */
const ASSIGNABLE = ['agent', 'department_head', 'commune_admin'];

/** The action area's one form: the action, its own fields, and the one pair of notes every action takes. */
interface Values {
  action: ComplaintAction | '';
  departmentId: string;
  assigneeId: string;
  duplicateOf: string;
  referredTo: string;
  /** What the citizen reads on the tracking page. */
  publicNote: string;
  /** What only the commune's staff read. */
  internalNote: string;
}

/**
 * The actions the API allows in the complaint's state: the stages it may move to (its
 * `nextStages`), assignment while it is open (the service refuses a closed one), and a note,
 * which every complaint takes.
 */
export function allowedActions(c: Pick<Detail, 'stage' | 'nextStages'>): ComplaintAction[] {
  const stages = c.nextStages.filter((s): s is Target => s !== 'received');
  return [...stages, ...(isComplaintOpen(c.stage) ? (['assign'] as const) : []), 'note'];
}

const optional = (value: string) => value.trim() || undefined;

/** The procedure an action calls and its input (what the form checks, then sends). */
function callOf(c: Detail, v: Values & { action: ComplaintAction }) {
  const notes = { publicNote: optional(v.publicNote), internalNote: optional(v.internalNote) };
  if (v.action === 'note') return { procedure: 'note', input: { id: c.id, ...notes } } as const;
  if (v.action === 'assign') {
    const input = { id: c.id, departmentId: v.departmentId || null, assigneeId: v.assigneeId || null, ...notes };
    return { procedure: 'assign', input } as const;
  }
  const input = {
    id: c.id,
    to: v.action,
    ...notes,
    ...(v.action === 'duplicate' ? { duplicateOf: v.duplicateOf.trim() } : {}),
    ...(v.action === 'referred' ? { referredTo: v.referredTo.trim() } : {}),
  };
  return { procedure: 'transition', input } as const;
}

const SCHEMAS = { note: complaintNoteInput, assign: complaintAssignInput, transition: complaintTransitionInput };

/** How the desk reads a refusal: its own texts first; the stage the API names (`to`) is the chosen action. */
const DESCRIBE = { section: 'desk', router: 'complaints', slot: (p: string) => (p === 'to' ? 'action' : p) } as const;

/**
 * The one action area of a complaint: the agent picks what to do among what the complaint's
 * state allows, writes one public note (the citizen reads it) and one internal note (staff
 * only), and sends once. Each action is one existing call (transition, assign, note).
 */
export function ComplaintActions(props: { c: Detail; overview: Overview | undefined; onDone: (m: string) => void }) {
  const { t } = useDesk();
  // A fresh form after each action: emptied, with the choices of the complaint's new state.
  const [round, setRound] = useState(0);
  return (
    <Card title={t('desk.action.title')} headingLevel={3}>
      <ActionForm
        key={`${round}-${props.c.stage}`}
        {...props}
        onDone={(m) => {
          setRound((r) => r + 1);
          props.onDone(m);
        }}
      />
    </Card>
  );
}

function ActionForm({
  c,
  overview,
  onDone,
}: {
  c: Detail;
  overview: Overview | undefined;
  onDone: (m: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t } = i18n;
  const transition = useMutation(trpc.complaints.transition.mutationOptions());
  const assign = useMutation(trpc.complaints.assign.mutationOptions());
  const note = useMutation(trpc.complaints.note.mutationOptions());
  const busy = transition.isPending || assign.isPending || note.isPending;
  const staff = (overview?.members ?? []).filter((m) => m.roles.some((r) => ASSIGNABLE.includes(r)));

  const { form, props } = useKitForm<Values>({
    defaultValues: {
      action: '',
      departmentId: c.departmentId ?? '',
      assigneeId: c.assigneeId ?? '',
      duplicateOf: '',
      referredTo: '',
      publicNote: '',
      internalNote: '',
    },
    i18n,
    check: (v) => {
      if (!v.action) return { action: t('desk.error.field.action') };
      const call = callOf(c, { ...v, action: v.action });
      return schemaCheck(SCHEMAS[call.procedure], () => call.input, i18n, DESCRIBE)(v);
    },
    describe: DESCRIBE,
    submit: async (v) => {
      if (!v.action) return;
      const call = callOf(c, { ...v, action: v.action });
      let done: string;
      if (call.procedure === 'note') {
        await note.mutateAsync({ commune: slug, ...call.input });
        done = t(call.input.publicNote ? 'desk.action.note.donePublic' : 'desk.action.note.doneInternal');
      } else if (call.procedure === 'assign') {
        await assign.mutateAsync({ commune: slug, ...call.input });
        const who = staff.find((m) => m.userId === call.input.assigneeId)?.displayName ?? t('desk.unassigned');
        done = t('desk.action.assign.done', { who });
      } else {
        await transition.mutateAsync({ commune: slug, ...call.input });
        done = t('desk.action.stage.done', { stage: t(`complaintsGlossary.stage.${call.input.to}`) });
      }
      await queryClient.invalidateQueries(trpc.complaints.pathFilter());
      onDone(done);
    },
  });
  const action = useStore(form.store, (s) => s.values.action);
  const choices = allowedActions(c).map((a) => ({
    value: a,
    label:
      a === 'assign' || a === 'note'
        ? t(`desk.action.choice.${a}`)
        : t('desk.action.choice.stage', { stage: t(`complaintsGlossary.stage.${a}`) }),
    // Assigning a complaint just received also acknowledges it: the citizen is told.
    hint: a === 'assign' && c.stage === 'received' ? t('desk.action.assign.acknowledges') : undefined,
  }));

  return (
    <KitForm {...props} busy={busy}>
      <form.AppField name="action">
        {(field) => (
          <field.RadioField
            legend={t('desk.action.label')}
            hint={isComplaintOpen(c.stage) ? undefined : t('desk.action.stage.none')}
            choices={choices}
          />
        )}
      </form.AppField>
      <ActionFields form={form} action={action} overview={overview} staff={staff} />
      {/* One public note and one internal note, whatever the action. */}
      <form.AppField name="publicNote">
        {(field) => (
          <field.TextAreaField
            className="desk-textarea"
            label={t(action === 'rejected' ? 'desk.field.rejectionReason' : 'desk.field.publicNote')}
            hint={t(action === 'rejected' ? 'desk.field.rejectionReasonHint' : 'desk.field.publicNoteHint')}
            required={action === 'rejected'}
            rows={3}
            maxLength={2000}
          />
        )}
      </form.AppField>
      <form.AppField name="internalNote">
        {(field) => (
          <field.TextAreaField
            className="desk-textarea"
            label={t('desk.field.internalNote')}
            hint={t('desk.field.internalNoteHint')}
            rows={2}
            maxLength={2000}
          />
        )}
      </form.AppField>
      <div>
        <Button type="submit" busy={busy}>
          {t('desk.action.submit')}
        </Button>
      </div>
    </KitForm>
  );
}

/** The chosen action's own fields: where to assign, the original of a duplicate, where it was referred. */
function ActionFields({
  form,
  action,
  overview,
  staff,
}: {
  form: KitFormApi<Values>;
  action: Values['action'];
  overview: Overview | undefined;
  staff: Overview['members'];
}) {
  const { t, lang } = useDesk();
  if (action === 'assign')
    return (
      <>
        <form.AppField name="departmentId">
          {(field) => (
            <field.SelectField label={t('desk.field.department')}>
              <option value="">{t('desk.none')}</option>
              {overview?.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.names[lang]}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
        <form.AppField name="assigneeId">
          {(field) => (
            <field.SelectField label={t('desk.field.assignee')}>
              <option value="">{t('desk.unassigned')}</option>
              {staff.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.displayName}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
      </>
    );
  if (action === 'duplicate')
    return (
      <form.AppField name="duplicateOf">
        {(field) => (
          <field.TextField
            label={t('desk.field.duplicateOf')}
            hint={t('desk.field.duplicateOfHint')}
            required
            dir="ltr"
            autoCapitalize="characters"
          />
        )}
      </form.AppField>
    );
  if (action === 'referred')
    return (
      <form.AppField name="referredTo">
        {(field) => (
          <field.TextField
            label={t('desk.field.referredTo')}
            hint={t('desk.field.referredToHint')}
            required
            maxLength={300}
          />
        )}
      </form.AppField>
    );
  return null;
}
