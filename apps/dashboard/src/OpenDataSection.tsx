import { useQuery, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { useId } from 'react';
import { Figures } from './LoadError';

/**
 * Open data across the network (issue 16): per commune, how many of the catalogue's datasets it has published
 * and when it last did; the network's DCAT catalogue and export bundle for the national portal. Each commune's
 * name opens its public catalogue.
 */
export function OpenDataSection() {
  const { t, lang, formatNumber, formatDate } = useI18n();
  const trpc = useTRPC();
  const network = useQuery(trpc.openData.network.queryOptions());
  const headingId = useId();
  const captionId = useId();
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="open-data">
      <h2 id={headingId}>{t('dashboard.openData.heading')}</h2>
      <p>{t('dashboard.openData.intro')}</p>
      <ul>
        <li>
          <a href="/open-data/catalog.jsonld" type="application/ld+json">
            {t('dashboard.openData.catalog')}
          </a>
        </li>
        <li>
          <a href="/open-data/export.zip" download>
            {t('dashboard.openData.bundle')}
          </a>
        </li>
      </ul>
      <Figures query={network} isEmpty={(d) => d.length === 0}>
        {(data) => (
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
            <table className="shb-table">
              <caption id={captionId}>{t('dashboard.openData.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.openData.col.commune')}</th>
                  <th scope="col">{t('dashboard.openData.col.published')}</th>
                  <th scope="col">{t('dashboard.openData.col.last')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((c) => (
                  <tr key={c.commune} data-commune={c.commune}>
                    <th scope="row">
                      <a href={`/${c.commune}/open-data`}>{c.names[lang]}</a>
                    </th>
                    <td data-figure="published">
                      {t('dashboard.openData.count', {
                        published: formatNumber(c.published),
                        datasets: formatNumber(c.datasets),
                      })}
                    </td>
                    <td>
                      {c.lastPublishedAt
                        ? formatDate(c.lastPublishedAt, { dateStyle: 'medium' })
                        : t('dashboard.openData.none')}
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
