import { COMPLAINT_KINDS, COMPLAINT_STAGES, INTAKE_CHANNELS, REPLY_CHANNELS } from '@shabaka/db/enums';
import { z } from 'zod';
import {
  caseCode,
  email,
  idempotencyKey,
  instant,
  optional,
  optionalText,
  ownerSecret,
  phone,
  text,
  upload,
} from '../fields';
import { COMPLAINT_LIMITS } from '../field-limits';

export { COMPLAINT_LIMITS };
const L = COMPLAINT_LIMITS;

/** TET-2026-000081: commune prefix, year, sequence (typed forgivingly: "tet 2026 81"). */
export const complaintCode = caseCode('complaint');

export const location = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const contact = z
  .object({
    name: optionalText(120),
    phone: optional(phone),
    email: optional(email),
  })
  .default({ name: undefined });

export { idempotencyKey };

const submissionFields = {
  kind: z.enum(COMPLAINT_KINDS).default('complaint'),
  categoryId: z.uuid({ message: 'Choose a category' }),
  description: text(L.descriptionMax).min(L.descriptionMin, {
    message: `Describe the problem in at least ${L.descriptionMin} characters`,
  }),
  location: location.optional(),
  address: optionalText(L.addressMax),
  photos: z
    .array(upload)
    .max(L.photosMax, { message: `Attach at most ${L.photosMax} photos` })
    .default([]),
  contact,
  replyChannel: z.enum(REPLY_CHANNELS).default('portal'),
  /** The citizen's choice: publish the description (off unless ticked; the counter records it). */
  publicDescription: z.boolean().default(false),
  idempotencyKey,
};

const needsWhere = (v: { location?: unknown; address?: string | undefined }) => !!v.location || !!v.address;
const whereMessage = { message: 'Pick a point on the map or type an address', path: ['location'] };
/** A reply by email/phone/SMS needs the matching contact detail. */
const contactFor = (v: {
  replyChannel: string;
  contact: { email?: string | undefined; phone?: string | undefined };
}) =>
  v.replyChannel === 'email'
    ? !!v.contact.email
    : v.replyChannel === 'sms' || v.replyChannel === 'phone'
      ? !!v.contact.phone
      : true;
const contactMessage = { message: 'Give the contact detail for the channel you chose', path: ['contact'] };

export const submitInput = z
  .object(submissionFields)
  .refine(needsWhere, whereMessage)
  .refine(contactFor, contactMessage);
export type SubmitInput = z.infer<typeof submitInput>;

/**
 * Open311 intake: GeoReport v2 makes `description` optional, so the portal's minimum length
 * (a rule of our form, not of the spec) does not apply to Open311 clients.
 */
export const open311SubmitInput = z
  .object({ ...submissionFields, description: text(L.descriptionMax).default('') })
  .refine(needsWhere, whereMessage)
  .refine(contactFor, contactMessage);

/** Counter mode: an agent registers a walk-in, paper or phone complaint; scanned pages may be attached. */
export const registerInput = z
  .object({
    ...submissionFields,
    channel: z.enum(INTAKE_CHANNELS).exclude(['web', 'open311']),
    scans: z.array(upload).max(10, { message: 'Attach at most 10 scanned pages' }).default([]),
    /**
     * The walk-in's consent to engagement messages (news of cases they follow, digests) on
     * each contact given, recorded with the agent and the time; legal notices need none.
     */
    consent: z
      .object({ email: z.boolean().default(false), sms: z.boolean().default(false) })
      .default({ email: false, sms: false }),
  })
  .refine(needsWhere, whereMessage)
  .refine(contactFor, contactMessage);
export type RegisterInput = z.infer<typeof registerInput>;

/** Tracking: anyone with the code; with the owner's secret (or account) the owner's view. */
export const trackInput = z.object({ code: complaintCode, secret: ownerSecret });
/** Live updates: the code only (they carry the stage, nothing private). */
export const updatesInput = z.object({ code: complaintCode });

export const queueInput = z.object({
  stage: z.enum(COMPLAINT_STAGES).optional(),
  open: z.boolean().optional(),
  categoryId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  channel: z.enum(INTAKE_CHANNELS).optional(),
  overdue: z.boolean().optional(),
  from: instant('Give a date').optional(),
  to: instant('Give a date').optional(),
  q: text(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.number().int().min(0).default(0),
});
export type QueueInput = z.infer<typeof queueInput>;

export const idInput = z.object({ id: z.uuid() });

export const notesFields = {
  publicNote: optionalText(2000),
  internalNote: optionalText(2000),
};

export const assignInput = z.object({
  id: z.uuid(),
  departmentId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  ...notesFields,
});

export const transitionInput = z
  .object({
    id: z.uuid(),
    to: z.enum(COMPLAINT_STAGES).exclude(['received']),
    ...notesFields,
    duplicateOf: complaintCode.optional(),
    referredTo: optionalText(300),
  })
  .refine((v) => v.to !== 'rejected' || !!v.publicNote, {
    message: 'Give the reason for the rejection',
    path: ['publicNote'],
  })
  .refine((v) => v.to !== 'duplicate' || !!v.duplicateOf, {
    message: 'Give the code of the original complaint',
    path: ['duplicateOf'],
  })
  .refine((v) => v.to !== 'referred' || !!v.referredTo, {
    message: 'Say where the complaint was referred',
    path: ['referredTo'],
  });
export type TransitionInput = z.infer<typeof transitionInput>;

export const noteInput = z
  .object({ id: z.uuid(), ...notesFields })
  .refine((v) => !!v.publicNote || !!v.internalNote, { message: 'Write a note', path: ['internalNote'] });

export const reopenInput = z.object({
  code: complaintCode,
  secret: ownerSecret,
  reason: text(L.reopenMax).min(L.reopenMin, { message: 'Say why the answer does not satisfy you' }),
});

export const rateInput = z.object({
  code: complaintCode,
  secret: ownerSecret,
  rating: z.number().int().min(1).max(5),
  comment: optionalText(L.commentMax),
});

export const mapInput = z.object({
  open: z.boolean().default(true),
  limit: z.number().int().min(1).max(2000).default(500),
});

/** Staff accept (publish) or reject a text a citizen added after intake. */
export const reviewCitizenTextInput = z.object({
  id: z.uuid(),
  entryId: z.uuid({ message: 'Not a timeline entry' }),
  publish: z.boolean(),
});

/** Staff hide a published description, saying why (kept in the audit log). */
export const redactDescriptionInput = z.object({
  id: z.uuid(),
  reason: text(1000).min(5, { message: 'Say why the description is hidden (at least 5 characters)' }),
});

/** Following a case (not one's own) from its tracking page. */
export const followInput = z.object({ code: complaintCode });
