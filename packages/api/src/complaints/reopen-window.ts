import { sql } from 'kysely';
import type { TimedNoticeDue, TimedNoticeSource } from '../notifications';
import { addDays, settingsOf } from './settings';
import { SURVEYED_STAGES } from './survey';

/** How long before the reopen window closes the citizen is reminded of it. */
export const REOPEN_REMINDER_DAYS = 3;

const DAY = 86_400_000;
/** One reminder per complaint and answer: reopened and answered again, it has a new window. */
const REOPEN_MARK = 'complaint.reopenClosing:';
const markOf = (id: string, closedAt: Date) => `${REOPEN_MARK}${id}:${Math.floor(closedAt.getTime() / 1000)}`;

/**
 * "Reopen window closing" (issue 13): `REOPEN_REMINDER_DAYS` before the end of the period in
 * which the citizen may reopen an answered complaint (`reopenDays` after it was resolved or
 * rejected), they are told until when, unless they said they were satisfied (rated it 4 or 5).
 * A legal notice (a right running out), by every channel the complaint was filed with.
 */
export const reopenWindowClosing: TimedNoticeSource = {
  name: 'complaint.reopenClosing',
  async due(db, now) {
    const communes = await db.selectFrom('communes').select(['id', 'settings']).execute();
    const out: TimedNoticeDue[] = [];
    for (const commune of communes) {
      const { reopenDays } = settingsOf(commune.settings);
      if (typeof reopenDays !== 'number' || !(reopenDays > REOPEN_REMINDER_DAYS)) continue;
      // Closed between reopenDays and reopenDays − 3 days ago: the window ends within 3 days.
      const since = new Date(now.getTime() - reopenDays * DAY);
      const until = new Date(now.getTime() - (reopenDays - REOPEN_REMINDER_DAYS) * DAY);
      // complaints_closed_at: (commune_id, closed_at) over closed complaints.
      const rows = await db
        .selectFrom('complaints')
        .select(['id', 'code', 'closedAt'])
        .where('communeId', '=', commune.id)
        .where('closedAt', '>', since)
        .where('closedAt', '<=', until)
        .where('stage', 'in', SURVEYED_STAGES)
        .where((eb) => eb.or([eb('rating', 'is', null), eb('rating', '<=', 3)]))
        .where(
          sql<boolean>`not exists (select 1 from notification_marks m
          where m.commune_id = complaints.commune_id
            and m.key = ${REOPEN_MARK} || complaints.id::text || ':' || floor(extract(epoch from complaints.closed_at))::bigint::text)`,
        )
        .execute();
      for (const r of rows) {
        const closedAt = new Date(r.closedAt!);
        out.push({
          communeId: commune.id,
          subject: { type: 'complaint', id: r.id },
          key: markOf(r.id, closedAt),
          template: 'complaint.reopenClosing',
          params: { code: r.code, reopenUntil: addDays(closedAt, reopenDays).toISOString() },
        });
      }
    }
    return out;
  },
};
