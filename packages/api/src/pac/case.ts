import { CONTRIBUTION_STATES, type ContributionState } from '@shabaka/db';
import { timelineWriter, type CaseSpec } from '../cases';
import { notifyAccounts } from '../notifications';
import * as repo from './repository';

type Row = repo.ContributionRow;

/** Open: a contribution still waiting for the commune's public answer. */
export const OPEN_STATES: readonly ContributionState[] = ['received'];
/** One public answer per contribution: retained, merged with others, or not retained (the last two say why). */
const NEXT: Record<ContributionState, readonly ContributionState[]> = {
  received: ['retained', 'merged', 'not_retained'],
  retained: [],
  merged: [],
  not_retained: [],
};

/** Contributions on the draft PAC, as the case kernel sees them (cases/kernel.ts). */
export const contributionCase: CaseSpec<ContributionState, Row> = {
  type: 'contribution',
  table: 'pacContributions',
  auditPrefix: 'contribution',
  series: 'contribution',
  stateColumn: 'state',
  states: { all: CONTRIBUTION_STATES, open: OPEN_STATES, next: NEXT },
  // The commune's promise is in calendar days (pac/settings.ts answerDays).
  clock: { days: 'calendar' },
  stateOf: (r) => r.state,
  deadlines: [{ column: 'dueAt' }],
  list: { search: ['body'], since: 'receivedAt', order: 'deadline' },
  unknown: { reason: 'unknown_contribution', message: 'No such contribution in this commune.' },
  unknownCode: (code) => `No contribution has the code ${code}.`,
  refusal: (from, to) => `A contribution that is "${from}" cannot become "${to}".`,
  repo: {
    update: (trx, communeId, id, set) => repo.updateContribution(trx, communeId, id, set),
    insertEvent: timelineWriter('pacContributions'),
  },
  counts: 'pacContributionStateCounts',
  async rollups(_trx, { to, now, actorId }) {
    return OPEN_STATES.includes(to) ? {} : { answeredAt: now, answeredBy: actorId };
  },
  /** The contributor hears of the commune's answer (and its reason), in-app and by email, in the move's transaction. */
  async notify(trx, e) {
    if (e.to === undefined || e.to === e.from || OPEN_STATES.includes(e.to)) return;
    const row = await trx
      .selectFrom('pacContributions as c')
      .innerJoin('pacParagraphs as p', (j) =>
        j.onRef('p.communeId', '=', 'c.communeId').onRef('p.id', '=', 'c.paragraphId'),
      )
      .select(['c.authorId', 'p.section', 'p.number'])
      .where('c.communeId', '=', e.communeId)
      .where('c.id', '=', e.row.id)
      .executeTakeFirstOrThrow();
    await notifyAccounts(trx, {
      communeId: e.communeId,
      userIds: [row.authorId],
      template: 'contribution.answered',
      params: {
        code: e.row.code,
        answer: e.to,
        paragraph: `${row.section}.${row.number}`,
        reason: e.publicNote ?? null,
      },
      subject: { type: 'contribution', id: e.row.id },
      audience: 'citizen',
      now: e.now,
    });
  },
  changed: (commune, code, state) => ({ kind: 'contribution.state_changed', commune, data: { code, state } }),
};
