import { z } from 'zod';

/** A case whose delivery log staff read or export (the base procedure adds `commune`, a slug). */
export const caseLogInput = z.object({
  subject: z.enum(['complaint', 'information_request']),
  id: z.uuid(),
});

const DAY_MS = 86_400_000;

/** A period of Moroccan calendar days, both included, at most 366 of them (a year, leap or not). */
export const periodCsvInput = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    /** Legal notices only (receipts, answers, extensions…), the default: what a legal period is proved with. */
    legalOnly: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    const days = (Date.parse(v.to) - Date.parse(v.from)) / DAY_MS;
    if (days < 0 || days > 365) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end must follow the start, within 366 days.' });
    }
  });
