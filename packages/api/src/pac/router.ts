import { LIMITS } from '../limits';
import {
  authedProcedure,
  communeAccountProcedure,
  communeProcedure,
  communePublicProcedure,
  publicProcedure,
  declare,
  router,
} from '../trpc';
import {
  answerInput,
  contributeInput,
  draftInput,
  followInput,
  networkInput,
  idInput,
  queueInput,
  saveDraftInput,
  savePlanInput,
} from './schemas';
import { pacProjectsRouter } from './projects';
import { network } from './network';
import { proposalsRouter } from './proposals/router';
import * as service from './service';
import { consultationsRouter, workshopsRouter } from './workshops';

const staff = communeProcedure('pac:manage');

/** The communal action plan: its phases, the draft open to comment, contributions and the commune's answers. */
export const pacRouter = router({
  /** Every commune's PAC figures for the network's dashboard (public: counts and shares only). */
  network: publicProcedure.input(networkInput).query(({ ctx, input }) => network(ctx, input)),
  plan: communePublicProcedure.query(({ ctx }) => service.plan(ctx, ctx.commune)),
  /** Whether the caller follows the plan (phases opening and closing are told to followers), and to follow it or stop. */
  following: communeAccountProcedure.query(({ ctx }) => service.following(ctx, ctx.commune, ctx.session.userId)),
  follow: communeAccountProcedure
    .input(followInput)
    .mutation(({ ctx, input }) => service.follow(ctx, ctx.commune, input.on, ctx.session.userId)),
  draft: communePublicProcedure.input(draftInput).query(({ ctx, input }) => service.draft(ctx, ctx.commune, input.id)),
  unanswered: communePublicProcedure.query(({ ctx }) => service.unanswered(ctx, ctx.commune)),

  /** The caller's own contributions, in every commune (the account page). */
  mine: authedProcedure.query(({ ctx }) => service.mine(ctx.db, ctx.session.userId)),
  contribute: declare(communeAccountProcedure, { limits: LIMITS.submissions })
    .input(contributeInput)
    .mutation(({ ctx, input }) => service.contribute(ctx, ctx.commune, input, ctx.session.userId)),

  staffOverview: staff.query(({ ctx }) => service.staffOverview(ctx, ctx.commune)),
  staffDraft: staff.input(idInput).query(({ ctx, input }) => service.staffDraft(ctx, ctx.commune, input.id)),
  savePlan: staff
    .input(savePlanInput)
    .mutation(({ ctx, input }) => service.savePlan(ctx, ctx.commune, input, ctx.session.userId)),
  saveDraft: staff
    .input(saveDraftInput)
    .mutation(({ ctx, input }) => service.saveDraft(ctx, ctx.commune, input, ctx.session.userId)),
  queue: staff.input(queueInput).query(({ ctx, input }) => service.queue(ctx, ctx.commune, input)),
  answer: staff
    .input(answerInput)
    .mutation(({ ctx, input }) => service.answer(ctx, ctx.commune, input, ctx.session.userId)),
  projects: pacProjectsRouter,
  proposals: proposalsRouter,
  workshops: workshopsRouter,
  consultations: consultationsRouter,
});
