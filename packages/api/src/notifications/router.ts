import { authedProcedure, communeProcedure, publicProcedure, router } from '../trpc';
import * as inbox from './inbox';
import { preferenceProcedures } from './preferences-router';
import { deadLettersInput, inboxInput, markReadInput, ofSubjectInput } from './schemas';
import * as service from './service';

/** Staff read what was sent about a case; the commune's admins see what could not be sent. */
export const notificationsRouter = router({
  ofSubject: communeProcedure('notifications:read')
    .input(ofSubjectInput)
    .query(({ ctx, input }) => service.ofSubject(ctx, ctx.commune, input.subject, input.id)),
  /** The SMS cost counter of every commune (the network's dashboard). */
  smsUsage: publicProcedure.query(({ ctx }) => service.smsUsage(ctx)),
  deadLetters: communeProcedure('notifications:manage')
    .input(deadLettersInput)
    .query(({ ctx, input }) => service.deadLetters(ctx, ctx.commune, input.limit)),

  // The in-app centre: the signed-in account's own notices, whoever it is (citizen or staff).
  inbox: authedProcedure.input(inboxInput).query(({ ctx, input }) => inbox.list(ctx, ctx.session.userId, input)),
  unread: authedProcedure.query(async ({ ctx }) => ({ unread: await inbox.unread(ctx, ctx.session.userId) })),
  markRead: authedProcedure
    .input(markReadInput)
    .mutation(({ ctx, input }) => inbox.markRead(ctx, ctx.session.userId, input.ids)),
  markAllRead: authedProcedure.mutation(({ ctx }) => inbox.markRead(ctx, ctx.session.userId)),
  /** The unread count now, then live as it changes (the bell). */
  onUnread: authedProcedure.subscription(({ ctx, signal }) => inbox.unreadUpdates(ctx, ctx.session.userId, signal)),
  // Engagement preferences, consent and one-click unsubscribe (preferences-router.ts).
  ...preferenceProcedures,
});
