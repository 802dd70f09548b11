import { useQuery, useTRPC } from '@shabaka/client/react';
import { Spinner, useI18n } from '@shabaka/ui';
import { lazy, Suspense, useEffect, useId } from 'react';
import { Figures } from './LoadError';

/** The per-commune cards and charts (lazy chunk): the first load stays light. */
const loadComplaintsWindow = () => import('./ComplaintsWindow');
const ComplaintsWindow = lazy(loadComplaintsWindow);

/**
 * The complaints window of every commune (public figures, refreshed by the live updates).
 * The heading and the query live here, so the figures are fetched while the chunk loads.
 */
export function ComplaintsSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const figures = useQuery(trpc.complaints.figures.queryOptions());
  const headingId = useId();

  // Start fetching the chunk now rather than once the figures have arrived.
  useEffect(() => {
    void loadComplaintsWindow();
  }, []);

  return (
    <section className="dash-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dashboard.complaints.heading')}</h2>
      <p>{t('dashboard.complaints.intro')}</p>
      <Figures query={figures} isEmpty={(d) => d.length === 0}>
        {(data) => (
          <Suspense fallback={<Spinner />}>
            <ComplaintsWindow communes={data} />
          </Suspense>
        )}
      </Figures>
    </section>
  );
}
