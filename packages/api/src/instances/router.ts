import { z } from 'zod';
import { communeSlug } from '../fields';
import { communeProcedure, communePublicProcedure, networkProcedure, publicProcedure, router } from '../trpc';
import { subjectExists } from './opinions';
import {
  addressedCaseInput,
  answerInput,
  closeInput,
  endMemberInput,
  idInput,
  instanceInput,
  meetingInput,
  meetingRecordInput,
  memberInput,
  observationAnswerInput,
  observationInput,
  opinionInput,
  opinionsOnInput,
  progressInput,
  queueInput,
  recommendationInput,
  seatCallInput,
} from './schemas';
import * as service from './service';

const staff = communeProcedure('instances:manage');
const answering = communeProcedure('instances:answer');
const committee = networkProcedure('committee:manage');

/** The network's committee is created with the commune that keeps its secretariat (its documents' prefix). */
const networkInstanceInput = instanceInput.and(z.object({ seat: communeSlug.optional() }));

const NETWORK = { scope: 'network' } as const;

/** A commune's staff manage its own instances (IEECAG and others), never the network's. */
const manage = router({
  list: staff.query(async ({ ctx }) =>
    (await service.list(ctx, ctx.commune.id, true)).filter((i) => i.scope === 'commune'),
  ),
  page: staff.input(idInput).query(async ({ ctx, input }) => {
    await service.instanceOf(ctx.db, { scope: 'commune', commune: ctx.commune }, input.id);
    return service.page(ctx, ctx.commune.id, input.id, true);
  }),
  members: staff
    .input(idInput)
    .query(({ ctx, input }) => service.membersForStaff(ctx, { scope: 'commune', commune: ctx.commune }, input.id)),
  save: staff
    .input(instanceInput)
    .mutation(({ ctx, input }) =>
      service.save(ctx, { scope: 'commune', commune: ctx.commune }, input, ctx.session.userId),
    ),
  publish: staff
    .input(idInput)
    .mutation(({ ctx, input }) =>
      service.publish(ctx, { scope: 'commune', commune: ctx.commune }, input.id, ctx.session.userId),
    ),
  issueRules: staff
    .input(idInput)
    .mutation(({ ctx, input }) =>
      service.issueRules(ctx, { scope: 'commune', commune: ctx.commune }, input.id, ctx.session.userId),
    ),
  addMember: staff
    .input(memberInput)
    .mutation(({ ctx, input }) =>
      service.addMember(ctx, { scope: 'commune', commune: ctx.commune }, input, ctx.session.userId),
    ),
  endMember: staff
    .input(endMemberInput)
    .mutation(({ ctx, input }) =>
      service.endMember(ctx, { scope: 'commune', commune: ctx.commune }, input, ctx.session.userId),
    ),
  saveMeeting: staff
    .input(meetingInput)
    .mutation(({ ctx, input }) =>
      service.saveMeeting(ctx, { scope: 'commune', commune: ctx.commune }, input, ctx.session.userId),
    ),
  recordMeeting: staff
    .input(meetingRecordInput)
    .mutation(({ ctx, input }) =>
      service.recordMeeting(ctx, { scope: 'commune', commune: ctx.commune }, input, ctx.session.userId),
    ),
  issueMinutes: staff
    .input(idInput)
    .mutation(({ ctx, input }) =>
      service.issueMinutes(ctx, { scope: 'commune', commune: ctx.commune }, input.id, ctx.session.userId),
    ),
  draftRecommendation: staff
    .input(recommendationInput)
    .mutation(({ ctx, input }) =>
      service.draftRecommendation(ctx, { scope: 'commune', commune: ctx.commune }, input, ctx.session.userId),
    ),
  adopt: staff
    .input(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) =>
      service.adopt(
        ctx,
        { scope: 'commune', commune: ctx.commune },
        { addressedTo: ctx.commune.slug, id: input.id },
        ctx.session.userId,
      ),
    ),
  closeRecommendation: staff
    .input(z.object({ id: z.uuid(), note: closeInput.shape.note }))
    .mutation(({ ctx, input }) =>
      service.closeRecommendation(
        ctx,
        { scope: 'commune', commune: ctx.commune },
        { ...input, addressedTo: ctx.commune.slug },
        ctx.session.userId,
      ),
    ),
  giveOpinion: staff
    .input(opinionInput)
    .mutation(({ ctx, input }) =>
      service.giveOpinion(ctx, { scope: 'commune', commune: ctx.commune }, input, ctx.session.userId, subjectExists),
    ),
  publishSeatCall: staff
    .input(seatCallInput)
    .mutation(({ ctx, input }) =>
      service.publishSeatCall(ctx, { scope: 'commune', commune: ctx.commune }, input, ctx.session.userId),
    ),
});

/** Network coordinators manage the network's instances (the transparency committee), and only those. */
const network = router({
  list: committee.query(({ ctx }) => service.list(ctx, null, true)),
  page: committee.input(idInput).query(async ({ ctx, input }) => {
    const i = await service.instanceOf(ctx.db, NETWORK, input.id);
    return service.page(ctx, i.communeId, input.id, true);
  }),
  members: committee.input(idInput).query(({ ctx, input }) => service.membersForStaff(ctx, NETWORK, input.id)),
  save: committee
    .input(networkInstanceInput)
    .mutation(({ ctx, input }) => service.save(ctx, NETWORK, input, ctx.session.userId)),
  publish: committee
    .input(idInput)
    .mutation(({ ctx, input }) => service.publish(ctx, NETWORK, input.id, ctx.session.userId)),
  issueRules: committee
    .input(idInput)
    .mutation(({ ctx, input }) => service.issueRules(ctx, NETWORK, input.id, ctx.session.userId)),
  addMember: committee
    .input(memberInput)
    .mutation(({ ctx, input }) => service.addMember(ctx, NETWORK, input, ctx.session.userId)),
  endMember: committee
    .input(endMemberInput)
    .mutation(({ ctx, input }) => service.endMember(ctx, NETWORK, input, ctx.session.userId)),
  saveMeeting: committee
    .input(meetingInput)
    .mutation(({ ctx, input }) => service.saveMeeting(ctx, NETWORK, input, ctx.session.userId)),
  recordMeeting: committee
    .input(meetingRecordInput)
    .mutation(({ ctx, input }) => service.recordMeeting(ctx, NETWORK, input, ctx.session.userId)),
  issueMinutes: committee
    .input(idInput)
    .mutation(({ ctx, input }) => service.issueMinutes(ctx, NETWORK, input.id, ctx.session.userId)),
  draftRecommendation: committee
    .input(recommendationInput)
    .mutation(({ ctx, input }) => service.draftRecommendation(ctx, NETWORK, input, ctx.session.userId)),
  adopt: committee
    .input(addressedCaseInput)
    .mutation(({ ctx, input }) => service.adopt(ctx, NETWORK, input, ctx.session.userId)),
  closeRecommendation: committee
    .input(closeInput)
    .mutation(({ ctx, input }) => service.closeRecommendation(ctx, NETWORK, input, ctx.session.userId)),
  raiseObservation: committee
    .input(observationInput)
    .mutation(({ ctx, input }) => service.raiseObservation(ctx, input, ctx.session.userId)),
  closeObservation: committee
    .input(closeInput)
    .mutation(({ ctx, input }) => service.closeObservation(ctx, input, ctx.session.userId)),
  giveOpinion: committee
    .input(opinionInput)
    .mutation(({ ctx, input }) => service.giveOpinion(ctx, NETWORK, input, ctx.session.userId, subjectExists)),
  publishSeatCall: committee
    .input(seatCallInput)
    .mutation(({ ctx, input }) => service.publishSeatCall(ctx, NETWORK, input, ctx.session.userId)),
});

/** The addressed commune's staff: the recommendations and observations to answer, in their commune only. */
const desk = router({
  recommendations: answering
    .input(queueInput)
    .query(({ ctx, input }) => service.recommendationQueue(ctx, ctx.commune, input)),
  recommendation: answering
    .input(idInput)
    .query(({ ctx, input }) => service.recommendationForCommune(ctx, ctx.commune, input.id)),
  answer: answering
    .input(answerInput)
    .mutation(({ ctx, input }) => service.answer(ctx, ctx.commune, input, ctx.session.userId)),
  progress: answering
    .input(progressInput)
    .mutation(({ ctx, input }) => service.reportProgress(ctx, ctx.commune, input, ctx.session.userId)),
  observations: answering
    .input(queueInput)
    .query(({ ctx, input }) => service.observationQueue(ctx, ctx.commune, input)),
  answerObservation: answering
    .input(observationAnswerInput)
    .mutation(({ ctx, input }) => service.answerObservation(ctx, ctx.commune, input, ctx.session.userId)),
});

/**
 * Consultative instances: anyone reads a commune's instances and the network's (published), their members with
 * declarations of interest, meetings and minutes, recommendations with the answers; managers and the addressed
 * communes' staff act through `manage` (a commune's), `committee` (the network's) and `desk` (answers).
 */
export const instancesRouter = router({
  list: communePublicProcedure.query(({ ctx }) => service.list(ctx, ctx.commune.id)),
  /** The network's instances (the committee), for the dashboard and any portal. */
  committees: publicProcedure.query(({ ctx }) => service.list(ctx, null)),
  page: communePublicProcedure.input(idInput).query(({ ctx, input }) => service.page(ctx, ctx.commune.id, input.id)),
  opinionsOn: communePublicProcedure
    .input(opinionsOnInput)
    .query(({ ctx, input }) => service.opinionsOn(ctx, ctx.commune.id, input.subjectType, input.subjectId)),
  manage,
  committee: network,
  desk,
});
