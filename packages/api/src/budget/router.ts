import { communeProcedure, communePublicProcedure, declare, router } from '../trpc';
import { importInput, readInput, versionInput, yearInput } from './schemas';
import * as service from './service';

const staff = communeProcedure('budget:manage');

/** "A budget you can read": anyone reads a commune's published budget; its staff import and publish versions. */
export const budgetRouter = router({
  /** The published years, each with its latest published version. */
  years: communePublicProcedure.query(({ ctx }) => service.years(ctx, ctx.commune)),
  /** A year's published figures and lines (the latest published version, or an earlier one by number). */
  get: communePublicProcedure.input(readInput).query(({ ctx, input }) => service.read(ctx, ctx.commune, input)),
  /** The same, as a Fiscal Data Package (datapackage.json and its CSV). */
  dataPackage: communePublicProcedure
    .input(readInput)
    .query(({ ctx, input }) => service.dataPackageOf(ctx, ctx.commune, input)),
  /** The import's empty file with example lines (docs/budget.md documents each column). */
  template: communePublicProcedure.query(() => service.template()),

  versions: staff
    .input(yearInput.partial())
    .query(({ ctx, input }) => service.staffVersions(ctx, ctx.commune, input.year)),
  exportVersion: staff
    .input(versionInput)
    .query(({ ctx, input }) => service.exportVersion(ctx, ctx.commune, input.versionId)),
  importCsv: declare(staff, { body: 'files' })
    .input(importInput)
    .mutation(({ ctx, input }) => service.importCsv(ctx, ctx.commune, input, ctx.session.userId)),
  publish: staff
    .input(versionInput)
    .mutation(({ ctx, input }) => service.publish(ctx, ctx.commune, input.versionId, ctx.session.userId)),
});
