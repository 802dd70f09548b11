import type { ContributionState, Db, PacPhase } from '@shabaka/db';
import { recordAudit } from '../audit';
import { addDays, endOfLocalDay, localDate } from '../calendar';
import {
  allocateCode,
  caseMine,
  caseQueue,
  dueSoonUntil,
  insertTimelineEntry,
  moveStateCount,
  transition,
} from '../cases';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, DomainError, isUniqueViolation, notFound } from '../errors';
import { follow as notifyFollow, isFollowing, unfollow as notifyUnfollow } from '../notifications';
import { contributionCase } from './case';
import * as repo from './repository';
import type { AnswerInput, ContributeInput, DraftFields, PlanFields, QueueInput } from './schemas';
import { pacSettings } from './settings';
import { planSubject } from './time';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../audit/actions' {
  interface DomainAuditActions {
    'pac.plan_created': true;
    'pac.plan_updated': true;
    'pac.draft_created': true;
    'pac.draft_updated': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
type Commune = Pick<CommuneRow, 'id' | 'slug' | 'codePrefix'>;

const today = (ctx: Pick<InnerContext, 'clock'>) => localDate(ctx.clock.now());

// ——— The plan and its phases ———

/**
 * Each phase with where it stands on `day` (the server's clock): past, ongoing, current or upcoming. The
 * current phase is the last one started whose last day is not past (phases may overlap: the annual
 * monitoring runs while an update is prepared); none between phases or after the last.
 */
export function phasesOn(phases: readonly PacPhase[], day: string) {
  let current = -1;
  phases.forEach((p, i) => {
    if (p.startsOn <= day && day <= p.endsOn) current = i;
  });
  const statusOf = (p: PacPhase) =>
    (p.endsOn < day ? 'past' : p.startsOn > day ? 'upcoming' : 'ongoing') as 'past' | 'ongoing' | 'upcoming';
  return {
    current: current < 0 ? null : current,
    phases: phases.map((p, i) => ({
      ...p,
      /** Past, running or upcoming; of the running ones, `current` names the last started. */
      status: i === current ? ('current' as const) : statusOf(p),
      /** The law asks for the IEECAG's opinion and it is not recorded yet. */
      ieecagPending: p.ieecagRequired && !p.ieecagOpinion,
    })),
  };
}

function publicPlan(p: repo.PlanRow, day: string) {
  return {
    id: p.id,
    title: p.title,
    mandateStart: p.mandateStart,
    mandateEnd: p.mandateEnd,
    updatedAt: p.updatedAt,
    ...phasesOn(p.phases, day),
  };
}

/** The commune's PAC (its latest mandate) with its phases, or null before staff write one. */
/**
 * Whether the caller follows the commune's current plan: its followers hear of each phase opening and closing
 * (pac/time.ts), in-app and by email as their preferences allow.
 */
export async function following(ctx: Ctx, commune: Commune, userId: string) {
  const [latest] = await repo.listPlans(ctx.db, commune.id);
  if (!latest) return { planId: null, following: false };
  return { planId: latest.id, following: await isFollowing(ctx.db, commune.id, planSubject(latest.id), userId) };
}

export async function follow(ctx: Ctx, commune: Commune, on: boolean, userId: string) {
  const [latest] = await repo.listPlans(ctx.db, commune.id);
  if (!latest) throw notFound('unknown_plan', 'The commune has not published its plan yet.');
  const subject = planSubject(latest.id);
  return ctx.db
    .transaction()
    .execute(async (trx) =>
      on
        ? notifyFollow(trx, { communeId: commune.id, subject, userId, now: ctx.clock.now() })
        : notifyUnfollow(trx, { communeId: commune.id, subject, userId }),
    );
}

export async function plan(ctx: Ctx, commune: Commune) {
  const [latest] = await repo.listPlans(ctx.db, commune.id);
  return latest ? publicPlan(latest, today(ctx)) : null;
}

const planValues = (input: PlanFields): repo.PlanValues => ({
  title: input.title,
  mandateStart: input.mandateStart,
  mandateEnd: input.mandateEnd,
  phases: input.phases.map((p) => ({
    kind: p.kind,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    legalBasis: p.legalBasis,
    ieecagRequired: p.ieecagRequired,
    ieecagOpinion: p.ieecagOpinion,
  })),
});

/** Staff write a plan, or edit it (phases added, moved, an IEECAG opinion recorded); audited. */
export async function savePlan(
  ctx: Ctx,
  commune: Commune,
  input: { id?: string | undefined; plan: PlanFields },
  actorId: string,
) {
  const now = ctx.clock.now();
  const values = planValues(input.plan);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      let id = input.id;
      if (id) {
        if (!(await repo.updatePlan(trx, commune.id, id, values, now)))
          throw notFound('unknown_plan', 'No such action plan in this commune.');
      } else id = await repo.insertPlan(trx, commune.id, values, actorId, now);
      await recordAudit(trx, {
        communeId: commune.id,
        actorId,
        action: input.id ? 'pac.plan_updated' : 'pac.plan_created',
        targetType: 'pac_plan',
        targetId: id,
        data: { mandateStart: values.mandateStart, phases: values.phases.length },
      });
      return { id };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'pac_plans_mandate'))
      throw conflict('mandate_taken', 'This commune already has a plan for this mandate.', 'plan.mandateStart');
    throw err;
  }
}

// ——— The draft open to comment ———

type Window = 'upcoming' | 'open' | 'closed';
/** Where the comment window stands by the server's clock. */
function windowOf(d: repo.DraftRow, now: Date): Window {
  if (localDate(now) < d.opensOn) return 'upcoming';
  return now.getTime() < d.closesAt.getTime() ? 'open' : 'closed';
}

const draftValues = (input: DraftFields): repo.DraftValues => ({
  planId: input.planId,
  title: input.title,
  opensOn: input.opensOn,
  closesOn: input.closesOn,
  // Comments are taken until the end of the closing day in Morocco.
  closesAt: endOfLocalDay(input.closesOn),
});

const paragraphValues = (input: DraftFields): repo.ParagraphValues[] =>
  input.sections.flatMap((s, si) =>
    s.paragraphs.map((p, pi) => ({ section: si + 1, sectionTitle: s.title, number: pi + 1, text: p.text })),
  );

/**
 * Staff write the draft: its sections of paragraphs (numbered in order) and its comment window. It is
 * edited only before it opens: once citizens read and comment on a paragraph, its words stay.
 */
export async function saveDraft(
  ctx: Ctx,
  commune: Commune,
  input: { id?: string | undefined; draft: DraftFields },
  actorId: string,
) {
  const now = ctx.clock.now();
  if (!(await repo.findPlan(ctx.db, commune.id, input.draft.planId)))
    throw badRequest('unknown_plan', 'No such action plan in this commune.', 'draft.planId');
  if (!input.id && input.draft.closesOn < today(ctx))
    throw badRequest('window_closed', 'The comment window would already be closed.', 'draft.closesOn');
  const values = draftValues(input.draft);
  return ctx.db.transaction().execute(async (trx) => {
    let id = input.id;
    if (id) {
      const d = await repo.findDraft(trx, commune.id, id, true);
      if (!d) throw notFound('unknown_draft', 'No such draft plan in this commune.');
      if (windowOf(d, now) !== 'upcoming')
        throw conflict('draft_open', 'The draft is open to comment: its text no longer changes.', 'id');
      await repo.updateDraft(trx, commune.id, id, values, now);
    } else id = await repo.insertDraft(trx, commune.id, values, actorId, now);
    await repo.replaceParagraphs(trx, commune.id, id, paragraphValues(input.draft));
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: input.id ? 'pac.draft_updated' : 'pac.draft_created',
      targetType: 'pac_draft',
      targetId: id,
      data: { opensOn: values.opensOn, closesOn: values.closesOn },
    });
    return { id };
  });
}

/** A contribution as anyone reads it: what was said and answered, never who said it. */
function publicContribution(c: Awaited<ReturnType<typeof repo.contributionsOfDraft>>[number], now: Date) {
  return {
    code: c.code,
    kind: c.kind,
    body: c.body,
    proposedText: c.proposedText,
    state: c.state,
    receivedAt: c.receivedAt,
    dueAt: c.dueAt,
    answer: c.answer,
    answeredAt: c.answeredAt,
    overdue: c.state === 'received' && c.dueAt.getTime() < now.getTime(),
  };
}

async function draftView(ctx: Ctx, commune: Commune, d: repo.DraftRow) {
  const now = ctx.clock.now();
  const [paragraphs, contributions, settings] = await Promise.all([
    repo.paragraphsOf(ctx.db, commune.id, d.id),
    repo.contributionsOfDraft(ctx.db, commune.id, d.id),
    pacSettings(ctx.db, commune.id),
  ]);
  const sections: {
    section: number;
    title: (typeof paragraphs)[number]['sectionTitle'];
    paragraphs: {
      id: string;
      number: number;
      text: (typeof paragraphs)[number]['text'];
      contributions: ReturnType<typeof publicContribution>[];
    }[];
  }[] = [];
  for (const p of paragraphs) {
    let s = sections[sections.length - 1];
    if (!s || s.section !== p.section)
      sections.push((s = { section: p.section, title: p.sectionTitle, paragraphs: [] }));
    s.paragraphs.push({
      id: p.id,
      number: p.number,
      text: p.text,
      contributions: contributions.filter((c) => c.paragraphId === p.id).map((c) => publicContribution(c, now)),
    });
  }
  const answered = contributions.filter((c) => c.state !== 'received').length;
  return {
    id: d.id,
    planId: d.planId,
    title: d.title,
    opensOn: d.opensOn,
    closesOn: d.closesOn,
    closesAt: d.closesAt,
    window: windowOf(d, now),
    answerDays: settings.answerDays,
    counts: { contributions: contributions.length, answered, unanswered: contributions.length - answered },
    sections,
  };
}

/**
 * The draft open to comment (by id, or the latest opened), each paragraph with its contributions and
 * the commune's answers. The public reads a draft from its opening day; before, it stays with staff.
 */
export async function draft(ctx: Ctx, commune: Commune, id: string | undefined) {
  const day = today(ctx);
  const d = id ? await repo.findDraft(ctx.db, commune.id, id) : (await repo.listDrafts(ctx.db, commune.id, day))[0];
  if (!d || d.opensOn > day) {
    if (!id) return null;
    throw notFound('unknown_draft', 'No such draft plan in this commune.');
  }
  return draftView(ctx, commune, d);
}

/** Every plan and draft of the commune, those not yet open included (the desk). */
export async function staffOverview(ctx: Ctx, commune: Commune) {
  const [plans, drafts] = await Promise.all([repo.listPlans(ctx.db, commune.id), repo.listDrafts(ctx.db, commune.id)]);
  const now = ctx.clock.now();
  return {
    plans: plans.map((p) => publicPlan(p, today(ctx))),
    drafts: drafts.map((d) => ({ ...d, window: windowOf(d, now) })),
  };
}

/** A draft with its paragraphs for staff, whatever its window (to edit it before it opens). */
export async function staffDraft(ctx: Ctx, commune: Commune, id: string) {
  const d = await repo.findDraft(ctx.db, commune.id, id);
  if (!d) throw notFound('unknown_draft', 'No such draft plan in this commune.');
  return draftView(ctx, commune, d);
}

// ——— Contributions ———

/**
 * A signed-in citizen comments on a paragraph, or proposes a change to it, while the draft's window is
 * open. It becomes a case (code CO) whose public answer is due within the commune's answer days.
 * Refused, naming the field and storing nothing, when the paragraph is not this commune's or the
 * window is not open.
 */
export async function contribute(ctx: Ctx, commune: Commune, input: ContributeInput, userId: string) {
  const now = ctx.clock.now();
  const p = await repo.findParagraph(ctx.db, commune.id, input.paragraphId);
  if (!p) throw badRequest('unknown_paragraph', 'No such paragraph in this commune’s draft plan.', 'paragraphId');
  const d = await repo.findDraft(ctx.db, commune.id, p.draftId);
  if (!d) throw badRequest('unknown_paragraph', 'No such paragraph in this commune’s draft plan.', 'paragraphId');
  const window = windowOf(d, now);
  if (window === 'upcoming')
    throw new DomainError('CONFLICT', 'window_not_open', 'The draft is not open to comment yet.', 'paragraphId', {
      opensOn: d.opensOn,
    });
  if (window === 'closed')
    throw new DomainError('CONFLICT', 'window_closed', 'Comments on this draft are closed.', 'paragraphId', {
      closesOn: d.closesOn,
    });
  const settings = await pacSettings(ctx.db, commune.id);
  // The answer is owed by the end of the Nth calendar day after receipt, in Morocco.
  const dueAt = endOfLocalDay(addDays(localDate(now), settings.answerDays));
  const row = await ctx.db.transaction().execute(async (trx) => {
    const c = await repo.insertContribution(trx, {
      communeId: commune.id,
      code: await allocateCode(trx, commune, 'contribution', now),
      draftId: d.id,
      paragraphId: p.id,
      authorId: userId,
      kind: input.kind,
      body: input.body,
      proposedText: input.kind === 'change' ? (input.proposedText ?? null) : null,
      receivedAt: now,
      dueAt,
      updatedAt: now,
    });
    await insertTimelineEntry(trx, 'pacContributions', {
      communeId: commune.id,
      caseId: c.id,
      at: now,
      actorId: userId,
      kind: 'received',
      toState: 'received',
    });
    await moveStateCount(trx, contributionCase, commune.id, null, 'received');
    await recordAudit(trx, {
      communeId: commune.id,
      actorId: userId,
      action: 'contribution.received',
      targetType: contributionCase.type,
      targetId: c.id,
      data: { code: c.code, paragraph: `${p.section}.${p.number}`, kind: c.kind },
    });
    return c;
  });
  ctx.events.publish(contributionCase.changed(commune.slug, row.code, 'received'));
  return { id: row.id, code: row.code, receivedAt: row.receivedAt, dueAt: row.dueAt };
}

/** The commune's contributions still waiting for an answer, the nearest due date first, those past it said. */
export async function unanswered(ctx: Ctx, commune: Commune) {
  const now = ctx.clock.now();
  const rows = await repo.unanswered(ctx.db, commune.id);
  return rows.map((r) => ({
    code: r.code,
    kind: r.kind,
    draft: { id: r.draftId, title: r.draftTitle },
    paragraph: `${r.section}.${r.number}`,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    overdue: r.dueAt.getTime() < now.getTime(),
  }));
}

/** The signed-in account's contributions in every commune, newest first, with the answers. */
export async function mine(db: Db, userId: string) {
  const rows = await caseMine(contributionCase, repo.mineColumns(db), userId);
  return rows.map(({ section, number, ...r }) => ({ ...r, paragraph: `${section}.${number}` }));
}

/** The staff queue: open first, the nearest due date first, overdue and due soon said (the kernel's). */
export async function queue(ctx: Ctx, commune: Commune, filters: QueueInput) {
  const now = ctx.clock.now();
  const settings = await pacSettings(ctx.db, commune.id);
  const until = dueSoonUntil(contributionCase.clock, settings.dueSoonDays, now, null);
  const { state, ...rest } = filters;
  return caseQueue(
    contributionCase,
    repo.queueColumns(ctx.db),
    commune.id,
    { ...rest, state: state as ContributionState | undefined },
    { now, dueSoonUntil: until },
    ({ section, number, ...r }, t) => ({
      ...r,
      paragraph: `${section}.${number}`,
      overdue: t.overdue,
      dueSoon: t.dueSoon,
    }),
  );
}

/** The commune's public answer: retained, merged or not retained (the last two with their reason). */
export async function answer(ctx: Ctx, commune: Commune, input: AnswerInput, actorId: string) {
  return transition(ctx, contributionCase, commune, {
    id: input.id,
    to: input.answer,
    kind: 'answered',
    actorId,
    now: ctx.clock.now(),
    publicNote: input.reason ?? null,
    set: { answer: input.reason ?? null },
    data: { answer: input.answer },
  });
}
