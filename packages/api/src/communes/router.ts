import { communePublicProcedure, publicProcedure, router } from '../trpc';
import * as repo from './repository';
import * as service from './service';

export const communesRouter = router({
  list: publicProcedure.query(({ ctx }) => repo.listCommunes(ctx.db)),
  get: communePublicProcedure.query(({ ctx }) => service.getCommune(ctx.db, ctx.commune)),
});
