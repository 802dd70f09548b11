import { LIMITS } from '../limits';
import {
  communeAccountProcedure,
  communeProcedure,
  communePublicProcedure,
  declare,
  publicProcedure,
  router,
} from '../trpc';
import { viewerOf } from '../viewer';
import {
  answerInput,
  decideInput,
  followUpInput,
  idInput,
  networkInput,
  paperBatchInput,
  petitionFields,
  queueInput,
  referenceInput,
  registerInput,
  reviewInput,
  scheduleInput,
  sessionInput,
  sessionUpdateInput,
  signInput,
  updateInput,
} from './schemas';
import * as service from './service';

const account = communeAccountProcedure;
// The council's bureau: reviews, schedules, records the council's decisions, reads who signed.
const bureau = communeProcedure('petitions:review');
// Agents at the counter key in paper signatures and see the queue.
const agent = communeProcedure('petitions:key');

/** Petitions to the council (113-14 arts. 121–125) and citizen proposals: register, signatures, the bureau's work. */
export const petitionsRouter = router({
  rules: communePublicProcedure.query(({ ctx }) => service.rules(ctx, ctx.commune)),
  register: communePublicProcedure
    .input(registerInput)
    .query(({ ctx, input }) => service.register(ctx, ctx.commune, input)),
  detail: communePublicProcedure.input(idInput).query(({ ctx, input }) => service.detail(ctx, ctx.commune, input.id)),
  /** A printed signature sheet's header: the text and a QR code to the petition online. */
  sheet: communePublicProcedure.input(idInput).query(({ ctx, input }) => service.sheet(ctx, ctx.commune, input.id)),
  sessions: communePublicProcedure.query(({ ctx }) => service.sessions(ctx, ctx.commune)),
  /** Every commune's petitions of a year and their figures, for the network's register and dashboard. */
  network: publicProcedure.input(networkInput).query(({ ctx, input }) => service.network(ctx, input)),

  mine: account.query(({ ctx }) => service.mine(ctx, ctx.commune, ctx.session.userId)),
  dossier: account.input(idInput).query(({ ctx, input }) => service.dossier(ctx, ctx.commune, input.id, viewerOf(ctx))),
  create: declare(account, { limits: LIMITS.submissions })
    .input(petitionFields)
    .mutation(({ ctx, input }) => service.create(ctx, ctx.commune, input, viewerOf(ctx))),
  update: account
    .input(updateInput)
    .mutation(({ ctx, input }) => service.update(ctx, ctx.commune, input.id, input.petition, viewerOf(ctx))),
  openCollecting: account
    .input(idInput)
    .mutation(({ ctx, input }) => service.openCollecting(ctx, ctx.commune, input.id, viewerOf(ctx))),
  file: account.input(idInput).mutation(({ ctx, input }) => service.file(ctx, ctx.commune, input.id, viewerOf(ctx))),
  withdraw: account
    .input(idInput)
    .mutation(({ ctx, input }) => service.withdraw(ctx, ctx.commune, input.id, viewerOf(ctx))),
  sign: declare(account, { limits: LIMITS.submissions })
    .input(signInput)
    .mutation(({ ctx, input }) => service.sign(ctx, ctx.commune, input, viewerOf(ctx))),
  signatures: account
    .input(idInput)
    .query(({ ctx, input }) => service.signatures(ctx, ctx.commune, input.id, viewerOf(ctx))),
  signaturesCsv: account
    .input(idInput)
    .query(({ ctx, input }) => service.signaturesCsv(ctx, ctx.commune, input.id, viewerOf(ctx))),
  /** The dossier in the decree's layout (PDF, base64), for the mandataire and the bureau. */
  dossierPdf: account
    .input(idInput)
    .query(({ ctx, input }) => service.dossierPdf(ctx, ctx.commune, input.id, viewerOf(ctx))),
  reference: account
    .input(referenceInput)
    .mutation(({ ctx, input }) => service.reference(ctx, ctx.commune, input, viewerOf(ctx))),

  queue: agent.input(queueInput).query(({ ctx, input }) => service.queue(ctx, ctx.commune, input)),
  paperBatch: agent
    .input(paperBatchInput)
    .mutation(({ ctx, input }) => service.paperBatch(ctx, ctx.commune, input, viewerOf(ctx))),
  staffRules: agent.query(({ ctx }) => service.rules(ctx, ctx.commune, true)),

  review: bureau
    .input(reviewInput)
    .mutation(({ ctx, input }) => service.review(ctx, ctx.commune, input, viewerOf(ctx))),
  answer: bureau
    .input(answerInput)
    .mutation(({ ctx, input }) => service.answer(ctx, ctx.commune, input, viewerOf(ctx))),
  schedule: bureau
    .input(scheduleInput)
    .mutation(({ ctx, input }) => service.schedule(ctx, ctx.commune, input, viewerOf(ctx))),
  debate: bureau.input(idInput).mutation(({ ctx, input }) => service.debate(ctx, ctx.commune, input.id, viewerOf(ctx))),
  decide: bureau
    .input(decideInput)
    .mutation(({ ctx, input }) => service.decide(ctx, ctx.commune, input, viewerOf(ctx))),
  followUp: bureau
    .input(followUpInput)
    .mutation(({ ctx, input }) => service.followUp(ctx, ctx.commune, input, viewerOf(ctx))),
  createSession: bureau
    .input(sessionInput)
    .mutation(({ ctx, input }) => service.createSession(ctx, ctx.commune, input, viewerOf(ctx))),
  updateSession: bureau
    .input(sessionUpdateInput)
    .mutation(({ ctx, input }) => service.updateSession(ctx, ctx.commune, input, viewerOf(ctx))),
});
