import { LIFE_EVENTS, PROCEDURE_CHANNELS, PROCEDURE_THEMES, OVERRIDE_FIELDS } from '@shabaka/db/enums';
import { z } from 'zod';
import { localizedText, openingHours, openingPeriod, procedureCode } from '../fields';

// The builders service points share live in ../fields (isomorphic: the portal's forms check with them).
export { localizedText, openingHours, openingPeriod, procedureCode };

/**
 * A form's link: an https address, or a path on our own host. Not "//evil.example" or
 * "/\\evil.example" (browsers read both as another host), not javascript: or data: (they
 * would run in the portal), not plain http (a form downloaded in the clear can be swapped).
 */
export function isSafeLink(u: string): boolean {
  if (/\s/.test(u)) return false;
  if (u.startsWith('/')) return !/^\/[/\\]/.test(u);
  if (!/^https:\/\//i.test(u)) return false;
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'https:' && !!parsed.hostname && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

const url = z
  .string()
  .trim()
  .max(500)
  .refine(isSafeLink, { message: 'A link starts with https:// (or / for a page of the portal)' });

export const procedureForm = z.object({ names: localizedText(200), url: url.nullable().default(null) });
export const legalReference = z.object({
  text: localizedText(300),
  article: z.string().trim().max(100).nullable().default(null),
  toVerify: z.boolean().default(false),
});

export const feeMad = z
  .number({ message: 'A fee is a number of dirhams' })
  .min(0, { message: 'A fee cannot be negative' })
  .max(1_000_000, { message: 'A fee is at most 1,000,000 MAD' })
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
    message: 'A fee has at most two decimals (centimes)',
  });

/** The values a commune may set for a procedure (see OVERRIDE_FIELDS). */
export const overrideValueSchemas = {
  feeMad,
  office: localizedText(200),
  hours: openingHours,
  processingDays: z
    .number()
    .int({ message: 'A whole number of days' })
    .min(0)
    .max(365, { message: 'At most 365 days' }),
  documents: z.array(localizedText(300)).max(30, { message: 'List at most 30 documents' }),
  forms: z.array(procedureForm).max(20, { message: 'List at most 20 forms' }),
  legalBasis: z.array(legalReference).max(20, { message: 'List at most 20 legal references' }),
  channels: z.enum(PROCEDURE_CHANNELS),
  electronicDelivery: z.boolean(),
} as const satisfies Record<(typeof OVERRIDE_FIELDS)[number], z.ZodType>;

/**
 * A change to a commune's override: a value sets it, `null` goes back to the network
 * template, an absent field is left as it is. Unknown fields are refused by name.
 */
export const overridePatch = z
  .strictObject({
    feeMad: overrideValueSchemas.feeMad.nullable().optional(),
    office: overrideValueSchemas.office.nullable().optional(),
    hours: overrideValueSchemas.hours.nullable().optional(),
    processingDays: overrideValueSchemas.processingDays.nullable().optional(),
    documents: overrideValueSchemas.documents.nullable().optional(),
    forms: overrideValueSchemas.forms.nullable().optional(),
    legalBasis: overrideValueSchemas.legalBasis.nullable().optional(),
    channels: overrideValueSchemas.channels.nullable().optional(),
    electronicDelivery: overrideValueSchemas.electronicDelivery.nullable().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Change at least one field' });
export type OverridePatch = z.infer<typeof overridePatch>;

export const filterInput = z.object({
  theme: z.enum(PROCEDURE_THEMES).optional(),
  lifeEvent: z.enum(LIFE_EVENTS).optional(),
});

export const searchInput = filterInput.extend({
  q: z
    .string()
    .trim()
    .min(2, { message: 'Type at least 2 characters' })
    .max(200, { message: 'Use at most 200 characters' }),
  limit: z.number().int().min(1).max(50).default(10),
});
export type SearchInput = z.infer<typeof searchInput>;

export const codeInput = z.object({ code: procedureCode });
/** Versions are PostgreSQL integers: a larger number would fail in SQL (a 500), not match. */
const versionNumber = z.number().int().max(2_147_483_647, { message: 'No such version' });
export const versionInput = z.object({ code: procedureCode, version: versionNumber.min(1) });

export const updateInput = z.object({
  code: procedureCode,
  patch: overridePatch,
  /** The version the editor started from; a concurrent change makes the update fail with CONFLICT. */
  expectedVersion: versionNumber.min(0).optional(),
});

const templateFields = {
  names: localizedText(200),
  summaries: localizedText(1000),
  themes: z
    .array(z.enum(PROCEDURE_THEMES))
    .min(1, { message: 'Choose at least one theme' })
    .max(PROCEDURE_THEMES.length),
  lifeEvents: z.array(z.enum(LIFE_EVENTS)).max(LIFE_EVENTS.length),
  keywords: z.array(z.string().trim().min(2).max(100)).max(30),
  documents: overrideValueSchemas.documents,
  forms: overrideValueSchemas.forms,
  legalBasis: overrideValueSchemas.legalBasis,
  feeMad: feeMad.nullable(),
  office: overrideValueSchemas.office.nullable(),
  hours: openingHours.nullable(),
  processingDays: overrideValueSchemas.processingDays,
  channels: overrideValueSchemas.channels,
  electronicDelivery: z.boolean(),
  toVerify: z.array(z.enum(OVERRIDE_FIELDS)).max(OVERRIDE_FIELDS.length),
  active: z.boolean(),
};

export const templatePatch = z
  .strictObject({
    names: templateFields.names.optional(),
    summaries: templateFields.summaries.optional(),
    themes: templateFields.themes.optional(),
    lifeEvents: templateFields.lifeEvents.optional(),
    keywords: templateFields.keywords.optional(),
    documents: templateFields.documents.optional(),
    forms: templateFields.forms.optional(),
    legalBasis: templateFields.legalBasis.optional(),
    feeMad: templateFields.feeMad.optional(),
    office: templateFields.office.optional(),
    hours: templateFields.hours.optional(),
    processingDays: templateFields.processingDays.optional(),
    channels: templateFields.channels.optional(),
    electronicDelivery: templateFields.electronicDelivery.optional(),
    toVerify: templateFields.toVerify.optional(),
    active: templateFields.active.optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Change at least one field' });
export type TemplatePatch = z.infer<typeof templatePatch>;

export const updateTemplateInput = z.object({
  code: procedureCode,
  patch: templatePatch,
  expectedVersion: versionNumber.min(1).optional(),
});

export const createTemplateInput = z.object({
  code: procedureCode,
  ...templateFields,
  lifeEvents: templateFields.lifeEvents.default([]),
  keywords: templateFields.keywords.default([]),
  forms: templateFields.forms.default([]),
  legalBasis: templateFields.legalBasis.default([]),
  feeMad: templateFields.feeMad.default(null),
  office: templateFields.office.default(null),
  hours: templateFields.hours.default(null),
  electronicDelivery: templateFields.electronicDelivery.default(false),
  toVerify: templateFields.toVerify.default([]),
  active: templateFields.active.default(true),
});
export type CreateTemplateInput = z.infer<typeof createTemplateInput>;
