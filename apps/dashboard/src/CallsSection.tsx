import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Figures } from './LoadError';
import { YearSelect } from './YearSelect';

/**
 * The network's calls for projects (issue 14): per commune, the calls of a budget year and their
 * envelopes, the dossiers associations filed and the amounts they asked, and how many were selected
 * for how much. Each commune's name opens its calls and their published results.
 */
export function CallsSection() {
  const { t, lang, formatNumber } = useI18n();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const network = useQuery({ ...trpc.calls.network.queryOptions({ year }), placeholderData: keepPreviousData });
  const headingId = useId();
  const captionId = useId();
  const mad = (n: number) => t('dashboard.calls.mad', { amount: formatNumber(n) });
  const shown = network.data?.year;
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="calls">
      <h2 id={headingId}>{t('dashboard.calls.heading')}</h2>
      <p>{t('dashboard.calls.intro')}</p>
      <YearSelect label={t('dashboard.calls.year')} years={network.data?.years} shown={shown} onChange={setYear} />
      <Figures query={network} isEmpty={(d) => d.communes.every((c) => c.calls === 0)}>
        {(data) => (
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
            <table className="shb-table">
              <caption id={captionId}>{t('dashboard.calls.caption', { year: data.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.calls.col.commune')}</th>
                  <th scope="col">{t('dashboard.calls.col.calls')}</th>
                  <th scope="col">{t('dashboard.calls.col.dossiers')}</th>
                  <th scope="col">{t('dashboard.calls.col.selected')}</th>
                </tr>
              </thead>
              <tbody>
                {data.communes.map((c) => (
                  <tr key={c.commune} data-commune={c.commune}>
                    <th scope="row">
                      <a href={`/${c.commune}/calls`}>{c.names[lang]}</a>
                    </th>
                    <td>{t('dashboard.calls.callsValue', { count: c.calls, envelope: mad(c.envelopeMad) })}</td>
                    <td>{t('dashboard.calls.dossiersValue', { count: c.dossiers, asked: mad(c.requestedMad) })}</td>
                    <td data-figure="granted">
                      {t('dashboard.calls.selectedValue', { count: c.selected, granted: mad(c.grantedMad) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Figures>
    </section>
  );
}
