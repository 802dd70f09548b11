import { PROPOSAL_STATES, type ProposalState } from '@shabaka/db';
import { timelineWriter, type CaseSpec } from '../../cases';
import { notifyAccounts } from '../../notifications';
import * as repo from './repository';

type Row = repo.ProposalRow;

/** Open: a proposal still waiting for its technical admissibility decision. */
export const OPEN_STATES: readonly ProposalState[] = ['submitted'];
/**
 * Staff decide once, before the vote opens: admissible (it goes on the ballot) or not (with the criterion it
 * fails and a public reason). The author may withdraw it while the ballot is not fixed (service.ts).
 */
const NEXT: Record<ProposalState, readonly ProposalState[]> = {
  submitted: ['admissible', 'inadmissible'],
  admissible: [],
  inadmissible: [],
  withdrawn: [],
};

/** Citizens' proposals to a PAC prioritisation consultation, as the case kernel sees them (cases/kernel.ts). */
export const proposalCase: CaseSpec<ProposalState, Row> = {
  type: 'pac_proposal',
  table: 'pacProposals',
  auditPrefix: 'proposal',
  series: 'proposal',
  stateColumn: 'state',
  states: { all: PROPOSAL_STATES, open: OPEN_STATES, next: NEXT },
  clock: { days: 'calendar' },
  stateOf: (r) => r.state,
  // No promised answer date: the decision is due before the vote opens, which the desk shows instead.
  deadlines: [],
  list: { search: ['title'], since: 'submittedAt', order: 'newest' },
  unknown: { reason: 'unknown_proposal', message: 'No such proposal in this commune.' },
  unknownCode: (code) => `No proposal has the code ${code}.`,
  refusal: (from, to) => `A proposal that is "${from}" cannot become "${to}".`,
  repo: {
    update: (trx, communeId, id, set) => repo.updateProposal(trx, communeId, id, set),
    insertEvent: timelineWriter('pacProposals'),
  },
  counts: 'pacProposalStateCounts',
  async rollups() {
    return {};
  },
  /** The author hears of the admissibility decision and its published reason, in-app and by email. */
  async notify(trx, e) {
    if (e.to !== 'admissible' && e.to !== 'inadmissible') return;
    const row = await repo.proposals.findById(trx, e.communeId, e.row.id);
    if (!row) return;
    await notifyAccounts(trx, {
      communeId: e.communeId,
      userIds: [row.authorId],
      template: e.to === 'admissible' ? 'proposal.admissible' : 'proposal.inadmissible',
      params: { code: row.code, title: row.title, reason: e.publicNote ?? null },
      subject: { type: 'pac_proposal', id: e.row.id },
      audience: 'citizen',
      now: e.now,
    });
  },
  changed: (commune, code, state) => ({ kind: 'proposal.state_changed', commune, data: { code, state } }),
};
