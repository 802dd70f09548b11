import type { Db } from '@shabaka/db';
import { addDays, localDate } from '../calendar';
import type { TimedNoticeDue, TimedNoticeSource } from '../notifications';
import * as repo from './repository';

/*
 * What time does to a PAC: each phase opening and closing is told to the plan's followers (the citizens who
 * asked on the plan's page), once each, in their language and as their preferences allow. Only an occasion of
 * the last week is sent: a plan entered with its past phases, or a sweep that was down, does not send a
 * season's worth of old news.
 */

/** The days after the occasion it is still news. */
const FRESH_DAYS = 7;

/** The plan's followers are the notices' subject: a plan, not a case. */
export const planSubject = (id: string) => ({ type: 'pac_plan', id });

export const pacTimedNotices: readonly TimedNoticeSource[] = [
  {
    name: 'pac.phase',
    async due(db: Db, now: Date) {
      const today = localDate(now);
      const since = addDays(today, -FRESH_DAYS);
      const out: TimedNoticeDue[] = [];
      for (const plan of await repo.currentPlans(db, Number(today.slice(0, 4)))) {
        for (const phase of plan.phases) {
          // Open from its first day to its last (both included); closed the day after.
          const closedOn = addDays(phase.endsOn, 1);
          const occasion =
            today >= closedOn && closedOn > since
              ? 'closed'
              : phase.startsOn <= today && today <= phase.endsOn && phase.startsOn > since
                ? 'opened'
                : null;
          if (!occasion) continue;
          out.push({
            communeId: plan.communeId,
            subject: planSubject(plan.id),
            key: `pac:${plan.id}:${phase.kind}:${phase.startsOn}:${occasion}`,
            template: occasion === 'opened' ? 'pac.phaseOpened' : 'pac.phaseClosed',
            params: { phase: phase.kind, startsOn: phase.startsOn, endsOn: phase.endsOn },
            followers: true,
          });
        }
      }
      return out;
    },
  },
];
