import { Alert, Button, EmptyState, Spinner, useI18n } from '@shabaka/ui';
import type { ReactNode } from 'react';

/** A dashboard figure that did not load: the one message the dashboard shows for it, and a retry. */
export function LoadError({ retry }: { retry: () => unknown }) {
  const { t } = useI18n();
  return (
    <Alert
      tone="error"
      title={t('dashboard.error.load')}
      action={
        <Button variant="secondary" onClick={() => void retry()}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/**
 * The network's figures as they load: a spinner, the load error, "no commune yet" while the
 * network is empty, then the figures themselves.
 */
export function Figures<T>({
  query,
  isEmpty,
  children,
  tall = false,
}: {
  query: { isPending: boolean; isError: boolean; data: T | undefined; refetch: () => unknown };
  isEmpty: (data: T) => boolean;
  children: (data: T) => ReactNode;
  /**
   * The first section's figures fill a phone's screen and more: while they load, their place is
   * held that tall, so the sections below do not jump out of view when they arrive.
   */
  tall?: boolean;
}) {
  const { t } = useI18n();
  if (query.isPending) {
    return tall ? (
      <div className="dash-pending-tall">
        <Spinner />
      </div>
    ) : (
      <Spinner />
    );
  }
  if (query.isError || query.data === undefined) return <LoadError retry={query.refetch} />;
  if (isEmpty(query.data)) return <EmptyState title={t('dashboard.overview.empty')} />;
  return <>{children(query.data)}</>;
}
