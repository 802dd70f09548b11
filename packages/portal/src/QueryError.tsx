import { Alert, Button, useI18n } from '@shabaka/ui';
import type { ReactNode } from 'react';
import { describeError } from './errors';

export interface QueryErrorProps {
  error: unknown;
  /** Called by the retry button (usually `query.refetch`). */
  retry: () => unknown;
  /** The section's own translation of the error (e.g. `describeError` with the desk's section); `describeError` by default. */
  message?: ReactNode;
  title?: ReactNode;
}

/**
 * A failed load: the translated reason and a retry button. Every screen shows its load
 * errors through this one piece so they look and behave alike.
 */
export function QueryError({ error, retry, message, title }: QueryErrorProps) {
  const i18n = useI18n();
  return (
    <Alert
      tone="error"
      title={title}
      action={
        <Button variant="secondary" onClick={() => void retry()}>
          {i18n.t('common.retry')}
        </Button>
      }
    >
      {message ?? describeError(error, i18n).message}
    </Alert>
  );
}
