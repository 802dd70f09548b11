import { useTRPC } from '@shabaka/client/react';
import { Button, Card, EmptyState, Spinner } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, useCallback, useId, useMemo, useState } from 'react';
import { Link, useLocation, useRouter } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { LazyMap } from '../MapFallback';
import { QueryError } from '../QueryError';
import { useComplaintsI18n } from './i18n';
import { COMMUNE_ZOOM, FALLBACK_CENTER } from './mapConfig';
import { TrackForm } from './case';
import { RecentCases } from '../cases/CaseParts';
import { withSecret } from '../cases/owner';
import '../page.css';
import './complaints.css';
import { describeError } from '../errors';

const PublicMap = lazy(() => import('./map/PublicMap'));
const PAGE = 20;

function PublicComplaints() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useComplaintsI18n();
  const { t, lang, formatDate } = i18n;
  const [includeClosed, setIncludeClosed] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [, navigate] = useLocation();
  const { base } = useRouter();
  const listId = useId();
  const commune = useQuery(trpc.communes.get.queryOptions({ commune: slug }));
  const map = useQuery(trpc.complaints.map.queryOptions({ commune: slug, open: !includeClosed, limit: 500 }));

  const items = useMemo(
    () =>
      (map.data ?? []).map((i) => ({
        code: i.code,
        stage: i.stage,
        createdAt: i.createdAt,
        categoryName: i.category.names[lang] || i.category.names.fr,
        lat: i.lat,
        lon: i.lon,
      })),
    [map.data, lang],
  );
  const hrefOf = useCallback((code: string) => `${base}/track/${code}`, [base]);
  const open = useCallback((code: string) => navigate(`/track/${code}`), [navigate]);
  const center = commune.data
    ? { lat: commune.data.lat, lon: commune.data.lon }
    : commune.isError
      ? FALLBACK_CENTER
      : null;

  return (
    <Card title={t('complaints.home.mapTitle')}>
      <p>{t('complaints.home.mapIntro')}</p>
      <label className="cx-check">
        <input
          type="checkbox"
          checked={includeClosed}
          onChange={(e) => {
            setIncludeClosed(e.target.checked);
            setShown(PAGE);
          }}
        />{' '}
        {t('complaints.home.includeClosed')}
      </label>
      {map.isPending ? (
        <Spinner />
      ) : map.isError ? (
        <QueryError error={map.error} retry={map.refetch} message={describeError(map.error, i18n).message} />
      ) : (
        <>
          {center && (
            <LazyMap
              tall
              loading={t('complaints.map.loading')}
              unavailable={<p className="cx-note">{t('complaints.map.unavailable')}</p>}
            >
              <PublicMap
                items={items}
                center={center}
                zoom={COMMUNE_ZOOM}
                hrefOf={hrefOf}
                open={open}
                listId={listId}
              />
            </LazyMap>
          )}
          <h3 id={listId}>{t('complaints.home.listTitle', { count: items.length })}</h3>
          {items.length === 0 ? (
            <EmptyState title={t('complaints.home.listEmpty')} />
          ) : (
            <>
              <ul className="cx-list" aria-labelledby={listId}>
                {items.slice(0, shown).map((i) => (
                  <li key={i.code}>
                    <Link href={`/track/${i.code}`}>
                      <bdi dir="ltr">{i.code}</bdi>
                    </Link>
                    <span>{i.categoryName}</span>
                    <span className={`cx-stage-tag cx-stage-tag--${i.stage}`}>
                      {t(`complaintsGlossary.stage.${i.stage}`)}
                    </span>
                    <span>{formatDate(i.createdAt, { dateStyle: 'medium' })}</span>
                  </li>
                ))}
              </ul>
              {shown < items.length && (
                <Button variant="secondary" onClick={() => setShown(shown + PAGE)}>
                  {t('complaints.home.showMore', { count: Math.min(PAGE, items.length - shown) })}
                </Button>
              )}
            </>
          )}
        </>
      )}
    </Card>
  );
}

/** /complaints — submit, follow by code, and the commune's public complaints on a map and in a list. */
export function ComplaintsHomeScreen() {
  const { t } = useComplaintsI18n();
  usePageTitle(t('complaints.home.title'));
  return (
    <div className="shb-stack">
      <h1>{t('complaints.home.title')}</h1>
      <p>{t('complaints.home.intro')}</p>
      <div className="cx-row">
        <Link className="shb-button shb-button--primary" href="/complaints/new">
          {t('complaints.home.submit')}
        </Link>
      </div>
      <Card title={t('complaints.home.trackTitle')}>
        <p>{t('complaints.home.trackIntro')}</p>
        <TrackForm />
      </Card>
      <RecentCases
        kind="complaint"
        trackPath={(c) => `/track/${c.code}`}
        receiptPath={(c) => withSecret(`/complaints/receipt/${c.code}`, c.secret)}
      />
      <PublicComplaints />
    </div>
  );
}

export default ComplaintsHomeScreen;
