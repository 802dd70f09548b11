import type { Db, Language, RecipientChannel } from '@shabaka/db';
import type { Clock } from '../clock';
import type { EventBus } from '../events';
import { claimMark } from './inbox-repository';
import { enqueue } from './outbox';
import * as repo from './preferences-repository';
import { unsubscribeToken } from './preferences';
import { moroccoDay } from './settings';
import { periodicSweep, type Sweep } from './sweep';

/*
 * Digests (issue 13): engagement notices a person chose to receive daily or weekly wait in
 * `notification_held`; a periodic sweep of the server process sends each person one digest
 * per period (and commune: each commune sends its own), its items grouped per case, newest
 * first. Once only, whatever how many processes sweep: the digest's mark in
 * `notification_marks` (per person, channel, frequency and period) is inserted in the same
 * transaction as the digest notice and the taking of its items; the insert that wins sends it.
 */

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** When the current period began, in Morocco's time: today's midnight, or Monday's for a week. */
export function periodStart(frequency: 'daily' | 'weekly', now: Date) {
  const day = moroccoDay(now).start;
  if (frequency === 'daily') return day;
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Africa/Casablanca', weekday: 'short' }).format(now);
  return new Date(day.getTime() - WEEKDAYS.indexOf(weekday) * 86_400_000);
}

/** A digest's items as its template reads them: per case (the newest first), each case's items newest first. */
export function groupItems(
  items: readonly { params: unknown; subjectType: string | null; subjectId: string | null; createdAt: Date }[],
) {
  const sorted = [...items].sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
  const groups = new Map<string, { code: string; subjectType: string | null; items: Record<string, unknown>[] }>();
  for (const item of sorted) {
    const params = item.params as Record<string, unknown>;
    const key = `${item.subjectType}:${item.subjectId}`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { code: String(params.code ?? ''), subjectType: item.subjectType, items: [] }));
    group.items.push({
      stage: params.stage ?? null,
      note: params.note ?? null,
      at: new Date(item.createdAt).toISOString(),
    });
  }
  return [...groups.values()];
}

/**
 * One sweep: for each frequency, each person with notices held from before the current
 * period gets one digest of them. Their choice is read again now: consent withdrawn or
 * "never" since → the items are taken and nothing is sent (the outbox's consent check).
 */
export async function sweepDigests(deps: { db: Db; clock: Clock }) {
  const now = deps.clock.now();
  let sent = 0;
  for (const frequency of ['daily', 'weekly'] as const) {
    const before = periodStart(frequency, now);
    for (const owner of await repo.heldOwners(deps.db, frequency, before)) {
      const key = `digest:${frequency}:${owner.userId}:${owner.channel}:${before.toISOString()}`;
      const done = await deps.db.transaction().execute(async (trx) => {
        if (!(await claimMark(trx, owner.communeId, key, now))) return false;
        const items = await repo.takeHeld(trx, { ...owner, frequency, before, key });
        const user = await repo.userById(trx, owner.userId);
        if (items.length === 0 || !user) return false;
        const prefs = await repo.preferencesOf(trx, user.id);
        const pref = prefs.find((p) => p.channel === owner.channel);
        if (!pref?.consent || pref.frequency === 'never') return false;
        const channel = owner.channel as RecipientChannel;
        const address = channel === 'email' ? user.email : user.id;
        const params: Record<string, unknown> = {
          frequency,
          count: items.length,
          groups: groupItems(items),
        };
        if (channel === 'email')
          params.token = await unsubscribeToken(trx, { address, userId: user.id, communeId: owner.communeId, now });
        await enqueue(trx, { communeId: owner.communeId, template: 'digest', class: 'engagement', params, now }, [
          { channel, address, language: user.locale as Language },
        ]);
        return true;
      });
      if (done) sent++;
    }
  }
  return sent;
}

export type DigestWatch = Sweep;

/**
 * The server's periodic digest sweep (every `intervalMs`, 15 minutes by default, sweep.ts): a
 * digest leaves in the first sweep of its period, once, whichever process sweeps.
 */
export function createDigestWatch(
  deps: { db: Db; clock: Clock; events?: EventBus | undefined },
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): DigestWatch {
  return periodicSweep(() => sweepDigests(deps), { ...options, kind: 'notifications.digests', events: deps.events });
}
