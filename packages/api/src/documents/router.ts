import { authedProcedure, communeProcedure, declare, publicProcedure, router } from '../trpc';
import { issueInput, listInput, revokeInput, verifyInput } from './schemas';
import * as service from './service';

const issuer = communeProcedure('documents:issue');

/** Remotely signed official documents (docs/verify.md). */
export const documentsRouter = router({
  /** Signs and stores a document; paper delivery prints `pdfPath`, electronic delivery hands out `downloadPath`. */
  issue: issuer
    .input(issueInput)
    .mutation(({ ctx, input }) => service.issue(ctx, ctx.commune, ctx.session.userId, input)),
  /**
   * Anyone: is this code (and, if given, this PDF) an authentic, unrevoked document?
   * A mutation only so a PDF can travel in a POST body; it changes nothing.
   */
  // A PDF of at most 10 MB as base64 (~13.4 MB): a 40 MB body is refused by its length alone.
  verify: declare(publicProcedure, { body: 'files', maxBodyBytes: 14 * 1024 * 1024 })
    .input(verifyInput)
    .mutation(({ ctx, input }) =>
      service.verify(ctx.db, input.code, input.pdfBase64 ? Buffer.from(input.pdfBase64, 'base64') : undefined),
    ),
  /** The reason is public (verification page): no personal details. */
  revoke: communeProcedure('documents:revoke')
    .input(revokeInput)
    .mutation(({ ctx, input }) => service.revoke(ctx, ctx.commune, ctx.session.userId, input)),
  list: issuer.input(listInput).query(({ ctx, input }) => service.list(ctx, ctx.commune, input)),
  /** The signed-in citizen's own documents (issued to their account). */
  mine: authedProcedure.query(({ ctx }) => service.mine(ctx.db, ctx.session.userId)),
});

export { signingRouter } from '../signing';
