import { tracked } from '@trpc/server';
import { networkProcedure, publicProcedure, router } from '../trpc';
import * as service from './service';

export const networkRouter = router({
  info: publicProcedure.query(({ ctx }) => service.info(ctx.db)),
  overview: publicProcedure.query(({ ctx }) => service.overview(ctx.db, ctx.clock.now())),
  details: networkProcedure('network:view').query(({ ctx }) => service.details(ctx.db)),
  /** Any change to network figures; dashboards invalidate their queries on each event. */
  onChange: publicProcedure.subscription(async function* ({ ctx, signal }) {
    for await (const { id, event } of ctx.events.stream(signal)) {
      yield tracked(id, { kind: event.kind, commune: event.commune, at: event.at });
    }
  }),
});
