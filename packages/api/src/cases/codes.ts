import type { Db } from '@shabaka/db';
import { z } from 'zod';
import { CODE_PREFIX, findCommuneByPrefix } from '../communes';

/**
 * Reference codes, one scheme for every numbered thing a commune hands out:
 * PREFIX[-SERIES]-YEAR-NNNNNN. The prefix is the commune's own (`communes.code_prefix`,
 * not null and unique: the database refuses a second commune with one), so a code names
 * its commune and lookups go prefix → commune → (commune_id, code). The series tells the
 * kinds apart (a complaint has none, an information request DI, a signed document DOC);
 * the number comes from a per-commune, per-year counter moved in the caller's
 * transaction, so numbering stays gap-free with the rows it numbers.
 */
export const CODE_SERIES = {
  complaint: { infix: null, counter: 'complaint', example: 'TET-2026-000081' },
  information: { infix: 'DI', counter: 'information_request', example: 'TET-DI-2026-000012' },
  document: { infix: 'DOC', counter: 'document', example: 'MDQ-DOC-2026-000007' },
} as const satisfies Record<string, { infix: string | null; counter: string; example: string }>;
export type CodeSeries = keyof typeof CODE_SERIES;
/** @deprecated name kept for the case types' schemas: a case code is a code of one series. */
export type CaseCodeKind = CodeSeries;

/** The canonical shape of one series' codes (what the database stores). */
export function codePattern(series: CodeSeries): RegExp {
  const infix = CODE_SERIES[series].infix;
  return new RegExp(`^${CODE_PREFIX.source.slice(1, -1)}-${infix ? `${infix}-` : ''}\\d{4}-\\d{6}$`);
}

/** Codes carry the year in Morocco's time zone; built once (building one costs more than using it). */
const yearFormat = new Intl.DateTimeFormat('en', { timeZone: 'Africa/Casablanca', year: 'numeric' });
export const codeYear = (now: Date) => Number(yearFormat.format(now));

/** Everything of a code before its number: "TET-DI-2026-". The fast intake builds the rest in SQL. */
export function codeStem(prefix: string, series: CodeSeries, year: number) {
  const infix = CODE_SERIES[series].infix;
  return `${prefix}-${infix ? `${infix}-` : ''}${year}-`;
}

export const formatCode = (prefix: string, series: CodeSeries, year: number, n: number) =>
  `${codeStem(prefix, series, year)}${String(n).padStart(6, '0')}`;

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
 * Tracking codes as people type them. A citizen copying one from paper or dictating it
 * on the phone may write "tet 2026 81", "TET-2026-81" or "tet.di.2026.12": case,
 * separators and leading zeros of the number do not matter.
 */
/** The canonical code, or null when `raw` cannot be one of `series`. */
export function normaliseCode(raw: string, series: CodeSeries): string | null {
  const groups = raw
    .toUpperCase()
    // "TET2026" → "TET-2026": a letter next to a digit starts a new group.
    .replace(/([A-Z])(?=\d)|(\d)(?=[A-Z])/g, '$1$2-')
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  const infix = CODE_SERIES[series].infix;
  if (groups.length !== (infix ? 4 : 3)) return null;
  const [prefix, ...rest] = groups as [string, ...string[]];
  if (!CODE_PREFIX.test(prefix)) return null;
  if (infix && rest.shift() !== infix) return null;
  const [year, number] = rest as [string, string];
  if (!/^\d{4}$/.test(year) || !/^\d{1,9}$/.test(number)) return null;
  const n = Number(number);
  if (n < 1 || n > 999_999) return null;
  return formatCode(prefix, series, Number(year), n);
}

/** One schema for every case type's tracking code: forgiving input, canonical output. */
export const caseCode = (series: CodeSeries) =>
  z
    .string({ message: `A tracking code looks like ${CODE_SERIES[series].example}` })
    .max(60, { message: `A tracking code looks like ${CODE_SERIES[series].example}` })
    .transform((v, ctx) => {
      const code = normaliseCode(v, series);
      if (code) return code;
      ctx.addIssue({ code: 'custom', message: `A tracking code looks like ${CODE_SERIES[series].example}` });
      return z.NEVER;
    });

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
