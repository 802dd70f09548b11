import type { Db } from '@shabaka/db';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { CaseRow, CaseSpec, DateColumn } from './kernel';
import type { Counter } from './rollups';

/*
 * The network figures every case type reads alike, configured by its spec: how many cases
 * of each commune are in each state (the counts rollup), sums over its daily rollup, and
 * how many open cases are past each deadline (over open cases only, which partial indexes
 * cover). None of them scans the closed cases, so their cost does not grow with the years.
 * A domain adds its own reads (top categories, publications) and shapes its figures.
 */

type DailyTable = 'complaintDaily' | 'informationRequestDaily';
type Loose = Kysely<Record<string, Record<string, unknown>>>;
// Kysely cannot check a query on a table named by the spec; the signatures here do.
const loose = (db: Db) => db as unknown as Loose;

/** The communes a figures call reads: none or an empty list means every commune. */
export const communesOf = (ids?: string[]) => (ids && ids.length > 0 ? ids : null);

const scoped = <Q extends SelectQueryBuilder<Record<string, Record<string, unknown>>, string, object>>(
  q: Q,
  only: string[] | null,
) => (only ? (q.where('communeId', 'in', only) as Q) : q);

/** Per-commune figures: `get` makes a commune's from `empty()` the first time a read names it. */
export function byCommune<F>(empty: () => F) {
  const out = new Map<string, F>();
  const get = (id: string) => {
    let f = out.get(id);
    if (!f) out.set(id, (f = empty()));
    return f;
  };
  return { out, get };
}

/**
 * The network overview's headline numbers of each commune (a module's figures provider):
 * `pick` names them, in the order shown; one still unknown (null) is left out.
 */
export function headlines<F>(all: Map<string, F>, pick: (f: F) => Record<string, number | null>) {
  const out = new Map<string, Record<string, number>>();
  for (const [id, f] of all) {
    out.set(id, Object.fromEntries(Object.entries(pick(f)).filter(([, v]) => v !== null)) as Record<string, number>);
  }
  return out;
}

/** Each commune's cases per state, from the spec's counts rollup. */
export async function stateCounts<S extends string, R extends CaseRow>(
  db: Db,
  spec: CaseSpec<S, R>,
  only: string[] | null,
) {
  const rows = await scoped(
    loose(db).selectFrom(spec.counts).select(['communeId', spec.stateColumn, 'n']),
    only,
  ).execute();
  return rows.map((r) => ({ communeId: r.communeId as string, state: r[spec.stateColumn] as S, n: Number(r.n) }));
}

/** All cases and open cases, from the counts of each state. */
export function tally<S extends string, R extends CaseRow>(spec: CaseSpec<S, R>, byState: Record<S, number>) {
  return {
    total: Object.values<number>(byState).reduce((a, b) => a + b, 0),
    open: spec.states.open.reduce((a, s) => a + byState[s], 0),
  };
}

/**
 * Sums of daily rollup columns per commune (`{ as: column }`), over every day or from
 * `since` (a `YYYY-MM-DD` day, as `dayOf` writes them).
 */
export async function dailySums<T extends DailyTable, A extends string>(
  db: Db,
  table: T,
  sums: Record<A, Counter<T>>,
  only: string[] | null,
  since?: string,
) {
  const entries = Object.entries<string>(sums);
  let q = loose(db)
    .selectFrom(table as string)
    .select('communeId')
    .select((eb) => entries.map(([as, column]) => eb.fn.sum<number>(column).as(as)));
  if (since !== undefined) q = q.where('day', '>=', since);
  const rows = await scoped(q, only).groupBy('communeId').execute();
  return rows.map(
    (r) =>
      ({
        communeId: r.communeId,
        ...Object.fromEntries(entries.map(([as]) => [as, Number((r as Record<string, unknown>)[as])])),
      }) as { communeId: string } & Record<A, number>,
  );
}

/**
 * Open cases past each deadline of the spec, per commune: a deadline with `while` counts
 * only cases in those states, the others every open case (`timing` and the queue's
 * `overdue` read the same).
 */
export async function overdueCounts<S extends string, R extends CaseRow>(
  db: Db,
  spec: CaseSpec<S, R>,
  now: Date,
  only: string[] | null,
) {
  const counts = await Promise.all(
    spec.deadlines.map(({ column, while: states = spec.states.open }) =>
      scoped(
        loose(db)
          .selectFrom(spec.table)
          .select(['communeId', (eb) => eb.fn.countAll<number>().as('n')])
          // One state as `=`, as the partial index on it is written (complaints_unacknowledged_due).
          .where(spec.stateColumn, states.length === 1 ? '=' : 'in', states.length === 1 ? states[0] : [...states])
          .where(column as string, '<', now),
        only,
      )
        .groupBy('communeId')
        .execute(),
    ),
  );
  return new Map<DateColumn<R>, { communeId: string; n: number }[]>(
    spec.deadlines.map((d, i) => [
      d.column,
      counts[i]!.map((r) => ({ communeId: r.communeId as string, n: Number(r.n) })),
    ]),
  );
}
