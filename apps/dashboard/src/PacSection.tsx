import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { YearTable } from './YearTable';

/**
 * The communal action plans across the network (issue 15): per commune, the phase under way, the year's
 * contributions on the draft and whether each was answered within the commune's clock (and those overdue),
 * and the plan's projects as they stand — overall progress, late ones, the share of the planned budget paid.
 * Each commune's name opens its plan.
 */
export function PacSection() {
  const { t, formatNumber } = useI18n();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const network = useQuery({ ...trpc.pac.network.queryOptions({ year }), placeholderData: keepPreviousData });
  const none = t('dashboard.pac.none');
  // Progress comes as a percentage (0–100), the paid share as a fraction (0–1).
  const percent = (v: number | null) => (v === null ? none : t('dashboard.pac.percent', { value: formatNumber(v) }));
  return (
    <YearTable
      section="pac"
      path="/pac"
      texts={{
        heading: t('dashboard.pac.heading'),
        intro: t('dashboard.pac.intro'),
        year: t('dashboard.pac.year'),
        caption: (y) => t('dashboard.pac.caption', { year: y }),
        commune: t('dashboard.pac.col.commune'),
      }}
      columns={[
        t('dashboard.pac.col.phase'),
        t('dashboard.pac.col.consultations'),
        t('dashboard.pac.col.participation'),
        t('dashboard.pac.col.onTime'),
        t('dashboard.pac.col.overdue'),
        t('dashboard.pac.col.progress'),
        t('dashboard.pac.col.late'),
        t('dashboard.pac.col.paid'),
      ]}
      query={network}
      onYear={setYear}
      isEmpty={(d) => d.communes.length === 0}
      cells={(c) => (
        <>
          <td>{c.phase ? t(`dashboard.pac.phase.${c.phase}`) : none}</td>
          <td>{formatNumber(c.consultations.open)}</td>
          <td data-figure="participation">
            {c.consultations.latest
              ? t('dashboard.pac.participationValue', {
                  rate: formatNumber(c.consultations.latest.rate),
                  voters: formatNumber(c.consultations.latest.voters),
                })
              : none}
          </td>
          <td data-figure="on-time">
            {c.contributions.answered === 0
              ? none
              : t('dashboard.pac.onTimeValue', {
                  onTime: formatNumber(c.contributions.onTime),
                  total: formatNumber(c.contributions.answered),
                })}
          </td>
          <td data-figure="overdue">{formatNumber(c.contributions.overdue)}</td>
          <td data-figure="progress">{c.projects.count === 0 ? none : percent(c.projects.progress)}</td>
          <td>{c.projects.count === 0 ? none : formatNumber(c.projects.late)}</td>
          <td>
            {c.projects.count === 0
              ? none
              : percent(c.projects.paidShare === null ? null : Math.round(c.projects.paidShare * 100))}
          </td>
        </>
      )}
    />
  );
}
