import type { CallApplicationState, CallText, Db } from '@shabaka/db';
import { isRepresentative } from '../associations';
import { recordAudit } from '../audit';
import { addDays, endOfLocalDay, isWorkingDay, loadCalendar, localDate } from '../calendar';
import {
  allocateCode,
  insertTimelineEntry,
  moveCase,
  moveStateCount,
  publishState,
  recordEntry,
  transition,
  withLockedCase,
} from '../cases';
import { networkCommunes, type CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import type { Viewer } from '../viewer';
import { badRequest, conflict, DomainError, forbidden, isUniqueViolation, notFound } from '../errors';
import { processScan, putFile } from '../files';
import { grantSubsidy, overdueReports } from '../subsidies';
import { applicationCase, OPEN_STATES } from './case';
import * as repo from './repository';
import type { ApplyInput, CallFields } from './schemas';
import { callSettings } from './settings';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../audit/actions' {
  interface DomainAuditActions {
    'call.created': true;
    'call.updated': true;
    'call.opened': true;
    'call.extended': true;
    'call.member_added': true;
    'call.member_removed': true;
    'call.results_published': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
type AccessCtx = Ctx & Pick<InnerContext, 'access'>;
type Commune = Pick<CommuneRow, 'id' | 'slug' | 'codePrefix'>;
export type { Viewer };

const today = (ctx: Pick<InnerContext, 'clock'>) => localDate(ctx.clock.now());
const isStaff = (ctx: AccessCtx, v: Viewer) => ctx.access.communeAllows('calls:manage', v.roles, v.networkRoles);

async function audit(
  db: Db,
  communeId: string,
  actorId: string,
  action: Parameters<typeof recordAudit>[1]['action'],
  id: string,
  data = {},
) {
  await recordAudit(db, { communeId, actorId, action, targetType: 'call', targetId: id, data });
}

// ——— Calls: what the public reads ———

/** Whether a call takes dossiers at `now`: open, its first day reached, its deadline not passed. */
function accepting(c: repo.CallRow, now: Date) {
  return c.state === 'open' && localDate(now) >= c.opensOn && now.getTime() < c.closesAt.getTime();
}

/** A call as anyone may read it (every field is public: the call is a public act). */
function publicCall(c: repo.CallRow, now: Date) {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    themes: c.themes,
    year: c.year,
    envelopeMad: c.envelopeMad,
    maxPerProjectMad: c.maxPerProjectMad,
    eligibility: c.eligibility,
    criteria: c.criteria,
    checklist: c.checklist,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    closesAt: c.closesAt,
    state: c.state,
    accepting: accepting(c, now),
    /** Where filing stands, by the server's clock: before the first day, taking dossiers, or past the deadline. */
    phase: (c.state !== 'open' || now.getTime() >= c.closesAt.getTime()
      ? 'closed'
      : localDate(now) < c.opensOn
        ? 'upcoming'
        : 'accepting') as 'upcoming' | 'accepting' | 'closed',
    publishedAt: c.publishedAt,
  };
}
export type PublicCall = ReturnType<typeof publicCall>;

/** The commune's calls that are open or whose results are published (drafts stay with staff). */
export async function list(ctx: Ctx, commune: Commune, input: { state: 'open' | 'published' | 'all' }) {
  const states = input.state === 'all' ? (['open', 'published'] as const) : ([input.state] as const);
  const rows = await repo.listCalls(ctx.db, commune.id, states);
  const now = ctx.clock.now();
  return rows.map((c) => publicCall(c, now));
}

async function publicCallOrThrow(db: Db, commune: Commune, id: string) {
  const c = await repo.findCall(db, commune.id, id);
  if (!c || c.state === 'draft') throw notFound('unknown_call', 'No such call for projects in this commune.');
  return c;
}

/**
 * A call and, once its results are published, every dossier's outcome: the ranked selected and
 * refused ones with their score, the amount granted and the reason of a refusal, and the inadmissible
 * ones with theirs. Withdrawn dossiers and the committee's individual marks are not shown.
 */
export async function detail(ctx: Ctx, commune: Commune, id: string) {
  const c = await publicCallOrThrow(ctx.db, commune, id);
  const results =
    c.state === 'published'
      ? (await repo.applicationsOfCall(ctx.db, commune.id, c.id, ['selected', 'refused', 'inadmissible']))
          .map((a) => ({
            code: a.code,
            association: { id: a.associationId, names: a.associationNames },
            project: a.project,
            requestedMad: a.requestedMad,
            state: a.state as 'selected' | 'refused' | 'inadmissible',
            score: a.score,
            rank: a.rank,
            grantedMad: a.grantedMad,
            reason: a.state === 'selected' ? null : a.decisionReason,
          }))
          .sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity))
      : null;
  return { call: publicCall(c, ctx.clock.now()), results };
}

// ——— Calls: what staff write ———

/** The instant a call closing on `closesOn` stops taking dossiers: the end of that working day in Morocco. */
async function closingAt(db: Db, closesOn: string) {
  const cal = await loadCalendar(db);
  if (!isWorkingDay(closesOn, cal))
    throw badRequest('not_working_day', 'The closing day must be a working day.', 'closesOn');
  return endOfLocalDay(closesOn);
}

/** A call closes at the end of a working day (circular D2185: deadlines in working days). */
async function callValues(db: Db, input: CallFields): Promise<repo.CallValues> {
  const closesAt = await closingAt(db, input.closesOn);
  const { title, description, themes, year, envelopeMad, maxPerProjectMad, eligibility, criteria, checklist } = input;
  return {
    ...{ title, description, themes, year, envelopeMad, maxPerProjectMad, eligibility, criteria, checklist },
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    closesAt,
  };
}

export async function create(ctx: Ctx, commune: Commune, input: CallFields, actorId: string) {
  const values = await callValues(ctx.db, input);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertCall(trx, commune.id, values, actorId, ctx.clock.now());
    await audit(trx, commune.id, actorId, 'call.created', id, { envelopeMad: input.envelopeMad });
    return { id };
  });
}

async function lockedCall(trx: Db, commune: Commune, id: string) {
  const c = await repo.findCall(trx, commune.id, id, true);
  if (!c) throw notFound('unknown_call', 'No such call for projects in this commune.');
  return c;
}

/** A draft is edited freely; once open, its rules are what associations applied under. */
export async function update(ctx: Ctx, commune: Commune, id: string, input: CallFields, actorId: string) {
  const values = await callValues(ctx.db, input);
  return ctx.db.transaction().execute(async (trx) => {
    const c = await lockedCall(trx, commune, id);
    if (c.state !== 'draft') throw conflict('call_not_draft', 'Only a draft call is edited.', 'id');
    await repo.updateCall(trx, commune.id, id, { ...repo.callJson(values), updatedAt: ctx.clock.now() });
    await audit(trx, commune.id, actorId, 'call.updated', id);
    return { id };
  });
}

/** Opens the call to dossiers (it becomes public). */
export async function open(ctx: Ctx, commune: Commune, id: string, actorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const c = await lockedCall(trx, commune, id);
    if (c.state !== 'draft') throw conflict('call_not_draft', 'This call is already open.', 'id');
    if (ctx.clock.now().getTime() >= c.closesAt.getTime())
      throw conflict('call_closed', 'The closing day is past: set a new one before opening.', 'closesOn');
    const now = ctx.clock.now();
    await repo.updateCall(trx, commune.id, id, { state: 'open', openedAt: now, updatedAt: now });
    await audit(trx, commune.id, actorId, 'call.opened', id);
    return { id, state: 'open' as const };
  });
}

/**
 * A head of department moves an open call's closing day later (a working day), before the deadline
 * passes: reopening filing once closed would be unfair to the associations that kept to it.
 */
export async function extend(
  ctx: Ctx,
  commune: Commune,
  input: { id: string; closesOn: string; reason: string },
  actorId: string,
) {
  const closesAt = await closingAt(ctx.db, input.closesOn);
  return ctx.db.transaction().execute(async (trx) => {
    const c = await lockedCall(trx, commune, input.id);
    const now = ctx.clock.now();
    if (c.state !== 'open') throw conflict('call_not_open', 'Only an open call’s deadline is extended.', 'id');
    if (now.getTime() >= c.closesAt.getTime())
      throw conflict('call_closed', 'The deadline has passed: the call is closed.', 'id');
    if (input.closesOn <= c.closesOn)
      throw badRequest('not_later', 'The new closing day comes after the current one.', 'closesOn');
    await repo.updateCall(trx, commune.id, c.id, { closesOn: input.closesOn, closesAt, updatedAt: now });
    await audit(trx, commune.id, actorId, 'call.extended', c.id, {
      from: c.closesOn,
      to: input.closesOn,
      reason: input.reason,
    });
    return { id: c.id, closesOn: input.closesOn, closesAt };
  });
}

/** Every call of the commune with how many dossiers it holds in each state. */
export async function staffList(ctx: Ctx, commune: Commune) {
  const rows = await repo.listCalls(ctx.db, commune.id, ['draft', 'open', 'published', 'cancelled']);
  const counts = await ctx.db
    .selectFrom('callApplications')
    .select(['callId', 'state'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('communeId', '=', commune.id)
    .groupBy(['callId', 'state'])
    .execute();
  const now = ctx.clock.now();
  return rows.map((c) => ({
    ...publicCall(c, now),
    counts: Object.fromEntries(counts.filter((x) => x.callId === c.id).map((x) => [x.state, Number(x.n)])) as Partial<
      Record<CallApplicationState, number>
    >,
  }));
}

// ——— The committee ———

export async function committee(ctx: Ctx, commune: Commune, id: string) {
  await lockedCallRead(ctx.db, commune, id);
  return repo.members(ctx.db, commune.id, id);
}
async function lockedCallRead(db: Db, commune: Commune, id: string) {
  const c = await repo.findCall(db, commune.id, id);
  if (!c) throw notFound('unknown_call', 'No such call for projects in this commune.');
  return c;
}

/** Staff seat an account (staff or an outside expert with an account) on the call's committee. */
export async function addMember(ctx: Ctx, commune: Commune, input: { id: string; email: string }, actorId: string) {
  const user = await ctx.db.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
  if (!user) throw badRequest('unknown_account', 'No account has this email address.', 'email');
  return ctx.db.transaction().execute(async (trx) => {
    const c = await lockedCall(trx, commune, input.id);
    if (c.state === 'published' || c.state === 'cancelled')
      throw conflict('call_closed', 'The results of this call are published.', 'id');
    await repo.addMember(trx, commune.id, c.id, user.id, actorId, ctx.clock.now());
    await audit(trx, commune.id, actorId, 'call.member_added', c.id, { userId: user.id });
    return { userId: user.id };
  });
}

export async function removeMember(ctx: Ctx, commune: Commune, input: { id: string; userId: string }, actorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const c = await lockedCall(trx, commune, input.id);
    if (c.state === 'published') throw conflict('call_closed', 'The results of this call are published.', 'id');
    if (!(await repo.removeMember(trx, commune.id, c.id, input.userId)))
      throw notFound('not_member', 'This account is not on the committee.');
    await audit(trx, commune.id, actorId, 'call.member_removed', c.id, { userId: input.userId });
    return { ok: true as const };
  });
}

// ——— Dossiers: filing ———

/**
 * Files a dossier: a verified representative of the association online, or staff at the counter for a
 * paper dossier. Every refusal names its field and stores nothing: the call must take dossiers (a late
 * one is told the deadline), the association must be in this commune's registry (an association of
 * another commune applies through its own commune's calls, or through a branch registered here when
 * the call does not ask for a seat), old enough, with no report overdue on an earlier subsidy (the
 * ledger's setting), and each required document must be there and be a PDF or a photo.
 */
export async function apply(
  ctx: AccessCtx & Pick<InnerContext, 'language'>,
  commune: Commune,
  input: ApplyInput,
  v: Viewer,
) {
  const now = ctx.clock.now();
  const c = await publicCallOrThrow(ctx.db, commune, input.callId);
  if (c.state !== 'open' || now.getTime() >= c.closesAt.getTime())
    throw new DomainError('CONFLICT', 'call_closed', 'This call no longer takes dossiers.', 'callId', {
      closesAt: c.closesAt.toISOString(),
    });
  if (today(ctx) < c.opensOn)
    throw new DomainError('CONFLICT', 'call_not_open', 'This call does not take dossiers yet.', 'callId', {
      opensOn: c.opensOn,
    });
  const staff = isStaff(ctx, v);
  const association = await repo.findAssociation(ctx.db, commune.id, input.associationId);
  if (!association)
    throw badRequest('unknown_association', 'No such association in this commune’s registry.', 'associationId');
  if (!staff && !(await isRepresentative(ctx.db, commune.id, v.userId, association.id)))
    throw forbidden('not_representative', 'Only a verified representative files a dossier for the association.');
  if (c.eligibility.seatInCommune && !association.seatNeighbourhood)
    throw badRequest(
      'seat_outside_commune',
      'This call is for associations with their seat in the commune.',
      'associationId',
    );
  if (c.eligibility.minYearsConstituted > 0) {
    const since = association.constitutedOn;
    const oldEnough = since && addYears(since, c.eligibility.minYearsConstituted) <= today(ctx);
    if (!oldEnough)
      throw new DomainError(
        'BAD_REQUEST',
        'too_recent',
        'The association is too recent for this call.',
        'associationId',
        {
          years: String(c.eligibility.minYearsConstituted),
        },
      );
  }
  const owed = await overdueReports(ctx.db, commune.id, association.id, now);
  if (owed.blocksApplications)
    throw conflict('reports_overdue', 'A report on an earlier subsidy is overdue: file it first.', 'associationId');
  if (c.maxPerProjectMad !== null && input.requestedMad > c.maxPerProjectMad)
    throw new DomainError(
      'BAD_REQUEST',
      'over_maximum',
      'The amount asked exceeds the call’s maximum.',
      'requestedMad',
      {
        max: String(c.maxPerProjectMad),
      },
    );

  const items = new Map(c.checklist.map((i) => [i.key, i]));
  for (const k of Object.keys(input.documents))
    if (!items.has(k)) throw badRequest('unknown_item', 'The call does not ask for this document.', `documents.${k}`);
  for (const i of c.checklist)
    if (i.required && !input.documents[i.key])
      throw badRequest('missing_document', 'This document is required.', `documents.${i.key}`);
  // Every file is checked before anything is stored: a refused one stores nothing.
  const files: { item: string; name: string | null; file: Awaited<ReturnType<typeof processScan>>['main'] }[] = [];
  for (const [item, up] of Object.entries(input.documents)) {
    const data = Buffer.from(up.dataBase64, 'base64');
    if (data.length === 0) throw badRequest('empty_file', 'The file is empty.', `documents.${item}`);
    files.push({ item, name: up.name ?? null, file: (await processScan(data, `documents.${item}`, ctx)).main });
  }

  try {
    const filed = await ctx.db.transaction().execute(async (trx) => {
      const row = await repo.insertApplication(trx, {
        communeId: commune.id,
        code: await allocateCode(trx, commune, 'application', now),
        callId: c.id,
        associationId: association.id,
        project: input.project,
        summary: input.summary,
        requestedMad: input.requestedMad,
        channel: staff && !(await isRepresentative(trx, commune.id, v.userId, association.id)) ? 'counter' : 'web',
        submittedBy: v.userId,
        receivedAt: now,
        updatedAt: now,
      });
      for (const f of files) {
        const fileId = await putFile(trx, commune.id, f.file);
        await repo.insertDocument(trx, {
          communeId: commune.id,
          applicationId: row.id,
          item: f.item,
          fileId,
          name: f.name,
        });
      }
      await insertTimelineEntry(trx, 'callApplications', {
        communeId: commune.id,
        caseId: row.id,
        at: now,
        actorId: v.userId,
        kind: 'submitted',
        toState: 'submitted',
      });
      await moveStateCount(trx, applicationCase, commune.id, null, 'submitted');
      await recordAudit(trx, {
        communeId: commune.id,
        actorId: v.userId,
        action: 'application.submitted',
        targetType: applicationCase.type,
        targetId: row.id,
        data: { code: row.code, callId: c.id, channel: row.channel },
      });
      return row;
    });
    return { id: filed.id, code: filed.code, receivedAt: filed.receivedAt, channel: filed.channel };
  } catch (err) {
    if (isUniqueViolation(err, 'call_applications_one_per_association'))
      throw conflict('already_applied', 'This association already filed a dossier for this call.', 'associationId');
    throw err;
  }
}

const addYears = (day: string, n: number) => `${Number(day.slice(0, 4)) + n}${day.slice(4)}`;

// ——— Dossiers: who reads them ———

type Role = 'staff' | 'representative' | 'member';

/** Staff, the association's verified representatives, or a member of the call's committee. */
async function roleOn(ctx: AccessCtx, commune: Commune, a: repo.ApplicationRow, v: Viewer): Promise<Role> {
  if (isStaff(ctx, v)) return 'staff';
  if (await isRepresentative(ctx.db, commune.id, v.userId, a.associationId)) return 'representative';
  if (await repo.isMember(ctx.db, commune.id, a.callId, v.userId)) return 'member';
  throw forbidden(
    'not_allowed',
    'Only the commune’s staff, the association and the call’s committee see this dossier.',
  );
}

async function applicationOrThrow(db: Db, commune: Commune, id: string) {
  const a = await repo.applications.findById(db, commune.id, id);
  if (!a) throw notFound('unknown_application', 'No such dossier in this commune.');
  return a;
}

/** Steps the association is told of: filing and each change of state, with their public notes. */
const PUBLIC_KINDS = new Set(['submitted', 'admissible', 'inadmissible', 'selected', 'refused', 'withdrawn']);

/**
 * One dossier with its documents and its timeline. The committee's marks and proposals stay internal
 * until the results are published; the representative sees only public steps.
 */
export async function application(ctx: AccessCtx, commune: Commune, id: string, v: Viewer) {
  const a = await applicationOrThrow(ctx.db, commune, id);
  const role = await roleOn(ctx, commune, a, v);
  const [c, docs, timeline, association] = await Promise.all([
    repo.findCall(ctx.db, commune.id, a.callId),
    repo.documentsOf(ctx.db, commune.id, a.id),
    repo.events(ctx.db, commune.id, a.id),
    repo.findAssociation(ctx.db, commune.id, a.associationId),
  ]);
  const internal = role === 'staff';
  return {
    id: a.id,
    code: a.code,
    call: { id: c!.id, title: c!.title, checklist: c!.checklist, state: c!.state },
    association: { id: a.associationId, names: association!.names },
    project: a.project,
    summary: a.summary,
    requestedMad: a.requestedMad,
    state: a.state,
    channel: a.channel,
    receivedAt: a.receivedAt,
    grantedMad: a.grantedMad,
    reason: a.state === 'inadmissible' || a.state === 'refused' ? a.decisionReason : null,
    documents: docs,
    timeline: timeline
      .filter((e) => internal || PUBLIC_KINDS.has(e.kind))
      .map((e) => ({ ...e, internalNote: internal ? e.internalNote : null })),
  };
}

/** One document of a dossier, for the same readers. */
export async function document(
  ctx: AccessCtx,
  commune: Commune,
  input: { applicationId: string; item: string },
  v: Viewer,
) {
  const a = await applicationOrThrow(ctx.db, commune, input.applicationId);
  await roleOn(ctx, commune, a, v);
  const f = await repo.documentFile(ctx.db, commune.id, a.id, input.item);
  if (!f) throw notFound('unknown_document', 'This dossier has no such document.');
  return { mime: f.mime, dataBase64: Buffer.from(f.bytes).toString('base64') };
}

/**
 * What a signed-in account follows: the associations it represents here (the ones it may file for)
 * and their dossiers, newest first.
 */
export async function mine(ctx: Ctx, commune: Commune, userId: string) {
  const associations = await repo.representedAssociations(ctx.db, commune.id, userId);
  const rows = await repo.applicationsOfAssociations(
    ctx.db,
    commune.id,
    associations.map((a) => a.id),
  );
  return {
    associations,
    applications: rows.map((a) => ({
      id: a.id,
      code: a.code,
      call: { id: a.callId, title: a.callTitle, state: a.callState },
      association: { id: a.associationId, names: a.associationNames },
      project: a.project,
      requestedMad: a.requestedMad,
      state: a.state,
      receivedAt: a.receivedAt,
      grantedMad: a.grantedMad,
      reason: a.state === 'inadmissible' || a.state === 'refused' ? a.decisionReason : null,
    })),
  };
}

/** The association takes its dossier back, until the results are published. */
export async function withdraw(ctx: AccessCtx, commune: Commune, id: string, v: Viewer) {
  const a = await applicationOrThrow(ctx.db, commune, id);
  if (!(await isRepresentative(ctx.db, commune.id, v.userId, a.associationId)))
    throw forbidden('not_representative', 'Only the association’s representatives withdraw its dossier.');
  return transition(ctx, applicationCase, commune, {
    id,
    to: 'withdrawn',
    kind: 'withdrawn',
    actorId: v.userId,
    now: ctx.clock.now(),
  });
}

// ——— The committee's work ———

/** The calls the account scores for, in this commune. */
export function myCommittees(ctx: Ctx, commune: Commune, userId: string) {
  return repo.callsOfMember(ctx.db, commune.id, userId);
}

async function requireMember(ctx: AccessCtx, commune: Commune, callId: string, v: Viewer) {
  if (!(await repo.isMember(ctx.db, commune.id, callId, v.userId)))
    throw forbidden('not_member', 'Only the members of this call’s committee score its dossiers.');
}

/**
 * The admissible dossiers of a call for one committee member, with the member's own marks and
 * declared conflicts (never the other members' marks: each scores on their own).
 */
export async function dossiers(ctx: AccessCtx, commune: Commune, callId: string, v: Viewer) {
  const c = await lockedCallRead(ctx.db, commune, callId);
  await requireMember(ctx, commune, callId, v);
  const [rows, sheet, settings] = await Promise.all([
    repo.applicationsOfCall(ctx.db, commune.id, callId, ['admissible', 'selected', 'refused']),
    repo.sheetOf(ctx.db, commune.id, callId),
    callSettings(ctx.db, commune.id),
  ]);
  return {
    call: { id: c.id, title: c.title, criteria: c.criteria, state: c.state, scale: settings.scoreScale },
    dossiers: rows.map((a) => {
      const mine = sheet.scores.find((s) => s.applicationId === a.id && s.userId === v.userId);
      const conflict = sheet.conflicts.find((s) => s.applicationId === a.id && s.userId === v.userId);
      return {
        id: a.id,
        code: a.code,
        association: { id: a.associationId, names: a.associationNames },
        project: a.project,
        summary: a.summary,
        requestedMad: a.requestedMad,
        state: a.state,
        myMarks: mine ? { marks: mine.marks, total: mine.total, comment: mine.comment } : null,
        conflict: conflict ? { note: conflict.note } : null,
      };
    }),
  };
}

/** A member declares a conflict of interest on a dossier: they can no longer score it (a mark given before is dropped). */
export async function declareConflict(
  ctx: AccessCtx,
  commune: Commune,
  input: { applicationId: string; note: string },
  v: Viewer,
) {
  const a = await applicationOrThrow(ctx.db, commune, input.applicationId);
  await requireMember(ctx, commune, a.callId, v);
  return withLockedCase(ctx.db, applicationCase, commune.id, a.id, async (trx, row) => {
    const now = ctx.clock.now();
    const added = await repo.insertConflict(trx, {
      communeId: commune.id,
      applicationId: row.id,
      userId: v.userId,
      note: input.note,
      declaredAt: now,
    });
    if (!added) return { declared: true as const };
    await trx
      .deleteFrom('callScores')
      .where('communeId', '=', commune.id)
      .where('applicationId', '=', row.id)
      .where('userId', '=', v.userId)
      .execute();
    await recordEntry(trx, applicationCase, {
      communeId: commune.id,
      row,
      kind: 'conflict_declared',
      actorId: v.userId,
      now,
      internalNote: input.note,
      audit: { member: v.userId },
    });
    return { declared: true as const };
  });
}

/**
 * A member's marks on an admissible dossier, one per criterion out of the commune's scale; the total is
 * the criteria's weighted mean over 100. Refused to a member who declared a conflict on it.
 */
export async function score(
  ctx: AccessCtx,
  commune: Commune,
  input: { applicationId: string; marks: Record<string, number>; comment?: string | undefined },
  v: Viewer,
) {
  const a = await applicationOrThrow(ctx.db, commune, input.applicationId);
  await requireMember(ctx, commune, a.callId, v);
  const [c, settings] = await Promise.all([
    lockedCallRead(ctx.db, commune, a.callId),
    callSettings(ctx.db, commune.id),
  ]);
  for (const k of Object.keys(input.marks))
    if (!c.criteria.some((x) => x.key === k))
      throw badRequest('unknown_item', 'The call has no such criterion.', `marks.${k}`);
  for (const x of c.criteria) {
    const m = input.marks[x.key];
    if (m === undefined) throw badRequest('missing_mark', 'Give a mark for every criterion.', `marks.${x.key}`);
    if (m > settings.scoreScale)
      throw new DomainError(
        'BAD_REQUEST',
        'mark_too_high',
        `A mark is at most ${settings.scoreScale}.`,
        `marks.${x.key}`,
        {
          max: String(settings.scoreScale),
        },
      );
  }
  const weights = c.criteria.reduce((s, x) => s + x.weight, 0);
  const total =
    Math.round(
      (c.criteria.reduce((s, x) => s + x.weight * input.marks[x.key]!, 0) / weights / settings.scoreScale) * 10_000,
    ) / 100;
  return withLockedCase(ctx.db, applicationCase, commune.id, a.id, async (trx, row) => {
    if (row.state !== 'admissible')
      throw conflict('not_admissible', 'Only an admissible dossier is scored.', 'applicationId');
    if (c.state !== 'open') throw conflict('call_closed', 'The results of this call are published.', 'applicationId');
    if (await repo.hasConflict(trx, commune.id, row.id, v.userId))
      throw forbidden('conflict_declared', 'You declared a conflict of interest on this dossier: you cannot score it.');
    const now = ctx.clock.now();
    await repo.upsertScore(trx, {
      communeId: commune.id,
      applicationId: row.id,
      userId: v.userId,
      marks: input.marks,
      total,
      comment: input.comment ?? null,
      scoredAt: now,
    });
    await recordEntry(trx, applicationCase, {
      communeId: commune.id,
      row,
      kind: 'scored',
      actorId: v.userId,
      now,
      audit: { member: v.userId, total },
    });
    return { total };
  });
}

// ——— Staff: admissibility, proposals, results ———

/** The admissibility check: the checklist and the rules (competence, eligibility). A refusal says why, publicly. */
export async function admissibility(
  ctx: Ctx,
  commune: Commune,
  input: { applicationId: string; admissible: boolean; reason?: string | undefined },
  actorId: string,
) {
  const to = input.admissible ? 'admissible' : 'inadmissible';
  return transition(ctx, applicationCase, commune, {
    id: input.applicationId,
    to,
    kind: to,
    actorId,
    now: ctx.clock.now(),
    publicNote: input.reason ?? null,
    set: { decisionReason: input.reason ?? null },
  });
}

/** The committee's sheet of a call for staff: every dossier, its mean score, marks and conflicts. */
export async function queue(ctx: Ctx, commune: Commune, callId: string) {
  const c = await lockedCallRead(ctx.db, commune, callId);
  const [rows, sheet, members, settings] = await Promise.all([
    repo.applicationsOfCall(ctx.db, commune.id, callId),
    repo.sheetOf(ctx.db, commune.id, callId),
    repo.members(ctx.db, commune.id, callId),
    callSettings(ctx.db, commune.id),
  ]);
  return {
    call: publicCall(c, ctx.clock.now()),
    minScorers: settings.minScorers,
    members: members.map((m) => ({ userId: m.userId, displayName: m.displayName, email: m.email })),
    dossiers: rows.map((a) => {
      const scores = sheet.scores.filter((s) => s.applicationId === a.id);
      return {
        id: a.id,
        code: a.code,
        association: { id: a.associationId, names: a.associationNames },
        project: a.project,
        requestedMad: a.requestedMad,
        state: a.state,
        channel: a.channel,
        receivedAt: a.receivedAt,
        mean: meanOf(scores.map((s) => s.total)),
        scores: scores.map((s) => ({ member: s.displayName, total: s.total, comment: s.comment })),
        conflicts: sheet.conflicts
          .filter((s) => s.applicationId === a.id)
          .map((s) => ({ member: s.displayName, note: s.note })),
        proposal: a.proposal,
        proposedMad: a.proposedMad,
        reason: a.decisionReason,
        grantedMad: a.grantedMad,
        rank: a.rank,
      };
    }),
  };
}

const meanOf = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100 : null;

/** Staff propose the outcome of a scored dossier (internal until the results are published). */
export async function propose(
  ctx: Ctx,
  commune: Commune,
  input: {
    applicationId: string;
    proposal: 'select' | 'refuse';
    amountMad?: number | undefined;
    reason?: string | undefined;
  },
  actorId: string,
) {
  const settings = await callSettings(ctx.db, commune.id);
  return withLockedCase(ctx.db, applicationCase, commune.id, input.applicationId, async (trx, row) => {
    if (row.state !== 'admissible')
      throw conflict('not_admissible', 'Only an admissible dossier gets a proposal.', 'applicationId');
    const scored = await trx
      .selectFrom('callScores')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('communeId', '=', commune.id)
      .where('applicationId', '=', row.id)
      .executeTakeFirstOrThrow();
    if (Number(scored.n) < settings.minScorers)
      throw new DomainError(
        'CONFLICT',
        'not_scored',
        'The committee has not scored this dossier enough.',
        'applicationId',
        {
          needed: String(settings.minScorers),
        },
      );
    if (input.proposal === 'select' && input.amountMad! > row.requestedMad)
      throw badRequest('over_requested', 'The amount granted cannot exceed the amount asked.', 'amountMad');
    await recordEntry(trx, applicationCase, {
      communeId: commune.id,
      row,
      kind: 'proposed',
      actorId,
      now: ctx.clock.now(),
      set: {
        proposal: input.proposal,
        proposedMad: input.proposal === 'select' ? input.amountMad : null,
        decisionReason: input.proposal === 'refuse' ? input.reason : null,
      },
      audit: { proposal: input.proposal, amountMad: input.amountMad ?? null },
    });
    return { proposal: input.proposal };
  });
}

/**
 * Publishes a closed call's results, all at once: every admissible dossier is ranked by its mean
 * score and becomes selected (its subsidy enters the ledger, as a convention or a decision by the
 * threshold) or refused with its reason. Refused unless the deadline is past, every dossier was
 * checked, every admissible one has a proposal, and the amounts fit the envelope.
 */
export async function publishResults(ctx: Ctx, commune: Commune, callId: string, actorId: string) {
  const now = ctx.clock.now();
  const moved = await ctx.db.transaction().execute(async (trx) => {
    const c = await lockedCall(trx, commune, callId);
    if (c.state !== 'open') throw conflict('call_not_open', 'Only an open call’s results are published.', 'id');
    if (now.getTime() < c.closesAt.getTime())
      throw new DomainError('CONFLICT', 'call_still_open', 'The call still takes dossiers.', 'id', {
        closesAt: c.closesAt.toISOString(),
      });
    const rows = await repo.applicationsOfCall(trx, commune.id, callId, OPEN_STATES);
    const unchecked = rows.filter((a) => a.state === 'submitted');
    if (unchecked.length)
      throw new DomainError(
        'CONFLICT',
        'dossiers_unchecked',
        'Some dossiers were not checked for admissibility.',
        'id',
        {
          codes: unchecked.map((a) => a.code).join(', '),
        },
      );
    const undecided = rows.filter((a) => !a.proposal);
    if (undecided.length)
      throw new DomainError('CONFLICT', 'proposals_missing', 'Some dossiers have no proposal yet.', 'id', {
        codes: undecided.map((a) => a.code).join(', '),
      });
    const committed = rows.reduce((s, a) => s + (a.proposal === 'select' ? a.proposedMad! : 0), 0);
    if (committed > c.envelopeMad)
      throw new DomainError('CONFLICT', 'over_envelope', 'The amounts proposed exceed the call’s envelope.', 'id', {
        committed: String(committed),
        envelope: String(c.envelopeMad),
      });
    const { scores } = await repo.sheetOf(trx, commune.id, callId);
    const ranked = rows
      .map((a) => ({ a, mean: meanOf(scores.filter((s) => s.applicationId === a.id).map((s) => s.total)) ?? 0 }))
      .sort((x, y) => y.mean - x.mean || x.a.receivedAt.getTime() - y.a.receivedAt.getTime());
    const out: { code: string; state: CallApplicationState }[] = [];
    for (const [i, { a, mean }] of ranked.entries()) {
      const row = (await repo.applications.lockById(trx, commune.id, a.id))!;
      const selected = a.proposal === 'select';
      const to = selected ? 'selected' : 'refused';
      let subsidy: { id: string; kind: string } | null = null;
      if (selected)
        subsidy = await grantSubsidy(trx, {
          communeId: commune.id,
          associationId: a.associationId,
          callId,
          applicationId: a.id,
          project: a.project as CallText,
          amountMad: a.proposedMad!,
          year: c.year,
          actorId,
          now,
        });
      await moveCase(trx, applicationCase, {
        communeId: commune.id,
        row,
        from: 'admissible',
        to,
        kind: to,
        actorId,
        now,
        publicNote: selected ? null : a.decisionReason,
        set: { score: mean, rank: i + 1, grantedMad: selected ? a.proposedMad : null },
        data: subsidy ? { subsidyId: subsidy.id, kind: subsidy.kind } : {},
      });
      out.push({ code: a.code, state: to });
    }
    await repo.updateCall(trx, commune.id, callId, {
      state: 'published',
      publishedAt: now,
      publishedBy: actorId,
      updatedAt: now,
    });
    await audit(trx, commune.id, actorId, 'call.results_published', callId, {
      selected: out.filter((x) => x.state === 'selected').length,
      committedMad: committed,
    });
    return out;
  });
  // After commit: the associations' open pages see their outcome.
  for (const m of moved) publishState(ctx, applicationCase, commune.slug, m.code, m.state);
  return { published: moved.length };
}

/** The latest closing day a call may have and still be open today (the desk's default). */
export const defaultClosesOn = (now: Date) => addDays(localDate(now), 30);

/**
 * Every commune's calls of a budget year (this year when absent), for the network dashboard: calls
 * opened and their envelopes, dossiers filed and the amounts asked, dossiers selected and granted.
 */
export async function network(ctx: Pick<InnerContext, 'db' | 'clock'>, input: { year?: number | undefined }) {
  const year = input.year ?? Number(today(ctx).slice(0, 4));
  const communes = await networkCommunes(ctx.db);
  const { calls, dossiers, years } = await repo.networkRows(ctx.db, year);
  const rows = communes.map((c) => {
    const k = calls.find((x) => x.communeId === c.id);
    const d = dossiers.find((x) => x.communeId === c.id);
    return {
      commune: c.slug,
      names: c.names,
      calls: Number(k?.calls ?? 0),
      envelopeMad: Number(k?.envelopeMad ?? 0),
      dossiers: Number(d?.dossiers ?? 0),
      requestedMad: Number(d?.requestedMad ?? 0),
      selected: Number(d?.selected ?? 0),
      grantedMad: Number(d?.grantedMad ?? 0),
    };
  });
  return { year, years, communes: rows };
}
