import type { TimedNoticeDue, TimedNoticeSource } from '../../notifications';
import * as repo from './repository';

/*
 * What time does to a prioritisation consultation: when its vote opens, the authors of its proposals are
 * told (in-app) that they may vote; when it closes, the authors and the online voters are told the results
 * are out. Once each (the sweep's marks); a sweep down for longer than a week sends nothing stale.
 */

const WEEK_MS = 7 * 86_400_000;

function source(name: string, column: 'votesOpenAt' | 'votesCloseAt', step: 'opened' | 'closed'): TimedNoticeSource {
  return {
    name,
    async due(db, now) {
      const rows = await repo.consultationsAround(db, column, new Date(now.getTime() - WEEK_MS), now);
      const out: TimedNoticeDue[] = [];
      for (const k of rows) {
        const authors = await repo.authorsOf(db, k.communeId, k.id);
        const voters = step === 'closed' ? await repo.onlineVotersOf(db, k.communeId, k.id) : [];
        const accounts = [...new Set([...authors, ...voters])];
        if (accounts.length === 0) continue;
        out.push({
          communeId: k.communeId,
          subject: { type: 'pac_consultation', id: k.id },
          key: `pac_consultation:${k.id}:${step}`,
          template: step === 'opened' ? 'consultation.opened' : 'consultation.closed',
          params: { id: k.id, title: k.title },
          accounts,
        });
      }
      return out;
    },
  };
}

export const proposalTimedNotices: readonly TimedNoticeSource[] = [
  source('pac.consultation_opened', 'votesOpenAt', 'opened'),
  // The vote closes at the last second of its day: the notice goes with the first sweep after.
  source('pac.consultation_closed', 'votesCloseAt', 'closed'),
];
