import type { InboxAudience, Language, Localized } from '@shabaka/db';
import type { InnerContext } from '../context';
import type { EventBus } from '../events';
import * as repo from './inbox-repository';
import { renderInApp } from './templates';

/*
 * The in-app notification centre: an account's own notices (citizen or staff), written by
 * `enqueue` in the change's transaction (recipients on the `inapp` channel). Owner only:
 * every read and write here is keyed by the session's account, never by an id from input.
 */

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;

/** The event that tells an account's other tabs its count moved (private: network.onChange does not forward it). */
export const INBOX_EVENT = 'notifications.inbox';

/**
 * Where a notice leads, per subject: the citizen's tracking page, the staff case page. Paths
 * from the server's root (a notice may be about another commune's case than the portal shown).
 */
const SUBJECT_LINKS: Record<string, Record<InboxAudience, (slug: string, code: string, id: string) => string>> = {
  complaint: {
    citizen: (slug, code) => `/${slug}/track/${encodeURIComponent(code)}`,
    staff: (slug, _code, id) => `/${slug}/staff/complaints/${id}`,
  },
  information_request: {
    citizen: (slug, code) => `/${slug}/information/track/${encodeURIComponent(code)}`,
    staff: (slug, _code, id) => `/${slug}/staff/information/${id}`,
  },
  // The committee's cases on a commune: its desk's case pages; the public reads recommendations on /committee.
  recommendation: {
    citizen: (slug) => `/${slug}/committee`,
    staff: (slug, _code, id) => `/${slug}/staff/instances/r/${id}`,
  },
  observation: {
    citizen: (slug) => `/${slug}/committee`,
    staff: (slug, _code, id) => `/${slug}/staff/instances/o/${id}`,
  },
  // A proactive publication item is read on the public checklist and kept on the desk's.
  publication_item: {
    citizen: (slug) => `/${slug}/publication`,
    staff: (slug) => `/${slug}/staff/publication`,
  },
  // A PAC proposal has no tracking page: its author reads it, with the decision, on the account page.
  pac_proposal: {
    citizen: (slug) => `/${slug}/account`,
    staff: (slug) => `/${slug}/staff/priorities`,
  },
};

export function inboxLink(
  audience: InboxAudience,
  slug: string,
  subject: { type: string | null; id: string | null },
  code: unknown,
) {
  const link = subject.type ? SUBJECT_LINKS[subject.type]?.[audience] : undefined;
  if (!link || !subject.id || (audience === 'citizen' && typeof code !== 'string')) return null;
  return link(slug, String(code ?? ''), subject.id);
}

export async function list(
  ctx: Ctx,
  userId: string,
  input: { language: Language; limit: number; cursor?: { at: string; id: string } | null | undefined },
) {
  const rows = await repo.inboxOf(
    ctx.db,
    userId,
    input.limit + 1,
    input.cursor ? { at: new Date(input.cursor.at), id: input.cursor.id } : undefined,
  );
  const page = rows.slice(0, input.limit);
  const items = page.map((r) => {
    const params = r.params as Record<string, unknown>;
    return {
      id: r.id,
      template: r.template,
      audience: r.audience,
      commune: r.commune,
      text: renderInApp(r.template, input.language, params, r.communeNames as Localized),
      code: typeof params.code === 'string' ? params.code : null,
      href: inboxLink(r.audience, r.commune, { type: r.subjectType, id: r.subjectId }, params.code),
      createdAt: r.createdAt,
      read: r.readAt !== null,
    };
  });
  const last = page.at(-1);
  return {
    items,
    next: rows.length > input.limit && last ? { at: last.createdAt.toISOString(), id: last.id } : null,
  };
}

export const unread = (ctx: Pick<Ctx, 'db'>, userId: string) => repo.unreadCount(ctx.db, userId);

/** Marks the account's own notices read (all of them without ids); tells its other tabs. */
export async function markRead(ctx: Ctx, userId: string, ids?: readonly string[]) {
  const changed = await repo.markRead(ctx.db, userId, ctx.clock.now(), ids);
  if (changed > 0) ctx.events.publish({ kind: INBOX_EVENT, commune: null, data: { userId } });
  return { changed, unread: await repo.unreadCount(ctx.db, userId) };
}

/** How long a burst of events waits before one count is read (a queue sweep publishes many). */
const COALESCE_MS = 150;

/**
 * The account's unread count now, then each time it changes. Notices are written inside
 * other domains' transactions, which publish their own events after commit; any event may
 * therefore follow a new notice, so each burst of events costs one indexed count (partial
 * index on unread rows), and only a changed count is sent.
 */
export async function* unreadUpdates(
  ctx: Pick<Ctx, 'db'> & { events: EventBus },
  userId: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<{ unread: number }> {
  // Set by the events' reader; an object, as both loops read and write it.
  const state: { dirty: boolean; wake: (() => void) | null } = { dirty: false, wake: null };
  signal?.addEventListener('abort', () => state.wake?.(), { once: true });
  void (async () => {
    try {
      for await (const _ of ctx.events.stream(signal)) {
        state.dirty = true;
        state.wake?.();
      }
    } catch {
      // Aborted: the subscription ended.
    }
  })();
  let last = await repo.unreadCount(ctx.db, userId);
  yield { unread: last };
  while (!signal?.aborted) {
    if (!state.dirty) await new Promise<void>((resolve) => (state.wake = resolve));
    state.wake = null;
    if (signal?.aborted) break;
    await new Promise((resolve) => setTimeout(resolve, COALESCE_MS));
    state.dirty = false;
    const count = await repo.unreadCount(ctx.db, userId);
    if (count !== last) {
      last = count;
      yield { unread: count };
    }
  }
}
