import { communeProcedure, communePublicProcedure, declare, publicProcedure, router } from '../trpc';
import { idInput, saveItemInput } from './schemas';
import * as service from './service';

const staff = communeProcedure('publication:manage');

/** Proactive publication (Law 31-13 art. 10): the commune's checklist, public; its staff keep it. */
export const publicationRouter = router({
  list: communePublicProcedure.query(({ ctx }) => service.list(ctx, ctx.commune)),
  /** Every commune's checklist size and fresh share (the network's dashboard). */
  network: publicProcedure.query(({ ctx }) => service.network(ctx)),

  staffList: staff.query(({ ctx }) => service.staffList(ctx, ctx.commune)),
  history: staff.input(idInput).query(({ ctx, input }) => service.history(ctx, ctx.commune, input.id)),
  // The item's file travels in the input (base64): the large body is declared.
  save: declare(staff, { body: 'files' })
    .input(saveItemInput)
    .mutation(({ ctx, input }) => service.save(ctx, ctx.commune, input, ctx.session.userId)),
  remove: staff
    .input(idInput)
    .mutation(({ ctx, input }) => service.remove(ctx, ctx.commune, input.id, ctx.session.userId)),
  startFromLaw: staff.mutation(({ ctx }) => service.startFromLaw(ctx, ctx.commune, ctx.session.userId)),
});
