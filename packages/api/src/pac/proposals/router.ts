import { LIMITS } from '../../limits';
import {
  authedProcedure,
  communeAccountProcedure,
  communeProcedure,
  communePublicProcedure,
  declare,
  publicProcedure,
  router,
} from '../../trpc';
import {
  admissibilityInput,
  consultationInput,
  idInput,
  paperBallotsInput,
  saveConsultationInput,
  staffProposalsInput,
  submitProposalInput,
  updateProposalInput,
  voteInput,
} from './schemas';
import * as service from './service';

// The PAC's staff (pac/module.ts): they write consultations, decide admissibility and key paper ballots.
const staff = communeProcedure('pac:manage');

/** PAC prioritisation, mounted as `pac.proposals.*`: consultations, citizens' proposals, votes and results. */
export const proposalsRouter = router({
  consultations: communePublicProcedure.query(({ ctx }) => service.consultations(ctx, ctx.commune)),
  consultation: communePublicProcedure
    .input(consultationInput)
    .query(({ ctx, input }) => service.consultation(ctx, ctx.commune, input.consultationId)),
  /** Every commune's open consultations, voters and participation rate, for the network's dashboard. */
  network: publicProcedure.query(({ ctx }) => service.network(ctx)),

  /** The caller's own proposals, in every commune (the account page). */
  mine: authedProcedure.query(({ ctx }) => service.mine(ctx.db, ctx.session.userId)),
  submit: declare(communeAccountProcedure, { limits: LIMITS.submissions })
    .input(submitProposalInput)
    .mutation(({ ctx, input }) => service.submitProposal(ctx, ctx.commune, input, ctx.session.userId)),
  update: communeAccountProcedure
    .input(updateProposalInput)
    .mutation(({ ctx, input }) => service.updateProposal(ctx, ctx.commune, input, ctx.session.userId)),
  withdraw: communeAccountProcedure
    .input(idInput)
    .mutation(({ ctx, input }) => service.withdrawProposal(ctx, ctx.commune, input.id, ctx.session.userId)),
  vote: declare(communeAccountProcedure, { limits: LIMITS.submissions })
    .input(voteInput)
    .mutation(({ ctx, input }) => service.vote(ctx, ctx.commune, input, ctx.session.userId)),
  myVote: communeAccountProcedure
    .input(consultationInput)
    .query(({ ctx, input }) => service.myVote(ctx, ctx.commune, input.consultationId, ctx.session.userId)),

  staffSettings: staff.query(({ ctx }) => service.staffSettings(ctx, ctx.commune)),
  staffConsultations: staff.query(({ ctx }) => service.staffConsultations(ctx, ctx.commune)),
  staffProposals: staff
    .input(staffProposalsInput)
    .query(({ ctx, input }) => service.staffProposals(ctx, ctx.commune, input.consultationId, input.state)),
  saveConsultation: staff
    .input(saveConsultationInput)
    .mutation(({ ctx, input }) => service.saveConsultation(ctx, ctx.commune, input, ctx.session.userId)),
  review: staff
    .input(admissibilityInput)
    .mutation(({ ctx, input }) => service.review(ctx, ctx.commune, input, ctx.session.userId)),
  paperBallots: staff
    .input(paperBallotsInput)
    .mutation(({ ctx, input }) => service.paperBallots(ctx, ctx.commune, input, ctx.session.userId)),
});
