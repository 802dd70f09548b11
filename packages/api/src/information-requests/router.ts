import { tracked } from '@trpc/server';
import { listCommunes } from '../communes';
import { LIMITS } from '../limits';
import { authedProcedure, communeProcedure, communePublicProcedure, declare, publicProcedure, router } from '../trpc';
import { refusalGroundList } from './exceptions';
import { emptyInformationFigures, informationFigures } from './figures';
import {
  answerInput,
  extendInput,
  headAnswerInput,
  headComplaintInput,
  idInput,
  publishedInput,
  publishInput,
  queueInput,
  refuseInput,
  registerInput,
  staffWithdrawInput,
  startInput,
  submitInput,
  trackInput,
  transferInput,
  unpublishInput,
  updatesInput,
  withdrawInput,
} from './schemas';
import * as service from './service';

const staff = communeProcedure('information:process');

/** Law 31-13 access-to-information requests: intake, deadlines, staff actions, remedies, disclosure. */
export const informationRequestsRouter = router({
  /** Anyone may file (anonymously too); a signed-in citizen's request joins "my requests". */
  submit: declare(communePublicProcedure, { limits: LIMITS.submissions })
    .input(submitInput)
    .mutation(({ ctx, input }) =>
      service.submit(ctx, ctx.commune, input, {
        channel: 'web',
        authorId: ctx.session?.userId ?? null,
        registeredBy: null,
      }),
    ),
  /** Procedure-only view for anyone with the code; the texts for the requester (secret or account). */
  track: publicProcedure.input(trackInput).query(({ ctx, input }) => service.track(ctx, input)),
  mine: authedProcedure.query(({ ctx }) => service.mine(ctx.db, ctx.session.userId)),
  /** The requester only (signed in as the author, or the secret). */
  withdraw: publicProcedure.input(withdrawInput).mutation(({ ctx, input }) => service.withdrawByRequester(ctx, input)),
  /** The legal exceptions a refusal may cite, named in the three languages. */
  exceptions: publicProcedure.query(() => refusalGroundList()),
  /** Compliance per commune: on-time share, median working days, open, overdue (from rollups). */
  figures: publicProcedure.query(async ({ ctx }) => {
    const [communes, figures] = await Promise.all([listCommunes(ctx.db), informationFigures(ctx.db, ctx.clock.now())]);
    return communes.map((c) => ({
      commune: c.slug,
      names: c.names,
      ...(figures.get(c.id) ?? emptyInformationFigures()),
    }));
  }),
  /** Proactive disclosure: published answers, redacted, without the requester's identity. */
  published: communePublicProcedure
    .input(publishedInput)
    .query(({ ctx, input }) => service.published(ctx.db, ctx.commune, input.limit, input.cursor)),
  /** Live state changes of one request, for its tracking page. */
  onUpdate: publicProcedure.input(updatesInput).subscription(async function* ({ ctx, input, signal }) {
    for await (const { id, event } of ctx.events.stream(signal)) {
      if (event.data?.code === input.code && event.kind.startsWith('information.')) {
        yield tracked(id, {
          code: input.code,
          kind: event.kind,
          state: typeof event.data.state === 'string' ? event.data.state : null,
          at: event.at,
        });
      }
    }
  }),

  /** Counter mode: a request received at the counter, by post or by email, with its date of receipt. */
  register: staff.input(registerInput).mutation(({ ctx, input }) =>
    service.submit(ctx, ctx.commune, input, {
      channel: input.channel,
      authorId: null,
      registeredBy: ctx.session.userId,
      receivedAt: input.receivedAt,
    }),
  ),
  queue: staff
    .input(queueInput)
    .query(({ ctx, input }) => service.staffQueue(ctx.db, ctx.commune, input, ctx.clock.now())),
  detail: staff.input(idInput).query(({ ctx, input }) => service.detail(ctx, ctx.commune, input.id, ctx.clock.now())),
  start: staff.input(startInput).mutation(({ ctx, input }) => service.start(ctx, ctx.commune, ctx.session, input)),
  extend: staff.input(extendInput).mutation(({ ctx, input }) => service.extend(ctx, ctx.commune, ctx.session, input)),
  answer: staff.input(answerInput).mutation(({ ctx, input }) => service.answer(ctx, ctx.commune, ctx.session, input)),
  /** Issues the signed answer again when it failed with the answer (electronic-document requests). */
  reissueAnswerDocument: staff
    .input(idInput)
    .mutation(({ ctx, input }) => service.reissueAnswerDocument(ctx, ctx.commune, ctx.session, input)),
  refuse: staff.input(refuseInput).mutation(({ ctx, input }) => service.refuse(ctx, ctx.commune, ctx.session, input)),
  transfer: staff
    .input(transferInput)
    .mutation(({ ctx, input }) => service.transfer(ctx, ctx.commune, ctx.session, input)),
  recordWithdrawal: staff
    .input(staffWithdrawInput)
    .mutation(({ ctx, input }) => service.withdrawOnBehalf(ctx, ctx.commune, ctx.session, input)),
  recordHeadComplaint: staff
    .input(headComplaintInput)
    .mutation(({ ctx, input }) => service.recordHeadComplaint(ctx, ctx.commune, ctx.session, input)),
  answerHeadComplaint: staff
    .input(headAnswerInput)
    .mutation(({ ctx, input }) => service.answerHeadComplaint(ctx, ctx.commune, ctx.session, input)),
  publish: staff
    .input(publishInput)
    .mutation(({ ctx, input }) => service.publish(ctx, ctx.commune, ctx.session, input)),
  unpublish: staff
    .input(unpublishInput)
    .mutation(({ ctx, input }) => service.unpublish(ctx, ctx.commune, ctx.session, input)),
});
