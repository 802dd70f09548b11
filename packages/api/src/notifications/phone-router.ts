import { communePublicProcedure, declare, publicProcedure, router } from '../trpc';
import { LIMITS } from '../limits';
import * as phone from './phone';
import {
  followConfirmInput,
  followRequestInput,
  listCasesInput,
  listConfirmInput,
  listRequestInput,
} from './phone-schemas';

/**
 * Following a case by SMS with a phone confirmed by a code, and listing a phone's cases
 * (issue 13). Public: the case's owner proves it with the receipt's secret or the account,
 * a phone with the code it received. Every call counts against per-address and per-phone limits.
 */
export const phoneFollowRouter = router({
  requestFollow: declare(publicProcedure, { limits: LIMITS.phoneCodes })
    .input(followRequestInput)
    .mutation(({ ctx, input }) => phone.requestFollow(ctx, input)),
  confirmFollow: declare(publicProcedure, { limits: LIMITS.phoneConfirm })
    .input(followConfirmInput)
    .mutation(({ ctx, input }) => phone.confirmFollow(ctx, input)),
  requestList: declare(communePublicProcedure, { limits: LIMITS.phoneCodes })
    .input(listRequestInput)
    .mutation(({ ctx, input }) => phone.requestList(ctx, ctx.commune, input)),
  confirmList: declare(communePublicProcedure, { limits: LIMITS.phoneConfirm })
    .input(listConfirmInput)
    .mutation(({ ctx, input }) => phone.confirmList(ctx, ctx.commune, input)),
  cases: declare(communePublicProcedure, { limits: LIMITS.phoneCases })
    .input(listCasesInput)
    .query(({ ctx, input }) => phone.listCases(ctx, ctx.commune, input)),
});
