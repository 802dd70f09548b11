import { ASSOCIATION_SECTORS, PETITION_STATES, PETITION_TRACKS, SIGNER_BASES } from '@shabaka/db/enums';
import { z } from 'zod';
import { cin, optionalText, phone, text } from '../fields';

/** Inputs of petitions and citizen proposals (the base procedure adds `commune`, a slug). Isomorphic: forms import them. */

export const idInput = z.object({ id: z.uuid() });

const name = text(120).min(3, { message: 'Write the full name' });
const address = text(300).min(5, { message: 'Write the address' });
const neighbourhood = text(80).min(2, { message: 'Name the neighbourhood' });
/** A CIN as written on a paper sheet ("AB 123 456", "ab-123456"): separators dropped, then the one CIN rule. */
const signerCin = z
  .string()
  .transform((v) => v.replace(/[\s.-]/g, ''))
  .pipe(cin);
const reason = text(4000).min(5, { message: 'Say why, in at least 5 characters' });

/** The mandataire: the person who follows the procedure for the signatories (decree 2.16.403's form). */
export const mandataireInput = z.object({
  name,
  cin,
  address,
  phone: phone.optional(),
});

export const petitionFields = z.object({
  track: z.enum(PETITION_TRACKS, { message: 'Choose a petition or a citizen proposal' }),
  /** Filed in an association's name when given (its verified representative files it). */
  associationId: z.uuid().nullable().default(null),
  subject: text(200).min(5, { message: 'Write the subject, in at least 5 characters' }),
  reasons: text(4000).min(20, { message: 'Explain the reasons, in at least 20 characters' }),
  request: text(2000).min(10, { message: 'Say what the council is asked to do, in at least 10 characters' }),
  theme: z.enum(ASSOCIATION_SECTORS, { message: 'Choose a theme' }),
  language: z.enum(['ar', 'fr', 'es']).default('ar'),
  mandataire: mandataireInput,
});
export type PetitionFields = z.infer<typeof petitionFields>;
export const updateInput = z.object({ id: z.uuid(), petition: petitionFields });

/** One signer, as the online form and the paper sheet both ask. */
export const signerInput = z.object({
  name,
  cin: signerCin,
  address,
  neighbourhood,
  basis: z.enum(SIGNER_BASES, { message: 'Say whether you live here or have an activity here' }),
  /** The activity, for a signer who does not live here (what attests it: a trade licence, a professional card). */
  activity: optionalText(200),
  /** Declared when the commune requires signers on the electoral rolls (a setting, off by default). */
  registeredVoter: z.boolean().default(false),
});
export type SignerInput = z.infer<typeof signerInput>;
export const signInput = z.object({ id: z.uuid(), signer: signerInput });

/** Paper signatures keyed in by an agent from one or more sheets (at most 100 lines a batch). */
export const paperBatchInput = z.object({
  id: z.uuid(),
  sheet: text(40).min(1, { message: 'Write the sheet’s number' }),
  signers: z
    .array(signerInput)
    .min(1, { message: 'Key in at least one signature' })
    .max(100, { message: 'Key in at most 100 signatures a batch' }),
});

export const registerInput = z.object({
  state: z.enum(['all', 'collecting', 'open', 'decided']).default('all'),
  track: z.enum(PETITION_TRACKS).optional(),
  page: z.number().int().min(1).max(1000).default(1),
});
export const networkInput = z.object({ year: z.number().int().min(2000).max(2100).optional() });

export const reviewInput = z.discriminatedUnion('decision', [
  z.object({
    id: z.uuid(),
    decision: z.literal('admissible'),
    /** The council committee the petition is referred to. */
    committee: text(200).min(3, { message: 'Name the committee' }),
    note: optionalText(4000),
  }),
  z.object({ id: z.uuid(), decision: z.literal('rejected'), reasons: reason }),
]);
export const answerInput = z.object({ id: z.uuid(), answer: reason });
export const scheduleInput = z.object({ id: z.uuid(), sessionId: z.uuid() });

const votes = z
  .number({ message: 'Write the number of votes' })
  .int({ message: 'A whole number of votes' })
  .min(0, { message: 'At least 0' })
  .max(1000, { message: 'At most 1000' });
export const decideInput = z.object({
  id: z.uuid(),
  vote: z.object({ for: votes, against: votes, abstain: votes }),
  decision: reason,
  /** Where the decision is recorded: the session's minutes, a deliberation number. */
  record: text(300).min(2, { message: 'Say where the decision is recorded' }),
});
export const followUpInput = z.object({ id: z.uuid(), text: reason });
export const referenceInput = z.object({
  id: z.uuid(),
  reference: text(60).regex(/^[A-Za-z0-9/_-]{3,60}$/, { message: 'Copy the reference as eparticipation.ma gives it' }),
});

export const sessionInput = z.object({
  kind: z.enum(['ordinary', 'extraordinary']),
  opensOn: z.iso.date({ message: 'Use a date written YYYY-MM-DD' }),
  note: optionalText(300),
});
export const sessionUpdateInput = sessionInput.extend({ id: z.uuid() });
export const queueInput = z.object({
  state: z.enum(PETITION_STATES).optional(),
  open: z.boolean().optional(),
  overdue: z.boolean().optional(),
  /** Filed, not yet late, the bureau's deadline within the fortnight. */
  dueSoon: z.boolean().optional(),
  q: optionalText(60),
  limit: z.number().int().min(1).max(100).default(25),
  cursor: z.number().int().min(0).max(100_000).default(0),
});
