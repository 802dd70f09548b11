import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { EmptyState, Stat, useI18n } from '@shabaka/ui';
import { useId, type ReactNode } from 'react';
import { Figures } from './LoadError';

type CommuneCompliance = RouterOutputs['informationRequests']['figures'][number];

/** No reply and nothing overdue yet: no value rather than 0 %, and words for screen readers. */
const NO_VALUE = <span aria-hidden="true">—</span>;

/**
 * Law 31-13 (access to information) compliance of every commune: the share of requests
 * answered within the legal deadline, the median working days to a reply, and the open
 * and overdue requests. Public figures, refreshed by the live updates.
 */
export function ComplianceSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const figures = useQuery(trpc.informationRequests.figures.queryOptions());
  const headingId = useId();

  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="information-compliance">
      <h2 id={headingId}>{t('dashboard.information.heading')}</h2>
      <p>{t('dashboard.information.intro')}</p>
      <Figures query={figures} isEmpty={(d) => d.length === 0}>
        {(data) => (
          <div className="dash-cx-list">
            {data.map((c) => (
              <CommuneCompliance key={c.commune} figures={c} />
            ))}
          </div>
        )}
      </Figures>
    </section>
  );
}

/**
 * One commune, named by its heading. An <article>, not a <section>: the complaints window
 * already has one `section[data-commune]` per commune, and tests find those by that selector.
 */
function CommuneCompliance({ figures: c }: { figures: CommuneCompliance }) {
  const { t, lang, formatNumber } = useI18n();
  const headingId = useId();
  const noData = t('dashboard.information.noData');
  const figure = (name: string, value: ReactNode, alert = false) => (
    <span data-figure={name} className={alert ? 'dash-cx-alert' : undefined}>
      {value}
    </span>
  );
  return (
    <article className="shb-card dash-cx" aria-labelledby={headingId} data-commune={c.commune}>
      <h3 id={headingId} className="shb-card-title">
        {c.names[lang]}
      </h3>
      {c.total === 0 ? (
        <EmptyState title={t('dashboard.information.empty')} />
      ) : (
        <div className="dash-cx-stats">
          <Stat
            label={t('dashboard.information.stat.onTime')}
            value={figure(
              'information-on-time',
              c.onTimePct === null
                ? NO_VALUE
                : formatNumber(c.onTimePct / 100, { style: 'percent', maximumFractionDigits: 1 }),
            )}
            detail={
              c.onTimePct === null
                ? noData
                : t('dashboard.information.stat.onTimeDetail', {
                    count: c.respondedOnTime,
                    total: c.responded + c.overdue,
                  })
            }
          />
          <Stat
            label={t('dashboard.information.stat.median')}
            value={figure(
              'information-median-days',
              c.medianWorkingDays === null
                ? NO_VALUE
                : t('dashboard.information.workingDays', { count: Math.round(c.medianWorkingDays * 10) / 10 }),
            )}
            detail={c.medianWorkingDays === null ? noData : undefined}
          />
          <Stat label={t('dashboard.information.stat.open')} value={figure('information-open', formatNumber(c.open))} />
          <Stat
            label={t('dashboard.information.stat.overdue')}
            value={figure('information-overdue', formatNumber(c.overdue), c.overdue > 0)}
          />
          <Stat
            label={t('dashboard.information.stat.total')}
            value={figure('information-total', formatNumber(c.total))}
          />
          <Stat
            label={t('dashboard.information.stat.published')}
            value={figure('information-published', formatNumber(c.published))}
          />
        </div>
      )}
    </article>
  );
}
