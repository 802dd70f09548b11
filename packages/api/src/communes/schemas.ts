import { z } from 'zod';
import { CODE_PREFIX, communeSlug } from '../fields';

export { CODE_PREFIX, communeSlug };

export const localized = z.object({
  ar: z.string().trim().min(1).max(200),
  fr: z.string().trim().min(1).max(200),
  es: z.string().trim().min(1).max(200),
});

export const addCommuneInput = z.object({
  slug: communeSlug,
  names: localized,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  population: z.number().int().min(0).max(50_000_000),
  populationSource: z.string().trim().min(1).max(200),
  /** The first part of the commune's reference codes; without it, the slug's first three letters. */
  codePrefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(CODE_PREFIX, { message: 'A code prefix is 2 to 5 letters, like TET' })
    .optional(),
});
export type AddCommuneInput = z.infer<typeof addCommuneInput>;

/** A confirmed census figure for a commune (the source names the census and its year). */
export const setPopulationInput = addCommuneInput.pick({ slug: true, population: true, populationSource: true });
export type SetPopulationInput = z.infer<typeof setPopulationInput>;
