import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card, EmptyState } from '@shabaka/ui';
import { Link, useParams } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useInstancesI18n } from './i18n';
import { inLang, type InstancePageData, type Recommendation } from './model';
import './instances.css';

/** /instances/:id — one instance as anyone reads it. */
export default function InstancePage() {
  const { id } = useParams<{ id: string }>();
  return <InstanceLoader id={id} />;
}

/** /committee — the network's transparency committee, shown on every commune's portal. */
export function CommitteePage() {
  const trpc = useTRPC();
  const i18n = useInstancesI18n();
  const { t } = i18n;
  const committees = useQuery(trpc.instances.committees.queryOptions());
  const first = committees.data?.[0];
  if (first) return <InstanceLoader id={first.id} />;
  // Until one is published (or while the list loads), the page still says what it is.
  return (
    <div className="shb-stack">
      <h1>{t('instances.committee.title')}</h1>
      <Loaded
        query={committees}
        describe={(e) => describeError(e, i18n, { section: 'instances' }).message}
        empty={t('instances.committee.none')}
        isEmpty={(d) => d.length === 0}
      >
        {() => null}
      </Loaded>
    </div>
  );
}

function InstanceLoader({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useInstancesI18n();
  const { t, lang } = i18n;
  const page = useQuery(trpc.instances.page.queryOptions({ commune: slug, id }));
  usePageTitle(page.data ? inLang(page.data.name, lang) : t('instances.title'));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/instances">{t('instances.back')}</Link>
      </p>
      <Loaded query={page} describe={(e) => describeError(e, i18n, { section: 'instances' }).message}>
        {(p) => <InstanceView p={p} />}
      </Loaded>
    </div>
  );
}

function InstanceView({ p }: { p: InstancePageData }) {
  const { t, lang, formatDate, formatNumber } = useInstancesI18n();
  const day = (d: string | Date) => formatDate(typeof d === 'string' ? `${d}T12:00:00Z` : d, { dateStyle: 'long' });
  const c = p.composition;
  return (
    <>
      <h1>{inLang(p.name, lang)}</h1>
      <p className="inst-meta">
        {t(`instances.kind.${p.kind}`)} · {t(p.scope === 'network' ? 'instances.network' : 'instances.commune')}
      </p>
      {p.scope === 'network' && (
        <p>
          <a href="/dashboard/">{t('instances.dash.figures')}</a>
        </p>
      )}
      <Card title={t('instances.mandate')} headingLevel={2}>
        <p className="inst-text">{inLang(p.mandate, lang)}</p>
        <h3>{t('instances.legalBasis')}</h3>
        <p className="inst-text">{inLang(p.legalBasis, lang)}</p>
      </Card>
      <Card title={t('instances.composition')} headingLevel={2}>
        <div className="shb-table-wrap" tabIndex={0} role="region" aria-label={t('instances.composition.caption')}>
          <table className="shb-table">
            <caption>{t('instances.composition.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instances.composition.category')}</th>
                <th scope="col">{t('instances.composition.seats')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('instances.category.civil_society')}</th>
                <td>{formatNumber(c.seatsCivilSociety)}</td>
              </tr>
              <tr>
                <th scope="row">{t('instances.category.elected')}</th>
                <td>{formatNumber(c.seatsElected)}</td>
              </tr>
              <tr>
                <th scope="row">{t('instances.category.administration')}</th>
                <td>{formatNumber(c.seatsAdministration)}</td>
              </tr>
              <tr>
                <th scope="row">{t('instances.composition.total')}</th>
                <td>{formatNumber(c.seatsTotal)}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p>{t('instances.composition.women', { percent: formatNumber(c.minWomenPercent) })}</p>
        <p>{t('instances.composition.term', { months: c.termMonths })}</p>
        {p.rules && (
          <>
            <h3>{t('instances.rules')}</h3>
            <p className="inst-text" dir="auto">
              {p.rules}
            </p>
          </>
        )}
        {p.rulesDocument && (
          <p>
            {t('instances.rules.signed', { code: p.rulesDocument.code })} —{' '}
            <a href={p.rulesDocument.verifyPath}>{t('instances.verify')}</a>
          </p>
        )}
      </Card>
      <Members p={p} day={day} />
      <Meetings p={p} day={day} />
      <section aria-labelledby="inst-recs" className="shb-stack">
        <h2 id="inst-recs">{t('instances.recommendations.heading')}</h2>
        {p.recommendations.length === 0 ? (
          <EmptyState title={t('instances.recommendations.empty')} />
        ) : (
          <ul className="inst-list">
            {p.recommendations.map((r) => (
              <li key={r.id}>
                <RecommendationCard r={r} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {p.scope === 'network' && (
        <section aria-labelledby="inst-obs" className="shb-stack">
          <h2 id="inst-obs">{t('instances.observations.heading')}</h2>
          {p.observations.length === 0 ? (
            <EmptyState title={t('instances.observations.empty')} />
          ) : (
            <ul className="inst-list">
              {p.observations.map((o) => (
                <li key={o.id} className="inst-rec">
                  <h3>
                    <bdi>{o.code}</bdi> — {inLang(o.title, lang)}
                  </h3>
                  <p className="inst-meta">
                    {o.communeNames ? o.communeNames[lang] : ''} ·{t(`instances.obsState.${o.state}`)}
                  </p>
                  <p className="inst-text">{inLang(o.body, lang)}</p>
                  {o.answer && (
                    <div className="inst-answer">
                      <h4>{t('instances.observations.answer')}</h4>
                      <p className="inst-text" dir="auto">
                        {o.answer}
                      </p>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {p.seatCalls.length > 0 && (
        <Card title={t('instances.seatCalls.heading')} headingLevel={2}>
          <ul>
            {p.seatCalls.map((s) => (
              <li key={s.id}>
                <p>
                  <strong>
                    {t('instances.seatCalls.seats', {
                      seats: s.seats,
                      category: t(`instances.category.${s.category}`),
                    })}
                  </strong>
                </p>
                <p>{t('instances.seatCalls.closes', { date: day(s.closesOn) })}</p>
                <p className="inst-text">
                  {t('instances.seatCalls.criteria')}: {inLang(s.criteria, lang)}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {p.opinions.length > 0 && (
        <Card title={t('instances.opinions.heading')} headingLevel={2}>
          <ul>
            {p.opinions.map((o) => (
              <li key={o.id}>
                <p>
                  <strong>{t(`instances.opinions.subject.${o.subjectType as 'pac_project' | 'call'}`)}</strong> —{' '}
                  {t('instances.opinions.given', { stance: t(`instances.stance.${o.stance}`), date: day(o.givenOn) })}
                </p>
                <p className="inst-text">{inLang(o.text, lang)}</p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

function Members({ p, day }: { p: InstancePageData; day: (d: string) => string }) {
  const { t } = useInstancesI18n();
  return (
    <section aria-labelledby="inst-members" className="shb-stack">
      <h2 id="inst-members">{t('instances.members.heading')}</h2>
      {p.members.length === 0 ? (
        <EmptyState title={t('instances.members.empty')} />
      ) : (
        <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby="inst-members-caption">
          <table className="shb-table">
            <caption id="inst-members-caption">{t('instances.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instances.members.name')}</th>
                <th scope="col">{t('instances.members.seat')}</th>
                <th scope="col">{t('instances.members.term')}</th>
                <th scope="col">{t('instances.members.declaration')}</th>
              </tr>
            </thead>
            <tbody>
              {p.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <bdi>{m.name}</bdi>
                    <br />
                    <span className="inst-meta">{t(`instances.role.${m.role}`)}</span>
                  </th>
                  <td>
                    {t(`instances.category.${m.category}`)}
                    {m.organisation && (
                      <>
                        <br />
                        <bdi>{m.organisation}</bdi>
                      </>
                    )}
                  </td>
                  <td>
                    {t('instances.members.termRange', { from: day(m.termStartsOn), to: day(m.termEndsOn) })}
                    {m.leftOn && (
                      <>
                        <br />
                        {t('instances.members.left', { date: day(m.leftOn) })}
                      </>
                    )}
                  </td>
                  <td>
                    <span className="inst-text" dir="auto">
                      {m.declaration}
                    </span>
                    <br />
                    <span className="inst-meta">{t('instances.members.declaredOn', { date: day(m.declaredOn) })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Meetings({ p, day }: { p: InstancePageData; day: (d: string | Date) => string }) {
  const { t, lang } = useInstancesI18n();
  return (
    <section aria-labelledby="inst-meetings" className="shb-stack">
      <h2 id="inst-meetings">{t('instances.meetings.heading')}</h2>
      {p.meetings.length === 0 ? (
        <EmptyState title={t('instances.meetings.empty')} />
      ) : (
        p.meetings.map((m) => (
          <Card key={m.id} title={t('instances.meetings.title', { date: day(m.startsAt) })} headingLevel={3}>
            <p>{t('instances.meetings.place', { place: m.place })}</p>
            <h4>{t('instances.meetings.agenda')}</h4>
            <ol>
              {m.agenda.map((a, n) => (
                <li key={n}>{inLang(a, lang)}</li>
              ))}
            </ol>
            {m.attendance && (
              <p>
                {t('instances.meetings.attendance', {
                  present: m.attendance.present.length,
                  guests: m.attendance.guests,
                })}
                {m.attendance.present.length > 0 && (
                  <>
                    {' — '}
                    <bdi>{m.attendance.present.join('، ')}</bdi>
                  </>
                )}
              </p>
            )}
            {m.decisions.length > 0 && (
              <>
                <h4>{t('instances.meetings.decisions')}</h4>
                <ol>
                  {m.decisions.map((d, n) => (
                    <li key={n}>{inLang(d, lang)}</li>
                  ))}
                </ol>
              </>
            )}
            {m.minutesDocument ? (
              <>
                <h4>{t('instances.meetings.minutes')}</h4>
                <p className="inst-text" dir="auto">
                  {m.minutes}
                </p>
                <p>
                  {t('instances.meetings.minutesSigned', { code: m.minutesDocument.code })} —{' '}
                  <a href={m.minutesDocument.verifyPath}>{t('instances.verify')}</a>
                </p>
              </>
            ) : (
              <p className="inst-meta">{t('instances.meetings.noMinutes')}</p>
            )}
          </Card>
        ))
      )}
    </section>
  );
}

/** A recommendation and, beside it, the addressed commune's answer with its reasons and the progress reports. */
export function RecommendationCard({ r }: { r: Recommendation }) {
  const { t, lang, formatDate, formatNumber } = useInstancesI18n();
  const when = (d: Date | string) => formatDate(d, { dateStyle: 'long' });
  return (
    <article className="inst-rec shb-stack" data-recommendation={r.code}>
      <h3>
        <bdi>{r.code}</bdi> — {inLang(r.title, lang)}
      </h3>
      <p className="inst-meta">
        {r.communeNames && t('instances.recommendations.to', { commune: r.communeNames[lang] })}
        {r.service && <> · {t('instances.recommendations.service', { service: r.service })}</>} ·{' '}
        <strong data-state={r.state}>{t(`instances.state.${r.state}`)}</strong>
      </p>
      {r.adoptedAt && (
        <p className="inst-meta">{t('instances.recommendations.adopted', { date: when(r.adoptedAt) })}</p>
      )}
      <p className="inst-text">{inLang(r.body, lang)}</p>
      <div className="inst-answer" data-answer={r.answer ?? ''}>
        <h4>{t('instances.recommendations.answerHeading')}</h4>
        {r.answer ? (
          <>
            <p>
              <strong>{t(`instances.answer.${r.answer}`)}</strong>
              {r.answeredAt && <> — {t('instances.recommendations.answeredOn', { date: when(r.answeredAt) })}</>}
            </p>
            {r.reasons && (
              <p className="inst-text" dir="auto">
                {t('instances.recommendations.reasons')}: {r.reasons}
              </p>
            )}
          </>
        ) : (
          <p>
            {t('instances.recommendations.awaiting')}{' '}
            {r.answerDueAt && t('instances.recommendations.due', { date: when(r.answerDueAt) })}
          </p>
        )}
        {r.progress !== null && <p>{t('instances.recommendations.progress', { percent: formatNumber(r.progress) })}</p>}
        {r.reports.length > 0 && (
          <>
            <h5>{t('instances.recommendations.reports')}</h5>
            <ul>
              {r.reports.map((x, n) => (
                <li key={n}>
                  {t('instances.recommendations.report', { date: when(x.at), percent: formatNumber(x.percent) })} —{' '}
                  <bdi>{x.text}</bdi>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </article>
  );
}
