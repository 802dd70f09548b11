import { CONSULTATION_METHODS, PROPOSAL_STATES, RESIDENCE_CHECKS } from '@shabaka/db/enums';
import { z } from 'zod';
import { cin, text } from '../../fields';

/** Inputs of PAC prioritisation (the base procedure adds `commune`, a slug). Isomorphic: forms import them. */

const day = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
const bilingual = (max: number, what: string) =>
  z.object({
    ar: text(max).min(2, { message: `Write the ${what} in Arabic` }),
    fr: text(max).min(2, { message: `Write the ${what} in French` }),
  });

export const idInput = z.object({ id: z.uuid() });
export const consultationInput = z.object({ consultationId: z.uuid({ message: 'Choose the consultation' }) });

/** A prioritisation consultation as staff write it: the two windows, the method and who may vote. */
export const consultationFields = z
  .object({
    planId: z.uuid({ message: 'Choose the plan' }),
    title: bilingual(200, 'title'),
    question: bilingual(1000, 'question'),
    method: z.enum(CONSULTATION_METHODS, { message: 'Choose ranking or support' }),
    maxChoices: z
      .number({ message: 'Give a number from 1 to 10' })
      .int({ message: 'Give a number from 1 to 10' })
      .min(1, { message: 'Give a number from 1 to 10' })
      .max(10, { message: 'Give a number from 1 to 10' }),
    proposalsOpenOn: day,
    proposalsCloseOn: day,
    votesOpenOn: day,
    votesCloseOn: day,
    eligiblePopulation: z
      .number({ message: 'Give the eligible population' })
      .int({ message: 'Give the eligible population' })
      .min(1, { message: 'Give the eligible population' })
      .max(100_000_000, { message: 'Give the eligible population' }),
    eligibleSource: text(300).min(3, { message: 'Say where the figure comes from' }),
    minAge: z
      .number({ message: 'Give an age from 12 to 25' })
      .int({ message: 'Give an age from 12 to 25' })
      .min(12, { message: 'Give an age from 12 to 25' })
      .max(25, { message: 'Give an age from 12 to 25' }),
    residenceCheck: z.enum(RESIDENCE_CHECKS, { message: 'Choose how residence is checked' }),
  })
  .superRefine((v, ctx) => {
    if (v.proposalsCloseOn < v.proposalsOpenOn)
      ctx.addIssue({
        code: 'custom',
        path: ['proposalsCloseOn'],
        message: 'Proposals close on or after the opening day',
      });
    // Admissibility is decided between the two windows: the ballot is fixed before anyone votes.
    if (v.votesOpenOn <= v.proposalsCloseOn)
      ctx.addIssue({
        code: 'custom',
        path: ['votesOpenOn'],
        message: 'The vote opens after proposals close',
      });
    if (v.votesCloseOn < v.votesOpenOn)
      ctx.addIssue({ code: 'custom', path: ['votesCloseOn'], message: 'The vote closes on or after its opening day' });
  });
export type ConsultationFields = z.output<typeof consultationFields>;
export const saveConsultationInput = z.object({ id: z.uuid().optional(), consultation: consultationFields });

/** A citizen's proposal: what, where, and roughly how much (optional). */
export const proposalFields = z.object({
  title: text(150).min(5, { message: 'Write a title of at least 5 characters' }),
  description: text(4000).min(20, { message: 'Describe the proposal in at least 20 characters' }),
  neighbourhood: text(80).min(2, { message: 'Name the neighbourhood' }),
  estimatedCostMad: z
    .number({ message: 'Write an amount in dirhams' })
    .int({ message: 'Write an amount in whole dirhams' })
    .min(0, { message: 'Write an amount in dirhams' })
    .max(2_000_000_000, { message: 'Write an amount in dirhams' })
    .nullable()
    .default(null),
});
export type ProposalFields = z.output<typeof proposalFields>;
export const submitProposalInput = proposalFields.extend({
  consultationId: z.uuid({ message: 'Choose the consultation' }),
});
export type SubmitProposalInput = z.output<typeof submitProposalInput>;
export const updateProposalInput = z.object({ id: z.uuid(), proposal: proposalFields });

/** The technical admissibility check: three criteria, and a reason the public reads. */
export const admissibilityInput = z
  .object({
    id: z.uuid(),
    admissible: z.boolean({ message: 'Say admissible or not' }),
    criteria: z.object({
      competence: z.boolean({ message: 'Say whether it is the commune’s competence' }),
      cost: z.boolean({ message: 'Say whether the cost fits' }),
      legality: z.boolean({ message: 'Say whether it is lawful' }),
    }),
    reason: text(2000).min(5, { message: 'Give the public reason, in at least 5 characters' }),
  })
  .superRefine((v, ctx) => {
    const failed = Object.values(v.criteria).some((c) => !c);
    if (v.admissible && failed)
      ctx.addIssue({
        code: 'custom',
        path: ['admissible'],
        message: 'An admissible proposal meets every criterion',
      });
    if (!v.admissible && !failed)
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: 'Say which criterion the proposal fails',
      });
  });
export type AdmissibilityInput = z.output<typeof admissibilityInput>;

/** A CIN as written on paper or typed ("AB 123 456", "ab-123456"): separators dropped, then the one CIN rule. */
const voterCin = z
  .string({ message: 'A CIN is one or two letters and up to 7 digits, like AB123456' })
  .transform((v) => v.replace(/[\s.-]/g, ''))
  .pipe(cin);
const choices = z
  .array(z.uuid({ message: 'Choose a proposal on the ballot' }))
  .min(1, { message: 'Choose at least one proposal' })
  .max(10, { message: 'Choose at most 10 proposals' })
  .superRefine((v, ctx) => {
    if (new Set(v).size !== v.length) ctx.addIssue({ code: 'custom', message: 'Choose each proposal once' });
  });

/** An online vote: the choices in order (first is ranked first), the voter's CIN and residence declaration. */
export const voteInput = z.object({
  consultationId: z.uuid({ message: 'Choose the consultation' }),
  choices,
  cin: voterCin,
  residence: z.literal(true, { message: 'Declare that you live in the commune' }),
});
export type VoteInput = z.output<typeof voteInput>;

/** Paper ballots keyed at the counter, a sheet at a time: each with the CIN the agent saw and its choices. */
export const paperBallotsInput = z.object({
  consultationId: z.uuid({ message: 'Choose the consultation' }),
  sheet: text(60).min(1, { message: 'Name the sheet or batch' }),
  ballots: z
    .array(z.object({ cin: voterCin, choices }))
    .min(1, { message: 'Key in at least one ballot' })
    .max(100, { message: 'Key in at most 100 ballots at a time' }),
});
export type PaperBallotsInput = z.output<typeof paperBallotsInput>;

export const staffProposalsInput = z.object({
  consultationId: z.uuid({ message: 'Choose the consultation' }),
  state: z.enum(PROPOSAL_STATES).optional(),
});
