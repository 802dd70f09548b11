import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { YearTable } from './YearTable';

/**
 * The network's open subsidy ledger (issue 14): per commune, the subsidies of a year, the amounts
 * committed and paid, and the share of subsidised associations whose reports are up to date.
 * Public like the ledgers it sums; the lines are each commune's own page and the files below.
 */
export function SubsidiesSection() {
  const { t, formatNumber } = useI18n();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const network = useQuery({ ...trpc.subsidies.network.queryOptions({ year }), placeholderData: keepPreviousData });
  const mad = (n: number) => t('dashboard.subsidies.mad', { amount: formatNumber(n) });
  return (
    <YearTable
      section="subsidies"
      path="/subsidies"
      texts={{
        heading: t('dashboard.subsidies.heading'),
        intro: t('dashboard.subsidies.intro'),
        year: t('dashboard.subsidies.year'),
        caption: (y) => t('dashboard.subsidies.caption', { year: y }),
        commune: t('dashboard.subsidies.col.commune'),
      }}
      columns={[
        t('dashboard.subsidies.col.count'),
        t('dashboard.subsidies.col.committed'),
        t('dashboard.subsidies.col.paid'),
        t('dashboard.subsidies.col.reports'),
      ]}
      query={network}
      onYear={setYear}
      isEmpty={(d) => d.communes.length === 0}
      cells={(c) => (
        <>
          <td>{formatNumber(c.count)}</td>
          <td data-figure="committed">{mad(c.committedMad)}</td>
          <td>{mad(c.paidMad)}</td>
          <td>
            {c.subsidisedAssociations === 0
              ? t('dashboard.subsidies.noneFollowed')
              : t('dashboard.subsidies.upToDate', {
                  share: formatNumber(c.reportsUpToDate / c.subsidisedAssociations, { style: 'percent' }),
                  upToDate: c.reportsUpToDate,
                  followed: c.subsidisedAssociations,
                })}
          </td>
        </>
      )}
      foot={(data) => (
        <tr>
          <th scope="row">{t('dashboard.subsidies.total')}</th>
          <td>{formatNumber(data.count)}</td>
          <td>{mad(data.committedMad)}</td>
          <td>{mad(data.paidMad)}</td>
          <td />
        </tr>
      )}
      after={(data) => (
        <p>
          <a href={`/open-data/subsidies.csv?year=${data.year}`} download>
            {t('dashboard.subsidies.csv', { year: data.year })}
          </a>{' '}
          ·{' '}
          <a href={`/open-data/subsidies.json?year=${data.year}`} download>
            {t('dashboard.subsidies.json', { year: data.year })}
          </a>
        </p>
      )}
    />
  );
}
