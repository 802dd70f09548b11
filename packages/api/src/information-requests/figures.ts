import { INFORMATION_REQUEST_STATES, type Db, type InformationRequestState } from '@shabaka/db';
import { sql } from 'kysely';
import {
  byCommune,
  communesOf,
  dailySums,
  headlines,
  histogramMedian,
  overdueCounts,
  percentOf,
  stateCounts,
  tally,
} from '../cases';
import { informationCase } from './case';
import { REFUSAL_GROUNDS, type RefusalGround } from './exceptions';

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
  const only = communesOf(communeIds);
  const spec = informationCase(null);
  const [states, daily, durations, overdue, published] = await Promise.all([
    stateCounts(db, spec, only),
    dailySums(
      db,
      'informationRequestDaily',
      { received: 'received', responded: 'responded', onTime: 'respondedOnTime' },
      only,
    ),
    db
      .selectFrom('informationRequestDurations')
      .select(['communeId', 'workingDays', 'n'])
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .execute(),
    overdueCounts(db, spec, now, only),
    db
      .selectFrom('informationPublications')
      .select(['communeId', sql<number>`count(*)`.as('n')])
      .where('unpublishedAt', 'is', null)
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .groupBy('communeId')
      .execute(),
  ]);
  const { out, get } = byCommune(emptyInformationFigures);
  for (const r of states) get(r.communeId).byState[r.state] = r.n;
  for (const r of daily) {
    const f = get(r.communeId);
    f.received = r.received;
    f.responded = r.responded;
    f.respondedOnTime = r.onTime;
  }
  for (const r of overdue.get('dueAt')!) get(r.communeId).overdue = r.n;
  for (const r of published) get(r.communeId).published = Number(r.n);
  for (const id of new Set(durations.map((d) => d.communeId))) {
    get(id).medianWorkingDays = histogramMedian(
      durations.filter((d) => d.communeId === id),
      (d) => d.workingDays,
    );
  }
  for (const f of out.values()) {
    Object.assign(f, tally(spec, f.byState));
    f.onTimePct = percentOf(f.respondedOnTime, f.responded + f.overdue);
  }
  return out;
}

/** Headline numbers for the network overview's `figures` map (a FigureProvider). */
export async function informationHeadlineFigures(db: Db, now: Date) {
  return headlines(await informationFigures(db, now), (f) => ({
    informationTotal: f.total,
    informationOpen: f.open,
    informationOverdue: f.overdue,
    informationOnTimePct: f.onTimePct,
    informationMedianDays: f.medianWorkingDays,
  }));
}

/**
 * A commune's information requests over a period (`from`…`to`, Morocco's days; `start`…`end` the same period as
 * instants), for its bulletin: received, replies and replies on time from the daily rollup; extensions and
 * refusals by ground (Law 31-13 art. 7) from the requests themselves — a commune's few hundred a year, read by the
 * partial columns of the period only.
 */
export async function informationPeriodFigures(
  db: Db,
  communeId: string,
  period: { from: string; to: string; start: Date; end: Date },
) {
  const [daily, extended, refused] = await Promise.all([
    db
      .selectFrom('informationRequestDaily')
      .select([
        (eb) => eb.fn.coalesce(eb.fn.sum<number>('received'), eb.lit(0)).as('received'),
        (eb) => eb.fn.coalesce(eb.fn.sum<number>('responded'), eb.lit(0)).as('responded'),
        (eb) => eb.fn.coalesce(eb.fn.sum<number>('respondedOnTime'), eb.lit(0)).as('onTime'),
        (eb) => eb.fn.coalesce(eb.fn.sum<number>('answered'), eb.lit(0)).as('answered'),
      ])
      .where('communeId', '=', communeId)
      .where('day', '>=', period.from)
      .where('day', '<=', period.to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('informationRequests')
      .select(sql<number>`count(*)`.as('n'))
      .where('communeId', '=', communeId)
      .where('extendedAt', '>=', period.start)
      .where('extendedAt', '<', period.end)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('informationRequests')
      .select(['refusalException', sql<number>`count(*)`.as('n')])
      .where('communeId', '=', communeId)
      .where('state', '=', 'refused')
      .where('respondedAt', '>=', period.start)
      .where('respondedAt', '<', period.end)
      .groupBy('refusalException')
      .orderBy('refusalException')
      .execute(),
  ]);
  return {
    received: Number(daily.received),
    responded: Number(daily.responded),
    answered: Number(daily.answered),
    onTimeShare: percentOf(Number(daily.onTime), Number(daily.responded)),
    extended: Number(extended.n),
    refused: refused.reduce((s, r) => s + Number(r.n), 0),
    refusedByGround: refused.map((r) => {
      const ground = r.refusalException as RefusalGround | null;
      return { ground, names: ground ? (REFUSAL_GROUNDS[ground]?.names ?? null) : null, n: Number(r.n) };
    }),
  };
}
