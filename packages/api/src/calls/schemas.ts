import { z } from 'zod';
import { text, upload } from '../fields';

/** Inputs of calls for projects (the base procedure adds `commune`, a slug). Isomorphic: forms import them. */

const day = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
const dirhams = z
  .number({ message: 'Write the amount in dirhams' })
  .int({ message: 'Write a whole number of dirhams' })
  .min(1, { message: 'The amount must be at least 1 dirham' })
  .max(100_000_000, { message: 'The amount must be at most 100,000,000 dirhams' });
const bilingual = (max: number, what: string) =>
  z.object({
    ar: text(max).min(2, { message: `Write the ${what} in Arabic` }),
    fr: text(max).min(2, { message: `Write the ${what} in French` }),
  });
/** A criterion's or checklist item's key: what scores and documents are filed under. */
const key = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, { message: 'A key is 2–40 lowercase letters, digits or underscores' });
const reason = text(500).min(5, { message: 'Say why, in at least 5 characters' });

export const idInput = z.object({ id: z.uuid() });
export const applicationIdInput = z.object({ applicationId: z.uuid() });

const uniqueKeys = (items: { key: string }[], ctx: z.RefinementCtx, path: string) => {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.key)) ctx.addIssue({ code: 'custom', path: [path, i, 'key'], message: 'This key is used twice' });
    seen.add(it.key);
  });
};

/** A call as staff write it; opened later by a head of department (`open`). */
export const callFields = z
  .object({
    title: bilingual(200, 'call’s title'),
    description: bilingual(4000, 'description'),
    themes: z.array(bilingual(120, 'theme')).max(12, { message: 'List at most 12 themes' }).default([]),
    year: z.number().int().min(2000).max(2100, { message: 'Write a year up to 2100' }),
    envelopeMad: dirhams,
    maxPerProjectMad: dirhams.nullable().default(null),
    eligibility: z.object({
      /** False: an association working here through a branch (seat elsewhere in the network) may file. */
      seatInCommune: z.boolean().default(true),
      minYearsConstituted: z.number().int().min(0).max(20, { message: 'At most 20 years' }).default(0),
    }),
    criteria: z
      .array(
        z.object({
          key,
          label: bilingual(200, 'criterion'),
          weight: z
            .number({ message: 'Give the criterion a weight' })
            .int({ message: 'A weight is a whole number' })
            .min(1, { message: 'A weight is at least 1' })
            .max(100, { message: 'A weight is at most 100' }),
        }),
      )
      .min(1, { message: 'Give at least one criterion' })
      .max(12, { message: 'Give at most 12 criteria' }),
    checklist: z
      .array(z.object({ key, label: bilingual(200, 'document'), required: z.boolean().default(true) }))
      .max(12, { message: 'Ask for at most 12 documents' })
      .default([]),
    opensOn: day,
    closesOn: day,
  })
  .superRefine((v, ctx) => {
    uniqueKeys(v.criteria, ctx, 'criteria');
    uniqueKeys(v.checklist, ctx, 'checklist');
    if (v.closesOn < v.opensOn)
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'The call closes after it opens' });
    if (v.maxPerProjectMad !== null && v.maxPerProjectMad > v.envelopeMad)
      ctx.addIssue({
        code: 'custom',
        path: ['maxPerProjectMad'],
        message: 'A project cannot get more than the envelope',
      });
  });
export type CallFields = z.output<typeof callFields>;

export const updateInput = z.object({ id: z.uuid(), call: callFields });

/** A later closing day for an open call, and why (published with the call's record in the audit log). */
export const extendInput = z.object({ id: z.uuid(), closesOn: day, reason });

export const committeeInput = z.object({
  id: z.uuid(),
  email: z.email({ message: 'Write the member’s email address' }).trim().toLowerCase(),
});
export const removeMemberInput = z.object({ id: z.uuid(), userId: z.uuid() });

export const networkInput = z.object({ year: z.number().int().min(2000).max(2100).optional() });

export const listInput = z.object({ state: z.enum(['open', 'published', 'all']).default('all') });

/**
 * A dossier: the association's project, the amount asked, a document per checklist item (PDF or photo).
 * Filed online by a representative, or at the counter by staff (`channel` then says counter).
 */
export const applyInput = z.object({
  callId: z.uuid(),
  associationId: z.uuid({ message: 'Choose the association' }),
  project: bilingual(200, 'project’s title'),
  summary: text(4000).min(20, { message: 'Describe the project in at least 20 characters' }),
  requestedMad: dirhams,
  documents: z.record(key, upload).default({}),
});
export type ApplyInput = z.output<typeof applyInput>;

export const documentInput = z.object({ applicationId: z.uuid(), item: key });

export const conflictInput = z.object({
  applicationId: z.uuid(),
  note: text(500).min(5, { message: 'Say what the conflict is, in at least 5 characters' }),
});

export const scoreInput = z.object({
  applicationId: z.uuid(),
  /** A mark per criterion key, out of the commune's scale (10 by default). */
  marks: z.record(key, z.number({ message: 'Give a mark' }).int({ message: 'A mark is a whole number' }).min(0)),
  comment: text(1000).optional(),
});

export const admissibilityInput = z
  .object({ applicationId: z.uuid(), admissible: z.boolean(), reason: reason.optional() })
  .refine((v) => v.admissible || v.reason, { message: 'Say why the dossier is not admissible', path: ['reason'] });

export const proposeInput = z
  .object({
    applicationId: z.uuid(),
    proposal: z.enum(['select', 'refuse']),
    amountMad: dirhams.optional(),
    reason: reason.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.proposal === 'select' && !v.amountMad)
      ctx.addIssue({ code: 'custom', path: ['amountMad'], message: 'Write the amount granted' });
    if (v.proposal === 'refuse' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the dossier is refused' });
  });

export const queueInput = z.object({ callId: z.uuid() });
