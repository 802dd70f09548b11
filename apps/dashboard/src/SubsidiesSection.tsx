import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Figures } from './LoadError';
import { YearSelect } from './YearSelect';

/**
 * The network's open subsidy ledger (issue 14): per commune, the subsidies of a year, the amounts
 * committed and paid, and the share of subsidised associations whose reports are up to date.
 * Public like the ledgers it sums; the lines are each commune's own page and the files below.
 */
export function SubsidiesSection() {
  const { t, lang, formatNumber } = useI18n();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const network = useQuery({ ...trpc.subsidies.network.queryOptions({ year }), placeholderData: keepPreviousData });
  const headingId = useId();
  const captionId = useId();
  const mad = (n: number) => t('dashboard.subsidies.mad', { amount: formatNumber(n) });
  const shown = network.data?.year;
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="subsidies">
      <h2 id={headingId}>{t('dashboard.subsidies.heading')}</h2>
      <p>{t('dashboard.subsidies.intro')}</p>
      <YearSelect label={t('dashboard.subsidies.year')} years={network.data?.years} shown={shown} onChange={setYear} />
      <Figures query={network} isEmpty={(d) => d.communes.length === 0}>
        {(data) => (
          <>
            <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
              <table className="shb-table">
                <caption id={captionId}>{t('dashboard.subsidies.caption', { year: data.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.subsidies.col.commune')}</th>
                    <th scope="col">{t('dashboard.subsidies.col.count')}</th>
                    <th scope="col">{t('dashboard.subsidies.col.committed')}</th>
                    <th scope="col">{t('dashboard.subsidies.col.paid')}</th>
                    <th scope="col">{t('dashboard.subsidies.col.reports')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.communes.map((c) => (
                    <tr key={c.commune} data-commune={c.commune}>
                      <th scope="row">
                        <a href={`/${c.commune}/subsidies`}>{c.names[lang]}</a>
                      </th>
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
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('dashboard.subsidies.total')}</th>
                    <td>{formatNumber(data.count)}</td>
                    <td>{mad(data.committedMad)}</td>
                    <td>{mad(data.paidMad)}</td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
            <p>
              <a href={`/open-data/subsidies.csv?year=${data.year}`} download>
                {t('dashboard.subsidies.csv', { year: data.year })}
              </a>{' '}
              ·{' '}
              <a href={`/open-data/subsidies.json?year=${data.year}`} download>
                {t('dashboard.subsidies.json', { year: data.year })}
              </a>
            </p>
          </>
        )}
      </Figures>
    </section>
  );
}
