import { communeProcedure, communePublicProcedure, publicProcedure, router } from '../trpc';
import { datasetInput } from './schemas';
import * as service from './service';

/**
 * Open data: anyone reads a commune's catalogue and each dataset's versions, fields and README (the
 * files themselves, the DCAT catalogue and the export bundle are HTTP routes: apps/server's
 * open-data-files.ts); the commune's staff publish a new version.
 */
export const openDataRouter = router({
  catalogue: communePublicProcedure.query(({ ctx }) => service.catalogue(ctx, ctx.commune)),
  dataset: communePublicProcedure
    .input(datasetInput)
    .query(({ ctx, input }) => service.dataset(ctx, ctx.commune, input.dataset)),
  /** Each commune's published datasets and last publication (the network dashboard). */
  network: publicProcedure.query(({ ctx }) => service.network(ctx)),
  publish: communeProcedure('open-data:publish')
    .input(datasetInput)
    .mutation(({ ctx, input }) => service.publishVersion(ctx, ctx.commune, input.dataset, ctx.session.userId)),
});
