import { DOCUMENT_DELIVERIES, DOCUMENT_LANGUAGES, DOCUMENT_STATUSES, DOCUMENT_TEMPLATES } from '@shabaka/db/enums';
import { z } from 'zod';
import { cin, codePattern, email, optional } from '../fields';

/** MDQ-DOC-2026-000007: commune prefix, DOC, year, per-commune sequence (cases/codes.ts). */
export const DOCUMENT_CODE = codePattern('document');
export const documentCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(DOCUMENT_CODE, { message: 'A document code looks like MDQ-DOC-2026-000007' });

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { message: `Use at least ${min} characters` })
    .max(max, { message: `Use at most ${max} characters` });

/** A calendar day, YYYY-MM-DD. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2024-09-01' });

export const recipient = z.object({
  name: text(2, 160),
  /** Carte nationale (CNIE): one or two letters and digits, e.g. L123456 or AB123456. */
  cin: optional(cin),
  address: optional(text(3, 300)),
});

/** Each template's own fields; the texts the agent types are printed as typed. */
export const templateFields = {
  residence_certificate: z.object({
    address: text(3, 300),
    since: optional(day),
    purpose: optional(text(2, 200)),
  }),
  administrative_certificate: z.object({
    subject: text(3, 200),
    statement: text(3, 2000),
  }),
  information_answer: z.object({
    requestCode: optional(text(3, 40)),
    question: text(3, 2000),
    answer: text(3, 6000),
  }),
} as const;

/** The fields of a petition's filing receipt, written by the petitions domain from its row (dates already worded). */
export interface PetitionReceiptFields {
  code: string;
  subject: string;
  request: string;
  receivedFr: string;
  receivedAr: string;
  dueFr: string;
  dueAr: string;
  signaturesFr: string;
  signaturesAr: string;
  [key: string]: string | undefined;
}

/** The fields of the PAC's annual monitoring report, written by the pac projects domain (figures already worded). */
export interface PacReportFields {
  year: string;
  projects: string;
  overall: string;
  late: string;
  /** Changes the projects' dated history recorded in the year. */
  changes: string;
  planned: string;
  committed: string;
  paid: string;
  sessionFr: string;
  sessionAr: string;
  projectsFr: string;
  projectsAr: string;
  lateFr: string;
  lateAr: string;
  milestonesFr: string;
  milestonesAr: string;
  [key: string]: string | undefined;
}

/** The fields of a subsidy's convention or decision, written by the subsidies domain from its ledger rows. */
export interface SubsidyDocumentFields {
  /** The association's registered names: each paragraph names it in its own language. */
  associationAr: string;
  associationFr: string;
  amount: string;
  year: string;
  projectAr: string;
  projectFr: string;
  call?: string | undefined;
  deliberation?: string | undefined;
  deliverables: string;
  tranches: string;
  reports: string;
  [key: string]: string | undefined;
}

const common = {
  recipient,
  language: z.enum(DOCUMENT_LANGUAGES).default('both'),
  delivery: z.enum(DOCUMENT_DELIVERIES).default('paper'),
  /** The citizen's account, when they have one: the document then shows in their account. */
  requesterEmail: optional(email),
  idempotencyKey: optional(z.string().trim().min(8).max(100)),
};

export const issueInput = z.discriminatedUnion('template', [
  z.object({ template: z.literal('residence_certificate'), fields: templateFields.residence_certificate, ...common }),
  z.object({
    template: z.literal('administrative_certificate'),
    fields: templateFields.administrative_certificate,
    ...common,
  }),
  z.object({ template: z.literal('information_answer'), fields: templateFields.information_answer, ...common }),
]);
export type IssueInput = z.infer<typeof issueInput>;
/** What `issue` signs: a desk template as an agent filled it, or a domain's document built from its records. */
export type IssueRequest =
  | IssueInput
  | (Omit<IssueInput, 'template' | 'fields'> & {
      template: 'subsidy_convention' | 'subsidy_decision';
      fields: SubsidyDocumentFields;
    })
  | (Omit<IssueInput, 'template' | 'fields'> & { template: 'petition_receipt'; fields: PetitionReceiptFields })
  | (Omit<IssueInput, 'template' | 'fields'> & { template: 'pac_report'; fields: PacReportFields })
  | (Omit<IssueInput, 'template' | 'fields'> & {
      template: 'pac_workshop_minutes' | 'results_bulletin';
      /**
       * Written by the workshops (pac/workshops/minutes.ts) from the workshop's row, or by the bulletins
       * (bulletins/document.ts) from the approved figures: each sentence in each language.
       */
      fields: Record<string, string>;
    })
  | (Omit<IssueInput, 'template' | 'fields'> & {
      template: 'instance_rules' | 'instance_minutes';
      /** Written by the instances (instances/documents.ts) from their rows: each sentence in fr and ar. */
      fields: Record<string, string>;
    });

/** Largest PDF accepted for comparison (decoded). */
export const MAX_VERIFY_PDF_BYTES = 10 * 1024 * 1024;

export const verifyInput = z.object({
  // Loose on purpose: a malformed code is simply "unknown".
  code: z.string().trim().max(60),
  pdfBase64: optional(
    z
      .string()
      .max(Math.ceil((MAX_VERIFY_PDF_BYTES * 4) / 3) + 4, { message: 'The file is larger than 10 MB' })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'The file is not base64-encoded' }),
  ),
});

export const revokeInput = z.object({
  code: documentCode,
  /** Shown on the public verification page: no personal details. */
  reason: text(5, 500),
});

export const listInput = z.object({
  status: z.enum(DOCUMENT_STATUSES).optional(),
  template: z.enum(DOCUMENT_TEMPLATES).optional(),
  /** A code or part of the recipient's name. */
  query: optional(text(1, 100)),
  limit: z.number().int().min(1).max(100).default(50),
  offset: z.number().int().min(0).default(0),
});
export type ListInput = z.infer<typeof listInput>;
