import { tracked } from '@trpc/server';
import { networkAllows } from '../access';
import { networkProcedure, publicProcedure, router } from '../trpc';
import * as service from './service';

/** Event kinds anyone may follow live (an allow-list: a new kind stays private until listed here). */
export const PUBLIC_EVENT_KINDS: ReadonlySet<string> = new Set([
  'commune.added',
  'complaint.submitted',
  'complaint.stage_changed',
  'information.state_changed',
  'information.updated',
  'image.hidden',
  'image.restored',
  'image.removed',
  'service_point.changed',
  'procedure.updated',
  'procedure.template_updated',
  'calendar.changed',
]);

export const networkRouter = router({
  info: publicProcedure.query(({ ctx }) => service.info(ctx.db)),
  overview: publicProcedure.query(({ ctx }) => service.overview(ctx.db, ctx.clock.now())),
  details: networkProcedure('network:view').query(({ ctx }) => service.details(ctx.db)),
  /**
   * Changes to network figures; dashboards invalidate their queries on each event. The
   * public gets the kinds that change what the public sees; staff changes, signing keys,
   * documents and moderation housekeeping go to network coordinators and admins only.
   */
  onChange: publicProcedure.subscription(async function* ({ ctx, signal }) {
    const everything = !!ctx.session && networkAllows('network:view', ctx.session.networkRoles);
    for await (const { id, event } of ctx.events.stream(signal)) {
      if (!everything && !PUBLIC_EVENT_KINDS.has(event.kind)) continue;
      yield tracked(id, { kind: event.kind, commune: event.commune, at: event.at });
    }
  }),
});
