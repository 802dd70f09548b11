import { COMPLAINT_STAGES } from '@shabaka/db/enums';
import type { RouterOutputs } from '@shabaka/client';
import { EmptyState, Stat, useI18n, type I18nContextValue } from '@shabaka/ui';
import { useId, type ReactNode } from 'react';
import { TrendChart } from './TrendChart';

export type CommuneComplaints = RouterOutputs['complaints']['figures'][number];
type Stage = keyof CommuneComplaints['byStage'];

/** Open stages first, then the closed ones. */
const STAGES: readonly Stage[] = COMPLAINT_STAGES;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** "3.5 hours" up to two days, "4.2 days" beyond (one decimal; plural forms from the catalog). */
export function formatDuration(i18n: Pick<I18nContextValue, 't'>, hours: number) {
  return hours > 48
    ? i18n.t('dashboard.complaints.duration.days', { count: round1(hours / 24) })
    : i18n.t('dashboard.complaints.duration.hours', { count: round1(hours) });
}

/** The complaints window of every commune (lazy chunk of the dashboard). */
export default function ComplaintsWindow({ communes }: { communes: CommuneComplaints[] }) {
  return (
    <div className="dash-cx-list">
      {communes.map((c) => (
        <CommuneComplaintsCard key={c.commune} figures={c} />
      ))}
    </div>
  );
}

/** One commune: a region named by its heading (the commune's name), so tests and screen readers find it. */
function CommuneComplaintsCard({ figures: c }: { figures: CommuneComplaints }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const name = c.names[lang];
  return (
    <section className="shb-card dash-cx" aria-labelledby={headingId} data-commune={c.commune}>
      <h3 id={headingId} className="shb-card-title">
        {name}
      </h3>
      {c.total === 0 ? (
        <EmptyState title={t('dashboard.complaints.empty')} />
      ) : (
        <>
          <Figures figures={c} />
          <StageBar figures={c} />
          <TopCategories figures={c} />
          <TrendChart commune={name} trend={c.trend} />
        </>
      )}
    </section>
  );
}

/** A figure not computable yet (no acknowledged or resolved complaint): a dash, and words for screen readers. */
const NO_VALUE = <span aria-hidden="true">—</span>;

function Figures({ figures: c }: { figures: CommuneComplaints }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const noData = t('dashboard.complaints.noData');
  const figure = (name: string, value: ReactNode, alert = false) => (
    <span data-figure={name} className={alert ? 'dash-cx-alert' : undefined}>
      {value}
    </span>
  );
  const duration = (name: string, hours: number | null) =>
    hours === null ? figure(name, NO_VALUE) : figure(name, formatDuration(i18n, hours));

  return (
    <div className="dash-cx-stats">
      <Stat label={t('dashboard.complaints.stat.total')} value={figure('complaints-total', formatNumber(c.total))} />
      <Stat label={t('dashboard.complaints.stat.open')} value={figure('complaints-open', formatNumber(c.open))} />
      <Stat
        label={t('dashboard.complaints.stat.thisMonth')}
        value={figure('complaints-this-month', formatNumber(c.receivedThisMonth))}
      />
      <Stat
        label={t('dashboard.complaints.stat.medianAck')}
        value={duration('complaints-median-ack', c.medianAckHours)}
        detail={c.medianAckHours === null ? noData : undefined}
      />
      <Stat
        label={t('dashboard.complaints.stat.medianResolve')}
        value={duration('complaints-median-resolve', c.medianResolveHours)}
        detail={c.medianResolveHours === null ? noData : undefined}
      />
      <Stat
        label={t('dashboard.complaints.stat.overdueAck')}
        value={figure('complaints-overdue-ack', formatNumber(c.overdueAck), c.overdueAck > 0)}
      />
      <Stat
        label={t('dashboard.complaints.stat.overdueAnswer')}
        value={figure('complaints-overdue-answer', formatNumber(c.overdueAnswer), c.overdueAnswer > 0)}
      />
      <Stat
        label={t('dashboard.complaints.stat.onTime')}
        value={
          c.resolvedOnTimeShare === null
            ? figure('complaints-resolved-on-time', NO_VALUE)
            : figure(
                'complaints-resolved-on-time',
                formatNumber(c.resolvedOnTimeShare / 100, { style: 'percent', maximumFractionDigits: 1 }),
              )
        }
        detail={
          c.resolvedOnTimeShare === null ? noData : t('dashboard.complaints.stat.onTimeDetail', { count: c.resolved })
        }
      />
      <Stat
        label={t('dashboard.complaints.stat.satisfaction')}
        value={
          c.satisfaction.average === null
            ? figure('complaints-satisfaction', NO_VALUE)
            : figure(
                'complaints-satisfaction',
                t('dashboard.complaints.stat.satisfactionValue', {
                  average: formatNumber(c.satisfaction.average, { maximumFractionDigits: 1 }),
                }),
              )
        }
        detail={t('dashboard.complaints.stat.satisfactionDetail', {
          count: c.satisfaction.ratings,
          surveyed: c.satisfaction.surveyed,
        })}
      />
    </div>
  );
}

/** A stacked bar (decorative: flex segments follow the reading direction) and its legend with the numbers as text. */
function StageBar({ figures: c }: { figures: CommuneComplaints }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <div className="dash-cx-block">
      <h4 id={headingId}>{t('dashboard.complaints.stages.heading')}</h4>
      <div className="dash-stagebar" aria-hidden="true">
        {STAGES.filter((s) => c.byStage[s] > 0).map((s) => (
          <span key={s} className={`dash-stage dash-stage--${s}`} style={{ flexGrow: c.byStage[s] }} />
        ))}
      </div>
      <ul className="dash-legend" aria-labelledby={headingId}>
        {STAGES.map((s) => (
          <li key={s} data-stage={s} className={c.byStage[s] === 0 ? 'dash-legend-zero' : undefined}>
            <span className={`dash-key dash-stage--${s}`} aria-hidden="true" />
            {t('dashboard.complaints.stage.value', {
              stage: t(`dashboard.complaints.stage.${s}`),
              count: c.byStage[s],
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function TopCategories({ figures: c }: { figures: CommuneComplaints }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const top = c.topCategories[0]?.count ?? 0;
  return (
    <div className="dash-cx-block">
      <h4 id={headingId}>{t('dashboard.complaints.categories.heading')}</h4>
      {c.topCategories.length === 0 ? (
        <p className="dash-muted">{t('dashboard.complaints.categories.empty')}</p>
      ) : (
        <ol className="dash-topcats" aria-labelledby={headingId}>
          {c.topCategories.map((cat) => (
            <li key={cat.code} data-category={cat.code}>
              <span className="dash-topcat-name">{cat.names[lang]}</span>
              <span className="dash-topcat-count">
                {t('dashboard.complaints.categories.count', { count: cat.count })}
              </span>
              <span className="dash-topcat-bar" aria-hidden="true">
                <span style={{ inlineSize: `${top > 0 ? (cat.count / top) * 100 : 0}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
