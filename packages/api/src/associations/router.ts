import { z } from 'zod';
import { LIMITS } from '../limits';
import {
  communeAccountProcedure,
  communeProcedure,
  communePublicProcedure,
  declare,
  publicProcedure,
  router,
} from '../trpc';
import { sectorFigures } from './figures';
import {
  createInput,
  decideRepresentativeInput,
  directoryInput,
  documentInput,
  idInput,
  proposeInput,
  requestInput,
  reviewChangeInput,
  staffListInput,
  updateInput,
  uploadDocumentInput,
} from './schemas';
import * as service from './service';
import { viewerOf } from '../viewer';

const staff = communeProcedure('associations:manage');
const account = communeAccountProcedure;

/** The associations registry: a public directory, a private part for staff and representatives, reviewed changes. */
export const associationsRouter = router({
  directory: communePublicProcedure
    .input(directoryInput)
    .query(({ ctx, input }) => service.directory(ctx, ctx.commune, input)),
  /** Registered associations per commune and sector, for the network dashboard. */
  figures: publicProcedure.query(({ ctx }) => sectorFigures(ctx.db)),
  detail: communePublicProcedure.input(idInput).query(({ ctx, input }) => service.detail(ctx, ctx.commune, input.id)),

  /** Staff of the commune or a verified representative of the association (anyone else: FORBIDDEN). */
  private: account
    .input(idInput)
    .query(({ ctx, input }) => service.privateView(ctx, ctx.commune, input.id, viewerOf(ctx))),
  document: account
    .input(documentInput)
    .query(({ ctx, input }) => service.document(ctx, ctx.commune, input.documentId, viewerOf(ctx))),
  addDocument: declare(account, { body: 'files' })
    .input(uploadDocumentInput)
    .mutation(({ ctx, input }) => service.addDocument(ctx, ctx.commune, input, viewerOf(ctx))),
  requestRepresentation: declare(account, { limits: LIMITS.submissions })
    .input(requestInput)
    .mutation(({ ctx, input }) => service.requestRepresentation(ctx, ctx.commune, input, ctx.session.userId)),
  myRequests: account.query(({ ctx }) => service.myRequests(ctx, ctx.commune, ctx.session.userId)),
  proposeChange: declare(account, { limits: LIMITS.submissions })
    .input(proposeInput)
    .mutation(({ ctx, input }) => service.proposeChange(ctx, ctx.commune, input.id, input.patch, viewerOf(ctx))),

  staffList: staff.input(staffListInput).query(({ ctx, input }) => service.staffList(ctx, ctx.commune, input.q)),
  create: staff
    .input(createInput)
    .mutation(({ ctx, input }) => service.create(ctx, ctx.commune, input, ctx.session.userId)),
  update: staff
    .input(updateInput)
    .mutation(({ ctx, input }) => service.update(ctx, ctx.commune, input.id, input.patch, ctx.session.userId)),
  versions: staff.input(idInput).query(({ ctx, input }) => service.versions(ctx, ctx.commune, input.id)),
  representatives: staff
    .input(z.object({ state: z.enum(['requested', 'verified', 'refused']).default('requested') }))
    .query(({ ctx, input }) => service.representativeQueue(ctx, ctx.commune, input.state)),
  decideRepresentative: staff
    .input(decideRepresentativeInput)
    .mutation(({ ctx, input }) => service.decideRepresentative(ctx, ctx.commune, input, ctx.session.userId)),
  changes: staff.query(({ ctx }) => service.changeQueue(ctx, ctx.commune)),
  reviewChange: staff
    .input(reviewChangeInput)
    .mutation(({ ctx, input }) => service.reviewChange(ctx, ctx.commune, input, ctx.session.userId)),
});
