import { communeProcedure, communePublicProcedure, publicProcedure, router } from '../trpc';
import { approveInput, idInput, periodInput, posterInput, slugInput, textsInput } from './schemas';
import * as service from './service';

const editors = communeProcedure('bulletins:edit');
const approvers = communeProcedure('bulletins:approve');

/**
 * Bulletins of management results (issue 16): the public reads the published ones (page, archive, poster, the
 * network's comparison); the commune's editors write drafts; approvers freeze, sign and publish them.
 */
export const bulletinsRouter = router({
  archive: communePublicProcedure.query(({ ctx }) => service.archive(ctx, ctx.commune)),
  get: communePublicProcedure
    .input(slugInput)
    .query(({ ctx, input }) => service.published(ctx, ctx.commune, input.period)),
  poster: communePublicProcedure
    .input(posterInput)
    .query(({ ctx, input }) => service.poster(ctx, ctx.commune, input.period, input.language)),
  /** Every commune's published figures for one period, side by side (the dashboard's network bulletin). */
  network: publicProcedure.input(periodInput).query(({ ctx, input }) => service.network(ctx, input)),

  staffList: editors.query(({ ctx }) => service.staffList(ctx, ctx.commune)),
  staffGet: editors.input(idInput).query(({ ctx, input }) => service.staffGet(ctx, ctx.commune, input.id)),
  generate: editors
    .input(periodInput)
    .mutation(({ ctx, input }) => service.generate(ctx, ctx.commune, input, ctx.session.userId)),
  saveTexts: editors
    .input(textsInput)
    .mutation(({ ctx, input }) => service.saveTexts(ctx, ctx.commune, input, ctx.session.userId)),
  approve: approvers
    .input(approveInput)
    .mutation(({ ctx, input }) => service.approve(ctx, ctx.commune, input, ctx.session.userId)),
});
