import { closedComplaintNotice } from './closed-notices';
import { addDays } from './settings';

/** How long before the reopen window closes the citizen is reminded of it. */
export const REOPEN_REMINDER_DAYS = 3;

const DAY = 86_400_000;

/**
 * "Reopen window closing" (issue 13): `REOPEN_REMINDER_DAYS` before the end of the period in
 * which the citizen may reopen an answered complaint (`reopenDays` after it was resolved or
 * rejected), they are told until when, unless they said they were satisfied (rated it 4 or 5).
 * A legal notice (a right running out), by every channel the complaint was filed with.
 */
export const reopenWindowClosing = closedComplaintNotice({
  name: 'complaint.reopenClosing',
  // One reminder per complaint and answer: reopened and answered again, it has a new window.
  mark: { prefix: 'complaint.reopenClosing:', perAnswer: true },
  ratedUpTo: 3,
  window({ reopenDays }, now) {
    if (typeof reopenDays !== 'number' || !(reopenDays > REOPEN_REMINDER_DAYS)) return null;
    // Closed between reopenDays and reopenDays − 3 days ago: the window ends within 3 days.
    return {
      since: new Date(now.getTime() - reopenDays * DAY),
      until: new Date(now.getTime() - (reopenDays - REOPEN_REMINDER_DAYS) * DAY),
    };
  },
  notice: (r, commune) => ({
    template: 'complaint.reopenClosing',
    params: { code: r.code, reopenUntil: addDays(r.closedAt, commune.settings.reopenDays).toISOString() },
  }),
});
