import type { RouterOutputs } from '@shabaka/client';
import { useTRPC } from '@shabaka/client/react';
import { useI18n } from '@shabaka/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { usePortal } from '../config';

type Notice = RouterOutputs['notifications']['inbox']['items'][number];

/** The bell's panel: the account's notices, newest first (ten, then ten more at a time), each leading to its case. */
export default function InboxPanel({
  headingId,
  count,
  onFollow,
}: {
  headingId: string;
  count: number;
  onFollow: () => void;
}) {
  const trpc = useTRPC();
  const { t, lang, formatDate } = useI18n();
  const { slug } = usePortal();
  const queryClient = useQueryClient();
  // Ten more at each "older" (up to the procedure's 50): a plain query keeps the infinite
  // query's code off the portal's bundle; the SDK pages with `cursor`.
  const [limit, setLimit] = useState(10);
  const list = useQuery({
    ...trpc.notifications.inbox.queryOptions({ language: lang, limit }),
    placeholderData: (previous) => previous,
  });
  const refresh = () => queryClient.invalidateQueries(trpc.notifications.inbox.pathFilter());
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh }));
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess: refresh }));
  const items = list.data?.items ?? [];

  const follow = (n: Notice) => {
    if (!n.read) markRead.mutate({ ids: [n.id] });
    onFollow();
  };

  return (
    <>
      <div className="portal-inbox-head">
        <h2 id={headingId}>{t('portal.inbox.title')}</h2>
        {count > 0 && (
          <button type="button" className="portal-inbox-all" onClick={() => markAll.mutate()}>
            {t('portal.inbox.markAll')}
          </button>
        )}
      </div>
      {list.isPending ? (
        <p>{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('portal.inbox.empty')}</p>
      ) : (
        <ul className="portal-inbox-list">
          {items.map((n) => {
            const body = (
              <>
                <span className="portal-inbox-text">{n.text}</span>
                <span className="portal-inbox-meta">
                  <time dateTime={new Date(n.createdAt).toISOString()}>
                    {formatDate(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                  {!n.read && <span className="portal-inbox-unread">{t('portal.inbox.unread')}</span>}
                </span>
              </>
            );
            const className = n.read ? 'portal-inbox-item' : 'portal-inbox-item is-unread';
            // A notice about this portal's commune stays in the app; another commune's opens its portal.
            const local = n.href && n.href.startsWith(`/${slug}/`) ? n.href.slice(slug.length + 1) : null;
            return (
              <li key={n.id}>
                {local ? (
                  <Link href={local} className={className} onClick={() => follow(n)}>
                    {body}
                  </Link>
                ) : n.href ? (
                  <a href={n.href} className={className} onClick={() => follow(n)}>
                    {body}
                  </a>
                ) : (
                  <div className={className}>{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {list.data?.next && limit < 50 && (
        <button type="button" className="portal-inbox-more" onClick={() => setLimit((l) => Math.min(50, l + 10))}>
          {t('portal.inbox.more')}
        </button>
      )}
    </>
  );
}
