import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Button, Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useCallsI18n } from './i18n';
import { inLanguage, useMad, type MyCalls } from './model';
import './calls.css';

/**
 * The account page's card: the dossiers of the associations the account represents, with their state
 * and outcome, and the calls it sits on the committee of. Says nothing for an account with neither.
 */
export default function MyCallsCard() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useCallsI18n();
  const { t, lang } = i18n;
  const mine = useQuery(trpc.calls.mine.queryOptions({ commune: slug }));
  const committees = useQuery(trpc.calls.myCommittees.queryOptions({ commune: slug }));
  const none = mine.data?.applications.length === 0 && committees.data?.length === 0;
  if (none) return null;
  return (
    <Card title={t('calls.mine.title')} headingLevel={2}>
      <Loaded query={mine} describe={(e) => describeError(e, i18n, { section: 'calls' }).message}>
        {(data) => <Dossiers data={data} />}
      </Loaded>
      {committees.data && committees.data.length > 0 && (
        <section aria-labelledby="calls-committees" className="shb-stack">
          <h3 id="calls-committees" className="cl-subheading">
            {t('calls.mine.committees')}
          </h3>
          <ul className="cl-lines">
            {committees.data.map((c) => (
              <li key={c.id}>
                <Link href={`/calls/${c.id}/committee`}>
                  {t('calls.mine.score', { title: inLanguage(c.title, lang) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}

function Dossiers({ data }: { data: MyCalls }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsI18n();
  const { t, lang, formatDate } = i18n;
  const mad = useMad();
  const withdraw = useMutation(
    trpc.calls.withdraw.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.calls.pathFilter()) }),
  );
  if (data.applications.length === 0) return null;
  return (
    <ul className="cl-list">
      {data.applications.map((a) => (
        <li key={a.id} className="shb-stack">
          <h3 className="cl-subheading">
            <bdi>{inLanguage(a.project, lang)}</bdi>
          </h3>
          <p>
            <Link href={`/calls/${a.call.id}`}>
              <bdi>{inLanguage(a.call.title, lang)}</bdi>
            </Link>{' '}
            · <bdi>{inLanguage(a.association.names, lang)}</bdi>
          </p>
          <p>
            <bdi dir="ltr">{a.code}</bdi> ·{' '}
            {t('calls.mine.filed', { date: formatDate(a.receivedAt, { dateStyle: 'medium' }) })} ·{' '}
            {t('calls.mine.asked', { amount: mad(a.requestedMad) })}
          </p>
          <p>
            <strong>{t(`calls.state.${a.state}`)}</strong>
            {a.grantedMad !== null && ` · ${t('calls.results.granted', { amount: mad(a.grantedMad) })}`}
          </p>
          {a.reason && <p>{t('calls.results.reason', { reason: a.reason })}</p>}
          {(a.state === 'submitted' || a.state === 'admissible') && a.call.state === 'open' && (
            <div>
              <Button
                variant="secondary"
                busy={withdraw.isPending && withdraw.variables?.id === a.id}
                onClick={() => withdraw.mutate({ commune: slug, id: a.id })}
              >
                {t('calls.mine.withdraw')}
              </Button>
            </div>
          )}
          {withdraw.error && withdraw.variables?.id === a.id && (
            <p role="alert">{describeError(withdraw.error, i18n, { section: 'calls' }).message}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
