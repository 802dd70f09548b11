import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, useI18n } from '@shabaka/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearch } from 'wouter';
import { usePageTitle } from '../config';
import { describeError } from '../errors';
import { useNotificationSettingsI18n } from './i18n';

/**
 * /unsubscribe?t=… — an engagement email's unsubscribe link opened in a browser. It asks for
 * a press: mail scanners open links, and must not unsubscribe anyone (a mail client's
 * one-click POST goes to the server's route, apps/server/src/app.ts).
 */
export function UnsubscribeScreen() {
  const trpc = useTRPC();
  const i18n = useNotificationSettingsI18n();
  const base = useI18n();
  const { t } = i18n;
  const search = useSearch();
  const [token] = useState(() => new URLSearchParams(search).get('t') ?? '');
  const done = useRef<HTMLDivElement>(null);
  const unsubscribe = useMutation(trpc.notifications.unsubscribe.mutationOptions());
  usePageTitle(t('notificationSettings.unsubscribe.title'));
  useEffect(() => {
    if (unsubscribe.isSuccess) done.current?.focus();
  }, [unsubscribe.isSuccess]);
  return (
    <div className="shb-stack">
      <h1>{t('notificationSettings.unsubscribe.title')}</h1>
      {!token ? (
        <Alert tone="error">{t('notificationSettings.unsubscribe.missing')}</Alert>
      ) : unsubscribe.isSuccess ? (
        // The alert is the status; focus moves to it, as the button that was pressed is gone.
        <div ref={done} tabIndex={-1}>
          <Alert tone="success">{t('notificationSettings.unsubscribe.done')}</Alert>
        </div>
      ) : (
        <>
          <p>{t('notificationSettings.unsubscribe.intro')}</p>
          {unsubscribe.error && <Alert tone="error">{describeError(unsubscribe.error, base).message}</Alert>}
          <div>
            <Button busy={unsubscribe.isPending} onClick={() => unsubscribe.mutate({ token })}>
              {unsubscribe.isPending
                ? t('notificationSettings.unsubscribe.pending')
                : t('notificationSettings.unsubscribe.confirm')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

export default UnsubscribeScreen;
