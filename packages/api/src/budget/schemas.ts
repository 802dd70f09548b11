import { z } from 'zod';
import { csvImportFields } from '../fields';

/*
 * Inputs of the budget domain (the base procedure adds `commune`, a slug). Isomorphic: the desk's form imports
 * them, and the CSV import checks each cell with the same rules (csv.ts).
 */

export const BUDGET_DIRECTIONS = ['revenue', 'expenditure'] as const;
/** The communal budget's two parts (functioning, investment/equipment); special accounts are not imported. */
export const BUDGET_PARTS = ['functioning', 'investment'] as const;

/**
 * A nomenclature code (chapter, article, paragraph or line). The communal nomenclature's exact code lists are to
 * verify (REFERENCE.md marks the budget facts as uncertain), so codes are free-form but checked for shape:
 * a digit, then digits or dots, 16 characters at most (the migration's check says the same).
 */
export const CODE_PATTERN = '^[0-9][0-9.]{0,15}$';
export const budgetCode = z
  .string()
  .trim()
  .regex(new RegExp(CODE_PATTERN), { message: 'Write a code of digits (dots allowed), 16 characters at most' });

/** Largest amount accepted: a trillion dirhams, far above any commune's budget, and exact in centimes. */
export const MAX_CENTIMES = 100_000_000_000_000;

/**
 * An amount in dirhams as a person types it ("1234.50", "1 234,5", "1234") → integer centimes, read from the
 * digits (never through a float, so 0.1 + 0.2 never creeps in). One decimal separator, a dot or a comma; spaces
 * group thousands; at most two decimals; never negative.
 */
export function parseMad(input: string): number | null {
  const v = input.replace(/[\s\u00a0\u202f]/g, '');
  const m = /^(\d{1,15})(?:[.,](\d{1,2}))?$/.exec(v);
  if (!m) return null;
  const centimes = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return centimes <= MAX_CENTIMES ? centimes : null;
}

/** Centimes → "1234.50" (the CSV's and the data package's writing: a dot, two decimals, no grouping). */
export function formatMad(centimes: number): string {
  const whole = Math.floor(centimes / 100);
  return `${whole}.${String(centimes % 100).padStart(2, '0')}`;
}

export const fiscalYear = z
  .number({ message: 'Write a year' })
  .int({ message: 'Write a year' })
  .min(2000, { message: 'Write a year from 2000' })
  .max(2100, { message: 'Write a year up to 2100' });

/** Largest CSV accepted: a commune's budget has hundreds of lines, far below this. */
export const MAX_CSV_CHARS = 2_000_000;
export const importInput = z.object({
  year: fiscalYear,
  /** Kept with the version, so staff see which file made it. */
  fileName: z.string().trim().min(1, { message: 'Choose the CSV file' }).max(200).default('budget.csv'),
  ...csvImportFields(MAX_CSV_CHARS, 'The file is larger than 2 MB'),
});
export type ImportInput = z.output<typeof importInput>;

export const yearInput = z.object({ year: fiscalYear });
/** A year's published figures; a version number reads an earlier published one again. */
export const readInput = z.object({
  year: fiscalYear,
  version: z.number().int().min(1).optional(),
});
export type ReadInput = z.output<typeof readInput>;
export const versionInput = z.object({ versionId: z.uuid({ message: 'Choose a version' }) });
