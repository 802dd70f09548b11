import { LIMITS } from '../limits';
import { authedProcedure, declare, publicProcedure, router } from '../trpc';
import { changePasswordInput, signInInput, signUpInput } from './schemas';
import * as service from './service';

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => service.me(ctx)),
  signUp: declare(publicProcedure, { limits: LIMITS.signUp })
    .input(signUpInput)
    .mutation(({ ctx, input }) => service.signUp(ctx, input)),
  signIn: declare(publicProcedure, { limits: LIMITS.signIn })
    .input(signInInput)
    .mutation(({ ctx, input }) => service.signIn(ctx, input)),
  signOut: authedProcedure.mutation(({ ctx }) => service.signOut(ctx)),
  signOutEverywhere: authedProcedure.mutation(({ ctx }) => service.signOutEverywhere(ctx, ctx.session)),
  changePassword: declare(authedProcedure, { limits: LIMITS.changePassword })
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => service.changePassword(ctx, ctx.session, input)),
});
