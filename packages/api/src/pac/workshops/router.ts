import { LIMITS } from '../../limits';
import { communeAccountProcedure, communeProcedure, communePublicProcedure, declare, router } from '../../trpc';
import {
  attendanceInput,
  cancelWorkshopInput,
  consultationIdInput,
  minutesInput,
  opinionInput,
  paperSheetInput,
  saveConsultationInput,
  saveWorkshopInput,
  workshopIdInput,
} from './schemas';
import * as service from './service';

const staff = communeProcedure('pac:manage');

/** The PAC's workshops and meetings (`pac.workshops.*`): the public pages, registration, the desk's keying. */
export const workshopsRouter = router({
  list: communePublicProcedure.query(({ ctx }) => service.list(ctx, ctx.commune)),
  detail: communePublicProcedure
    .input(workshopIdInput)
    .query(({ ctx, input }) => service.detail(ctx, ctx.commune, input.id)),
  /** The ids of the workshops the caller is registered for, in this commune. */
  mine: communeAccountProcedure.query(({ ctx }) => service.mine(ctx, ctx.commune, ctx.session.userId)),
  register: declare(communeAccountProcedure, { limits: LIMITS.submissions })
    .input(workshopIdInput)
    .mutation(({ ctx, input }) => service.register(ctx, ctx.commune, input.id, ctx.session.userId)),
  unregister: communeAccountProcedure
    .input(workshopIdInput)
    .mutation(({ ctx, input }) => service.unregister(ctx, ctx.commune, input.id, ctx.session.userId)),

  staffList: staff.query(({ ctx }) => service.staffList(ctx, ctx.commune)),
  staffDetail: staff.input(workshopIdInput).query(({ ctx, input }) => service.staffDetail(ctx, ctx.commune, input.id)),
  save: staff
    .input(saveWorkshopInput)
    .mutation(({ ctx, input }) => service.save(ctx, ctx.commune, input, ctx.session.userId)),
  publish: staff
    .input(workshopIdInput)
    .mutation(({ ctx, input }) => service.publish(ctx, ctx.commune, input.id, ctx.session.userId)),
  cancel: staff
    .input(cancelWorkshopInput)
    .mutation(({ ctx, input }) => service.cancel(ctx, ctx.commune, input.id, input.reason, ctx.session.userId)),
  recordAttendance: staff
    .input(attendanceInput)
    .mutation(({ ctx, input }) => service.recordAttendance(ctx, ctx.commune, input, ctx.session.userId)),
  keyPaperSheet: staff
    .input(paperSheetInput)
    .mutation(({ ctx, input }) => service.keyPaperSheet(ctx, ctx.commune, input, ctx.session.userId)),
  saveMinutes: staff
    .input(minutesInput)
    .mutation(({ ctx, input }) => service.saveMinutes(ctx, ctx.commune, input.id, input.minutes, ctx.session.userId)),
  issueMinutes: staff
    .input(workshopIdInput)
    .mutation(({ ctx, input }) => service.issueMinutes(ctx, ctx.commune, input.id, ctx.session.userId)),
});

/** Targeted consultations of professional bodies (`pac.consultations.*`): published with the bodies' opinions. */
export const consultationsRouter = router({
  list: communePublicProcedure.query(({ ctx }) => service.consultations(ctx, ctx.commune)),
  detail: communePublicProcedure
    .input(consultationIdInput)
    .query(({ ctx, input }) => service.consultation(ctx, ctx.commune, input.id)),
  staffList: staff.query(({ ctx }) => service.staffConsultations(ctx, ctx.commune)),
  save: staff
    .input(saveConsultationInput)
    .mutation(({ ctx, input }) => service.saveConsultation(ctx, ctx.commune, input, ctx.session.userId)),
  recordOpinion: staff
    .input(opinionInput)
    .mutation(({ ctx, input }) => service.recordOpinion(ctx, ctx.commune, input, ctx.session.userId)),
  publish: staff
    .input(consultationIdInput)
    .mutation(({ ctx, input }) => service.publishConsultation(ctx, ctx.commune, input.id, ctx.session.userId)),
});
