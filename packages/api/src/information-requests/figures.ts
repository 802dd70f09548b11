import { INFORMATION_REQUEST_STATES, type Db, type InformationRequestState } from '@shabaka/db';
import { sql } from 'kysely';
import { histogramMedian, percentOf } from '../cases';
import { OPEN_STATES } from './states';

export interface InformationFigures {
  total: number;
  open: number;
  byState: Record<InformationRequestState, number>;
  received: number;
  responded: number;
  respondedOnTime: number;
  /** Open requests past their deadline (the body's silence). */
  overdue: number;
  /**
   * Share of requests answered on time: replies (answer, refusal, transfer) given by the
   * deadline, over every reply plus the open requests already overdue — silence counts
   * against the body. Null before any reply or overdue request.
   */
  onTimePct: number | null;
  /** Median working days from receipt to reply. */
  medianWorkingDays: number | null;
  published: number;
}

export const emptyInformationFigures = (): InformationFigures => ({
  total: 0,
  open: 0,
  byState: Object.fromEntries(INFORMATION_REQUEST_STATES.map((s) => [s, 0])) as Record<InformationRequestState, number>,
  received: 0,
  responded: 0,
  respondedOnTime: 0,
  overdue: 0,
  onTimePct: null,
  medianWorkingDays: null,
  published: 0,
});

/**
 * Per-commune compliance figures from the rollups (a few rows per commune) plus counts
 * over open requests (partial index) and live publications: the cost does not grow with
 * the number of closed requests.
 */
export async function informationFigures(db: Db, now: Date, communeIds?: string[]) {
  const only = communeIds && communeIds.length > 0 ? communeIds : null;
  const [states, daily, durations, overdue, published] = await Promise.all([
    db
      .selectFrom('informationRequestStateCounts')
      .select(['communeId', 'state', 'n'])
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .execute(),
    db
      .selectFrom('informationRequestDaily')
      .select([
        'communeId',
        (eb) => eb.fn.sum<number>('received').as('received'),
        (eb) => eb.fn.sum<number>('responded').as('responded'),
        (eb) => eb.fn.sum<number>('respondedOnTime').as('onTime'),
      ])
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .groupBy('communeId')
      .execute(),
    db
      .selectFrom('informationRequestDurations')
      .select(['communeId', 'workingDays', 'n'])
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .execute(),
    db
      .selectFrom('informationRequests')
      .select(['communeId', (eb) => eb.fn.countAll<number>().as('n')])
      .where('state', 'in', [...OPEN_STATES])
      .where('dueAt', '<', now)
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .groupBy('communeId')
      .execute(),
    db
      .selectFrom('informationPublications')
      .select(['communeId', sql<number>`count(*)`.as('n')])
      .where('unpublishedAt', 'is', null)
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .groupBy('communeId')
      .execute(),
  ]);
  const out = new Map<string, InformationFigures>();
  const get = (id: string) => {
    let f = out.get(id);
    if (!f) out.set(id, (f = emptyInformationFigures()));
    return f;
  };
  for (const r of states) get(r.communeId).byState[r.state as InformationRequestState] = Number(r.n);
  for (const r of daily) {
    const f = get(r.communeId);
    f.received = Number(r.received);
    f.responded = Number(r.responded);
    f.respondedOnTime = Number(r.onTime);
  }
  for (const r of overdue) get(r.communeId).overdue = Number(r.n);
  for (const r of published) get(r.communeId).published = Number(r.n);
  for (const id of new Set(durations.map((d) => d.communeId))) {
    get(id).medianWorkingDays = histogramMedian(
      durations.filter((d) => d.communeId === id),
      (d) => d.workingDays,
    );
  }
  for (const f of out.values()) {
    f.total = Object.values(f.byState).reduce((a, b) => a + b, 0);
    f.open = OPEN_STATES.reduce((a, s) => a + f.byState[s], 0);
    f.onTimePct = percentOf(f.respondedOnTime, f.responded + f.overdue);
  }
  return out;
}

/** Headline numbers for the network overview's `figures` map (a FigureProvider). */
export async function informationHeadlineFigures(db: Db, now: Date) {
  const all = await informationFigures(db, now);
  const out = new Map<string, Record<string, number>>();
  for (const [id, f] of all) {
    const figures: Record<string, number> = {
      informationTotal: f.total,
      informationOpen: f.open,
      informationOverdue: f.overdue,
    };
    if (f.onTimePct !== null) figures.informationOnTimePct = f.onTimePct;
    if (f.medianWorkingDays !== null) figures.informationMedianDays = f.medianWorkingDays;
    out.set(id, figures);
  }
  return out;
}
