import type { Db } from '@shabaka/db';
import { findCommuneByPrefix } from '../communes';
import { CODE_PREFIX, CODE_SERIES, formatCode, type CodeSeries } from '../fields';

/** The code rules themselves are isomorphic (the forms parse codes too): they live with the other field rules. */
export {
  CODE_SERIES,
  caseCode,
  codePattern,
  codeStem,
  formatCode,
  normaliseCode,
  type CaseCodeKind,
  type CodeSeries,
} from '../fields';

/** Codes carry the year in Morocco's time zone; built once (building one costs more than using it). */
const yearFormat = new Intl.DateTimeFormat('en', { timeZone: 'Africa/Casablanca', year: 'numeric' });
export const codeYear = (now: Date) => Number(yearFormat.format(now));

/** Next number of a per-commune, per-year counter, allocated inside the caller's transaction. */
export async function nextSequence(db: Db, communeId: string, name: string, year: number): Promise<number> {
  const row = await db
    .insertInto('counters')
    .values({ communeId, name, year, value: 1 })
    .onConflict((oc) =>
      oc.columns(['communeId', 'name', 'year']).doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}

/**
 * THE allocator: the next code of `series` for a commune, in the caller's transaction (a
 * rollback gives the number back). Complaints' one-statement intake does the same in SQL
 * with `codeStem` and the series' counter.
 */
export async function allocateCode(
  db: Db,
  commune: { id: string; codePrefix: string },
  series: CodeSeries,
  now: Date,
): Promise<string> {
  const year = codeYear(now);
  const n = await nextSequence(db, commune.id, CODE_SERIES[series].counter, year);
  return formatCode(commune.codePrefix, series, year, n);
}

/** The prefix a canonical code starts with (the commune it belongs to), or null. */
export function prefixOfCode(code: string): string | null {
  const prefix = code.split('-', 1)[0] ?? '';
  return CODE_PREFIX.test(prefix) ? prefix : null;
}

/**
 * The commune a code belongs to, by its prefix: the first half of every lookup by code,
 * so the second half can be scoped `(commune_id, code)` like every other tenant query.
 */
export async function communeOfCode(db: Db, code: string) {
  const prefix = prefixOfCode(code);
  return prefix ? findCommuneByPrefix(db, prefix) : undefined;
}

/**
 * A row by its reference code, scoped like every tenant query: the prefix names the
 * commune, then `find` looks the code up inside it (`where commune_id = … and code = …`).
 * Undefined when either is unknown.
 */
export async function lookupCode<R>(
  db: Db,
  code: string,
  find: (communeId: string) => Promise<R | undefined>,
): Promise<{ commune: NonNullable<Awaited<ReturnType<typeof communeOfCode>>>; row: R } | undefined> {
  const commune = await communeOfCode(db, code);
  if (!commune) return undefined;
  const row = await find(commune.id);
  return row === undefined ? undefined : { commune, row };
}
