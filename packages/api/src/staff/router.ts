import { communeProcedure, router } from '../trpc';
import { grantInput, revokeInput } from './schemas';
import * as service from './service';

export const staffRouter = router({
  overview: communeProcedure('staff:access').query(({ ctx }) => service.overview(ctx.db, ctx.commune, ctx.roles)),
  grant: communeProcedure('members:manage')
    .input(grantInput)
    .mutation(({ ctx, input }) =>
      service.grant(ctx, ctx.commune.id, ctx.commune.slug, input.email, input.role, ctx.session.userId),
    ),
  revoke: communeProcedure('members:manage')
    .input(revokeInput)
    .mutation(({ ctx, input }) =>
      service.revoke(ctx, ctx.commune.id, ctx.commune.slug, input.userId, input.role, ctx.session.userId),
    ),
});
