import {
  petitionAnswerInput,
  petitionDecideInput,
  petitionFollowUpInput,
  petitionReferenceInput,
  petitionReviewInput,
  petitionScheduleInput,
} from '@shabaka/api/schemas';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { usePortal } from '../../config';
import { ActionForm, count, type Values } from './ActionForm';
import { usePetitionsDeskI18n } from './i18n';
import { isolate, refusalText, useDate, useDay, useSessions, type Dossier } from './model';

/** Every procedure of the bureau takes the commune and what the form gives; the page refreshes after each. */
function useBureau() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const refresh = () => queryClient.invalidateQueries(trpc.petitions.pathFilter());
  const opts = { onSuccess: refresh };
  return {
    slug,
    review: useMutation(trpc.petitions.review.mutationOptions(opts)),
    answer: useMutation(trpc.petitions.answer.mutationOptions(opts)),
    schedule: useMutation(trpc.petitions.schedule.mutationOptions(opts)),
    debate: useMutation(trpc.petitions.debate.mutationOptions(opts)),
    decide: useMutation(trpc.petitions.decide.mutationOptions(opts)),
    followUp: useMutation(trpc.petitions.followUp.mutationOptions(opts)),
    reference: useMutation(trpc.petitions.reference.mutationOptions(opts)),
  };
}

const FILED_OR_LATER = new Set(['filed', 'admissible', 'rejected', 'debated', 'decided', 'answered']);

/**
 * The bureau's work on one petition, as its state allows: review a filed petition (admissible with a committee,
 * or rejected with reasons) within the clock, answer a citizen proposal, move an admissible one to another
 * session, mark it debated, record the council's decision and its follow-up, and the national portal's reference.
 */
export function BureauActions({ p }: { p: Dossier }) {
  const i18n = usePetitionsDeskI18n();
  const { t } = i18n;
  const date = useDate();
  const b = useBureau();
  const code = isolate(p.code);
  // Said here, not by the form: once decided, the petition's state changes and the form goes away.
  const [said, setSaid] = useState('');
  return (
    <Card title={t('petitionsDesk.bureau.title')} headingLevel={3}>
      <div className="shb-stack">
        <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
        {p.state === 'filed' && p.answerDueAt && (
          <Alert tone={p.overdue ? 'warning' : 'info'}>
            {t(p.overdue ? 'petitionsDesk.bureau.late' : 'petitionsDesk.bureau.dueBy', { date: date(p.answerDueAt) })}
          </Alert>
        )}
        {p.state === 'filed' && p.track === 'petition' && (
          <>
            <ActionForm
              onDone={setSaid}
              legend={t('petitionsDesk.review.admissible', { code })}
              fields={[
                {
                  name: 'committee',
                  label: t('petitionsDesk.review.committee'),
                  hint: t('petitionsDesk.review.committeeHint'),
                  required: true,
                  maxLength: 200,
                },
                { name: 'note', label: t('petitionsDesk.review.note'), kind: 'area', maxLength: 4000 },
              ]}
              schema={petitionReviewInput}
              toInput={(v: Values) => ({
                id: p.id,
                decision: 'admissible',
                committee: v.committee,
                note: v.note || undefined,
              })}
              send={(input) =>
                b.review.mutateAsync({
                  commune: b.slug,
                  ...(input as { id: string; decision: 'admissible'; committee: string }),
                })
              }
              done={t('petitionsDesk.review.doneAdmissible', { code })}
              submit={t('petitionsDesk.review.submitAdmissible')}
            />
            <ActionForm
              onDone={setSaid}
              legend={t('petitionsDesk.review.rejected', { code })}
              fields={[
                {
                  name: 'reasons',
                  label: t('petitionsDesk.review.reasons'),
                  hint: t('petitionsDesk.review.reasonsHint'),
                  kind: 'area',
                  required: true,
                  maxLength: 4000,
                },
              ]}
              schema={petitionReviewInput}
              toInput={(v: Values) => ({ id: p.id, decision: 'rejected', reasons: v.reasons })}
              send={(input) =>
                b.review.mutateAsync({
                  commune: b.slug,
                  ...(input as { id: string; decision: 'rejected'; reasons: string }),
                })
              }
              done={t('petitionsDesk.review.doneRejected', { code })}
              submit={t('petitionsDesk.review.submitRejected')}
              variant="secondary"
            />
          </>
        )}
        {p.state === 'filed' && p.track === 'proposal' && (
          <ActionForm
            onDone={setSaid}
            legend={t('petitionsDesk.answer.legend', { code })}
            intro={<p>{t('petitionsDesk.answer.intro')}</p>}
            fields={[
              { name: 'answer', label: t('petitionsDesk.answer.text'), kind: 'area', required: true, maxLength: 4000 },
            ]}
            schema={petitionAnswerInput}
            toInput={(v: Values) => ({ id: p.id, answer: v.answer })}
            send={(input) => b.answer.mutateAsync({ commune: b.slug, ...(input as { id: string; answer: string }) })}
            done={t('petitionsDesk.answer.done', { code })}
            submit={t('petitionsDesk.answer.submit')}
          />
        )}
        {p.state === 'admissible' && (
          <>
            <Schedule p={p} send={(input) => b.schedule.mutateAsync({ commune: b.slug, ...input })} />
            <div className="shb-stack">
              <p>{t('petitionsDesk.debate.intro')}</p>
              {b.debate.error && <Alert tone="error">{refusalText(b.debate.error, i18n)}</Alert>}
              <div>
                <Button busy={b.debate.isPending} onClick={() => b.debate.mutate({ commune: b.slug, id: p.id })}>
                  {t('petitionsDesk.debate.submit')}
                </Button>
              </div>
            </div>
          </>
        )}
        {p.state === 'debated' && (
          <ActionForm
            onDone={setSaid}
            legend={t('petitionsDesk.decide.legend', { code })}
            fields={[
              { name: 'for', label: t('petitionsDesk.decide.for'), kind: 'number', required: true },
              { name: 'against', label: t('petitionsDesk.decide.against'), kind: 'number', required: true },
              { name: 'abstain', label: t('petitionsDesk.decide.abstain'), kind: 'number', required: true },
              {
                name: 'decision',
                label: t('petitionsDesk.decide.decision'),
                kind: 'area',
                required: true,
                maxLength: 4000,
              },
              {
                name: 'record',
                label: t('petitionsDesk.decide.record'),
                hint: t('petitionsDesk.decide.recordHint'),
                required: true,
                maxLength: 300,
              },
            ]}
            schema={petitionDecideInput}
            toInput={(v: Values) => ({
              id: p.id,
              vote: { for: count(v.for!), against: count(v.against!), abstain: count(v.abstain!) },
              decision: v.decision,
              record: v.record,
            })}
            rename={(path) => path.replace(/^vote[.[](for|against|abstain)\]?$/, '$1')}
            send={(input) =>
              b.decide.mutateAsync({
                commune: b.slug,
                ...(input as {
                  id: string;
                  vote: { for: number; against: number; abstain: number };
                  decision: string;
                  record: string;
                }),
              })
            }
            done={t('petitionsDesk.decide.done', { code })}
            submit={t('petitionsDesk.decide.submit')}
          />
        )}
        {p.state === 'decided' && (
          <ActionForm
            onDone={setSaid}
            legend={t('petitionsDesk.followUp.legend', { code })}
            fields={[
              {
                name: 'text',
                label: t('petitionsDesk.followUp.text'),
                hint: t('petitionsDesk.followUp.hint'),
                kind: 'area',
                required: true,
                maxLength: 4000,
              },
            ]}
            schema={petitionFollowUpInput}
            toInput={(v: Values) => ({ id: p.id, text: v.text })}
            send={(input) => b.followUp.mutateAsync({ commune: b.slug, ...(input as { id: string; text: string }) })}
            done={t('petitionsDesk.followUp.done', { code })}
            submit={t('petitionsDesk.followUp.submit')}
          />
        )}
        {FILED_OR_LATER.has(p.state) && (
          <ActionForm
            onDone={setSaid}
            legend={t('petitionsDesk.reference.legend', { code })}
            fields={[
              {
                name: 'reference',
                label: t('petitionsDesk.reference.text'),
                hint: t('petitionsDesk.reference.hint'),
                required: true,
                maxLength: 60,
              },
            ]}
            schema={petitionReferenceInput}
            toInput={(v: Values) => ({ id: p.id, reference: (v.reference ?? '').trim() })}
            send={(input) =>
              b.reference.mutateAsync({ commune: b.slug, ...(input as { id: string; reference: string }) })
            }
            done={t('petitionsDesk.reference.done', { code })}
            submit={t('petitionsDesk.reference.submit')}
            variant="secondary"
          />
        )}
      </div>
    </Card>
  );
}

/** Another session of the calendar: only entered sessions (with an id) can take a petition. */
function Schedule({ p, send }: { p: Dossier; send: (input: { id: string; sessionId: string }) => Promise<unknown> }) {
  const { t, formatList } = usePetitionsDeskI18n();
  const day = useDay();
  const sessions = useSessions();
  const entered = (sessions.data ?? []).filter((s) => s.id !== null);
  const estimated = (sessions.data ?? []).filter((s) => s.id === null);
  return (
    <ActionForm
      legend={t('petitionsDesk.schedule.legend', { code: isolate(p.code) })}
      intro={
        <>
          <p>{t('petitionsDesk.schedule.intro')}</p>
          {estimated.length > 0 && (
            <p className="shb-hint">
              {t('petitionsDesk.schedule.estimated', { dates: formatList(estimated.map((s) => day(s.opensOn))) })}
            </p>
          )}
        </>
      }
      fields={[
        {
          name: 'sessionId',
          label: t('petitionsDesk.schedule.session'),
          kind: 'select',
          required: true,
          options: entered.map((s) => ({
            value: s.id!,
            label: t('petitionsDesk.session.option', {
              kind: t(`petitionsDesk.session.kind.${s.kind}`),
              date: day(s.opensOn),
            }),
          })),
        },
      ]}
      schema={petitionScheduleInput}
      toInput={(v: Values) => ({ id: p.id, sessionId: v.sessionId })}
      send={(input) => send(input as { id: string; sessionId: string })}
      done={t('petitionsDesk.schedule.done')}
      submit={t('petitionsDesk.schedule.submit')}
      variant="secondary"
    />
  );
}
