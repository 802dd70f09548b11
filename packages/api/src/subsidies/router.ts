import {
  communeAccountProcedure,
  communeProcedure,
  communePublicProcedure,
  declare,
  publicProcedure,
  router,
} from '../trpc';
import {
  closeInput,
  fileReportInput,
  grantInput,
  idInput,
  ledgerInput,
  networkLedgerInput,
  payInput,
  prepareInput,
  reportFileInput,
  reviewReportInput,
  staffListInput,
} from './schemas';
import * as service from './service';
import { viewerOf } from '../viewer';

const staff = communeProcedure('subsidies:manage');
// Signing binds the commune to pay: its head of department or admin, not every agent.
const signer = communeProcedure('subsidies:sign');
const account = communeAccountProcedure;

/** The open subsidy ledger: public lines and totals, the desk that follows each subsidy, the reports owed. */
export const subsidiesRouter = router({
  ledger: communePublicProcedure.input(ledgerInput).query(({ ctx, input }) => service.ledger(ctx, ctx.commune, input)),
  network: publicProcedure.input(networkLedgerInput).query(({ ctx, input }) => service.networkLedger(ctx, input)),

  /** The subsidies of the associations the caller represents, with the reports they owe. */
  mine: account.query(({ ctx }) => service.mine(ctx, ctx.commune, ctx.session.userId)),
  fileReport: declare(account, { body: 'files' })
    .input(fileReportInput)
    .mutation(({ ctx, input }) => service.fileReport(ctx, ctx.commune, input, viewerOf(ctx))),
  reportFile: account
    .input(reportFileInput)
    .query(({ ctx, input }) => service.reportFile(ctx, ctx.commune, input, viewerOf(ctx))),

  staffList: staff.input(staffListInput).query(({ ctx, input }) => service.staffList(ctx, ctx.commune, input)),
  grant: staff
    .input(grantInput)
    .mutation(({ ctx, input }) => service.grant(ctx, ctx.commune, input, ctx.session.userId)),
  prepare: staff
    .input(prepareInput)
    .mutation(({ ctx, input }) => service.prepare(ctx, ctx.commune, input, ctx.session.userId)),
  sign: signer
    .input(idInput)
    .mutation(({ ctx, input }) => service.sign(ctx, ctx.commune, input.id, ctx.session.userId)),
  pay: signer.input(payInput).mutation(({ ctx, input }) => service.pay(ctx, ctx.commune, input, ctx.session.userId)),
  reviewReport: staff
    .input(reviewReportInput)
    .mutation(({ ctx, input }) => service.reviewReport(ctx, ctx.commune, input, ctx.session.userId)),
  cancel: signer
    .input(closeInput)
    .mutation(({ ctx, input }) => service.cancel(ctx, ctx.commune, input, ctx.session.userId)),
});
