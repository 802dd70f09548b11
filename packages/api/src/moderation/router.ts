import { LIMITS } from '../limits';
import { communeProcedure, communePublicProcedure, declare, router } from '../trpc';
import { moderationInput, reportInput } from './schemas';
import * as service from './service';

/** Citizens' side: anyone may report a public photo, once per account or device. */
export const photosRouter = router({
  report: declare(communePublicProcedure, { limits: LIMITS.photoReports })
    .input(reportInput)
    .mutation(({ ctx, input }) => service.report(ctx, ctx.commune, ctx.session?.userId ?? null, input)),
});

const moderator = communeProcedure('moderation:act');

/** Moderators of the commune: the queue of reported photos and the decisions on them. */
export const moderationRouter = router({
  queue: moderator.query(({ ctx }) => service.queue(ctx.db, ctx.commune)),
  restore: moderator
    .input(moderationInput)
    .mutation(({ ctx, input }) => service.moderate(ctx, ctx.commune, ctx.session.userId, 'restore', input)),
  confirm: moderator
    .input(moderationInput)
    .mutation(({ ctx, input }) => service.moderate(ctx, ctx.commune, ctx.session.userId, 'confirm', input)),
  unreport: moderator
    .input(moderationInput)
    .mutation(({ ctx, input }) => service.moderate(ctx, ctx.commune, ctx.session.userId, 'unreport', input)),
});
