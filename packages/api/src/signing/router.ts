import { communeProcedure, publicProcedure, router } from '../trpc';
import * as service from './service';

/** Commune signing keys: published to everyone, rotated by commune admins. */
export const signingRouter = router({
  /** Every commune's public keys, including retired ones, with their validity periods. */
  publicKeys: publicProcedure.query(({ ctx }) => service.publicKeys(ctx.db)),
  /** A new active key; the old one stays published so the documents it signed still verify. */
  rotate: communeProcedure('keys:manage').mutation(({ ctx }) => service.rotate(ctx, ctx.commune, ctx.session.userId)),
});
