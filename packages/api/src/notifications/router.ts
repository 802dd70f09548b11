import { communeProcedure, publicProcedure, router } from '../trpc';
import { deadLettersInput, ofSubjectInput } from './schemas';
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
});
