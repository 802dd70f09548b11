import type { Db } from '@shabaka/db';
import { sql } from 'kysely';
import type { TimedNoticeDue, TimedNoticeSource } from '../notifications';
import { bumpDaily } from './rollups';
import { settingsOf } from './settings';

/** The answers a citizen is asked to rate: the commune answered (not a duplicate, nor sent to another body). */
export const SURVEYED_STAGES = ['resolved', 'rejected'] as const;

/**
 * How long after the rating window opens the questionnaire may still go: a server that was
 * down, or a commune that just turned the questionnaire on, does not ask about answers
 * given months ago.
 */
export const SURVEY_LATE_DAYS = 14;

const DAY = 86_400_000;

/** The questionnaire's once-only mark (notification_marks): one per complaint, ever. */
const SURVEY_MARK = 'complaint.satisfaction:';

/**
 * The satisfaction questionnaire (issue 13): `satisfactionSurveyDays` after a complaint is
 * answered (7 by default, 0 turns it off), its citizen is asked to rate the answer, once per
 * complaint (a complaint reopened and answered again is not asked twice), unless they already
 * rated it. An engagement message: it follows the person's choices. What was sent is counted
 * in the daily rollup (`surveyed`), next to the ratings, for the dashboard.
 */
export const satisfactionSurvey: TimedNoticeSource = {
  name: 'complaint.satisfaction',
  async due(db, now) {
    const communes = await db.selectFrom('communes').select(['id', 'settings']).execute();
    const out: TimedNoticeDue[] = [];
    for (const commune of communes) {
      const days = settingsOf(commune.settings).satisfactionSurveyDays;
      if (typeof days !== 'number' || !(days > 0)) continue;
      const until = new Date(now.getTime() - days * DAY);
      const since = new Date(until.getTime() - SURVEY_LATE_DAYS * DAY);
      // complaints_closed_at: (commune_id, closed_at) over closed complaints.
      const rows = await db
        .selectFrom('complaints')
        .select(['id', 'code', 'categoryId'])
        .where('communeId', '=', commune.id)
        .where('rating', 'is', null)
        .where('closedAt', 'is not', null)
        .where('closedAt', '>', since)
        .where('closedAt', '<=', until)
        .where('stage', 'in', SURVEYED_STAGES)
        .where(
          sql<boolean>`not exists (select 1 from notification_marks m
          where m.commune_id = complaints.commune_id and m.key = ${SURVEY_MARK} || complaints.id::text)`,
        )
        .execute();
      for (const r of rows) {
        out.push({
          communeId: commune.id,
          subject: { type: 'complaint', id: r.id },
          key: `${SURVEY_MARK}${r.id}`,
          template: 'complaint.satisfaction',
          class: 'engagement',
          params: { code: r.code },
          sent: (trx: Db, at: Date) => bumpDaily(trx, commune.id, at, r.categoryId, ['surveyed']),
        });
      }
    }
    return out;
  },
};
