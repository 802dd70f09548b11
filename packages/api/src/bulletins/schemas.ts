import { z } from 'zod';
import { optionalText } from '../fields';

/** Inputs of the bulletins of management results (the base procedure adds `commune`, a slug). Isomorphic. */

const year = z
  .number({ message: 'Give the year' })
  .int({ message: 'Give the year' })
  .min(2000, { message: 'Give a year from 2000' })
  .max(2100, { message: 'Give a year before 2100' });
/** 1–4 for a quarter, 0 for the whole year. */
const quarter = z
  .number({ message: 'Choose a quarter or the whole year' })
  .int({ message: 'Choose a quarter or the whole year' })
  .min(0, { message: 'Choose a quarter or the whole year' })
  .max(4, { message: 'Choose a quarter or the whole year' });
export const periodInput = z.object({ year, quarter });
export type PeriodInput = z.infer<typeof periodInput>;

/** A bulletin's stable address: `2026-q1` for a quarter, `2026` for the year. */
export const periodSlug = z
  .string()
  .regex(/^(20\d\d|2100)(-q[1-4])?$/, { message: 'Write the period as 2026 or 2026-q1' });
export const slugInput = z.object({ period: periodSlug });
/** The poster beside Arabic: French for the five communes' boards, Spanish for the partner towns'. */
export const posterInput = slugInput.extend({ language: z.enum(['fr', 'es']).default('fr') });
export const idInput = z.object({ id: z.uuid() });

const bulletinText = z.object({
  ar: optionalText(6000),
  fr: optionalText(6000),
  es: optionalText(6000),
});
export const textsInput = z.object({
  id: z.uuid(),
  /** The version read before editing: a save over a colleague's newer one is refused. */
  version: z.number().int().min(1),
  texts: z.object({ editorial: bulletinText, notes: bulletinText }),
});
export type TextsInput = z.infer<typeof textsInput>;
export const approveInput = z.object({ id: z.uuid(), version: z.number().int().min(1) });
