import { petitionSessionInput, petitionSessionUpdateInput } from '@shabaka/api/schemas';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { ActionForm, type Values } from './ActionForm';
import { usePetitionsDeskI18n } from './i18n';
import { useDay, useSessions, type Session } from './model';

type Kind = 'ordinary' | 'extraordinary';
const KINDS: readonly Kind[] = ['ordinary', 'extraordinary'];

/**
 * The council's session calendar (the bureau's): the sessions entered, and the ordinary months' estimates not
 * entered yet; a session added, an entered one moved (its petitions follow it).
 */
export default function SessionsScreen() {
  const i18n = usePetitionsDeskI18n();
  const { t } = i18n;
  const { can } = useMe();
  usePageTitle(t('petitionsDesk.sessions.title'));
  const sessions = useSessions();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const create = useMutation(
    trpc.petitions.createSession.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.petitions.pathFilter()),
    }),
  );
  const kinds = KINDS.map((k) => ({ value: k, label: t(`petitionsDesk.session.kind.${k}`) }));
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('petitionsDesk.sessions.title')}</ScreenHeading>
      <p>{t('petitionsDesk.sessions.intro')}</p>
      <Loaded
        query={sessions}
        describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}
        empty={t('petitionsDesk.sessions.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="pd-list">
            {data.map((s) => (
              <li key={s.id ?? s.opensOn}>
                <SessionItem s={s} editable={can('petitions:review')} />
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      {can('petitions:review') && (
        <ActionForm
          legend={t('petitionsDesk.sessions.add')}
          fields={[
            { name: 'kind', label: t('petitionsDesk.sessions.kind'), kind: 'select', required: true, options: kinds },
            { name: 'opensOn', label: t('petitionsDesk.sessions.opensOn'), kind: 'date', required: true },
            { name: 'note', label: t('petitionsDesk.sessions.note'), maxLength: 300 },
          ]}
          schema={petitionSessionInput}
          toInput={(v: Values) => ({ kind: v.kind || undefined, opensOn: v.opensOn, note: v.note || undefined })}
          send={(input) =>
            create.mutateAsync({ commune: slug, ...(input as { kind: Kind; opensOn: string; note?: string }) })
          }
          done={t('petitionsDesk.sessions.added')}
          submit={t('petitionsDesk.sessions.submitAdd')}
        />
      )}
    </section>
  );
}

function SessionItem({ s, editable }: { s: Session; editable: boolean }) {
  const { t } = usePetitionsDeskI18n();
  const day = useDay();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const update = useMutation(
    trpc.petitions.updateSession.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.petitions.pathFilter()),
    }),
  );
  const title = t('petitionsDesk.session.option', {
    kind: t(`petitionsDesk.session.kind.${s.kind}`),
    date: day(s.opensOn),
  });
  return (
    <Card title={title} headingLevel={3}>
      <div className="shb-stack">
        {s.estimated && <p>{t('petitionsDesk.sessions.estimated')}</p>}
        {s.note && (
          <p>
            <bdi>{s.note}</bdi>
          </p>
        )}
        {editable && s.id && (
          <ActionForm
            legend={t('petitionsDesk.sessions.move', { session: title })}
            fields={[{ name: 'opensOn', label: t('petitionsDesk.sessions.newDate'), kind: 'date', required: true }]}
            schema={petitionSessionUpdateInput}
            toInput={(v: Values) => ({ id: s.id, kind: s.kind, opensOn: v.opensOn, note: s.note ?? undefined })}
            send={(input) =>
              update.mutateAsync({
                commune: slug,
                ...(input as { id: string; kind: Kind; opensOn: string; note?: string }),
              })
            }
            done={t('petitionsDesk.sessions.moved')}
            submit={t('petitionsDesk.sessions.submitMove')}
            variant="secondary"
          />
        )}
      </div>
    </Card>
  );
}
