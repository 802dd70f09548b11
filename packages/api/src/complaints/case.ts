import { COMPLAINT_STAGES, type ComplaintStage } from '@shabaka/db';
import type { CaseSpec } from '../cases';
import { notifyFollowers, notifySubject } from '../notifications';
import * as repo from './repository';
import { bumpDaily, bumpMonth, recordDuration } from './rollups';
import { NEXT, OPEN_STAGES, isOpen } from './stages';

type Complaint = NonNullable<Awaited<ReturnType<typeof repo.lockById>>>;

/**
 * Complaints as the case kernel sees them (cases/kernel.ts): stages, the staff graph,
 * deadlines in calendar days (acknowledge, then answer, within the category's days), the
 * timeline and the dashboard rollups of a move.
 */
export const complaintCase: CaseSpec<ComplaintStage, Complaint> = {
  type: 'complaint',
  table: 'complaints',
  auditPrefix: 'complaint',
  series: 'complaint',
  stateColumn: 'stage',
  states: { all: COMPLAINT_STAGES, open: OPEN_STAGES, next: NEXT },
  clock: { days: 'calendar' },
  stateOf: (c) => c.stage,
  // The acknowledgement is due only until the complaint leaves "received".
  deadlines: [{ column: 'answerDueAt' }, { column: 'ackDueAt', while: ['received'] }],
  list: { search: ['description', 'address'], since: 'createdAt', order: 'newest' },
  unknown: { reason: 'unknown_complaint', message: 'No such complaint in this commune.' },
  unknownCode: (code) => `No complaint has the code ${code}.`,
  refusal: (from, to) => `A complaint at stage "${from}" cannot move to "${to}".`,
  repo: {
    update: (trx, communeId, id, set) => repo.updateComplaint(trx, communeId, id, set),
    insertEvent: (trx, m) =>
      repo.insertEvent(trx, {
        communeId: m.communeId,
        complaintId: m.row.id,
        at: m.now,
        actorId: m.actorId,
        kind: m.kind,
        fromStage: m.from,
        toStage: m.to,
        publicNote: m.publicNote,
        internalNote: m.internalNote,
        data: m.data ?? {},
        citizenText: m.citizenText,
      }),
  },
  counts: 'complaintStageCounts',
  async rollups(trx, { communeId, row: c, to, now }) {
    const set: Record<string, unknown> = {};
    const daily: ('acknowledged' | 'resolved' | 'resolvedOnTime' | 'closed' | 'closedOnTime')[] = [];
    if (c.stage === 'received' && !c.acknowledgedAt) {
      set.acknowledgedAt = now;
      daily.push('acknowledged');
      await recordDuration(trx, communeId, 'ack', c.createdAt, now);
    }
    if (!isOpen(to)) {
      set.closedAt = now;
      const onTime = now <= c.answerDueAt;
      daily.push('closed', ...(onTime ? (['closedOnTime'] as const) : []));
      if (to === 'resolved') {
        daily.push('resolved', ...(onTime ? (['resolvedOnTime'] as const) : []));
        await recordDuration(trx, communeId, 'resolve', c.createdAt, now);
      }
    } else {
      set.closedAt = null;
      // A closed complaint opened again (the citizen's reopening): counted for the bulletins.
      if (!isOpen(c.stage)) await bumpMonth(trx, communeId, now, 'reopened', 0);
    }
    await bumpDaily(trx, communeId, now, c.categoryId, daily);
    return set;
  },
  /**
   * The citizen hears of every move staff make (acknowledged, answered, rejected with its
   * reason, referred…) and of a public note; not of their own reopening, a rating or a
   * redaction. By every channel they gave at intake (legal notices cannot be switched off).
   */
  async notify(trx, e) {
    const moved = e.to !== undefined && e.to !== e.from && e.kind !== 'reopened';
    if (!moved && !e.publicNote) return;
    const notice = {
      communeId: e.communeId,
      subject: { type: 'complaint', id: e.row.id },
      // An entry that leaves the stage as it is comes with the complaint's whole row.
      params: { code: e.row.code, stage: e.to ?? (e.row as Complaint).stage, note: e.publicNote ?? null },
      now: e.now,
    };
    await notifySubject(trx, { ...notice, template: 'complaint.updated' });
    // Its followers (engagement: by their choice, now or in a digest); the author hears the legal notice.
    await notifyFollowers(trx, {
      ...notice,
      template: 'complaint.followed',
      except: [(e.row as Complaint).authorId],
    });
  },
  changed: (commune, code, stage) => ({ kind: 'complaint.stage_changed', commune, data: { code, stage } }),
};
