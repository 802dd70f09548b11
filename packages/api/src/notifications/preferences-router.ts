import { authedProcedure, publicProcedure } from '../trpc';
import * as preferences from './preferences';
import { setPreferencesInput, unsubscribeInput } from './schemas';

/**
 * The signed-in person's engagement choices, and the unsubscribe link's press (merged into
 * the `notifications` router: `notifications.preferences`…). Owner only: keyed by the
 * session's account, never by an id from input.
 */
export const preferenceProcedures = {
  preferences: authedProcedure.query(({ ctx }) => preferences.preferences(ctx, ctx.session.userId)),
  setPreferences: authedProcedure
    .input(setPreferencesInput)
    .mutation(({ ctx, input }) => preferences.setPreferences(ctx, ctx.session.userId, input)),
  /** The portal's unsubscribe page (the server's POST route is the one-click one): whoever holds the link. */
  unsubscribe: publicProcedure
    .input(unsubscribeInput)
    .mutation(({ ctx, input }) => preferences.unsubscribe(ctx, input.token)),
};
