import { communeProcedure, router } from '../trpc';
import * as evidence from './evidence';
import { caseLogInput, periodCsvInput } from './evidence-schemas';

/**
 * The delivery log as evidence (issue 13): a case's notices beside its timeline, and CSV
 * exports. The CSV travels as a procedure's answer (filename, type, text with its BOM) so it
 * goes through the same tenancy and permission checks as every staff read; the portal saves it.
 */
export const noticeLogRouter = router({
  ofCase: communeProcedure('notifications:read')
    .input(caseLogInput)
    .query(({ ctx, input }) => evidence.caseLog(ctx, ctx.commune, input.subject, input.id)),
  caseCsv: communeProcedure('notifications:read')
    .input(caseLogInput)
    .query(({ ctx, input }) => evidence.caseCsv(ctx, ctx.commune, input.subject, input.id)),
  /** Every notice of a period (a month's legal notices): the commune's admins. */
  periodCsv: communeProcedure('notifications:manage')
    .input(periodCsvInput)
    .query(({ ctx, input }) => evidence.periodCsv(ctx, ctx.commune, input)),
});
