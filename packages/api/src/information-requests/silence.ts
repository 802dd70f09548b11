import { loadCalendar, windowEnd } from '../calendar';
import type { TimedNoticeDue, TimedNoticeSource } from '../notifications';
import { silentUnmarked } from './repository';
import { settingsByCommune } from './settings';

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
    // may set (365 days), and not announced yet.
    const rows = await silentUnmarked(db, { now, since: new Date(now.getTime() - 366 * DAY), mark: SILENCE_MARK });
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
