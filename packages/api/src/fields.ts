/**
 * The field builders every input schema is made of: one rule per kind of field (text, phone, email, CIN, tracking
 * code, owner secret, date, upload), so a complaint, an information request and a signed document read a CIN or a
 * phone number the same way. Isomorphic: zod, libphonenumber-js and `@shabaka/db/enums` only — the forms import
 * these through `@shabaka/api/schemas` (test/schemas-bundle.test.ts fails if server code becomes reachable).
 */
import { WEEKDAYS } from '@shabaka/db/enums';
import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { z } from 'zod';

/** Trimmed text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Use at most ${max} characters` });

/** Optional trimmed text; an empty field counts as absent. */
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/** An optional field whose empty value ('') counts as absent (what an untouched form input sends). */
export const optional = <T extends z.ZodType>(schema: T) =>
  schema.optional().or(z.literal('').transform(() => undefined));

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address' }));

/**
 * A phone number as people write it: Moroccan numbers in the national form (0612 34 56 78) or international
 * (+212 6 12 34 56 78), foreign ones with their country code. Kept as typed (trimmed): staff call it back as written.
 */
export const phone = z
  .string()
  .trim()
  .max(30, { message: 'Enter a phone number (digits, spaces, +)' })
  .refine((v) => /^\+?[0-9 ().-]+$/.test(v) && isValidPhoneNumber(v, 'MA'), {
    message: 'Enter a phone number (digits, spaces, +)',
  });

/**
 * The national identity card number (CNIE, and the older CIN): one or two letters, then up to 7 digits, e.g.
 * L123456 or AB123456; typed in any case. The one rule for every schema that takes a CIN (requesters, recipients
 * of signed documents), so a request's CIN always passes into the document that answers it.
 */
export const CIN_PATTERN = /^[A-Z]{1,2}\d{1,7}$/;
export const cin = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CIN_PATTERN, { message: 'A CIN is one or two letters and up to 7 digits, like AB123456' });

/** Client-chosen key so a double tap or a retried request never creates two cases. */
export const idempotencyKey = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, { message: 'An idempotency key is 8–100 letters, digits, - or _' })
  .optional();

/** A moment the calendar can place (years 2000–2100: the range its tables and tests cover). */
export const instant = (message = 'Give a date and time') =>
  z.coerce
    .date({ message })
    .min(new Date('2000-01-01T00:00:00Z'), { message: 'Use a date from the year 2000' })
    .max(new Date('2100-12-31T00:00:00Z'), { message: 'Use a date up to the year 2100' });

// ——— Tracking codes (cases/codes.ts allocates them) ———

/** A commune's code prefix: 2 to 5 capital letters, like TET (the database checks the same, `communes_code_prefix_format`). */
/** A commune as addresses name it (`/tetouan/`): the base procedures' `commune` input, and a portal named in an input. */
export const communeSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, { message: 'A commune slug is 2–40 lowercase letters, digits or dashes' });

export const CODE_PREFIX = /^[A-Z]{2,5}$/;

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
  /** A dossier filed against a call for projects (issue 14). */
  application: { infix: 'AP', counter: 'call_application', example: 'TET-AP-2026-000004' },
  /** A citizen's contribution on a paragraph of the draft PAC (issue 15). */
  contribution: { infix: 'CO', counter: 'contribution', example: 'TET-CO-2026-000003' },
  /** A petition or citizen proposal to the council (issue 15). */
  petition: { infix: 'PET', counter: 'petition', example: 'ASL-PET-2026-000002' },
  /** A citizen's proposal to a PAC prioritisation consultation (issue 15). */
  proposal: { infix: 'PR', counter: 'pac_proposal', example: 'TET-PR-2026-000005' },
  /** A consultative instance's recommendation to a commune (issue 16). */
  recommendation: { infix: 'REC', counter: 'instance_recommendation', example: 'MDQ-REC-2026-000001' },
  /** The network committee's observation on a commune (issue 16). */
  observation: { infix: 'OBS', counter: 'instance_observation', example: 'MDQ-OBS-2026-000001' },
} as const satisfies Record<string, { infix: string | null; counter: string; example: string }>;
export type CodeSeries = keyof typeof CODE_SERIES;
/** @deprecated name kept for the case types' schemas: a case code is a code of one series. */
export type CaseCodeKind = CodeSeries;

/** The canonical shape of one series' codes (what the database stores). */
export function codePattern(series: CodeSeries): RegExp {
  const infix = CODE_SERIES[series].infix;
  return new RegExp(`^${CODE_PREFIX.source.slice(1, -1)}-${infix ? `${infix}-` : ''}\\d{4}-\\d{6}$`);
}

/** Everything of a code before its number: "TET-DI-2026-". The fast intake builds the rest in SQL. */
export function codeStem(prefix: string, series: CodeSeries, year: number) {
  const infix = CODE_SERIES[series].infix;
  return `${prefix}-${infix ? `${infix}-` : ''}${year}-`;
}

export const formatCode = (prefix: string, series: CodeSeries, year: number, n: number) =>
  `${codeStem(prefix, series, year)}${String(n).padStart(6, '0')}`;

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

// ——— Owner secrets (cases/owner.ts hashes and checks them) ———

export const SECRET_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SECRET_LENGTH = 8;

/** What a person typed → the 8 characters, or null: case, spaces and dashes do not matter. */
export function normaliseSecret(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]+/g, '');
  if (s.length !== SECRET_LENGTH) return null;
  for (const ch of s) if (!SECRET_ALPHABET.includes(ch)) return null;
  return s;
}

/** Optional secret field of every citizen action; '' and null count as absent (an empty form field). */
export const ownerSecret = z
  .string()
  .max(40, { message: 'A secret looks like ABCD-EFGH' })
  .nullish()
  .transform((v, ctx) => {
    if (v === undefined || v === null || v.trim() === '') return undefined;
    const s = normaliseSecret(v);
    if (s) return s;
    ctx.addIssue({ code: 'custom', message: 'A secret is 8 letters and digits, like ABCD-EFGH' });
    return z.NEVER;
  });

// ——— Uploads ———

/** Largest accepted upload (decoded); phones resize before sending, this bounds abuse. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/**
 * A file sent inside a tRPC input as base64, so a submission and its photos are
 * validated together and stored in one transaction (or not at all).
 */
export const upload = z.object({
  name: z.string().trim().max(200).optional(),
  dataBase64: z
    .string()
    .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, {
      message: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'The file is not base64-encoded' }),
});
export type Upload = z.infer<typeof upload>;

// ——— Procedures and service points ———

/** residence-certificate: the network-wide code of a procedure. */
export const procedureCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{1,59}$/, { message: 'A procedure code is 2–60 lowercase letters, digits or dashes' });

/** The same text in Arabic, French and Spanish, none empty. */
export const localizedText = (max: number) => {
  const required = text(max).min(1, { message: 'Required' });
  return z.object({ ar: required, fr: required, es: required });
};

/** HH:MM, 00:00–23:59. */
export const isTime = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
const time = z.string().trim().refine(isTime, { message: 'A time is HH:MM, e.g. 08:30' });
export const openingPeriod = z
  .object({
    days: z.array(z.enum(WEEKDAYS)).min(1, { message: 'Choose at least one day' }).max(7),
    opens: time,
    closes: time,
  })
  .refine((p) => p.opens < p.closes, { message: 'Closing time must be after opening time', path: ['closes'] });
export const openingHours = z.array(openingPeriod).max(14, { message: 'Use at most 14 opening periods' });

/**
 * A desk CSV import's call (the PAC's projects, the budget): the file, then either the slice of its lines to
 * check, [offset, offset + limit) — the portal's progress bar moves slice by slice — or `apply`: check every
 * line, then write all of them in one transaction, or nothing.
 */
export const csvImportFields = (maxChars: number, tooLarge: string) => ({
  csv: z.string().min(1, { message: 'Choose the CSV file' }).max(maxChars, { message: tooLarge }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(500),
  apply: z.boolean().default(false),
});
