import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { usePublicationI18n } from './i18n';
import './publication.css';

type Item = RouterOutputs['publication']['list']['items'][number];

/**
 * /publication — what the commune publishes of its own accord (Law 31-13, art. 10): each kind of information,
 * the service that keeps it, where to read it, when it was last updated and when it is due again; whether it
 * is up to date is said in words, never by colour alone.
 */
export default function PublicationSection() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePublicationI18n();
  const { t } = i18n;
  usePageTitle(t('publication.title'));
  const list = useQuery(trpc.publication.list.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <h1>{t('publication.title')}</h1>
      <p>{t('publication.intro')}</p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n, { section: 'publication' }).message}
        empty={t('publication.empty')}
        isEmpty={(d) => d.items.length === 0}
      >
        {(data) => (
          <>
            <p role="status">{t('publication.summary', { fresh: data.counts.fresh, items: data.counts.items })}</p>
            <ul className="pub-list">
              {data.items.map((i) => (
                <li key={i.id}>
                  <ItemCard item={i} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
    </div>
  );
}

function ItemCard({ item }: { item: Item }) {
  const { t, lang, formatDate } = usePublicationI18n();
  const day = (d: string) =>
    formatDate(new Date(`${d}T12:00:00Z`), { dateStyle: 'long', timeZone: 'Africa/Casablanca' });
  const title =
    (lang === 'es' && item.title.es) || (lang === 'fr' ? item.title.fr : lang === 'es' ? item.title.fr : item.title.ar);
  return (
    <Card title={title} headingLevel={2}>
      <p className="pub-meta">
        {t(`publication.category.${item.category}`)}
        {item.department && <> · {item.department.names[lang]}</>}
      </p>
      <p>
        <strong className={`pub-status pub-status--${item.status}`}>{t(`publication.status.${item.status}`)}</strong>
      </p>
      {item.updatedOn && item.nextDueOn && (
        <p>{t('publication.dates', { updated: day(item.updatedOn), due: day(item.nextDueOn) })}</p>
      )}
      <p>{t('publication.every', { months: item.refreshMonths })}</p>
      {item.url && (
        <p>
          <a href={item.url} rel="noopener noreferrer" target="_blank">
            {t('publication.read', { title })}
          </a>
        </p>
      )}
      {item.file && (
        <p>
          <a href={item.file.href} target="_blank" rel="noopener">
            {t('publication.download', { title })}
          </a>
        </p>
      )}
    </Card>
  );
}
