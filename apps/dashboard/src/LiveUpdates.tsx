import { useQueryClient, useSubscription, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { matchQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

type LiveState = 'connecting' | 'on' | 'off';

/**
 * Follows `network.onChange` (SSE). Every event (complaint.submitted, complaint.stage_changed,
 * information.state_changed, image.hidden …) invalidates every query but the account's (network,
 * complaints, Law 31-13, calendar: no per-domain list to keep), so the figures refresh without a
 * reload; after a dropped connection the queries are refreshed once more, since events sent
 * while offline are not replayed.
 */
export function useLiveUpdates() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);

  const refresh = async () => {
    // Every figure on screen, whichever domain serves it; only the account is not a figure.
    const account = trpc.auth.pathFilter();
    await queryClient.invalidateQueries({ predicate: (query) => !matchQuery(account, query) });
    setUpdatedAt(new Date());
  };

  const subscription = useSubscription(
    trpc.network.onChange.subscriptionOptions(undefined, {
      onData: () => void refresh(),
    }),
  );

  const state: LiveState =
    subscription.status === 'pending' ? 'on' : subscription.status === 'error' ? 'off' : 'connecting';

  const wasLive = useRef(false);
  const missedEvents = useRef(false);
  useEffect(() => {
    if (state === 'on') {
      if (missedEvents.current) void refresh();
      wasLive.current = true;
      missedEvents.current = false;
    } else if (wasLive.current) {
      missedEvents.current = true;
    }
    // `refresh` only closes over stable objects (query client, tRPC proxy).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  return { state, updatedAt };
}

/** Connection state (visible), and a polite live region that announces each refresh of the figures. */
export function LiveStatus({ state, updatedAt }: ReturnType<typeof useLiveUpdates>) {
  const { t, formatDate } = useI18n();
  return (
    <div className="dash-live">
      <p className={`dash-live-state dash-live-state--${state}`}>
        <span className="dash-live-dot" aria-hidden="true" />
        {t(`dashboard.live.${state}`)}
      </p>
      <p className="dash-live-update" role="status" aria-live="polite" aria-atomic="true">
        {updatedAt &&
          t('dashboard.live.updated', {
            time: formatDate(updatedAt, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
          })}
      </p>
    </div>
  );
}
