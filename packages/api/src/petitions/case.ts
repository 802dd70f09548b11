import { PETITION_STATES, type PetitionState } from '@shabaka/db';
import { timelineWriter, type CaseSpec } from '../cases';
import { notifyAccounts } from '../notifications';
import * as repo from './repository';

/** The kernel reads the answer deadline only while the petition is filed, when it is always set. */
type Row = repo.PetitionRow & { answerDueAt: Date };

/** Open: not yet decided, rejected, answered or withdrawn. */
export const OPEN_STATES: readonly PetitionState[] = ['draft', 'collecting', 'filed', 'admissible', 'debated'];
/** Closed by the commune: the moments the petition's clock stops (time to decision). */
export const DECIDED_STATES: readonly PetitionState[] = ['rejected', 'decided', 'answered'];

/**
 * 113-14 arts. 121–125: the mandataire drafts, collects signatures and files; the bureau finds the petition
 * admissible (it goes to the next ordinary session and a committee) or rejects it with reasons; the council
 * debates and decides. A citizen proposal, not binding, is answered by the commune once filed.
 */
const NEXT: Record<PetitionState, readonly PetitionState[]> = {
  draft: ['collecting', 'filed', 'withdrawn'],
  collecting: ['filed', 'withdrawn'],
  filed: ['admissible', 'rejected', 'answered'],
  admissible: ['debated'],
  debated: ['decided'],
  rejected: [],
  decided: [],
  answered: [],
  withdrawn: [],
};

/** Steps the mandataire and each signer hear of. */
const NOTICES = ['filed', 'admissible', 'rejected', 'decided', 'answered'] as const;
const isNotice = (s: PetitionState | undefined): s is (typeof NOTICES)[number] =>
  (NOTICES as readonly string[]).includes(s ?? '');
/** Outcomes the online signers hear of too (in-app: they gave no consent to emails by signing). */
const OUTCOMES: readonly PetitionState[] = ['rejected', 'decided', 'answered'];

/** Petitions and citizen proposals as the case kernel sees them (cases/kernel.ts). */
export const petitionCase: CaseSpec<PetitionState, Row> = {
  type: 'petition',
  table: 'petitions',
  auditPrefix: 'petition',
  series: 'petition',
  stateColumn: 'state',
  states: { all: PETITION_STATES, open: OPEN_STATES, next: NEXT },
  // Art. 125 counts months from receipt; the deadline column holds the instant, computed at filing.
  clock: { days: 'calendar' },
  stateOf: (r) => r.state,
  deadlines: [{ column: 'answerDueAt', while: ['filed'] }],
  list: { search: ['subject'], since: 'createdAt', order: 'deadline' },
  unknown: { reason: 'unknown_petition', message: 'No such petition in this commune.' },
  unknownCode: (code) => `No petition has the code ${code}.`,
  refusal: (from, to) => `A petition that is "${from}" cannot become "${to}".`,
  repo: {
    update: (trx, communeId, id, set) => repo.updatePetition(trx, communeId, id, set),
    insertEvent: timelineWriter('petitions'),
  },
  counts: 'petitionStateCounts',
  async rollups(_trx, { from, to, now }) {
    return {
      ...(from === 'filed' ? { reviewedAt: now } : {}),
      ...(DECIDED_STATES.includes(to) ? { decidedAt: now } : {}),
    };
  },
  /**
   * The mandataire hears of each step in the move's transaction (in-app and email), with the bureau's reasons
   * or the council's decision; the online signers hear of the outcome in-app.
   */
  async notify(trx, e) {
    const to = e.to;
    if (!isNotice(to)) return;
    const row = await repo.findPetition(trx, e.communeId, e.row.id);
    if (!row) return;
    const params = {
      id: row.id,
      code: row.code,
      subject: row.subject,
      reason: e.publicNote ?? null,
      session: (e.data?.sessionOn as string | undefined) ?? null,
    };
    const notice = {
      communeId: e.communeId,
      template: `petition.${to}` as const,
      params,
      subject: { type: 'petition', id: row.id },
      audience: 'citizen' as const,
      now: e.now,
    };
    await notifyAccounts(trx, { ...notice, userIds: [row.mandataireId] });
    if (OUTCOMES.includes(to)) {
      const signers = (await repo.onlineSigners(trx, e.communeId, row.id)).filter((id) => id !== row.mandataireId);
      if (signers.length > 0) await notifyAccounts(trx, { ...notice, userIds: signers }, ['inapp']);
    }
  },
  changed: (commune, code, state) => ({ kind: 'petition.state_changed', commune, data: { code, state } }),
};
