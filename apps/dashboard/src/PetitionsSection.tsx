import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Figures } from './LoadError';
import { YearSelect } from './YearSelect';

/**
 * The network's petitions (issue 15): per commune, the petitions of a year collecting signatures and filed,
 * what the bureau made of them (admissible, rejected), the council's decisions and the answers to proposals,
 * whether the bureau's word came within the legal clock, and the median days it took. Each commune's name
 * opens its public register.
 */
export function PetitionsSection() {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const network = useQuery({ ...trpc.petitions.network.queryOptions({ year }), placeholderData: keepPreviousData });
  const headingId = useId();
  const captionId = useId();
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="petitions">
      <h2 id={headingId}>{t('dashboard.petitions.heading')}</h2>
      <p>{t('dashboard.petitions.intro')}</p>
      <YearSelect
        label={t('dashboard.petitions.year')}
        years={network.data?.years}
        shown={network.data?.year}
        onChange={setYear}
      />
      <Figures query={network} isEmpty={(d) => d.petitions.length === 0}>
        {(data) => (
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
            <table className="shb-table">
              <caption id={captionId}>{t('dashboard.petitions.caption', { year: data.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.petitions.col.commune')}</th>
                  <th scope="col">{t('dashboard.petitions.col.collecting')}</th>
                  <th scope="col">{t('dashboard.petitions.col.filed')}</th>
                  <th scope="col">{t('dashboard.petitions.col.bureau')}</th>
                  <th scope="col">{t('dashboard.petitions.col.decided')}</th>
                  <th scope="col">{t('dashboard.petitions.col.onTime')}</th>
                  <th scope="col">{t('dashboard.petitions.col.days')}</th>
                </tr>
              </thead>
              <tbody>
                {data.communes.map((c) => (
                  <tr key={c.commune} data-commune={c.commune}>
                    <th scope="row">
                      <a href={`/${c.commune}/petitions`}>{c.names[lang]}</a>
                    </th>
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
