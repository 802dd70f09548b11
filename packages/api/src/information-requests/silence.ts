import { sql } from 'kysely';
import { loadCalendar, windowEnd } from '../calendar';
import type { TimedNoticeDue, TimedNoticeSource } from '../notifications';
import { settingsByCommune } from './settings';
import { OPEN_STATES } from './states';

const DAY = 86_400_000;

/**
 * The silence mark: one per request (a deadline is extended only before it passes, so a
 * request falls silent once).
 */
const SILENCE_MARK = 'information.silence:';

/**
 * Law 31-13: when the deadline passes with no answer, the requester may complain to the head of
 * the body (remedies.ts, basis `expired`). The requester is told once, by every channel given
 * at intake (a legal notice), with until when, while that window is open: a server that was
 * down does not announce a window that already closed, and a requester who already complained
 * is not told.
 */
export const silenceRemedies: TimedNoticeSource = {
  name: 'information.silence',
  async due(db, now) {
    // Bounded read: open requests whose deadline passed within the longest window a commune
    // may set (365 days), and not announced yet (information_requests_open_due).
    const rows = await db
      .selectFrom('informationRequests')
      .select(['communeId', 'id', 'code', 'dueAt'])
      .where('state', 'in', OPEN_STATES)
      .where('dueAt', '<', now)
      .where('dueAt', '>', new Date(now.getTime() - 366 * DAY))
      .where('headComplaintAt', 'is', null)
      .where(
        sql<boolean>`not exists (select 1 from notification_marks m
        where m.commune_id = information_requests.commune_id
          and m.key = ${SILENCE_MARK} || information_requests.id::text)`,
      )
      .execute();
    if (rows.length === 0) return [];
    const [cal, settings] = await Promise.all([
      loadCalendar(db),
      settingsByCommune(db, [...new Set(rows.map((r) => r.communeId))]),
    ]);
    const out: TimedNoticeDue[] = [];
    for (const r of rows) {
      const s = settings.get(r.communeId)!;
      const dueAt = new Date(r.dueAt);
      const remedyDue = windowEnd(dueAt, s.headComplaintDays, s.remedyDayUnit, cal);
      if (remedyDue.getTime() < now.getTime()) continue;
      out.push({
        communeId: r.communeId,
        subject: { type: 'information_request', id: r.id },
        key: `${SILENCE_MARK}${r.id}`,
        template: 'information.silence',
        params: { code: r.code, dueAt: dueAt.toISOString(), remedyDue: remedyDue.toISOString() },
      });
    }
    return out;
  },
};
