import { communeProcedure, communePublicProcedure, router } from '../trpc';
import { createInput, forProcedureInput, listInput, removeInput, updateInput } from './schemas';
import * as service from './service';

const editor = communeProcedure('procedures:edit');

/** Offices, counters and annexes on the map, and "where do I do this?". */
export const servicePointsRouter = router({
  list: communePublicProcedure
    .input(listInput)
    .query(({ ctx, input }) => service.list(ctx.db, ctx.commune, input.kind)),
  forProcedure: communePublicProcedure
    .input(forProcedureInput)
    .query(({ ctx, input }) => service.forProcedure(ctx.db, ctx.commune, input.code)),
  /** The desk's list: guesses included, with what is still to be checked. */
  staffList: editor.query(({ ctx }) => service.staffList(ctx.db, ctx.commune)),
  create: editor
    .input(createInput)
    .mutation(({ ctx, input }) => service.create(ctx, ctx.commune, input, ctx.session.userId)),
  update: editor
    .input(updateInput)
    .mutation(({ ctx, input }) => service.update(ctx, ctx.commune, input, ctx.session.userId)),
  remove: editor
    .input(removeInput)
    .mutation(({ ctx, input }) => service.remove(ctx, ctx.commune, input.id, input.reason, ctx.session.userId)),
});
