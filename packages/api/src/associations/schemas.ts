import { ASSOCIATION_DOCUMENT_KINDS, ASSOCIATION_SECTORS, type AssociationSector } from '@shabaka/db/enums';
import { z } from 'zod';
import { cin, email, phone, text, upload } from '../fields';

/** Inputs of the associations registry (the base procedure adds `commune`, a slug). Isomorphic: forms import them. */

const day = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
const named = (max: number, what: string) => text(max).min(2, { message: `Write the ${what}` });

/** A Moroccan RIB: 24 digits (bank, town, account, key), typed with or without spaces. */
export const rib = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{24}$/, { message: 'A RIB is 24 digits' }));

export const bureauMember = z.object({
  name: named(120, 'member’s name'),
  role: named(60, 'member’s role in the bureau'),
  cin,
});

const location = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

/** Every field of a record staff keep and representatives propose changes to (documents travel apart). */
const recordFields = {
  names: z.object({ ar: named(200, 'name in Arabic'), fr: named(200, 'name in French') }),
  object: text(2000).min(10, { message: 'Describe the association’s object in at least 10 characters' }),
  sectors: z
    .array(z.enum(ASSOCIATION_SECTORS))
    .min(1, { message: 'Choose at least one sector' })
    .max(5, { message: 'Choose at most 5 sectors' }),
  /** Null when the seat is outside the commune (the association works here through a branch). */
  seatNeighbourhood: named(100, 'seat’s neighbourhood').nullable(),
  seatLocation: location.nullable(),
  branches: z.array(named(100, 'branch’s neighbourhood')).max(20, { message: 'List at most 20 branches' }),
  /** The decree recognising public utility (decree 2.04.969); null when the association has none. */
  publicUtilityDecree: named(100, 'decree reference').nullable(),
  contactEmail: email.nullable(),
  contactPhone: phone.nullable(),
  bureau: z.array(bureauMember).max(30, { message: 'List at most 30 bureau members' }),
  rib: rib.nullable(),
  constitutedOn: day.nullable(),
  declaredOn: day.nullable(),
  provisionalReceiptOn: day.nullable(),
  definitiveReceiptOn: day.nullable(),
  lastGeneralAssemblyOn: day.nullable(),
  bureauRenewedOn: day.nullable(),
  /** When the changes that followed the last bureau renewal were declared to the local authority. */
  changesDeclaredOn: day.nullable(),
};
/**
 * A record as stored and shown. Written out rather than derived from the schemas: API answers
 * carry this type, and the SDK's packed declarations must name no zod type (packages/client).
 * `recordMatchesSchema` keeps the two the same. (A type, not an interface: records are indexed by key.)
 */
export type AssociationRecord = {
  names: { ar: string; fr: string };
  object: string;
  sectors: AssociationSector[];
  seatNeighbourhood: string | null;
  seatLocation: { lat: number; lon: number } | null;
  branches: string[];
  publicUtilityDecree: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  bureau: { name: string; role: string; cin: string }[];
  rib: string | null;
  constitutedOn: string | null;
  declaredOn: string | null;
  provisionalReceiptOn: string | null;
  definitiveReceiptOn: string | null;
  lastGeneralAssemblyOn: string | null;
  bureauRenewedOn: string | null;
  changesDeclaredOn: string | null;
};
type RecordOutput = { [K in keyof typeof recordFields]: z.output<(typeof recordFields)[K]> };
/** Fails to compile when the interface and the schemas' output differ, either way. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const recordMatchesSchema: Same<AssociationRecord, RecordOutput> = true;
void recordMatchesSchema;
export const RECORD_KEYS = Object.keys(recordFields) as (keyof AssociationRecord)[];

export const createInput = z.object({
  ...recordFields,
  seatLocation: recordFields.seatLocation.default(null),
  branches: recordFields.branches.default([]),
  publicUtilityDecree: recordFields.publicUtilityDecree.default(null),
  contactEmail: recordFields.contactEmail.default(null),
  contactPhone: recordFields.contactPhone.default(null),
  bureau: recordFields.bureau.default([]),
  rib: recordFields.rib.default(null),
  constitutedOn: recordFields.constitutedOn.default(null),
  declaredOn: recordFields.declaredOn.default(null),
  provisionalReceiptOn: recordFields.provisionalReceiptOn.default(null),
  definitiveReceiptOn: recordFields.definitiveReceiptOn.default(null),
  lastGeneralAssemblyOn: recordFields.lastGeneralAssemblyOn.default(null),
  bureauRenewedOn: recordFields.bureauRenewedOn.default(null),
  changesDeclaredOn: recordFields.changesDeclaredOn.default(null),
});
export type CreateAssociationInput = z.infer<typeof createInput>;

/** Some fields of a record: what staff edit and what a representative proposes. */
export const recordPatch = z
  .strictObject(
    Object.fromEntries(RECORD_KEYS.map((k) => [k, recordFields[k].optional()])) as {
      [K in keyof typeof recordFields]: z.ZodOptional<(typeof recordFields)[K]>;
    },
  )
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Change at least one field' });
export type RecordPatch = z.infer<typeof recordPatch>;

export const idInput = z.object({ id: z.uuid() });
export const updateInput = z.object({ id: z.uuid(), patch: recordPatch });
export const proposeInput = z.object({ id: z.uuid(), patch: recordPatch });

/** The public directory: search by name, sector and neighbourhood, a bounded page. */
export const directoryInput = z.object({
  q: text(100).optional(),
  sector: z.enum(ASSOCIATION_SECTORS).optional(),
  neighbourhood: text(100).optional(),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(50, { message: 'Ask for at most 50 associations a page' }).default(20),
});
export type DirectoryInput = z.infer<typeof directoryInput>;

export const staffListInput = z.object({ q: text(100).optional() });

export const requestInput = z.object({
  id: z.uuid(),
  role: named(60, 'your role in the bureau'),
  message: text(500).optional(),
});

const reason = text(500).min(5, { message: 'Say why, in at least 5 characters' });

export const decideRepresentativeInput = z
  .object({ id: z.uuid(), decision: z.enum(['verify', 'refuse']), reason: reason.optional() })
  .refine((v) => v.decision === 'verify' || v.reason, { message: 'Say why the request is refused', path: ['reason'] });

export const reviewChangeInput = z
  .object({ id: z.uuid(), decision: z.enum(['accept', 'reject']), reason: reason.optional() })
  .refine((v) => v.decision === 'accept' || v.reason, { message: 'Say why the change is rejected', path: ['reason'] });

export const uploadDocumentInput = z.object({
  id: z.uuid(),
  kind: z.enum(ASSOCIATION_DOCUMENT_KINDS),
  file: upload,
});
export const documentInput = z.object({ documentId: z.uuid() });
