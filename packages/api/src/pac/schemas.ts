import { CONTRIBUTION_KINDS, PAC_PHASE_KINDS } from '@shabaka/db/enums';
import { z } from 'zod';
import { text } from '../fields';

/** Inputs of the communal action plan (the base procedure adds `commune`, a slug). Isomorphic: forms import them. */

const day = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
const bilingual = (max: number, what: string) =>
  z.object({
    ar: text(max).min(2, { message: `Write the ${what} in Arabic` }),
    fr: text(max).min(2, { message: `Write the ${what} in French` }),
  });
const year = z
  .number({ message: 'Write a year' })
  .int({ message: 'Write a year' })
  .min(2000, { message: 'Write a year from 2000' })
  .max(2100, { message: 'Write a year up to 2100' });

export const idInput = z.object({ id: z.uuid() });

export const phaseInput = z
  .object({
    kind: z.enum(PAC_PHASE_KINDS, { message: 'Choose the phase' }),
    startsOn: day,
    endsOn: day,
    legalBasis: bilingual(1000, 'legal basis'),
    ieecagRequired: z.boolean().default(false),
    /** The IEECAG's opinion once given (113-14 art. 120): its text and the day it was given. */
    ieecagOpinion: z
      .object({ text: bilingual(4000, 'opinion'), givenOn: day })
      .nullable()
      .default(null),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'A phase ends on or after its first day' });
    if (v.ieecagOpinion && !v.ieecagRequired)
      ctx.addIssue({
        code: 'custom',
        path: ['ieecagOpinion'],
        message: 'Record an opinion only on a phase that asks for one',
      });
  });

/** A PAC as staff write it: the mandate and its phases in order. */
export const planFields = z
  .object({
    title: bilingual(200, 'plan’s title'),
    mandateStart: year,
    mandateEnd: year,
    phases: z
      .array(phaseInput)
      .min(1, { message: 'Give at least one phase' })
      .max(30, { message: 'Give at most 30 phases' }),
  })
  .superRefine((v, ctx) => {
    if (v.mandateEnd <= v.mandateStart)
      ctx.addIssue({ code: 'custom', path: ['mandateEnd'], message: 'The mandate ends after it starts' });
    v.phases.forEach((p, i) => {
      const prev = v.phases[i - 1];
      if (prev && p.startsOn < prev.startsOn)
        ctx.addIssue({
          code: 'custom',
          path: ['phases', i, 'startsOn'],
          message: 'List the phases in the order they start',
        });
    });
  });
export type PlanFields = z.output<typeof planFields>;
export const savePlanInput = z.object({ id: z.uuid().optional(), plan: planFields });

const paragraph = z.object({ text: bilingual(4000, 'paragraph') });
/** The draft PAC open to comment: its sections of numbered paragraphs and the comment window. */
export const draftFields = z
  .object({
    planId: z.uuid({ message: 'Choose the plan' }),
    title: bilingual(200, 'draft’s title'),
    opensOn: day,
    closesOn: day,
    sections: z
      .array(
        z.object({
          title: bilingual(200, 'section’s title'),
          paragraphs: z
            .array(paragraph)
            .min(1, { message: 'Give the section at least one paragraph' })
            .max(100, { message: 'At most 100 paragraphs a section' }),
        }),
      )
      .min(1, { message: 'Give at least one section' })
      .max(40, { message: 'Give at most 40 sections' }),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn)
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'Comments close on or after the opening day' });
  });
export type DraftFields = z.output<typeof draftFields>;
export const saveDraftInput = z.object({ id: z.uuid().optional(), draft: draftFields });

export const draftInput = z.object({ id: z.uuid().optional() });
/** The network's figures of a year (the dashboard). */
export const networkInput = z.object({ year: z.number().int().min(2000).max(2100).optional() });
/** Follow the current plan (its phases opening and closing), or stop. */
export const followInput = z.object({ on: z.boolean() });

/** A citizen's comment on one paragraph, or a change proposed to it (with the text it should read). */
export const contributeInput = z
  .object({
    paragraphId: z.uuid({ message: 'Choose the paragraph' }),
    kind: z.enum(CONTRIBUTION_KINDS, { message: 'Choose comment or proposed change' }),
    body: text(4000).min(10, { message: 'Write your contribution in at least 10 characters' }),
    proposedText: text(4000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'change' && (!v.proposedText || v.proposedText.length < 10))
      ctx.addIssue({
        code: 'custom',
        path: ['proposedText'],
        message: 'Write the text you propose, in at least 10 characters',
      });
  });
export type ContributeInput = z.output<typeof contributeInput>;

export const ANSWERS = ['retained', 'merged', 'not_retained'] as const;
/** The commune's public answer; merged and not retained say why. */
export const answerInput = z
  .object({
    id: z.uuid(),
    answer: z.enum(ANSWERS, { message: 'Choose the answer' }),
    reason: text(2000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.answer !== 'retained' && (!v.reason || v.reason.length < 5))
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why, in at least 5 characters' });
  });
export type AnswerInput = z.output<typeof answerInput>;

export const queueInput = z.object({
  state: z.enum(['received', ...ANSWERS]).optional(),
  open: z.boolean().optional(),
  overdue: z.boolean().optional(),
  dueSoon: z.boolean().optional(),
  q: text(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.number().int().min(0).default(0),
});
export type QueueInput = z.output<typeof queueInput>;
