import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useOpenDataI18n } from './i18n';
import { bundleHref, catalogHref, fileHref } from './model';
import './open-data.css';

/**
 * /open-data — the commune's catalogue: each dataset with its latest version, its page and its CSV;
 * then the same catalogue for machines (DCAT), the network's, and the bundle for the national portal.
 */
export default function CataloguePage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useOpenDataI18n();
  const { t, lang, formatDate } = i18n;
  usePageTitle(t('openData.title'));
  const catalogue = useQuery(trpc.openData.catalogue.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <h1>{t('openData.title')}</h1>
      <p>{t('openData.intro')}</p>
      <Loaded query={catalogue} describe={(e) => describeError(e, i18n, { section: 'openData' }).message}>
        {(list) => (
          <ul className="od-list">
            {list.map((d) => (
              <li key={d.id}>
                <Card title={d.title[lang]} headingLevel={2}>
                  <p>{d.description[lang]}</p>
                  <p className="od-meta">
                    {d.latest
                      ? t('openData.latest', {
                          version: d.latest.version,
                          date: formatDate(d.latest.publishedAt, { dateStyle: 'long' }),
                          rows: d.latest.rows,
                        })
                      : t('openData.notYet')}
                  </p>
                  <p className="od-actions">
                    <Link href={`/open-data/${d.id}`}>{t('openData.open', { title: d.title[lang] })}</Link>
                    {d.latest && (
                      <a href={fileHref(slug, d.id, d.latest.version, 'csv')} download>
                        {t('openData.downloadCsv', { title: d.title[lang] })}
                      </a>
                    )}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <section aria-labelledby="od-machines" className="shb-stack">
        <h2 id="od-machines">{t('openData.catalogLinks')}</h2>
        <ul>
          <li>
            <a href={catalogHref(slug)} type="application/ld+json">
              {t('openData.dcat')}
            </a>
          </li>
          <li>
            <a href={catalogHref(null)} type="application/ld+json">
              {t('openData.networkDcat')}
            </a>
          </li>
          <li>
            <a href={bundleHref(slug)} download>
              {t('openData.bundle')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
