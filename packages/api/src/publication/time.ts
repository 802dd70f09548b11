import type { Db } from '@shabaka/db';
import { addDays, localDate } from '../calendar';
import { communeAdmins, type TimedNoticeDue, type TimedNoticeSource } from '../notifications';
import * as repo from './repository';

/** How long before its due date an item's keeper is reminded. */
export const DUE_SOON_DAYS = 14;
/** A stale item is told once, within this many days of going stale: a sweep down for months sends no backlog. */
const STALE_WINDOW_DAYS = 30;

/*
 * The checklist does not keep itself: the staff member who keeps an item (or, while nobody is named, the
 * commune's admins) hears when it falls due within two weeks and again the day after it goes stale. Each notice
 * is keyed by the item and its due date, so a new update (a new due date) starts a new pair, never a repeat.
 */
export const publicationTimedNotices: readonly TimedNoticeSource[] = [
  {
    name: 'publication.due',
    async due(db: Db, now: Date) {
      const today = localDate(now);
      const rows = await repo.dueBetween(db, addDays(today, -STALE_WINDOW_DAYS), addDays(today, DUE_SOON_DAYS));
      const admins = new Map<string, string[]>();
      const out: TimedNoticeDue[] = [];
      for (const r of rows) {
        if (!r.nextDueOn) continue;
        const stale = r.nextDueOn < today;
        let staff = r.keeperId ? [r.keeperId] : admins.get(r.communeId);
        if (!staff) {
          staff = await communeAdmins(db, r.communeId);
          admins.set(r.communeId, staff);
        }
        if (staff.length === 0) continue;
        out.push({
          communeId: r.communeId,
          subject: { type: 'publication_item', id: r.id },
          key: `publication:${r.id}:${stale ? 'stale' : 'due'}:${r.nextDueOn}`,
          template: stale ? 'staff.publicationStale' : 'staff.publicationDue',
          params: { id: r.id, item: r.title, dueOn: r.nextDueOn },
          staff,
        });
      }
      return out;
    },
  },
];
