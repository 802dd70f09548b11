import { communeProcedure, communePublicProcedure, declare, publicProcedure, router } from '../../trpc';
import { generateReport, summaryPdf } from './report';
import {
  codeInput,
  importInput,
  linkInput,
  listInput,
  networkInput,
  photoInput,
  removePhotoInput,
  reportInput,
  saveInput,
  summaryInput,
  unlinkInput,
} from './schemas';
import * as service from './service';

// The PAC's staff (pac module's permission) follow its projects too.
const staff = communeProcedure('pac:manage');

/** The PAC's projects, "results you can follow": progress, budget, milestones, linked complaints, annual reports. */
export const pacProjectsRouter = router({
  list: communePublicProcedure.input(listInput).query(({ ctx, input }) => service.list(ctx, ctx.commune, input)),
  get: communePublicProcedure.input(codeInput).query(({ ctx, input }) => service.get(ctx, ctx.commune, input.code)),
  /** The same file staff import back (projects and sub-projects), public: anyone may follow the figures. */
  exportCsv: communePublicProcedure.query(({ ctx }) => service.exportCsv(ctx, ctx.commune)),
  summaryPdf: communePublicProcedure
    .input(summaryInput)
    .query(({ ctx, input }) => summaryPdf(ctx, ctx.commune, input.year)),
  /** Per commune: overall progress, late projects, the planned budget's paid share (the dashboard reads it). */
  network: publicProcedure.input(networkInput).query(({ ctx }) => service.network(ctx)),

  staffGet: staff.input(codeInput).query(({ ctx, input }) => service.staffGet(ctx, ctx.commune, input.code)),
  sessions: staff.query(({ ctx }) => service.sessions(ctx, ctx.commune)),
  save: staff.input(saveInput).mutation(({ ctx, input }) => service.save(ctx, ctx.commune, input, ctx.session.userId)),
  importCsv: declare(staff, { body: 'files' })
    .input(importInput)
    .mutation(({ ctx, input }) => service.importCsv(ctx, ctx.commune, input, ctx.session.userId)),
  linkComplaint: staff
    .input(linkInput)
    .mutation(({ ctx, input }) =>
      service.linkComplaint(ctx, ctx.commune, input.code, input.complaint, ctx.session.userId),
    ),
  unlinkComplaint: staff
    .input(unlinkInput)
    .mutation(({ ctx, input }) =>
      service.unlinkComplaint(ctx, ctx.commune, input.code, input.complaintId, ctx.session.userId),
    ),
  addPhoto: declare(staff, { body: 'files' })
    .input(photoInput)
    .mutation(({ ctx, input }) => service.addPhoto(ctx, ctx.commune, input, ctx.session.userId)),
  removePhoto: staff
    .input(removePhotoInput)
    .mutation(({ ctx, input }) => service.removePhoto(ctx, ctx.commune, input.code, input.photoId, ctx.session.userId)),
  generateReport: staff
    .input(reportInput)
    .mutation(({ ctx, input }) => generateReport(ctx, ctx.commune, input, ctx.session.userId)),
});
