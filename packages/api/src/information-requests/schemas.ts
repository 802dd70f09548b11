import {
  ANSWER_COMPLETENESS,
  HEAD_COMPLAINT_OUTCOMES,
  INFORMATION_DELIVERY_CHANNELS,
  INFORMATION_INTAKE_CHANNELS,
  INFORMATION_REQUEST_STATES,
} from '@shabaka/db/enums';
import { z } from 'zod';
import {
  caseCode,
  cin,
  email,
  idempotencyKey,
  instant,
  optional,
  optionalText,
  ownerSecret,
  phone,
  text,
} from '../fields';
import { REFUSAL_GROUND_CODES } from './exceptions';

/** TET-DI-2026-000012: commune prefix, DI (demande d'information), year, sequence (typed forgivingly). */
export const informationCode = caseCode('information');

export const requester = z
  .object({
    name: optionalText(120),
    email: optional(email),
    phone: optional(phone),
    address: optionalText(300),
    /** National identity card number (carte nationale d'identité électronique). */
    cin: optional(cin),
  })
  .default({ name: undefined, address: undefined });

const requestFields = {
  subject: text(200).min(5, { message: 'Give a subject of at least 5 characters' }),
  description: text(4000).min(10, { message: 'Describe the information you want in at least 10 characters' }),
  urgent: z.boolean().default(false),
  urgencyReason: optionalText(1000),
  requester,
  deliveryChannel: z.enum(INFORMATION_DELIVERY_CHANNELS, { message: 'Choose how you want to receive the information' }),
  idempotencyKey,
};

type Shape = {
  urgent: boolean;
  urgencyReason?: string | undefined;
  deliveryChannel: (typeof INFORMATION_DELIVERY_CHANNELS)[number];
  requester: { email?: string | undefined; address?: string | undefined };
};
/** Urgency (life, safety, freedom) must be explained; delivery needs the matching contact. */
function checkRequest(v: Shape, ctx: z.RefinementCtx) {
  if (v.urgent && (v.urgencyReason ?? '').length < 10) {
    ctx.addIssue({
      code: 'custom',
      message: 'Explain in at least 10 characters why the request is urgent (life, safety or freedom)',
      path: ['urgencyReason'],
    });
  }
  if ((v.deliveryChannel === 'email' || v.deliveryChannel === 'electronic_document') && !v.requester.email) {
    ctx.addIssue({
      code: 'custom',
      message: 'Give an email address to receive the information electronically',
      path: ['requester', 'email'],
    });
  }
  if (v.deliveryChannel === 'post' && !v.requester.address) {
    ctx.addIssue({
      code: 'custom',
      message: 'Give a postal address to receive the information by post',
      path: ['requester', 'address'],
    });
  }
}

export const submitInput = z.object(requestFields).superRefine(checkRequest);
export type SubmitInput = z.infer<typeof submitInput>;

/** An agent registers a request received at the counter, by post or by email. */
export const registerInput = z
  .object({
    ...requestFields,
    channel: z.enum(INFORMATION_INTAKE_CHANNELS, { message: 'Say how the request was received' }),
    /** Date stamped on receipt when registered later (a letter opened the day after); defaults to now. */
    receivedAt: instant('Give the date of receipt').optional(),
  })
  .superRefine(checkRequest);
export type RegisterInput = z.infer<typeof registerInput>;

/** With the owner's secret (or signed in as the author) the requester's own texts too. */
export const trackInput = z.object({ code: informationCode, secret: ownerSecret });
/** Live updates: the code only (they carry the state, nothing private). */
export const updatesInput = z.object({ code: informationCode });
export const withdrawInput = z.object({
  code: informationCode,
  secret: ownerSecret,
  reason: optionalText(1000),
});

export const queueInput = z.object({
  state: z.enum(INFORMATION_REQUEST_STATES).optional(),
  open: z.boolean().optional(),
  overdue: z.boolean().optional(),
  dueSoon: z.boolean().optional(),
  urgent: z.boolean().optional(),
  channel: z.enum(INFORMATION_INTAKE_CHANNELS).optional(),
  q: text(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.number().int().min(0).default(0),
});
export type QueueInput = z.infer<typeof queueInput>;

export const idInput = z.object({ id: z.uuid({ message: 'Not a request id' }) });

const internalNote = optionalText(2000);

export const startInput = z.object({ id: z.uuid(), publicNote: optionalText(2000), internalNote });

export const extendInput = z.object({
  id: z.uuid(),
  /** Sent to the requester (Law 31-13: the extension is notified with its reason). */
  reason: text(2000).min(10, {
    message: 'Give the reason for the extension (at least 10 characters); the requester will read it',
  }),
  internalNote,
});

export const answerInput = z
  .object({
    id: z.uuid(),
    completeness: z.enum(ANSWER_COMPLETENESS, { message: 'Say whether the answer is full or partial' }),
    /** The answer the requester reads. */
    answer: text(20000).min(5, { message: 'Write the answer' }),
    internalNote,
    /** Publish at once (proactive disclosure) with the redacted text below. */
    publish: z.boolean().default(false),
    redactedAnswer: optionalText(20000),
    redactedSubject: optionalText(200),
  })
  .refine((v) => !v.publish || (v.redactedAnswer ?? '').length >= 5, {
    message: 'To publish, give the answer with personal data removed',
    path: ['redactedAnswer'],
  });
export type AnswerInput = z.infer<typeof answerInput>;

export const refuseInput = z.object({
  id: z.uuid(),
  exception: z.enum(REFUSAL_GROUND_CODES, {
    message: 'Choose the legal exception (Law 31-13, art. 7) the refusal rests on',
  }),
  reason: text(4000).min(20, { message: 'A refusal must be reasoned: explain it in at least 20 characters' }),
  internalNote,
});

export const transferInput = z.object({
  id: z.uuid(),
  body: text(300).min(2, { message: 'Name the body that holds the information' }),
  publicNote: optionalText(2000),
  internalNote,
});

/** A withdrawal the requester handed in at the counter or by post. */
export const staffWithdrawInput = z.object({ id: z.uuid(), reason: optionalText(1000), internalNote });

export const headComplaintInput = z.object({
  id: z.uuid(),
  text: text(4000).min(5, { message: 'Summarise the requester’s complaint' }),
  /** When the head of the body received it; defaults to now. */
  receivedAt: instant('Give the date of receipt').optional(),
});

export const headAnswerInput = z.object({
  id: z.uuid(),
  outcome: z.enum(HEAD_COMPLAINT_OUTCOMES, { message: 'Say whether the complaint is upheld' }),
  answer: text(4000).min(5, { message: 'Write the head of the body’s answer' }),
});

export const publishInput = z.object({
  id: z.uuid(),
  redactedAnswer: text(20000).min(5, { message: 'Give the answer with personal data removed' }),
  redactedSubject: optionalText(200),
});
export const unpublishInput = z.object({
  id: z.uuid(),
  reason: text(1000).min(5, { message: 'Say why it is withdrawn from publication' }),
});

export const publishedInput = z.object({
  limit: z.number().int().min(1).max(100).default(20),
  cursor: z.number().int().min(0).default(0),
});
