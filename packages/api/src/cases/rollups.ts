import type { Database, Db } from '@shabaka/db';
import { sql, type Generated, type Kysely } from 'kysely';
import { localDate } from '../calendar';

/*
 * Rollups: counter rows changed in the same transaction as the case, so figures read a few
 * rows per commune instead of scanning every case, and a figure never counts a change that
 * rolled back. Each case type keeps its own tables (its daily columns, its histogram's
 * measure); they all move the same way: a row per key, created at one, then added to.
 */

type Rollups = Pick<
  Database,
  | 'complaintDaily'
  | 'complaintStageCounts'
  | 'complaintRatings'
  | 'complaintDurations'
  | 'informationRequestDaily'
  | 'informationRequestStateCounts'
  | 'informationRequestDurations'
  | 'callApplicationStateCounts'
  | 'pacContributionStateCounts'
  | 'petitionStateCounts'
  | 'pacProposalStateCounts'
  | 'complaintMonthCounts'
  | 'instanceRecommendationStateCounts'
  | 'instanceObservationStateCounts'
>;
export type RollupTable = keyof Rollups;
/** The tables that count a commune's cases per state (the spec's `counts`). */
export type CountTable =
  | 'complaintStageCounts'
  | 'informationRequestStateCounts'
  | 'callApplicationStateCounts'
  | 'pacContributionStateCounts'
  | 'petitionStateCounts'
  | 'pacProposalStateCounts'
  | 'instanceRecommendationStateCounts'
  | 'instanceObservationStateCounts';

/** The counter columns of a rollup table; the other columns are its key. */
export type Counter<T extends RollupTable> = {
  [K in keyof Rollups[T]]: Rollups[T][K] extends Generated<number> ? K : never;
}[keyof Rollups[T]] &
  string;
type Key<T extends RollupTable> = { [K in Exclude<keyof Rollups[T], Counter<T>>]: Rollups[T][K] };

// Kysely cannot check a query on a table named by a type parameter; the signatures above
// do, and the query is built on a loose view of the same tables.
const loose = (db: Db) => db as unknown as Kysely<Record<string, Record<string, unknown>>>;

/** Adds one to `counters` of the row with this key, creating the row (at one) the first time. */
export async function bump<T extends RollupTable>(db: Db, table: T, key: Key<T>, counters: readonly Counter<T>[]) {
  if (counters.length === 0) return;
  const values = Object.fromEntries(counters.map((c) => [c, 1]));
  await loose(db)
    .insertInto(table as string)
    .values({ ...key, ...values })
    .onConflict((oc) =>
      oc
        .columns(Object.keys(key))
        .doUpdateSet(Object.fromEntries(counters.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + ${1}`]))),
    )
    .execute();
}

/** A case enters state `to` (from `from`, or new): one less in the old state's row, one more in the new one's. */
export async function moveStateCount<S extends string>(
  db: Db,
  spec: { counts: CountTable; stateColumn: 'stage' | 'state' },
  communeId: string,
  from: S | null,
  to: S,
) {
  if (from === to) return;
  if (from) {
    await loose(db)
      .updateTable(spec.counts as string)
      .set((eb) => ({ n: eb('n', '-', 1) }))
      .where('communeId', '=', communeId)
      .where(spec.stateColumn, '=', from)
      .execute();
  }
  await bump(db, spec.counts, { communeId, [spec.stateColumn]: to } as Key<CountTable>, ['n']);
}

/** The day a rollup counts an instant in: Morocco's calendar day (`YYYY-MM-DD`), as the figures read it. */
export const dayOf = (at: Date) => localDate(at);

/**
 * The median of a histogram (rows of a value and how many cases had it): the lower middle
 * value for an even count, null when it is empty.
 */
export function histogramMedian<R extends { n: number | string }>(rows: R[], valueOf: (r: R) => number): number | null {
  const sorted = rows.filter((r) => Number(r.n) > 0).sort((a, b) => valueOf(a) - valueOf(b));
  const total = sorted.reduce((s, r) => s + Number(r.n), 0);
  if (total === 0) return null;
  let seen = 0;
  for (const r of sorted) {
    seen += Number(r.n);
    if (seen * 2 >= total) return valueOf(r);
  }
  return null;
}

/** A share in percent with one decimal (37.5), null without a denominator. */
export const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
