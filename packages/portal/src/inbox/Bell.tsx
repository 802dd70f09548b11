import { useSubscription, useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import './inbox.css';
import InboxPanel from './Panel';

/**
 * The notification centre of a signed-in account (citizen or staff): a bell with the unread
 * count, live over the event stream (notifications.onUnread), and a panel of its notices,
 * newest first, each leading to its case. The count is in the button's name and, when it
 * changes, in a polite live region, so a screen reader hears a new notice without moving.
 */
export function InboxBell() {
  const trpc = useTRPC();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [announced, setAnnounced] = useState('');
  const first = useRef(true);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const headingId = useId();
  const queryClient = useQueryClient();

  const live = useSubscription(
    trpc.notifications.onUnread.subscriptionOptions(undefined, {
      onData: (data) => {
        // The first value is the count on arrival, not news: only changes are announced.
        if (first.current) first.current = false;
        else setAnnounced(t('portal.inbox.live', { count: data.unread }));
        void queryClient.invalidateQueries(trpc.notifications.inbox.pathFilter());
      },
    }),
  );
  const count = live.data?.unread ?? 0;

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  // Escape closes the panel and gives focus back to the bell; a click elsewhere closes it.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(true);
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="portal-inbox">
      <button
        ref={button}
        type="button"
        className="portal-inbox-bell"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('portal.inbox.button', { count })}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {count > 0 && (
          <span className="portal-inbox-count" aria-hidden="true" data-testid="inbox-count">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      <span className="shb-sr-only" role="status" aria-live="polite">
        {announced}
      </span>
      {open && (
        <div ref={panel} id={panelId} className="portal-inbox-panel" role="region" aria-labelledby={headingId}>
          <InboxPanel headingId={headingId} count={count} onFollow={() => close(false)} />
        </div>
      )}
    </div>
  );
}
