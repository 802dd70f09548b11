import { tracked } from '@trpc/server';
import { networkProcedure, publicProcedure, router } from '../trpc';
import * as service from './service';

export const networkRouter = router({
  info: publicProcedure.query(({ ctx }) => service.info(ctx.db)),
  overview: publicProcedure.query(({ ctx }) =>
    service.overview(
      ctx.db,
      ctx.clock.now(),
      ctx.modules.flatMap((m) => m.figures ?? []),
    ),
  ),
  details: networkProcedure('network:view').query(({ ctx }) => service.details(ctx.db)),
  /**
   * Changes to network figures; dashboards invalidate their queries on each event. The
   * public gets the kinds that change what the public sees; staff changes, signing keys,
   * documents and moderation housekeeping go to network coordinators and admins only.
   * The public kinds are an allow-list: each module's `publicEvents`; a new kind stays
   * private until its module lists it.
   */
  onChange: publicProcedure.subscription(async function* ({ ctx, signal }) {
    const everything = !!ctx.session && ctx.access.networkAllows('network:view', ctx.session.networkRoles);
    const publicKinds = new Set(ctx.modules.flatMap((m) => m.publicEvents ?? []));
    for await (const { id, event } of ctx.events.stream(signal)) {
      if (!everything && !publicKinds.has(event.kind)) continue;
      yield tracked(id, { kind: event.kind, commune: event.commune, at: event.at });
    }
  }),
});
