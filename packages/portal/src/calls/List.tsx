import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useCallsI18n } from './i18n';
import { inLanguage, useCallDates, useMad, type PublicCall } from './model';
import './calls.css';

/** /calls — the commune's calls for projects: those taking dossiers, then those whose results are out. */
export default function CallList() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useCallsI18n();
  const { t } = i18n;
  usePageTitle(t('calls.title'));
  const calls = useQuery(trpc.calls.list.queryOptions({ commune: slug, state: 'all' }));
  return (
    <div className="shb-stack">
      <h1>{t('calls.title')}</h1>
      <p>{t('calls.intro')}</p>
      <Loaded query={calls} describe={(e) => describeError(e, i18n).message}>
        {(data) => {
          const open = data.filter((c) => c.state === 'open');
          const published = data.filter((c) => c.state === 'published');
          return (
            <>
              <section aria-labelledby="calls-open" className="shb-stack">
                <h2 id="calls-open">{t('calls.list.open')}</h2>
                {open.length === 0 ? <p>{t('calls.list.noneOpen')}</p> : <Calls calls={open} />}
              </section>
              <section aria-labelledby="calls-published" className="shb-stack">
                <h2 id="calls-published">{t('calls.list.published')}</h2>
                {published.length === 0 ? <p>{t('calls.list.nonePublished')}</p> : <Calls calls={published} />}
              </section>
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

function Calls({ calls }: { calls: PublicCall[] }) {
  const { t, lang } = useCallsI18n();
  const mad = useMad();
  const { deadline } = useCallDates();
  return (
    <ul className="cl-list">
      {calls.map((c) => (
        <li key={c.id}>
          <Card
            title={
              <Link href={`/calls/${c.id}`}>
                <bdi>{inLanguage(c.title, lang)}</bdi>
              </Link>
            }
            headingLevel={3}
          >
            <p>
              {t('calls.envelope', { amount: mad(c.envelopeMad) })} · {t('calls.year', { year: c.year })}
            </p>
            <p>
              {c.state === 'published'
                ? t('calls.resultsOut')
                : c.accepting
                  ? t('calls.closes', { date: deadline(c.closesAt) })
                  : t('calls.notAccepting')}
            </p>
            {c.themes.length > 0 && (
              <p>
                {t('calls.themes')}: <bdi>{c.themes.map((x) => inLanguage(x, lang)).join('، ')}</bdi>
              </p>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
