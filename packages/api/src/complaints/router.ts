import { tracked } from '@trpc/server';
import { communeProcedure, communePublicProcedure, declare, publicProcedure, authedProcedure, router } from '../trpc';
import {
  assignInput,
  followInput,
  idInput,
  mapInput,
  noteInput,
  queueInput,
  rateInput,
  redactDescriptionInput,
  registerInput,
  reopenInput,
  reviewCitizenTextInput,
  submitInput,
  trackInput,
  transitionInput,
  updatesInput,
} from './schemas';
import * as service from './service';
import { complaintFigures, emptyFigures } from './figures';
import { listCommunes } from '../communes';
import { LIMITS } from '../limits';

const staff = communeProcedure('complaints:process');

export const complaintsRouter = router({
  categories: communePublicProcedure.query(({ ctx }) => service.categories(ctx.db, ctx.commune)),
  /** Anyone may submit; a signed-in citizen's complaint is linked to the account. */
  submit: declare(communePublicProcedure, { limits: LIMITS.submissions, body: 'files' })
    .input(submitInput)
    .mutation(({ ctx, input }) =>
      service.submit(ctx, ctx.commune, input, {
        channel: 'web',
        authorId: ctx.session?.userId ?? null,
        registeredBy: null,
      }),
    ),
  /** Per-commune figures for the network dashboard (and any commune site, through the SDK). */
  figures: publicProcedure.query(async ({ ctx }) => {
    const [communes, figures] = await Promise.all([listCommunes(ctx.db), complaintFigures(ctx.db, ctx.clock.now())]);
    return communes.map((c) => ({ commune: c.slug, names: c.names, ...(figures.get(c.id) ?? emptyFigures()) }));
  }),
  /** Anyone with the code; the owner's view with their account or the secret (`owner: true`). */
  track: publicProcedure.input(trackInput).query(({ ctx, input }) => service.track(ctx, input)),
  mine: authedProcedure.query(({ ctx }) => service.mine(ctx.db, ctx.session.userId)),
  map: communePublicProcedure
    .input(mapInput)
    .query(({ ctx, input }) => service.publicMap(ctx.db, ctx.commune, input.open, input.limit)),
  /** The owner only (signed in as the author, or the secret): a code is not ownership. */
  reopen: publicProcedure.input(reopenInput).mutation(({ ctx, input }) => service.reopen(ctx, input)),
  rate: publicProcedure.input(rateInput).mutation(({ ctx, input }) => service.rate(ctx, input)),
  /** A signed-in citizen follows a complaint that is not theirs: its news as engagement messages. */
  follow: authedProcedure
    .input(followInput)
    .mutation(({ ctx, input }) => service.follow(ctx, ctx.session.userId, input.code, true)),
  unfollow: authedProcedure
    .input(followInput)
    .mutation(({ ctx, input }) => service.follow(ctx, ctx.session.userId, input.code, false)),
  /** Live stage changes of one complaint, for its tracking page. */
  onUpdate: publicProcedure.input(updatesInput).subscription(async function* ({ ctx, input, signal }) {
    for await (const { id, event } of ctx.events.stream(signal)) {
      // Stage changes and photo moderation (image.*) both change what the tracking page shows.
      if (event.data?.code === input.code && /^(complaint|image)\./.test(event.kind)) {
        const stage = typeof event.data.stage === 'string' ? event.data.stage : null;
        yield tracked(id, { code: input.code, kind: event.kind, stage, at: event.at });
      }
    }
  }),

  queue: staff
    .input(queueInput)
    .query(({ ctx, input }) => service.staffQueue(ctx.db, ctx.commune, input, ctx.clock.now())),
  detail: staff
    .input(idInput)
    .query(({ ctx, input }) => service.detail(ctx.db, ctx.commune, input.id, ctx.clock.now())),
  assign: staff.input(assignInput).mutation(({ ctx, input }) => service.assign(ctx, ctx.commune, ctx.session, input)),
  transition: staff
    .input(transitionInput)
    .mutation(({ ctx, input }) => service.transition(ctx, ctx.commune, ctx.session, input)),
  note: staff.input(noteInput).mutation(({ ctx, input }) => service.note(ctx, ctx.commune, ctx.session, input)),
  /** Publish or reject a text the citizen added after intake (reopen reason, rating comment). */
  reviewCitizenText: staff
    .input(reviewCitizenTextInput)
    .mutation(({ ctx, input }) => service.reviewCitizenText(ctx, ctx.commune, ctx.session, input)),
  /** Hide a description the citizen had made public (audited, with the reason). */
  redactDescription: staff
    .input(redactDescriptionInput)
    .mutation(({ ctx, input }) => service.redactDescription(ctx, ctx.commune, ctx.session, input)),
  /** Counter mode: walk-in, paper or phone complaints registered by an agent, same case history. */
  register: declare(staff, { body: 'files' })
    .input(registerInput)
    .mutation(({ ctx, input }) =>
      service.submit(ctx, ctx.commune, input, {
        channel: input.channel,
        authorId: null,
        registeredBy: ctx.session.userId,
        consent: input.consent,
      }),
    ),
});
