import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { useId } from 'react';
import { Figures } from './LoadError';

/**
 * Proactive publication across the network (issue 16, Law 31-13 art. 10): per commune, how many items its
 * checklist holds and how many are up to date today — the share the openness index will read. Each commune's
 * name opens its public list.
 */
export function PublicationSection() {
  const { t, lang, formatNumber } = useI18n();
  const trpc = useTRPC();
  const network = useQuery(trpc.publication.network.queryOptions());
  const headingId = useId();
  const captionId = useId();
  const none = t('dashboard.publication.none');
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="publication">
      <h2 id={headingId}>{t('dashboard.publication.heading')}</h2>
      <p>{t('dashboard.publication.intro')}</p>
      <Figures query={network} isEmpty={(d) => d.length === 0}>
        {(data) => (
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
            <table className="shb-table">
              <caption id={captionId}>{t('dashboard.publication.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.publication.col.commune')}</th>
                  <th scope="col">{t('dashboard.publication.col.items')}</th>
                  <th scope="col">{t('dashboard.publication.col.fresh')}</th>
                  <th scope="col">{t('dashboard.publication.col.share')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((c) => (
                  <tr key={c.commune} data-commune={c.commune}>
                    <th scope="row">
                      <a href={`/${c.commune}/publication`}>{c.names[lang]}</a>
                    </th>
                    <td>{formatNumber(c.items)}</td>
                    <td>{formatNumber(c.fresh)}</td>
                    <td data-figure="fresh-share">
                      {c.share === null
                        ? none
                        : t('dashboard.publication.percent', { value: formatNumber(Math.round(c.share * 100)) })}
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
