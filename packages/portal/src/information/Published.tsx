import { useQuery, useTRPC } from '@shabaka/client/react';
import { Button, Card } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { useInformationI18n } from './i18n';
import { describeError } from '../errors';

const PAGE = 10;

/** /information/published — answers the commune made public, personal data removed. */
export function PublishedScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useInformationI18n();
  const { t, formatDate, formatNumber } = i18n;
  usePageTitle(t('information.published.title'));
  const [cursor, setCursor] = useState(0);
  const published = useQuery({
    ...trpc.informationRequests.published.queryOptions({ commune: slug, limit: PAGE, cursor }),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="shb-stack">
      <p>
        <Link href="/">{t('information.back')}</Link>
      </p>
      <h1>{t('information.published.title')}</h1>
      <p>{t('information.published.intro')}</p>
      <Loaded
        query={published}
        describe={(e) => describeError(e, i18n).message}
        empty={t('information.published.empty')}
        isEmpty={(d) => d.items.length === 0}
      >
        {(data) => (
          <>
            <p role="status">
              {t('information.published.count', {
                count: data.total,
                from: formatNumber(cursor + 1),
                to: formatNumber(cursor + data.items.length),
              })}
            </p>
            {data.items.map((p) => (
              <Card key={p.code} title={p.subject ?? t('information.published.noSubject')} headingLevel={2}>
                <p className="shb-hint">
                  <bdi dir="ltr">{p.code}</bdi> ·{' '}
                  {t('information.published.publishedOn', { date: formatDate(p.publishedAt, { dateStyle: 'long' }) })}
                  {p.completeness && <> · {t(`information.completeness.${p.completeness}`)}</>}
                </p>
                <p className="cx-description" dir="auto">
                  {p.answer}
                </p>
              </Card>
            ))}
            <nav aria-label={t('information.published.pages')} className="cx-row">
              <Button variant="secondary" disabled={cursor === 0} onClick={() => setCursor(Math.max(0, cursor - PAGE))}>
                {t('information.previous')}
              </Button>
              <Button
                variant="secondary"
                disabled={data.nextCursor === null}
                onClick={() => setCursor(data.nextCursor ?? 0)}
              >
                {t('information.next')}
              </Button>
            </nav>
          </>
        )}
      </Loaded>
    </div>
  );
}

export default PublishedScreen;
