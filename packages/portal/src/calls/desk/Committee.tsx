import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { callCommitteeInput } from '@shabaka/api/schemas';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { KitForm, useKitForm } from '../../forms/kit';
import { useCallsDeskI18n } from './i18n';
import { deskCheck, FRESH, inLanguage, refusalText, type StaffCall } from './model';
import { Refusal } from './parts';

/**
 * The call's committee: the accounts that score its dossiers (staff or outside experts with an account), seated by
 * their email address until the results are published.
 */
export default function CommitteeScreen({ call }: { call: StaffCall }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t, lang } = i18n;
  const title = inLanguage(call.title, lang);
  usePageTitle(t('callsDesk.committee.pageTitle', { title }));
  const [said, setSaid] = useState('');
  const members = useQuery(trpc.calls.committee.queryOptions({ commune: slug, id: call.id }, FRESH));
  const closed = call.state === 'published' || call.state === 'cancelled';
  return (
    <section className="shb-stack">
      <ScreenHeading>
        {t('callsDesk.committee.title')} — <bdi>{title}</bdi>
      </ScreenHeading>
      <p>{t('callsDesk.committee.intro')}</p>
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <Loaded
        query={members}
        describe={(e) => describeError(e, i18n, { section: 'calls' }).message}
        empty={t('callsDesk.committee.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="cd-list" aria-label={t('callsDesk.committee.members')}>
            {data.map((m) => (
              <li key={m.userId} className="cd-member">
                <span>
                  <bdi>{m.displayName}</bdi> · <bdi dir="ltr">{m.email}</bdi>
                </span>
                {!closed && <Remove call={call} member={m} onDone={setSaid} />}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      {closed ? <p>{t('callsDesk.committee.closed')}</p> : <AddMember call={call} onDone={setSaid} />}
    </section>
  );
}

function Remove({
  call,
  member,
  onDone,
}: {
  call: StaffCall;
  member: { userId: string; displayName: string };
  onDone: (said: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const remove = useMutation(
    trpc.calls.removeMember.mutationOptions({
      onSuccess: async () => {
        onDone(i18n.t('callsDesk.committee.removed', { name: member.displayName }));
        await queryClient.invalidateQueries(trpc.calls.pathFilter());
      },
    }),
  );
  return (
    <>
      <Button
        variant="secondary"
        busy={remove.isPending}
        aria-label={i18n.t('callsDesk.committee.removeNamed', { name: member.displayName })}
        onClick={() => remove.mutate({ commune: slug, id: call.id, userId: member.userId })}
      >
        {i18n.t('callsDesk.committee.remove')}
      </Button>
      <Refusal lines={remove.error ? refusalText(remove.error, i18n) : null} />
    </>
  );
}

function AddMember({ call, onDone }: { call: StaffCall; onDone: (said: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t } = i18n;
  const add = useMutation(
    trpc.calls.addMember.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.calls.pathFilter()),
    }),
  );
  const toInput = (v: { email: string }) => ({ id: call.id, email: v.email });
  const { form, props } = useKitForm({
    defaultValues: { email: '' },
    i18n,
    check: deskCheck(callCommitteeInput, toInput, i18n),
    describe: { section: 'calls' },
    submit: async (v) => {
      await add.mutateAsync({ commune: slug, ...toInput(v) });
      onDone(t('callsDesk.committee.added', { email: v.email.trim() }));
      form.reset();
    },
  });
  return (
    <Card title={t('callsDesk.committee.add')} headingLevel={3}>
      <KitForm {...props} busy={add.isPending}>
        <form.AppField name="email">
          {(field) => (
            <field.TextField
              label={t('callsDesk.committee.email')}
              hint={t('callsDesk.committee.emailHint')}
              type="email"
              dir="ltr"
              autoComplete="off"
              required
            />
          )}
        </form.AppField>
        <Button type="submit" busy={add.isPending}>
          {t('callsDesk.committee.submit')}
        </Button>
      </KitForm>
    </Card>
  );
}
