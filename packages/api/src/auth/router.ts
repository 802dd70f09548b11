import { LIMITS } from '../limits';
import { authedProcedure, communePublicProcedure, declare, publicProcedure, router } from '../trpc';
import {
  changePasswordInput,
  requestPasswordResetInput,
  resetPasswordInput,
  signInInput,
  signUpInput,
  verifyEmailInput,
} from './schemas';
import * as service from './service';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => service.me(ctx)),
  /** At a commune's portal (its name on the confirmation email); answers the same for any address. */
  signUp: declare(communePublicProcedure, { limits: LIMITS.signUp })
    .input(signUpInput)
    .mutation(({ ctx, input }) => service.signUp(ctx, input)),
  verifyEmail: declare(publicProcedure, { limits: LIMITS.accountLinks })
    .input(verifyEmailInput)
    .mutation(({ ctx, input }) => service.verifyEmail(ctx, input)),
  signIn: declare(publicProcedure, { limits: LIMITS.signIn })
    .input(signInInput)
    .mutation(({ ctx, input }) => service.signIn(ctx, input)),
  requestPasswordReset: declare(communePublicProcedure, { limits: LIMITS.passwordReset })
    .input(requestPasswordResetInput)
    .mutation(({ ctx, input }) => service.requestPasswordReset(ctx, input)),
  resetPassword: declare(publicProcedure, { limits: LIMITS.accountLinks })
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => service.resetPassword(ctx, input)),
  signOut: authedProcedure.mutation(({ ctx }) => service.signOut(ctx)),
  signOutEverywhere: authedProcedure.mutation(({ ctx }) => service.signOutEverywhere(ctx, ctx.session)),
  changePassword: declare(authedProcedure, { limits: LIMITS.changePassword })
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => service.changePassword(ctx, ctx.session, input)),
});
