import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { YearTable } from './YearTable';

/**
 * The network's calls for projects (issue 14): per commune, the calls of a budget year and their
 * envelopes, the dossiers associations filed and the amounts they asked, and how many were selected
 * for how much. Each commune's name opens its calls and their published results.
 */
export function CallsSection() {
  const { t, formatNumber } = useI18n();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const network = useQuery({ ...trpc.calls.network.queryOptions({ year }), placeholderData: keepPreviousData });
  const mad = (n: number) => t('dashboard.calls.mad', { amount: formatNumber(n) });
  return (
    <YearTable
      section="calls"
      path="/calls"
      texts={{
        heading: t('dashboard.calls.heading'),
        intro: t('dashboard.calls.intro'),
        year: t('dashboard.calls.year'),
        caption: (y) => t('dashboard.calls.caption', { year: y }),
        commune: t('dashboard.calls.col.commune'),
      }}
      columns={[t('dashboard.calls.col.calls'), t('dashboard.calls.col.dossiers'), t('dashboard.calls.col.selected')]}
      query={network}
      onYear={setYear}
      isEmpty={(d) => d.communes.every((c) => c.calls === 0)}
      cells={(c) => (
        <>
          <td>{t('dashboard.calls.callsValue', { count: c.calls, envelope: mad(c.envelopeMad) })}</td>
          <td>{t('dashboard.calls.dossiersValue', { count: c.dossiers, asked: mad(c.requestedMad) })}</td>
          <td data-figure="granted">
            {t('dashboard.calls.selectedValue', { count: c.selected, granted: mad(c.grantedMad) })}
          </td>
        </>
      )}
    />
  );
}
