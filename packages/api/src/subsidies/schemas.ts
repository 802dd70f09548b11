import { SUBSIDY_REPORT_KINDS } from '@shabaka/db/enums';
import { z } from 'zod';
import { text, upload } from '../fields';

/** Inputs of the subsidy ledger (the base procedure adds `commune`, a slug). Isomorphic: forms import them. */

const day = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
/** Whole dirhams: a ledger never rounds, and no commune grants centimes. */
export const dirhams = z
  .number({ message: 'Write the amount in dirhams' })
  .int({ message: 'Write a whole number of dirhams' })
  .min(1, { message: 'The amount must be at least 1 dirham' })
  .max(100_000_000, { message: 'The amount must be at most 100,000,000 dirhams' });
const year = z
  .number({ message: 'Write the year' })
  .int({ message: 'Write the year' })
  .min(2000, { message: 'Write a year from 2000' })
  .max(2100, { message: 'Write a year up to 2100' });
const bilingual = (max: number, what: string) =>
  z.object({
    ar: text(max).min(2, { message: `Write the ${what} in Arabic` }),
    fr: text(max).min(2, { message: `Write the ${what} in French` }),
  });
const reason = text(500).min(5, { message: 'Say why, in at least 5 characters' });

export const idInput = z.object({ id: z.uuid() });

/** A subsidy the council decided outside any call (calls for projects grant theirs when publishing results). */
export const grantInput = z.object({
  associationId: z.uuid(),
  project: bilingual(200, 'project’s title'),
  amountMad: dirhams,
  year,
  /** The council's deliberation: its number and date, as the minutes name it. */
  deliberation: text(120).min(3, { message: 'Name the council’s deliberation' }),
});

const tranche = z.object({
  amountMad: dirhams,
  dueOn: day,
  /** Paid only once this report is accepted; null: on the date alone. */
  afterReport: z.enum(SUBSIDY_REPORT_KINDS).nullable().default(null),
});

/** What the convention or decision says: deliverables, tranches (summing to the amount), reports due. */
export const prepareInput = z
  .object({
    id: z.uuid(),
    deliverables: z
      .array(bilingual(300, 'deliverable'))
      .min(1, { message: 'List at least one deliverable' })
      .max(20, { message: 'List at most 20 deliverables' }),
    tranches: z
      .array(tranche)
      .min(1, { message: 'Plan at least one tranche' })
      .max(12, { message: 'Plan at most 12 tranches' }),
    reports: z
      .array(z.object({ kind: z.enum(SUBSIDY_REPORT_KINDS), dueOn: day }))
      .min(1, { message: 'Ask for the final report' })
      .max(6, { message: 'Ask for at most 6 reports' }),
  })
  .superRefine((v, ctx) => {
    const finals = v.reports.filter((r) => r.kind === 'final');
    if (finals.length !== 1)
      ctx.addIssue({ code: 'custom', path: ['reports'], message: 'Ask for exactly one final report' });
    const last = v.reports.reduce((m, r) => (r.dueOn > m ? r.dueOn : m), '');
    if (finals[0] && finals[0].dueOn !== last)
      ctx.addIssue({ code: 'custom', path: ['reports'], message: 'The final report comes after every interim one' });
    v.tranches.forEach((t, i) => {
      if (t.afterReport && !v.reports.some((r) => r.kind === t.afterReport))
        ctx.addIssue({
          code: 'custom',
          path: ['tranches', i, 'afterReport'],
          message: 'This tranche waits for a report the agreement does not ask for',
        });
    });
  });
export type PrepareInput = z.infer<typeof prepareInput>;

export const payInput = z.object({
  id: z.uuid(),
  n: z.number().int().min(1).max(12),
  paidOn: day,
  /** The payment order's reference (internal: never published). */
  paymentRef: text(60).min(2, { message: 'Write the payment order’s reference' }),
});

export const fileReportInput = z.object({
  reportId: z.uuid(),
  narrative: text(6000).min(20, { message: 'Describe what was done, in at least 20 characters' }),
  /** The activity report, when it is a document of its own. */
  narrativeFile: upload.optional(),
  /** Accounts of the money received (dahir 1-58-376 art. 32): required. */
  financialFile: upload,
});

export const reviewReportInput = z
  .object({ reportId: z.uuid(), decision: z.enum(['accept', 'return']), note: reason.optional() })
  .refine((v) => v.decision === 'accept' || v.note, { message: 'Say what the report lacks', path: ['note'] });

export const closeInput = z.object({ id: z.uuid(), reason });

export const reportFileInput = z.object({ reportId: z.uuid(), which: z.enum(['narrative', 'financial']) });

/** The public ledger of one commune: a year (all years when absent), a bounded page. */
export const ledgerInput = z.object({
  year: year.optional(),
  associationId: z.uuid().optional(),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(100, { message: 'Ask for at most 100 subsidies a page' }).default(50),
});
export type LedgerInput = z.infer<typeof ledgerInput>;

export const networkLedgerInput = z.object({ year: year.optional() });

export const staffListInput = z.object({
  state: z.enum(['awarded', 'signed', 'completed', 'cancelled']).optional(),
  year: year.optional(),
});
