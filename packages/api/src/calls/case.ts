import { CALL_APPLICATION_STATES, type CallApplicationState } from '@shabaka/db';
import { timelineWriter, type CaseSpec } from '../cases';
import { notifyAccounts } from '../notifications';
import * as repo from './repository';

type Row = repo.ApplicationRow;

/** Open: a dossier still waiting for the admissibility check or for the published results. */
export const OPEN_STATES: readonly CallApplicationState[] = ['submitted', 'admissible'];
/**
 * Staff check admissibility (the checklist, the rules) once; admissible dossiers are scored and
 * become selected or refused only when the call's results are published, all at once. The
 * association may withdraw its dossier until then.
 */
const NEXT: Record<CallApplicationState, readonly CallApplicationState[]> = {
  submitted: ['admissible', 'inadmissible', 'withdrawn'],
  admissible: ['selected', 'refused', 'withdrawn'],
  inadmissible: [],
  selected: [],
  refused: [],
  withdrawn: [],
};

/** Dossiers filed against a call for projects, as the case kernel sees them (cases/kernel.ts). */
export const applicationCase: CaseSpec<CallApplicationState, Row> = {
  type: 'call_application',
  table: 'callApplications',
  auditPrefix: 'application',
  series: 'application',
  stateColumn: 'state',
  states: { all: CALL_APPLICATION_STATES, open: OPEN_STATES, next: NEXT },
  clock: { days: 'working' },
  stateOf: (r) => r.state,
  // A call's own deadline closes filing; a dossier has no answer deadline of its own.
  deadlines: [],
  list: { search: ['summary'], since: 'receivedAt', order: 'newest' },
  unknown: { reason: 'unknown_application', message: 'No such dossier in this commune.' },
  unknownCode: (code) => `No dossier has the code ${code}.`,
  refusal: (from, to) => `A dossier that is "${from}" cannot become "${to}".`,
  repo: {
    update: (trx, communeId, id, set) => repo.updateApplication(trx, communeId, id, set),
    insertEvent: timelineWriter('callApplications'),
  },
  counts: 'callApplicationStateCounts',
  async rollups(_trx, { to, now }) {
    return OPEN_STATES.includes(to) ? {} : { decidedAt: now };
  },
  /**
   * The association's verified representatives hear, in the move's transaction, that its dossier was
   * found inadmissible (with the reason) and of the outcome once the results are published (the amount,
   * or the reason of a refusal). Admissible and withdrawn are not notices: the account page shows them.
   */
  async notify(trx, e) {
    if (e.to !== 'inadmissible' && e.to !== 'selected' && e.to !== 'refused') return;
    const row = await trx
      .selectFrom('callApplications')
      .innerJoin('calls', (j) =>
        j.onRef('calls.communeId', '=', 'callApplications.communeId').onRef('calls.id', '=', 'callApplications.callId'),
      )
      .select(['callApplications.associationId', 'callApplications.grantedMad', 'calls.title'])
      .where('callApplications.communeId', '=', e.communeId)
      .where('callApplications.id', '=', e.row.id)
      .executeTakeFirstOrThrow();
    const representatives = await trx
      .selectFrom('associationRepresentatives')
      .select('accountId')
      .where('communeId', '=', e.communeId)
      .where('associationId', '=', row.associationId)
      .where('state', '=', 'verified')
      .execute();
    await notifyAccounts(trx, {
      communeId: e.communeId,
      userIds: representatives.map((r) => r.accountId),
      template: `application.${e.to}`,
      params: {
        code: e.row.code,
        call: row.title,
        amountMad: (e.data?.amountMad as number | undefined) ?? row.grantedMad,
        reason: e.publicNote ?? null,
      },
      subject: { type: 'call_application', id: e.row.id },
      audience: 'citizen',
      now: e.now,
    });
  },
  changed: (commune, code, state) => ({ kind: 'application.state_changed', commune, data: { code, state } }),
};
