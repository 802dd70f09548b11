import type { Db } from '@shabaka/db';
import { closedComplaintNotice } from './closed-notices';
import { bumpDaily } from './rollups';

/**
 * How long after the rating window opens the questionnaire may still go: a server that was
 * down, or a commune that just turned the questionnaire on, does not ask about answers
 * given months ago.
 */
export const SURVEY_LATE_DAYS = 14;

const DAY = 86_400_000;

/**
 * The satisfaction questionnaire (issue 13): `satisfactionSurveyDays` after a complaint is
 * answered (7 by default, 0 turns it off), its citizen is asked to rate the answer, once per
 * complaint (a complaint reopened and answered again is not asked twice), unless they already
 * rated it. An engagement message: it follows the person's choices. What was sent is counted
 * in the daily rollup (`surveyed`), next to the ratings, for the dashboard.
 */
export const satisfactionSurvey = closedComplaintNotice({
  name: 'complaint.satisfaction',
  // Once per complaint, ever.
  mark: { prefix: 'complaint.satisfaction:', perAnswer: false },
  window({ satisfactionSurveyDays: days }, now) {
    if (typeof days !== 'number' || !(days > 0)) return null;
    const until = new Date(now.getTime() - days * DAY);
    return { since: new Date(until.getTime() - SURVEY_LATE_DAYS * DAY), until };
  },
  notice: (r, commune) => ({
    template: 'complaint.satisfaction',
    class: 'engagement',
    params: { code: r.code },
    sent: (trx: Db, at: Date) => bumpDaily(trx, commune.id, at, r.categoryId, ['surveyed']),
  }),
});
