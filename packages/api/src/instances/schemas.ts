import {
  INSTANCE_KINDS,
  MEMBER_CATEGORIES,
  MEMBER_SEXES,
  OPINION_STANCES,
  OPINION_SUBJECTS,
  RECOMMENDATION_ANSWERS,
} from '@shabaka/db/enums';
import { z } from 'zod';
import { communeSlug, email, instant, optional, optionalText, phone, text } from '../fields';

/**
 * Inputs of consultative instances and the network's transparency committee. Isomorphic: the forms import them.
 * The same inputs serve a commune's instances (`instances.manage.*`, the base procedure adds `commune`) and the
 * network's (`instances.network.*`).
 */

const day = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
const trilingual = (max: number, what: string) =>
  z.object({
    ar: text(max).min(2, { message: `Write the ${what} in Arabic` }),
    fr: text(max).min(2, { message: `Write the ${what} in French` }),
    es: text(max).min(2, { message: `Write the ${what} in Spanish` }),
  });
const seats = (what: string) =>
  z
    .number({ message: `Give the number of ${what}` })
    .int({ message: `Give the number of ${what}` })
    .min(0, { message: `Give the number of ${what}` })
    .max(200, { message: 'Use at most 200 seats' });

export const idInput = z.object({ id: z.uuid() });

export const instanceInput = z
  .object({
    /** Absent: a new instance. */
    id: z.uuid().optional(),
    kind: z.enum(INSTANCE_KINDS, { message: 'Choose the kind of instance' }),
    name: trilingual(200, 'name'),
    mandate: trilingual(4000, 'mandate'),
    legalBasis: trilingual(1000, 'legal basis'),
    seatsTotal: seats('seats').min(1, { message: 'An instance has at least one seat' }),
    seatsCivilSociety: seats('civil society seats'),
    seatsElected: seats('elected seats'),
    seatsAdministration: seats('administration seats'),
    minWomenPercent: z
      .number({ message: 'Give the minimum share of women' })
      .int({ message: 'Give the minimum share of women' })
      .min(0, { message: 'Give a share between 0 and 100' })
      .max(100, { message: 'Give a share between 0 and 100' }),
    termMonths: z
      .number({ message: 'Give the length of a term in months' })
      .int({ message: 'Give the length of a term in months' })
      .min(1, { message: 'A term lasts 1 to 120 months' })
      .max(120, { message: 'A term lasts 1 to 120 months' }),
    rules: optionalText(20000),
  })
  .superRefine((v, ctx) => {
    if (v.seatsCivilSociety + v.seatsElected + v.seatsAdministration > v.seatsTotal)
      ctx.addIssue({
        code: 'custom',
        path: ['seatsTotal'],
        message: 'The seats per category add up to more than the seats of the instance',
      });
  });
export type InstanceInput = z.infer<typeof instanceInput>;

export const memberInput = z.object({
  instanceId: z.uuid(),
  name: text(200).min(2, { message: 'Write the member’s name' }),
  sex: z.enum(MEMBER_SEXES, { message: 'Choose woman or man' }),
  category: z.enum(MEMBER_CATEGORIES, { message: 'Choose where the seat comes from' }),
  organisation: optionalText(200),
  role: z.enum(['chair', 'rapporteur', 'member'], { message: 'Choose the member’s role' }).default('member'),
  termStartsOn: day,
  /** Absent: the instance's term length from the first day. */
  termEndsOn: day.optional(),
  /** Public, always: a member without a declaration of interest cannot sit. */
  declaration: text(4000).min(2, { message: 'Write the declaration of interest (or “none”)' }),
  declaredOn: day,
  email: optional(email),
  phone: optional(phone),
});
export type MemberInput = z.infer<typeof memberInput>;

export const endMemberInput = z.object({ id: z.uuid(), leftOn: day });

export const meetingInput = z.object({
  instanceId: z.uuid(),
  /** Absent: a new meeting. */
  id: z.uuid().optional(),
  startsAt: instant('Give the meeting’s date and time'),
  place: text(300).min(2, { message: 'Write where the meeting takes place' }),
  agenda: z
    .array(trilingual(500, 'agenda item'))
    .min(1, { message: 'Give at least one agenda item' })
    .max(30, { message: 'Use at most 30 agenda items' }),
});

export const meetingRecordInput = z.object({
  id: z.uuid(),
  /** The members present (ids of this instance's members). */
  present: z.array(z.uuid()).max(200),
  guests: z.number().int().min(0).max(1000).default(0),
  decisions: z.array(trilingual(1000, 'decision')).max(50).default([]),
  minutes: text(20000).min(10, { message: 'Write the minutes (at least 10 characters)' }),
});

/** A recommendation the instance drafts for a commune (the network's committee names it; an IEECAG its own). */
export const recommendationInput = z.object({
  instanceId: z.uuid(),
  /** The addressed commune, for the network's committee; a commune's instance addresses its own. */
  addressedTo: communeSlug.optional(),
  service: optionalText(200),
  meetingId: z.uuid().optional(),
  title: trilingual(300, 'title'),
  body: trilingual(8000, 'recommendation'),
  /** How many calendar days the commune has to answer once it is adopted. */
  answerDays: z
    .number({ message: 'Give the days to answer' })
    .int({ message: 'Give the days to answer' })
    .min(7, { message: 'Give the commune 7 to 365 days to answer' })
    .max(365, { message: 'Give the commune 7 to 365 days to answer' })
    .default(60),
});
export type RecommendationInput = z.infer<typeof recommendationInput>;

/** A case of the instance in the addressed commune: found by that commune's slug and the case id. */
export const addressedCaseInput = z.object({ addressedTo: communeSlug, id: z.uuid() });

export const answerInput = z
  .object({
    id: z.uuid(),
    answer: z.enum(RECOMMENDATION_ANSWERS, { message: 'Choose accepted, partially or rejected' }),
    reasons: optionalText(8000),
  })
  .superRefine((v, ctx) => {
    // The commune says why it does not follow a recommendation in full (the reasons are published with it).
    if (v.answer !== 'accepted' && (!v.reasons || v.reasons.length < 10))
      ctx.addIssue({
        code: 'custom',
        path: ['reasons'],
        message: 'Give the reasons (at least 10 characters) when the answer is partial or a refusal',
      });
  });

export const progressInput = z.object({
  id: z.uuid(),
  percent: z
    .number({ message: 'Give the progress in percent' })
    .int({ message: 'Give the progress in percent' })
    .min(0, { message: 'Give a progress between 0 and 100' })
    .max(100, { message: 'Give a progress between 0 and 100' }),
  text: text(4000).min(5, { message: 'Describe what was done (at least 5 characters)' }),
});

export const observationInput = z.object({
  instanceId: z.uuid(),
  addressedTo: communeSlug,
  title: trilingual(300, 'title'),
  body: trilingual(8000, 'observation'),
  /** The network figure or register it is about (the dashboard's key). */
  indicator: optionalText(100),
  answerDays: z.number().int().min(7).max(365).default(30),
});

export const observationAnswerInput = z.object({
  id: z.uuid(),
  text: text(8000).min(10, { message: 'Write the answer (at least 10 characters)' }),
});

export const closeInput = addressedCaseInput.extend({ note: optionalText(2000) });

export const queueInput = z.object({
  state: z.string().max(30).optional(),
  open: z.boolean().optional(),
  overdue: z.boolean().optional(),
  q: optionalText(100),
  limit: z.number().int().min(1).max(100).default(25),
  cursor: z.number().int().min(0).default(0),
});

export const opinionInput = z.object({
  instanceId: z.uuid(),
  subjectType: z.enum(OPINION_SUBJECTS, { message: 'Choose what the opinion is about' }),
  subjectId: z.uuid({ message: 'Choose what the opinion is about' }),
  stance: z.enum(OPINION_STANCES, { message: 'Choose the opinion’s stance' }),
  text: trilingual(8000, 'opinion'),
  givenOn: day,
});

export const opinionsOnInput = z.object({
  subjectType: z.enum(OPINION_SUBJECTS),
  subjectId: z.uuid(),
});

export const seatCallInput = z.object({
  instanceId: z.uuid(),
  category: z.enum(MEMBER_CATEGORIES, { message: 'Choose the seats’ category' }),
  seats: z.number().int().min(1, { message: 'Give at least one seat' }).max(200),
  criteria: trilingual(4000, 'criteria'),
  closesOn: day,
});
