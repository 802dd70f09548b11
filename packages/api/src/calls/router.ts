import { LIMITS } from '../limits';
import {
  communeAccountProcedure,
  communeProcedure,
  communePublicProcedure,
  declare,
  publicProcedure,
  router,
} from '../trpc';
import {
  admissibilityInput,
  applicationIdInput,
  applyInput,
  callFields,
  committeeInput,
  conflictInput,
  documentInput,
  extendInput,
  idInput,
  listInput,
  networkInput,
  proposeInput,
  queueInput,
  removeMemberInput,
  scoreInput,
  updateInput,
} from './schemas';
import * as service from './service';
import { viewerOf } from '../viewer';

const staff = communeProcedure('calls:manage');
// Opening a call and publishing its results commit the commune (the results grant subsidies).
const head = communeProcedure('calls:publish');
const account = communeAccountProcedure;

/** Calls for projects: public calls and results, dossiers filed online or at the counter, the committee's scoring. */
export const callsRouter = router({
  list: communePublicProcedure.input(listInput).query(({ ctx, input }) => service.list(ctx, ctx.commune, input)),
  detail: communePublicProcedure.input(idInput).query(({ ctx, input }) => service.detail(ctx, ctx.commune, input.id)),
  /** Every commune's calls of a year, for the network dashboard. */
  network: publicProcedure.input(networkInput).query(({ ctx, input }) => service.network(ctx, input)),

  /** The associations the caller represents here and their dossiers. */
  mine: account.query(({ ctx }) => service.mine(ctx, ctx.commune, ctx.session.userId)),
  submit: declare(account, { body: 'files', limits: LIMITS.submissions })
    .input(applyInput)
    .mutation(({ ctx, input }) => service.apply(ctx, ctx.commune, input, viewerOf(ctx))),
  application: account
    .input(idInput)
    .query(({ ctx, input }) => service.application(ctx, ctx.commune, input.id, viewerOf(ctx))),
  document: account
    .input(documentInput)
    .query(({ ctx, input }) => service.document(ctx, ctx.commune, input, viewerOf(ctx))),
  withdraw: account
    .input(idInput)
    .mutation(({ ctx, input }) => service.withdraw(ctx, ctx.commune, input.id, viewerOf(ctx))),

  /** The committee member's side: their calls, the dossiers to score, conflicts and marks. */
  myCommittees: account.query(({ ctx }) => service.myCommittees(ctx, ctx.commune, ctx.session.userId)),
  dossiers: account
    .input(queueInput)
    .query(({ ctx, input }) => service.dossiers(ctx, ctx.commune, input.callId, viewerOf(ctx))),
  declareConflict: account
    .input(conflictInput)
    .mutation(({ ctx, input }) => service.declareConflict(ctx, ctx.commune, input, viewerOf(ctx))),
  score: account.input(scoreInput).mutation(({ ctx, input }) => service.score(ctx, ctx.commune, input, viewerOf(ctx))),

  staffList: staff.query(({ ctx }) => service.staffList(ctx, ctx.commune)),
  create: staff
    .input(callFields)
    .mutation(({ ctx, input }) => service.create(ctx, ctx.commune, input, ctx.session.userId)),
  update: staff
    .input(updateInput)
    .mutation(({ ctx, input }) => service.update(ctx, ctx.commune, input.id, input.call, ctx.session.userId)),
  open: head.input(idInput).mutation(({ ctx, input }) => service.open(ctx, ctx.commune, input.id, ctx.session.userId)),
  extend: head
    .input(extendInput)
    .mutation(({ ctx, input }) => service.extend(ctx, ctx.commune, input, ctx.session.userId)),
  committee: staff.input(idInput).query(({ ctx, input }) => service.committee(ctx, ctx.commune, input.id)),
  addMember: staff
    .input(committeeInput)
    .mutation(({ ctx, input }) => service.addMember(ctx, ctx.commune, input, ctx.session.userId)),
  removeMember: staff
    .input(removeMemberInput)
    .mutation(({ ctx, input }) => service.removeMember(ctx, ctx.commune, input, ctx.session.userId)),
  queue: staff.input(queueInput).query(({ ctx, input }) => service.queue(ctx, ctx.commune, input.callId)),
  admissibility: staff
    .input(admissibilityInput)
    .mutation(({ ctx, input }) => service.admissibility(ctx, ctx.commune, input, ctx.session.userId)),
  propose: staff
    .input(proposeInput)
    .mutation(({ ctx, input }) => service.propose(ctx, ctx.commune, input, ctx.session.userId)),
  publishResults: head
    .input(idInput)
    .mutation(({ ctx, input }) => service.publishResults(ctx, ctx.commune, input.id, ctx.session.userId)),
});
export { applicationIdInput };
