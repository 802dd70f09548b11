import { INFORMATION_REQUEST_STATES, type InformationRequestState } from '@shabaka/db';
import { elapsedWorkingDays, windowEnd, type WorkingCalendar } from '../calendar';
import { timelineWriter, type CaseSpec } from '../cases';
import { notifySubject } from '../notifications';
import * as repo from './repository';
import { bumpDaily, recordResponseTime } from './rollups';
import { informationSettings } from './settings';
import { NEXT, OPEN_STATES, isResponse } from './states';

type Req = NonNullable<Awaited<ReturnType<typeof repo.lockById>>>;

/**
 * Information requests as the case kernel sees them (cases/kernel.ts): states, the staff
 * graph (one target per action, states.ts), one deadline counted in working days (Law
 * 31-13: 20 working days, 3 if urgent, extended once), the timeline and the compliance
 * rollups of a move. Built per call with the calendar its rollups count reply times in.
 */
export function informationCase(cal: WorkingCalendar | null): CaseSpec<InformationRequestState, Req> {
  return {
    type: 'information_request',
    table: 'informationRequests',
    auditPrefix: 'information',
    series: 'information',
    stateColumn: 'state',
    states: { all: INFORMATION_REQUEST_STATES, open: OPEN_STATES, next: NEXT },
    clock: { days: 'working' },
    stateOf: (r) => r.state,
    deadlines: [{ column: 'dueAt' }],
    list: { search: ['subject', 'description'], since: 'receivedAt', order: 'deadline' },
    unknown: { reason: 'unknown_request', message: 'No such information request in this commune.' },
    unknownCode: (code) => `No information request has the code ${code}.`,
    refusal: (from, to) => `A request that is "${from}" cannot become "${to}".`,
    repo: {
      update: (trx, communeId, id, set) => repo.updateRequest(trx, communeId, id, set),
      insertEvent: timelineWriter('informationRequests'),
    },
    counts: 'informationRequestStateCounts',
    async rollups(trx, { communeId, row: r, to, now }) {
      const set: Record<string, unknown> = {};
      const daily: Parameters<typeof bumpDaily>[3] = [];
      if (!r.processingStartedAt && to !== 'withdrawn') set.processingStartedAt = now;
      if (isResponse(to)) {
        if (!cal) throw new Error('a reply is counted in working days: the calendar is needed');
        const days = elapsedWorkingDays(r.receivedAt, now, cal);
        const onTime = now.getTime() <= r.dueAt.getTime();
        set.respondedAt = now;
        set.responseWorkingDays = days;
        set.closedAt = now;
        daily.push('responded', to as 'answered' | 'refused' | 'transferred');
        if (onTime) daily.push('respondedOnTime');
        await recordResponseTime(trx, communeId, days);
      } else if (to === 'withdrawn') {
        set.closedAt = now;
        daily.push('withdrawn');
      }
      await bumpDaily(trx, communeId, now, daily);
      return set;
    },
    /**
     * The requester hears of the extension (with its reason and the new deadline) and of the
     * reply (answered, refused or transferred, with its public note); after an answer or a
     * refusal, a second notice says the remedies are open and until when the head of the
     * body can be seized. Legal notices: every channel the requester gave at intake. Starting
     * the processing and withdrawals are not notices.
     */
    async notify(trx, e) {
      if (e.to === undefined || e.to === e.from) return;
      const subject = { type: 'information_request', id: e.row.id };
      const base = { communeId: e.communeId, subject, now: e.now };
      if (e.to === 'extended') {
        await notifySubject(trx, {
          ...base,
          template: 'information.extended',
          params: { code: e.row.code, dueAt: e.data?.dueAt, reason: e.publicNote ?? '' },
        });
      } else if (isResponse(e.to)) {
        await notifySubject(trx, {
          ...base,
          template: 'information.answered',
          params: { code: e.row.code, state: e.to, note: e.publicNote ?? null },
        });
        if ((e.to === 'answered' || e.to === 'refused') && cal) {
          const s = await informationSettings(trx, e.communeId);
          const remedyDue = windowEnd(e.now, s.headComplaintDays, s.remedyDayUnit, cal);
          await notifySubject(trx, {
            ...base,
            template: 'information.remedies',
            params: { code: e.row.code, remedyDue: remedyDue.toISOString() },
          });
        }
      }
    },
    changed: (commune, code, state) => ({ kind: 'information.state_changed', commune, data: { code, state } }),
  };
}
