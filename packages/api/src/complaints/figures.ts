import { COMPLAINT_STAGES, type ComplaintStage, type Db, type Localized } from '@shabaka/db';
import {
  byCommune,
  communesOf,
  dailySums,
  dayOf,
  headlines,
  overdueCounts,
  percentOf,
  stateCounts,
  tally,
} from '../cases';
import { complaintCase } from './case';
import { medianHours } from './rollups';

const monthStart = (now: Date) => `${dayOf(now).slice(0, 8)}01`;
const daysAgo = (now: Date, n: number) => dayOf(new Date(now.getTime() - n * 86_400_000));

/**
 * Per-commune complaint figures for the network dashboard, from the rollup tables
 * (a few rows per commune) plus overdue counts over open complaints only (partial
 * indexes): the cost does not grow with the number of closed complaints.
 */
export async function complaintFigures(db: Db, now: Date, communeIds?: string[]) {
  const only = communesOf(communeIds);
  const [stages, month, onTime, durations, overdue, top, trend, ratings, surveyed] = await Promise.all([
    stateCounts(db, complaintCase, only),
    dailySums(db, 'complaintDaily', { n: 'received' }, only, monthStart(now)),
    dailySums(db, 'complaintDaily', { resolved: 'resolved', onTime: 'resolvedOnTime' }, only),
    db
      .selectFrom('complaintDurations')
      .select(['communeId', 'measure', 'bucket', 'n'])
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .execute(),
    overdueCounts(db, complaintCase, now, only),
    db
      .selectFrom('complaintDaily as d')
      .innerJoin('complaintCategories as c', (j) =>
        j.onRef('c.communeId', '=', 'd.communeId').onRef('c.id', '=', 'd.categoryId'),
      )
      .select(['d.communeId', 'c.code', 'c.names', (eb) => eb.fn.sum<number>('d.received').as('n')])
      .where('d.day', '>=', daysAgo(now, 90))
      .$if(!!only, (q) => q.where('d.communeId', 'in', only!))
      .groupBy(['d.communeId', 'c.code', 'c.names'])
      .execute(),
    db
      .selectFrom('complaintDaily')
      .select([
        'communeId',
        'day',
        (eb) => eb.fn.sum<number>('received').as('received'),
        (eb) => eb.fn.sum<number>('closed').as('closed'),
      ])
      .where('day', '>=', daysAgo(now, 29))
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .groupBy(['communeId', 'day'])
      .orderBy('day')
      .execute(),
    db
      .selectFrom('complaintRatings')
      .select(['communeId', 'rating', 'n'])
      .where('n', '>', 0)
      .$if(!!only, (q) => q.where('communeId', 'in', only!))
      .execute(),
    dailySums(db, 'complaintDaily', { n: 'surveyed' }, only),
  ]);

  const { out, get } = byCommune(emptyFigures);
  // A commune with cases shows up even before anything was resolved or overdue.
  for (const r of [...stages, ...month, ...onTime]) get(r.communeId);
  for (const r of stages) get(r.communeId).byStage[r.state] = r.n;
  for (const r of month) get(r.communeId).receivedThisMonth = r.n;
  for (const r of onTime) {
    const f = get(r.communeId);
    f.resolved = r.resolved;
    f.resolvedOnTimeShare = percentOf(r.onTime, r.resolved);
  }
  for (const id of new Set(durations.map((d) => d.communeId))) {
    const f = get(id);
    f.medianAckHours = medianHours(durations.filter((d) => d.communeId === id && d.measure === 'ack'));
    f.medianResolveHours = medianHours(durations.filter((d) => d.communeId === id && d.measure === 'resolve'));
  }
  for (const r of overdue.get('answerDueAt')!) get(r.communeId).overdueAnswer = r.n;
  for (const r of overdue.get('ackDueAt')!) get(r.communeId).overdueAck = r.n;
  for (const r of top)
    get(r.communeId).topCategories.push({ code: r.code, names: r.names as Localized, count: Number(r.n) });
  for (const r of trend)
    get(r.communeId).trend.push({ day: r.day, received: Number(r.received), closed: Number(r.closed) });
  for (const r of ratings) {
    const s = get(r.communeId).satisfaction;
    s.byRating[r.rating - 1] = Number(r.n);
  }
  for (const r of surveyed) get(r.communeId).satisfaction.surveyed = r.n;
  for (const f of out.values()) {
    Object.assign(f, tally(complaintCase, f.byStage));
    const s = f.satisfaction;
    s.ratings = s.byRating.reduce((a, b) => a + b, 0);
    s.average = s.ratings
      ? Math.round((s.byRating.reduce((a, n, i) => a + n * (i + 1), 0) / s.ratings) * 10) / 10
      : null;
    f.topCategories = f.topCategories.sort((a, b) => b.count - a.count).slice(0, 5);
  }
  return out;
}

export interface CommuneComplaintFigures {
  total: number;
  open: number;
  byStage: Record<ComplaintStage, number>;
  receivedThisMonth: number;
  resolved: number;
  medianAckHours: number | null;
  medianResolveHours: number | null;
  overdueAck: number;
  overdueAnswer: number;
  resolvedOnTimeShare: number | null;
  topCategories: { code: string; names: Localized; count: number }[];
  trend: { day: string; received: number; closed: number }[];
  /**
   * The citizens' ratings of the answers (1 to 5): how many, their mean (one decimal, null
   * with none) and how many gave each value; and how many questionnaires were sent (a
   * citizen may also rate without one).
   */
  satisfaction: { ratings: number; average: number | null; byRating: number[]; surveyed: number };
}

export const emptyFigures = (): CommuneComplaintFigures => ({
  total: 0,
  open: 0,
  byStage: Object.fromEntries(COMPLAINT_STAGES.map((s) => [s, 0])) as Record<ComplaintStage, number>,
  receivedThisMonth: 0,
  resolved: 0,
  medianAckHours: null,
  medianResolveHours: null,
  overdueAck: 0,
  overdueAnswer: 0,
  resolvedOnTimeShare: null,
  topCategories: [],
  trend: [],
  satisfaction: { ratings: 0, average: null, byRating: [0, 0, 0, 0, 0], surveyed: 0 },
});

/** The headline numbers shown in the network overview's generic `figures` map. */
export async function complaintHeadlineFigures(db: Db, now: Date) {
  return headlines(await complaintFigures(db, now), (f) => ({
    complaintsTotal: f.total,
    complaintsOpen: f.open,
    complaintsThisMonth: f.receivedThisMonth,
    complaintsOverdue: f.overdueAnswer,
    complaintsMedianAckHours: f.medianAckHours,
    complaintsResolvedOnTimePct: f.resolvedOnTimeShare,
  }));
}

/**
 * A commune's complaints over a period (`from`…`to`, Morocco's calendar days; whole months for the medians and
 * reopenings), for its bulletin: the daily rollup per category, the monthly histogram, the ratings — a few hundred
 * rows a year whatever the number of complaints. On time: closed by the answer deadline. Satisfaction is every
 * rating given so far (ratings are kept per commune, not per period).
 */
export async function complaintPeriodFigures(db: Db, communeId: string, from: string, to: string) {
  const [daily, months, ratings] = await Promise.all([
    db
      .selectFrom('complaintDaily as d')
      .innerJoin('complaintCategories as c', (j) =>
        j.onRef('c.communeId', '=', 'd.communeId').onRef('c.id', '=', 'd.categoryId'),
      )
      .select([
        'c.code',
        'c.names',
        (eb) => eb.fn.sum<number>('d.received').as('received'),
        (eb) => eb.fn.sum<number>('d.closed').as('closed'),
        (eb) => eb.fn.sum<number>('d.closedOnTime').as('closedOnTime'),
        (eb) => eb.fn.sum<number>('d.resolved').as('resolved'),
      ])
      .where('d.communeId', '=', communeId)
      .where('d.day', '>=', from)
      .where('d.day', '<=', to)
      .groupBy(['c.code', 'c.names', 'c.position'])
      .orderBy('c.position')
      .orderBy('c.code')
      .execute(),
    db
      .selectFrom('complaintMonthCounts')
      .select(['measure', 'value', 'n'])
      .where('communeId', '=', communeId)
      .where('month', '>=', from.slice(0, 7))
      .where('month', '<=', to.slice(0, 7))
      .execute(),
    db.selectFrom('complaintRatings').select(['rating', 'n']).where('communeId', '=', communeId).execute(),
  ]);
  const byCategory = daily.map((r) => ({
    code: r.code,
    names: r.names as Localized,
    received: Number(r.received),
    closed: Number(r.closed),
    onTimeShare: percentOf(Number(r.closedOnTime), Number(r.closed)),
  }));
  const sum = (k: 'received' | 'closed' | 'closedOnTime' | 'resolved') => daily.reduce((s, r) => s + Number(r[k]), 0);
  const rated = ratings.reduce((s, r) => s + Number(r.n), 0);
  return {
    received: sum('received'),
    closed: sum('closed'),
    resolved: sum('resolved'),
    onTimeShare: percentOf(sum('closedOnTime'), sum('closed')),
    medianResolveHours: medianHours(
      months.filter((m) => m.measure === 'resolve').map((m) => ({ bucket: m.value, n: Number(m.n) })),
    ),
    reopened: months.filter((m) => m.measure === 'reopened').reduce((s, m) => s + Number(m.n), 0),
    ratings: rated,
    averageRating: rated
      ? Math.round((ratings.reduce((s, r) => s + r.rating * Number(r.n), 0) / rated) * 10) / 10
      : null,
    byCategory,
  };
}
