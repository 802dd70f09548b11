import {
  OBSERVATION_STATES,
  RECOMMENDATION_STATES,
  type ObservationState,
  type RecommendationState,
} from '@shabaka/db';
import type { Db } from '@shabaka/db';
import { timelineWriter, type CaseSpec } from '../cases';
import { notifyAccounts, notifyStaff } from '../notifications';
import * as repo from './repository';

/**
 * The addressed commune's management hears of a case the committee opened on it (in-app and email), with its
 * code, title and the date its answer is due; the link leads to the desk's case page.
 */
export async function tellAddressed(
  trx: Db,
  c: { communeId: string; id: string; type: 'recommendation' | 'observation'; now: Date },
) {
  const row =
    c.type === 'recommendation'
      ? await repo.recommendations.findById(trx, c.communeId, c.id)
      : await repo.observations.findById(trx, c.communeId, c.id);
  const userIds = await repo.answerersOf(trx, c.communeId);
  if (!row || userIds.length === 0) return;
  await notifyStaff(trx, {
    communeId: c.communeId,
    userIds,
    template: c.type === 'recommendation' ? 'staff.recommendationAdopted' : 'staff.observationRaised',
    params: { code: row.code, id: row.id, title: row.title, dueAt: row.answerDueAt?.toISOString() ?? null },
    subject: { type: c.type, id: row.id },
    now: c.now,
  });
}

/** The deadline is set at adoption; the kernel reads it only while it applies (adopted, open). */
type Rec = repo.RecommendationRow & { answerDueAt: Date };
type Obs = repo.ObservationRow & { answerDueAt: Date };

/** Open: adopted and waiting for the commune's answer, or answered and being carried out. */
export const RECOMMENDATION_OPEN: readonly RecommendationState[] = ['adopted', 'answered', 'in_progress'];
/**
 * The instance adopts a draft (the deadline starts); the addressed commune answers (accepted, partially or rejected,
 * with reasons); it reports progress (the first report moves it in progress) until it is implemented; the instance
 * closes it at any point after adoption (a rejected one, one past its term).
 */
const RECOMMENDATION_NEXT: Record<RecommendationState, readonly RecommendationState[]> = {
  draft: ['adopted'],
  adopted: ['answered', 'closed'],
  answered: ['in_progress', 'implemented', 'closed'],
  in_progress: ['implemented', 'closed'],
  implemented: [],
  closed: [],
};

/** A consultative instance's recommendation to a commune, as the case kernel sees it (cases/kernel.ts). */
export const recommendationCase: CaseSpec<RecommendationState, Rec> = {
  type: 'recommendation',
  table: 'instanceRecommendations',
  auditPrefix: 'recommendation',
  series: 'recommendation',
  stateColumn: 'state',
  states: { all: RECOMMENDATION_STATES, open: RECOMMENDATION_OPEN, next: RECOMMENDATION_NEXT },
  clock: { days: 'calendar' },
  stateOf: (r) => r.state,
  // The answer is due while the recommendation waits for it; progress has no legal clock.
  deadlines: [{ column: 'answerDueAt', while: ['adopted'] }],
  list: { search: ['service'], since: 'createdAt', order: 'deadline' },
  unknown: { reason: 'unknown_recommendation', message: 'No such recommendation to this commune.' },
  unknownCode: (code) => `No recommendation has the code ${code}.`,
  refusal: (from, to) => `A recommendation that is "${from}" cannot become "${to}".`,
  repo: {
    update: async (trx, communeId, id, set) => {
      await repo.updateRecommendation(trx, communeId, id, set);
    },
    insertEvent: timelineWriter('instanceRecommendations'),
  },
  counts: 'instanceRecommendationStateCounts',
  async rollups() {
    return {};
  },
  async notify(trx, e) {
    if (e.to === 'adopted')
      await tellAddressed(trx, { communeId: e.communeId, id: e.row.id, type: 'recommendation', now: e.now });
    if (e.to === 'answered') {
      // The committee member who drafted it hears the commune's answer; it is public, so the link is /committee.
      const row = await repo.recommendations.findById(trx, e.communeId, e.row.id);
      if (!row) return;
      await notifyAccounts(trx, {
        communeId: e.communeId,
        userIds: [row.createdBy],
        template: 'committee.recommendationAnswered',
        params: { code: row.code, id: row.id, title: row.title, answer: row.answer },
        subject: { type: 'recommendation', id: row.id },
        audience: 'citizen',
        now: e.now,
      });
    }
  },
  changed: (commune, code, state) => ({ kind: 'recommendation.state_changed', commune, data: { code, state } }),
};

const OBSERVATION_NEXT: Record<ObservationState, readonly ObservationState[]> = {
  open: ['answered', 'closed'],
  answered: ['closed'],
  closed: [],
};

/** The network committee's observation on a commune: the commune's staff answer, the committee closes it. */
export const observationCase: CaseSpec<ObservationState, Obs> = {
  type: 'observation',
  table: 'instanceObservations',
  auditPrefix: 'observation',
  series: 'observation',
  stateColumn: 'state',
  states: { all: OBSERVATION_STATES, open: ['open', 'answered'], next: OBSERVATION_NEXT },
  clock: { days: 'calendar' },
  stateOf: (r) => r.state,
  deadlines: [{ column: 'answerDueAt', while: ['open'] }],
  list: { search: ['indicator'], since: 'createdAt', order: 'deadline' },
  unknown: { reason: 'unknown_observation', message: 'No such observation on this commune.' },
  unknownCode: (code) => `No observation has the code ${code}.`,
  refusal: (from, to) => `An observation that is "${from}" cannot become "${to}".`,
  repo: {
    update: async (trx, communeId, id, set) => {
      await repo.updateObservation(trx, communeId, id, set);
    },
    insertEvent: timelineWriter('instanceObservations'),
  },
  counts: 'instanceObservationStateCounts',
  async rollups() {
    return {};
  },
  changed: (commune, code, state) => ({ kind: 'observation.state_changed', commune, data: { code, state } }),
};
