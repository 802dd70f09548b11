import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { OpinionsOn } from '../instances/OpinionsOn';
import { ApplyForm } from './ApplyForm';
import { useCallsI18n } from './i18n';
import { inLanguage, useCallDates, useMad, type CallDetail, type Result } from './model';
import './calls.css';

/** /calls/:id — a call: its rules, criteria and checklist, the form to file a dossier, and once out its results. */
export default function CallPage({ params }: { params: { id: string } }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useCallsI18n();
  const { t, lang } = i18n;
  const detail = useQuery(trpc.calls.detail.queryOptions({ commune: slug, id: params.id }));
  usePageTitle(detail.data ? inLanguage(detail.data.call.title, lang) : t('calls.title'));
  return (
    <div className="shb-stack">
      <Link href="/calls">{t('calls.back')}</Link>
      <Loaded query={detail} describe={(e) => describeError(e, i18n).message}>
        {(d) => <Call detail={d} />}
      </Loaded>
    </div>
  );
}

function Call({ detail: { call: c, results } }: { detail: CallDetail }) {
  const { t, lang, formatNumber } = useCallsI18n();
  const { me } = useMe();
  const mad = useMad();
  const { day, deadline } = useCallDates();
  return (
    <>
      <h1>
        <bdi>{inLanguage(c.title, lang)}</bdi>
      </h1>
      <p className="cl-summary">
        <bdi>{inLanguage(c.description, lang)}</bdi>
      </p>
      <dl className="desk-dl">
        <Fact term={t('calls.fact.envelope')}>{mad(c.envelopeMad)}</Fact>
        {c.maxPerProjectMad !== null && <Fact term={t('calls.fact.max')}>{mad(c.maxPerProjectMad)}</Fact>}
        <Fact term={t('calls.fact.dates')}>
          {t('calls.fact.datesValue', { opens: day(c.opensOn), closes: deadline(c.closesAt) })}
        </Fact>
        <Fact term={t('calls.fact.eligibility')}>
          {c.eligibility.seatInCommune ? t('calls.eligibility.seat') : t('calls.eligibility.branch')}
          {c.eligibility.minYearsConstituted > 0 &&
            ` · ${t('calls.eligibility.years', { count: c.eligibility.minYearsConstituted })}`}
        </Fact>
        {c.themes.length > 0 && (
          <Fact term={t('calls.themes')}>
            <bdi>{c.themes.map((x) => inLanguage(x, lang)).join('، ')}</bdi>
          </Fact>
        )}
      </dl>
      <section aria-labelledby="call-criteria" className="shb-stack">
        <h2 id="call-criteria">{t('calls.criteria')}</h2>
        <ul className="cl-lines">
          {c.criteria.map((x) => (
            <li key={x.key}>
              <bdi>{inLanguage(x.label, lang)}</bdi> — {t('calls.weight', { weight: formatNumber(x.weight) })}
            </li>
          ))}
        </ul>
      </section>
      {c.checklist.length > 0 && (
        <section aria-labelledby="call-checklist" className="shb-stack">
          <h2 id="call-checklist">{t('calls.checklist')}</h2>
          <ul className="cl-lines">
            {c.checklist.map((x) => (
              <li key={x.key}>
                <bdi>{inLanguage(x.label, lang)}</bdi> — {x.required ? t('calls.required') : t('calls.optional')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {results ? (
        <Results results={results} />
      ) : (
        <Card title={t('calls.apply.title')} headingLevel={2}>
          {!c.accepting ? (
            // Past its deadline the page says when it closed; before it opens, when it opens.
            <p>
              {c.phase === 'upcoming'
                ? t('calls.opensOn', { date: day(c.opensOn) })
                : t('calls.closedOn', { date: deadline(c.closesAt) })}
            </p>
          ) : me ? (
            <ApplyForm call={c} />
          ) : (
            <p>
              <Link href={`/sign-in?next=${encodeURIComponent(`/calls/${c.id}`)}`}>{t('calls.apply.signIn')}</Link>
            </p>
          )}
        </Card>
      )}
      {/* The IEECAG's formal opinion on the call, when it gave one (issue 16). */}
      <OpinionsOn subjectType="call" subjectId={c.id} />
    </>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="desk-entry">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The published results: ranked dossiers with their score and amount, and the reasons of every refusal. */
function Results({ results }: { results: Result[] }) {
  const { t, lang, formatNumber } = useCallsI18n();
  const mad = useMad();
  const granted = results.reduce((s, r) => s + (r.grantedMad ?? 0), 0);
  return (
    <section aria-labelledby="call-results" className="shb-stack">
      <h2 id="call-results">{t('calls.results.title')}</h2>
      <p>
        {t('calls.results.summary', {
          selected: results.filter((r) => r.state === 'selected').length,
          total: results.length,
          amount: mad(granted),
        })}
      </p>
      <ol className="cl-list">
        {results.map((r) => (
          <li key={r.code}>
            <Card title={<bdi>{inLanguage(r.project, lang)}</bdi>} headingLevel={3}>
              <p>
                <bdi>{inLanguage(r.association.names, lang)}</bdi> · <bdi dir="ltr">{r.code}</bdi>
              </p>
              <p className={r.state === 'selected' ? 'cl-selected' : undefined}>
                {t(`calls.state.${r.state}`)}
                {r.rank !== null && ` · ${t('calls.results.rank', { rank: formatNumber(r.rank) })}`}
                {r.score !== null && ` · ${t('calls.results.score', { score: formatNumber(r.score) })}`}
              </p>
              {r.grantedMad !== null && <p>{t('calls.results.granted', { amount: mad(r.grantedMad) })}</p>}
              {r.reason && <p>{t('calls.results.reason', { reason: r.reason })}</p>}
            </Card>
          </li>
        ))}
      </ol>
    </section>
  );
}
