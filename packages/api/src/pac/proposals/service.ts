import type { ConsultationMethod, Db, ProposalState } from '@shabaka/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { recordAudit } from '../../audit';
import { addDays, endOfLocalDay, localDate } from '../../calendar';
import { allocateCode, insertTimelineEntry, moveCase, moveStateCount, transition, withLockedCase } from '../../cases';
import type { CommuneRow } from '../../communes';
import type { InnerContext } from '../../context';
import { badRequest, conflict, DomainError, forbidden, isUniqueViolation, notFound } from '../../errors';
import { cinKey } from '../../identity';
import { signingSetup } from '../../signing';
import { proposalCase } from './case';
import { findPlan } from '../repository';
import * as repo from './repository';
import type {
  AdmissibilityInput,
  ConsultationFields,
  PaperBallotsInput,
  ProposalFields,
  SubmitProposalInput,
  VoteInput,
} from './schemas';
import { proposalSettings } from './settings';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../../audit/actions' {
  interface DomainAuditActions {
    'pac.consultation_created': true;
    'pac.consultation_updated': true;
    'pac.ballot_online': true;
    'pac.ballots_keyed': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
type VoteCtx = Ctx & Pick<InnerContext, 'signing'>;
type Commune = Pick<CommuneRow, 'id' | 'slug' | 'codePrefix'>;

/** The purpose label of the vote's CIN key: its own derived key, never equal to a petition signature's. */
const VOTE_KEY_INFO = 'shabaka/pac-vote-dedup/v1';
const voteKey = (secret: string, consultationId: string, cin: string) =>
  cinKey(secret, VOTE_KEY_INFO, consultationId, cin);

// ——— Where a consultation stands ———

/** Proposals are taken, then reviewed, then voted on, then the results are out. */
export type Stage = 'upcoming' | 'collecting' | 'review' | 'voting' | 'closed';

export function stageOf(k: repo.ConsultationRow, now: Date): Stage {
  const day = localDate(now);
  if (day < k.proposalsOpenOn) return 'upcoming';
  if (now.getTime() <= k.proposalsCloseAt.getTime()) return 'collecting';
  if (now.getTime() < k.votesOpenAt.getTime()) return 'review';
  if (now.getTime() <= k.votesCloseAt.getTime()) return 'voting';
  return 'closed';
}

/**
 * Points per rank. `ranking` is Borda-style over the ballot's length: with N choices allowed, the first
 * gets N points, the second N−1 … the Nth 1 (a shorter ballot gives its ranks the same points). `support`
 * gives each chosen proposal 1 point: the tally is the number of supporters.
 */
export const pointsFor = (method: ConsultationMethod, maxChoices: number, rank: number) =>
  method === 'ranking' ? maxChoices - rank + 1 : 1;

function participation(k: repo.ConsultationRow) {
  const voters = k.votersOnline + k.votersPaper;
  return {
    voters,
    online: k.votersOnline,
    paper: k.votersPaper,
    eligiblePopulation: k.eligiblePopulation,
    eligibleSource: k.eligibleSource,
    minAge: k.minAge,
    /** Distinct voters over the eligible population, in percent with two decimals (shown even when low). */
    rate: Math.round((voters / k.eligiblePopulation) * 10_000) / 100,
  };
}

function publicConsultation(k: repo.ConsultationRow, now: Date) {
  const stage = stageOf(k, now);
  return {
    id: k.id,
    planId: k.planId,
    title: k.title,
    question: k.question,
    method: k.method,
    maxChoices: k.maxChoices,
    proposalsOpenOn: k.proposalsOpenOn,
    proposalsCloseOn: k.proposalsCloseOn,
    votesOpenOn: k.votesOpenOn,
    votesCloseOn: k.votesCloseOn,
    residenceCheck: k.residenceCheck,
    stage,
    /** While the vote is open, only how many voted: no running tally sways the voters still to come. */
    voters: k.votersOnline + k.votersPaper,
    eligiblePopulation: k.eligiblePopulation,
    eligibleSource: k.eligibleSource,
    minAge: k.minAge,
  };
}
export type PublicConsultation = ReturnType<typeof publicConsultation>;

async function foundConsultation(db: Db, commune: Commune, id: string, field = 'consultationId', lock = false) {
  const k = await repo.findConsultation(db, commune.id, id, lock);
  if (!k) throw new DomainError('NOT_FOUND', 'unknown_consultation', 'No such consultation in this commune.', field);
  return k;
}

/** The commune's consultations, the latest vote first, with where each stands. */
export async function consultations(ctx: Ctx, commune: Commune) {
  const now = ctx.clock.now();
  const rows = await repo.listConsultations(ctx.db, commune.id);
  return rows.map((k) => publicConsultation(k, now));
}

/** A proposal as anyone reads it: what, where, the decision and its reason — never who proposed it. */
const publicProposal = (p: repo.PublicProposal) => ({
  id: p.id,
  code: p.code,
  title: p.title,
  description: p.description,
  neighbourhood: p.neighbourhood,
  estimatedCostMad: p.estimatedCostMad,
  state: p.state,
  criteria: p.criteria,
  reason: p.admissibilityReason,
  reviewedAt: p.reviewedAt,
  submittedAt: p.submittedAt,
});
export type PublicProposalView = ReturnType<typeof publicProposal>;

/** The ranked results: per proposal its points and supporters, online and paper apart; only once closed. */
async function results(db: Db, commune: Commune, k: repo.ConsultationRow, ballot: repo.PublicProposal[]) {
  const rows = await repo.tally(db, commune.id, k.id);
  const byId = new Map(rows.map((r) => [r.proposalId, r]));
  const ranked = ballot
    .map((p) => {
      const r = byId.get(p.id);
      const points = Number(r?.points ?? 0);
      const online = Number(r?.pointsOnline ?? 0);
      return {
        proposalId: p.id,
        code: p.code,
        title: p.title,
        neighbourhood: p.neighbourhood,
        points,
        pointsOnline: online,
        pointsPaper: points - online,
        supporters: Number(r?.ballots ?? 0),
      };
    })
    .sort((a, b) => b.points - a.points || b.supporters - a.supporters || a.code.localeCompare(b.code));
  // Equal points share a rank ("1, 2, 2, 4"): a tie is said, not broken by the code.
  let rank = 0;
  return ranked.map((r, i) => {
    if (i === 0 || r.points !== ranked[i - 1]!.points) rank = i + 1;
    return { ...r, rank };
  });
}

/**
 * A consultation as the public reads it: its question and windows, the proposals received with each
 * admissibility decision and its reason, the ballot (admissible ones), the number of voters — and, once
 * the vote has closed, the ranked results and the participation rate against the eligible population.
 */
export async function consultation(ctx: Ctx, commune: Commune, id: string) {
  const now = ctx.clock.now();
  const k = await foundConsultation(ctx.db, commune, id, 'consultationId');
  const all = await repo.proposalsOf(ctx.db, commune.id, k.id, ['submitted', 'admissible', 'inadmissible']);
  const ballot = all.filter((p) => p.state === 'admissible');
  const view = publicConsultation(k, now);
  return {
    ...view,
    proposals: all.map(publicProposal),
    ballot: ballot.map(publicProposal),
    results:
      view.stage === 'closed'
        ? { ranked: await results(ctx.db, commune, k, ballot), participation: participation(k) }
        : null,
  };
}

// ——— Staff: consultations ———

const consultationValues = (input: ConsultationFields): repo.ConsultationValues => ({
  planId: input.planId,
  title: input.title,
  question: input.question,
  method: input.method,
  maxChoices: input.maxChoices,
  proposalsOpenOn: input.proposalsOpenOn,
  proposalsCloseOn: input.proposalsCloseOn,
  // Proposals and votes are taken until the end of their closing day in Morocco, from the start of the first.
  proposalsCloseAt: endOfLocalDay(input.proposalsCloseOn),
  votesOpenOn: input.votesOpenOn,
  votesCloseOn: input.votesCloseOn,
  // The first instant of the opening day: one second after the day before ends, in Morocco.
  votesOpenAt: new Date(endOfLocalDay(addDays(input.votesOpenOn, -1)).getTime() + 1000),
  votesCloseAt: endOfLocalDay(input.votesCloseOn),
  eligiblePopulation: input.eligiblePopulation,
  eligibleSource: input.eligibleSource,
  minAge: input.minAge,
  residenceCheck: input.residenceCheck,
});

/**
 * Staff write a consultation of the plan's prioritisation phase, or edit it until its vote opens (once
 * anyone may have voted, its rules stay). Audited.
 */
export async function saveConsultation(
  ctx: Ctx,
  commune: Commune,
  input: { id?: string | undefined; consultation: ConsultationFields },
  actorId: string,
) {
  const now = ctx.clock.now();
  const plan = await findPlan(ctx.db, commune.id, input.consultation.planId);
  if (!plan) throw badRequest('unknown_plan', 'No such action plan in this commune.', 'consultation.planId');
  if (!plan.phases.some((p) => p.kind === 'prioritisation'))
    throw badRequest(
      'no_prioritisation_phase',
      'The plan has no prioritisation phase to hold a consultation in.',
      'consultation.planId',
    );
  if (!input.id && input.consultation.votesCloseOn < localDate(now))
    throw badRequest('vote_closed', 'The vote would already be closed.', 'consultation.votesCloseOn');
  const values = consultationValues(input.consultation);
  return ctx.db.transaction().execute(async (trx) => {
    let id = input.id;
    if (id) {
      const k = await repo.findConsultation(trx, commune.id, id, true);
      if (!k) throw notFound('unknown_consultation', 'No such consultation in this commune.');
      if (now.getTime() >= k.votesOpenAt.getTime())
        throw conflict('vote_open', 'The vote has opened: the consultation’s rules no longer change.', 'id');
      await repo.updateConsultation(trx, commune.id, id, values, now);
    } else id = await repo.insertConsultation(trx, commune.id, values, actorId, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: input.id ? 'pac.consultation_updated' : 'pac.consultation_created',
      targetType: 'pac_consultation',
      targetId: id,
      data: { method: values.method, votesOpenOn: values.votesOpenOn, votesCloseOn: values.votesCloseOn },
    });
    return { id };
  });
}

/** What a new consultation is prefilled with: the commune's voting age, eligible population and check. */
export async function staffSettings(ctx: Pick<InnerContext, 'db'>, commune: Commune) {
  return proposalSettings(ctx.db, commune.id);
}

/** The desk's list: every consultation with its proposals waiting for a decision. */
export async function staffConsultations(ctx: Ctx, commune: Commune) {
  const now = ctx.clock.now();
  const rows = await repo.listConsultations(ctx.db, commune.id);
  return Promise.all(
    rows.map(async (k) => {
      const ps = await repo.proposalsOf(ctx.db, commune.id, k.id);
      const count = (s: ProposalState) => ps.filter((p) => p.state === s).length;
      return {
        ...publicConsultation(k, now),
        counts: {
          submitted: count('submitted'),
          admissible: count('admissible'),
          inadmissible: count('inadmissible'),
          withdrawn: count('withdrawn'),
        },
      };
    }),
  );
}

/** A consultation's proposals for the desk, those waiting first (the authors stay out of it here too). */
export async function staffProposals(ctx: Ctx, commune: Commune, consultationId: string, state?: ProposalState) {
  const k = await foundConsultation(ctx.db, commune, consultationId);
  const rows = await repo.proposalsOf(ctx.db, commune.id, k.id, state ? [state] : undefined);
  const order = (s: ProposalState) => (s === 'submitted' ? 0 : 1);
  return {
    consultation: publicConsultation(k, ctx.clock.now()),
    proposals: rows.map(publicProposal).sort((a, b) => order(a.state) - order(b.state)),
  };
}

// ——— Proposals ———

function collecting(k: repo.ConsultationRow, now: Date, field: string) {
  const stage = stageOf(k, now);
  if (stage === 'upcoming')
    throw conflict('proposals_not_open', 'This consultation does not take proposals yet.', field);
  if (stage !== 'collecting') throw conflict('proposals_closed', 'Proposals to this consultation are closed.', field);
}

const proposalValues = (p: ProposalFields) => ({
  title: p.title,
  description: p.description,
  neighbourhood: p.neighbourhood,
  estimatedCostMad: p.estimatedCostMad,
});

/**
 * A signed-in citizen proposes a project while the consultation takes proposals. It becomes a case (code PR)
 * waiting for its technical admissibility decision; the author alone may edit or withdraw it.
 */
export async function submitProposal(ctx: Ctx, commune: Commune, input: SubmitProposalInput, userId: string) {
  const now = ctx.clock.now();
  const k = await foundConsultation(ctx.db, commune, input.consultationId);
  collecting(k, now, 'consultationId');
  const row = await ctx.db.transaction().execute(async (trx) => {
    const p = await repo.insertProposal(trx, {
      communeId: commune.id,
      code: await allocateCode(trx, commune, 'proposal', now),
      consultationId: k.id,
      authorId: userId,
      ...proposalValues(input),
      submittedAt: now,
      updatedAt: now,
    });
    await insertTimelineEntry(trx, 'pacProposals', {
      communeId: commune.id,
      caseId: p.id,
      at: now,
      actorId: userId,
      kind: 'submitted',
      toState: 'submitted',
    });
    await moveStateCount(trx, proposalCase, commune.id, null, 'submitted');
    await recordAudit(trx, {
      communeId: commune.id,
      actorId: userId,
      action: 'proposal.submitted',
      targetType: proposalCase.type,
      targetId: p.id,
      data: { code: p.code, consultationId: k.id },
    });
    return p;
  });
  ctx.events.publish(proposalCase.changed(commune.slug, row.code, 'submitted'));
  return { id: row.id, code: row.code, submittedAt: row.submittedAt };
}

async function ownProposal(trx: Db, commune: Commune, p: repo.ProposalRow, userId: string) {
  // Owner proof is the filing account (cases/owner.ts's rule): nobody else edits or withdraws it.
  if (p.authorId !== userId) throw forbidden('not_author', 'Only the proposal’s author may change it.');
  const k = await repo.findConsultation(trx, commune.id, p.consultationId);
  if (!k) throw notFound('unknown_consultation', 'No such consultation in this commune.');
  return k;
}

/** The author edits their proposal while proposals are taken and no decision is made on it. */
export async function updateProposal(
  ctx: Ctx,
  commune: Commune,
  input: { id: string; proposal: ProposalFields },
  userId: string,
) {
  const now = ctx.clock.now();
  return withLockedCase(ctx.db, proposalCase, commune.id, input.id, async (trx, p) => {
    const k = await ownProposal(trx, commune, p, userId);
    if (p.state !== 'submitted')
      throw conflict('proposal_decided', 'This proposal has its decision: it no longer changes.', 'id');
    collecting(k, now, 'id');
    await repo.updateProposal(trx, commune.id, p.id, { ...proposalValues(input.proposal), updatedAt: now });
    await insertTimelineEntry(trx, 'pacProposals', {
      communeId: commune.id,
      caseId: p.id,
      at: now,
      actorId: userId,
      kind: 'edited',
    });
    return { id: p.id, code: p.code };
  });
}

/** The author withdraws their proposal until the ballot is fixed (the vote opens); it leaves every list. */
export async function withdrawProposal(ctx: Ctx, commune: Commune, id: string, userId: string) {
  const now = ctx.clock.now();
  const out = await withLockedCase(ctx.db, proposalCase, commune.id, id, async (trx, p) => {
    const k = await ownProposal(trx, commune, p, userId);
    if (p.state === 'withdrawn') throw conflict('proposal_withdrawn', 'This proposal is already withdrawn.', 'id');
    if (now.getTime() >= k.votesOpenAt.getTime())
      throw conflict('vote_open', 'The vote has opened: the ballot no longer changes.', 'id');
    await moveCase(trx, proposalCase, {
      communeId: commune.id,
      row: p,
      from: p.state,
      to: 'withdrawn',
      kind: 'withdrawn',
      actorId: userId,
      now,
    });
    return { id: p.id, code: p.code };
  });
  ctx.events.publish(proposalCase.changed(commune.slug, out.code, 'withdrawn'));
  return out;
}

/** The signed-in account's proposals in every commune, newest first, with each decision and its reason. */
export async function mine(db: Db, userId: string) {
  const rows = await repo.proposalsOfAuthor(db, userId);
  return rows.map((r) => ({ ...publicProposal(r), commune: r.commune, consultationId: r.consultationId }));
}

/**
 * The technical admissibility decision, before any vote: competence, cost and legality, each met or not,
 * and a reason the public reads. Only an admissible proposal goes on the ballot.
 */
export async function review(ctx: Ctx, commune: Commune, input: AdmissibilityInput, actorId: string) {
  const now = ctx.clock.now();
  const to = input.admissible ? 'admissible' : 'inadmissible';
  return transition(
    ctx,
    proposalCase,
    commune,
    {
      id: input.id,
      to,
      kind: 'reviewed',
      actorId,
      now,
      publicNote: input.reason,
      set: {
        criteria: JSON.stringify(input.criteria),
        admissibilityReason: input.reason,
        reviewedAt: now,
        reviewedBy: actorId,
      },
      data: { criteria: input.criteria },
    },
    async (trx, p) => {
      const k = await repo.findConsultation(trx, commune.id, p.consultationId);
      if (!k) throw notFound('unknown_consultation', 'No such consultation in this commune.');
      // The ballot is fixed when the vote opens: no decision after, so every voter saw the same list.
      if (now.getTime() >= k.votesOpenAt.getTime())
        throw conflict('vote_open', 'The vote has opened: the ballot no longer changes.', 'id');
    },
  );
}

// ——— Votes ———

function voting(k: repo.ConsultationRow, now: Date, field: string) {
  const stage = stageOf(k, now);
  if (stage === 'closed') throw conflict('vote_closed', 'The vote on this consultation is closed.', field);
  if (stage !== 'voting') throw conflict('vote_not_open', 'The vote on this consultation is not open yet.', field);
}

/** The problems of one ballot's choices (paths under `base`): too many, or a proposal not on the ballot. */
function choiceIssues(k: repo.ConsultationRow, onBallot: Set<string>, choices: string[], base: (string | number)[]) {
  const issues: { path: (string | number)[]; message: string; reason: 'too_many_choices' | 'not_on_ballot' }[] = [];
  if (choices.length > k.maxChoices)
    issues.push({
      path: [...base, 'choices'],
      message: `Choose at most ${k.maxChoices} proposals`,
      reason: 'too_many_choices',
    });
  choices.forEach((id, i) => {
    if (!onBallot.has(id))
      issues.push({
        path: [...base, 'choices', i],
        message: 'This proposal is not on the ballot (only admissible proposals are)',
        reason: 'not_on_ballot',
      });
  });
  return issues;
}

const choiceRows = (k: repo.ConsultationRow, choices: string[]) =>
  choices.map((proposalId, i) => ({ proposalId, rank: i + 1, points: pointsFor(k.method, k.maxChoices, i + 1) }));

async function ballotOf(db: Db, commune: Commune, k: repo.ConsultationRow) {
  const ps = await repo.proposalsOf(db, commune.id, k.id, ['admissible']);
  return new Set(ps.map((p) => p.id));
}

/**
 * A signed-in citizen votes online, once per account and once per person: the CIN's key (an HMAC scoped to
 * the consultation, the same as at the counter) is unique, so a paper ballot with that CIN, before or after,
 * is refused. A consultation whose residence is verified by an agent takes no online votes: its voters go to
 * a counter, where the agent sees the CIN.
 */
export async function vote(ctx: VoteCtx, commune: Commune, input: VoteInput, userId: string) {
  const now = ctx.clock.now();
  const k = await foundConsultation(ctx.db, commune, input.consultationId);
  if (k.residenceCheck === 'agent_verified')
    throw conflict('counter_only', 'This consultation takes votes at the commune’s counters only.', 'consultationId');
  voting(k, now, 'consultationId');
  const [onBallot, secret] = await Promise.all([ballotOf(ctx.db, commune, k), signingSetup(ctx).secret()]);
  const [issue] = choiceIssues(k, onBallot, input.choices, []);
  if (issue) throw badRequest(issue.reason, issue.message, issue.path.join('.'));
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const locked = await foundConsultation(trx, commune, k.id, 'consultationId', true);
      if (await repo.hasVoted(trx, commune.id, k.id, userId))
        throw conflict('already_voted', 'You have already voted in this consultation.', 'consultationId');
      const id = await repo.insertBallot(
        trx,
        {
          communeId: commune.id,
          consultationId: k.id,
          dedupKey: voteKey(secret, k.id, input.cin),
          channel: 'online',
          accountId: userId,
          sheet: null,
          keyedBy: null,
          castAt: now,
        },
        choiceRows(k, input.choices),
      );
      if (!id) throw conflict('already_voted', 'This CIN has already voted in this consultation.', 'cin');
      await repo.countVoters(trx, commune.id, k.id, 'online', 1);
      await recordAudit(trx, {
        communeId: commune.id,
        actorId: userId,
        action: 'pac.ballot_online',
        targetType: 'pac_consultation',
        targetId: k.id,
        data: { choices: input.choices.length },
      });
      return { voters: locked.votersOnline + locked.votersPaper + 1 };
    });
  } catch (err) {
    // Two taps of one account at once: the partial index decides, and says so as the check would.
    if (isUniqueViolation(err, 'pac_ballots_one_per_account'))
      throw conflict('already_voted', 'You have already voted in this consultation.', 'consultationId');
    throw err;
  }
}

/** Whether the signed-in account voted online in a consultation (its choices are not shown back). */
export async function myVote(ctx: Ctx, commune: Commune, consultationId: string, userId: string) {
  const k = await foundConsultation(ctx.db, commune, consultationId);
  return { voted: await repo.hasVoted(ctx.db, commune.id, k.id, userId) };
}

/**
 * An agent keys paper ballots from a counter, a sheet at a time; the agent saw each voter's CIN (the
 * residence check of an `agent_verified` consultation). Every line is checked before anything is stored: a
 * bad line names its field (`ballots.<n>.choices…`) and nothing of the sheet is kept. Then each ballot counts
 * unless that person already voted (online, on an earlier sheet or higher on this one): those lines are
 * returned as duplicates.
 */
export async function paperBallots(ctx: VoteCtx, commune: Commune, input: PaperBallotsInput, actorId: string) {
  const now = ctx.clock.now();
  const k = await foundConsultation(ctx.db, commune, input.consultationId);
  voting(k, now, 'consultationId');
  const [onBallot, secret] = await Promise.all([ballotOf(ctx.db, commune, k), signingSetup(ctx).secret()]);
  const issues = input.ballots.flatMap((b, n) => choiceIssues(k, onBallot, b.choices, ['ballots', n]));
  if (issues.length > 0) {
    // Every bad line at once, as zod names an input's fields (the same error shape as the input's own
    // checks): the agent corrects the sheet in one pass.
    const refusal = z.unknown().superRefine((_, zctx) => {
      for (const i of issues) zctx.addIssue({ code: 'custom', path: i.path, message: i.message });
    });
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Some ballots cannot be counted.',
      cause: refusal.safeParse(null).error,
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    await foundConsultation(trx, commune, k.id, 'consultationId', true);
    const duplicates: number[] = [];
    for (const [n, b] of input.ballots.entries()) {
      const id = await repo.insertBallot(
        trx,
        {
          communeId: commune.id,
          consultationId: k.id,
          dedupKey: voteKey(secret, k.id, b.cin),
          channel: 'paper',
          accountId: null,
          sheet: input.sheet,
          keyedBy: actorId,
          castAt: now,
        },
        choiceRows(k, b.choices),
      );
      if (!id) duplicates.push(n);
    }
    const accepted = input.ballots.length - duplicates.length;
    await repo.countVoters(trx, commune.id, k.id, 'paper', accepted);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'pac.ballots_keyed',
      targetType: 'pac_consultation',
      targetId: k.id,
      data: { sheet: input.sheet, accepted, duplicates: duplicates.length },
    });
    return { accepted, duplicates };
  });
}

// ——— The network ———

/**
 * Per commune: its consultations voting now, the voters of its latest consultation whose vote has opened and
 * that consultation's participation rate with the population's source (the dashboard compares them).
 */
export async function network(ctx: Pick<InnerContext, 'db' | 'clock'>) {
  const now = ctx.clock.now();
  const rows = await repo.networkConsultations(ctx.db);
  const out = new Map<
    string,
    {
      commune: string;
      openConsultations: number;
      consultations: number;
      latest: {
        id: string;
        stage: 'voting' | 'closed';
        voters: number;
        eligiblePopulation: number;
        eligibleSource: string;
        rate: number;
      } | null;
    }
  >();
  for (const r of rows) {
    const c = out.get(r.slug) ?? { commune: r.slug, openConsultations: 0, consultations: 0, latest: null };
    c.consultations++;
    const opened = r.votesOpenAt.getTime() <= now.getTime();
    const open = opened && now.getTime() <= r.votesCloseAt.getTime();
    if (open) c.openConsultations++;
    // Rows come latest vote first: the first one opened is the latest.
    if (opened && !c.latest) {
      const voters = r.votersOnline + r.votersPaper;
      c.latest = {
        id: r.id,
        stage: open ? 'voting' : 'closed',
        voters,
        eligiblePopulation: r.eligiblePopulation,
        eligibleSource: r.eligibleSource,
        rate: Math.round((voters / r.eligiblePopulation) * 10_000) / 100,
      };
    }
    out.set(r.slug, c);
  }
  return [...out.values()];
}
