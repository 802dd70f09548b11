import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { YearTable } from './YearTable';

/**
 * The network's petitions (issue 15): per commune, the petitions of a year collecting signatures and filed,
 * what the bureau made of them (admissible, rejected), the council's decisions and the answers to proposals,
 * whether the bureau's word came within the legal clock, and the median days it took. Each commune's name
 * opens its public register.
 */
export function PetitionsSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const network = useQuery({ ...trpc.petitions.network.queryOptions({ year }), placeholderData: keepPreviousData });
  return (
    <YearTable
      section="petitions"
      path="/petitions"
      texts={{
        heading: t('dashboard.petitions.heading'),
        intro: t('dashboard.petitions.intro'),
        year: t('dashboard.petitions.year'),
        caption: (y) => t('dashboard.petitions.caption', { year: y }),
        commune: t('dashboard.petitions.col.commune'),
      }}
      columns={[
        t('dashboard.petitions.col.collecting'),
        t('dashboard.petitions.col.filed'),
        t('dashboard.petitions.col.bureau'),
        t('dashboard.petitions.col.decided'),
        t('dashboard.petitions.col.onTime'),
        t('dashboard.petitions.col.days'),
      ]}
      query={network}
      onYear={setYear}
      isEmpty={(d) => d.petitions.length === 0}
      cells={(c) => (
        <>
          <td>{c.collecting}</td>
          <td>{c.filed}</td>
          <td>{t('dashboard.petitions.bureauValue', { admissible: c.admissible, rejected: c.rejected })}</td>
          <td>{t('dashboard.petitions.decidedValue', { decided: c.decided, answered: c.answered })}</td>
          <td data-figure="on-time">
            {c.onTime + c.late === 0
              ? t('dashboard.petitions.none')
              : t('dashboard.petitions.onTimeValue', { onTime: c.onTime, total: c.onTime + c.late })}
          </td>
          <td>
            {c.medianDaysToReview === null
              ? t('dashboard.petitions.none')
              : t('dashboard.petitions.daysValue', { days: c.medianDaysToReview })}
          </td>
        </>
      )}
    />
  );
}
