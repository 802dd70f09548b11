import { communeProcedure, router } from '../trpc';
import { createApiKeyInput, revokeApiKeyInput } from './schemas';
import * as service from './service';

/** Open311 API keys, managed by commune admins from the staff area. */
const admin = communeProcedure('apikeys:manage');

export const apiKeysRouter = router({
  list: admin.query(({ ctx }) => service.listKeys(ctx.db, ctx.commune)),
  /** Returns the plain key once; only its hash is kept. */
  create: admin
    .input(createApiKeyInput)
    .mutation(({ ctx, input }) => service.createKey(ctx, ctx.commune, input.label, ctx.session.userId)),
  revoke: admin
    .input(revokeApiKeyInput)
    .mutation(({ ctx, input }) => service.revokeKey(ctx, ctx.commune, input.id, ctx.session.userId)),
});
