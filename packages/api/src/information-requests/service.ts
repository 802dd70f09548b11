import type {
  Db,
  InformationIntakeChannel,
  InformationRequestSettings,
  InformationRequestState,
  Insertable,
  InformationRequestTable,
  Language,
  Localized,
} from '@shabaka/db';
import { recordAudit } from '../audit';
import {
  insertTimelineEntry,
  allocateCode,
  auditedActor,
  caseByCode,
  caseMine,
  caseQueue,
  communeOfCode,
  dueSoonUntil,
  findCaseByCode,
  ownedCase,
  trackCase,
  idempotentIntake,
  moveCase,
  moveStateCount,
  newOwnerSecret,
  proveOwner,
  publishState,
  recordEntry,
  timing as caseTiming,
  withLockedCase,
} from '../cases';
import type { CalendarChangeHook } from '../calendar';
import {
  loadCalendar,
  addWorkingDays,
  extendDeadline,
  firstCountedDay,
  workingDaysLeft,
  type WorkingCalendar,
} from '../calendar';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import * as documents from '../documents';
import { badRequest, conflict, notFound } from '../errors';
import { cin, normaliseCode } from '../fields';
import { languageOr, notifySubject, registerRecipients } from '../notifications';
import { informationCase } from './case';
import { REFUSAL_GROUNDS, type RefusalGround } from './exceptions';
import { remediesOf } from './remedies';
import * as repo from './repository';
import { bumpDaily } from './rollups';
import type { AnswerInput, QueueInput, SubmitInput } from './schemas';
import { informationSettings, settingsOf } from './settings';
import { actionsFor, allows, isOpen, isResponse, type StaffAction } from './states';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
/** The requester's actions also need the caller's session and the limits (owner proof). */
type CitizenCtx = Ctx & Pick<InnerContext, 'limits' | 'session' | 'signing'>;
type Req = repo.RequestRow;
interface Actor {
  userId: string;
}

export const trackingPath = (commune: string, code: string) => `/${commune}/information/${code}`;
/** Where the short link of a notice (/t/<code>) leads for an information request's code, or null. */
export async function shortLinkTarget(db: Db, raw: string): Promise<string | null> {
  const code = normaliseCode(raw, 'information');
  const commune = code ? await communeOfCode(db, code) : undefined;
  return code && commune ? trackingPath(commune.slug, code) : null;
}
/** How long after the fact an agent may still register a letter with its stamp date. */
const MAX_BACKDATE_DAYS = 90;

/** The PDF receipt; with the secret it proves ownership to the server (and prints it). */
export const receiptPath = (code: string, secret?: string | null) =>
  `/receipts/information/${code}.pdf${secret ? `?s=${secret}` : ''}`;

// ——— Intake ———

interface Intake {
  channel: InformationIntakeChannel;
  authorId: string | null;
  registeredBy: string | null;
  receivedAt?: Date | undefined;
}

/**
 * One intake path for every channel (web, counter, post, email): the code, the row, the
 * first timeline entry, the rollups and the audit row in one transaction. The deadline is
 * fixed now from the calendar and the commune's settings (20 working days, 3 if urgent).
 * A retry with the same idempotency key gets the request already filed (cases/intake.ts).
 */
/** Intake also reads the caller's language: the requester's notices are written in it. */
type IntakeCtx = Ctx & Partial<Pick<InnerContext, 'language'>>;

export function submit(ctx: IntakeCtx, commune: CommuneRow, input: SubmitInput, intake: Intake) {
  return idempotentIntake(ctx.db, informationCase(null), commune.id, input.idempotencyKey, {
    create: () => fileRequest(ctx, commune, input, intake),
    replay: async (r, secret) => receiptOf(commune.slug, r, secret, await loadCalendar(ctx.db)),
  });
}

async function fileRequest(ctx: IntakeCtx, commune: CommuneRow, input: SubmitInput, intake: Intake) {
  const now = ctx.clock.now();
  const receivedAt = intake.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime())
    throw badRequest('future_receipt', 'The date of receipt cannot be in the future.', 'receivedAt');
  if (receivedAt.getTime() < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000) {
    throw badRequest(
      'receipt_too_old',
      `The date of receipt must be within the last ${MAX_BACKDATE_DAYS} days.`,
      'receivedAt',
    );
  }
  const [settings, cal] = await Promise.all([informationSettings(ctx.db, commune.id), loadCalendar(ctx.db)]);
  const period = input.urgent ? settings.urgentAnswerWorkingDays : settings.answerWorkingDays;
  const dueAt = addWorkingDays(receivedAt, period, cal);
  const owner = newOwnerSecret();

  const request = await ctx.db.transaction().execute(async (trx) => {
    const r = await repo.insertRequest(trx, {
      communeId: commune.id,
      code: await allocateCode(trx, commune, 'information', now),
      subject: input.subject,
      description: input.description,
      urgent: input.urgent,
      urgencyReason: input.urgent ? (input.urgencyReason ?? null) : null,
      channel: intake.channel,
      deliveryChannel: input.deliveryChannel,
      requesterName: input.requester.name ?? null,
      requesterEmail: input.requester.email ?? null,
      requesterPhone: input.requester.phone ?? null,
      requesterAddress: input.requester.address ?? null,
      requesterCin: input.requester.cin ?? null,
      authorId: intake.authorId,
      registeredBy: intake.registeredBy,
      ownerSecretHash: owner.hash,
      state: 'received',
      receivedAt,
      periodWorkingDays: period,
      initialDueAt: dueAt,
      dueAt,
      idempotencyKey: input.idempotencyKey ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await insertTimelineEntry(trx, 'informationRequests', {
      communeId: commune.id,
      caseId: r.id,
      at: now,
      actorId: intake.registeredBy ?? intake.authorId,
      kind: 'submitted',
      toState: 'received',
      data: {
        channel: intake.channel,
        urgent: input.urgent,
        workingDays: period,
        dueAt: dueAt.toISOString(),
        receivedAt: receivedAt.toISOString(),
      },
    });
    // The receipt, to the contacts the requester gave, in their language, with the change.
    const registered = await registerRecipients(trx, {
      communeId: commune.id,
      subject: { type: 'information_request', id: r.id },
      contact: { email: input.requester.email, phone: input.requester.phone, account: intake.authorId },
      language: languageOr(ctx.language, commune.defaultLanguage as Language),
      source: intake.channel,
      now,
    });
    if (registered > 0) {
      await notifySubject(trx, {
        communeId: commune.id,
        template: 'information.received',
        subject: { type: 'information_request', id: r.id },
        params: { code: r.code, dueAt: dueAt.toISOString() },
        now,
      });
    }
    await moveStateCount(trx, informationCase(cal), commune.id, null, 'received');
    await bumpDaily(trx, commune.id, receivedAt, ['received']);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId: intake.registeredBy ?? intake.authorId,
      action: intake.registeredBy ? 'information.registered' : 'information.submitted',
      targetType: 'information_request',
      targetId: r.id,
      data: { code: r.code, channel: intake.channel, urgent: input.urgent },
    });
    return r;
  });
  stateChanged(ctx, commune.slug, request.code, 'received');
  return receiptOf(commune.slug, request, owner.secret, cal);
}

/**
 * The receipt with the owner's secret (only its hash is stored): with the code, it lets
 * a requester without an account follow, read and withdraw their request.
 */
function receiptOf(commune: string, r: Req, secret: string, cal: WorkingCalendar) {
  return {
    id: r.id,
    code: r.code,
    commune,
    state: r.state,
    urgent: r.urgent,
    receivedAt: r.receivedAt,
    firstCountedDay: firstCountedDay(r.receivedAt, cal),
    workingDays: r.periodWorkingDays,
    dueAt: r.dueAt,
    trackingPath: trackingPath(commune, r.code),
    receiptPath: receiptPath(r.code, secret),
    secret,
  };
}

function stateChanged(ctx: Ctx, commune: string, code: string, state: InformationRequestState) {
  // The event is the spec's; its calendar only counts reply times, so none is needed here.
  publishState(ctx, informationCase(null), commune, code, state);
}
function updated(ctx: Ctx, commune: string, code: string, state: InformationRequestState, what: string) {
  ctx.events.publish({ kind: 'information.updated', commune, data: { code, state, what } });
}

// ——— Requester side ———

/** The request with this code, scoped by the code's prefix (receipts). */
export async function findByCode(db: Db, code: string) {
  return (await findCaseByCode(db, informationCase(null), code))?.row;
}

/** Overdue and due soon as the kernel says them (as the queue filters them); the days left are this domain's. */
function timing(r: Req, settings: InformationRequestSettings, now: Date, cal: WorkingCalendar) {
  const { open, overdue, dueSoon } = caseTiming(informationCase(cal), r, now, {
    dueSoonDays: settings.dueSoonWorkingDays,
    cal,
  });
  const counted = firstCountedDay(r.receivedAt, cal);
  return {
    firstCountedDay: counted,
    overdue: open && overdue,
    dueSoon: open && dueSoon,
    workingDaysLeft: open ? workingDaysLeft(now, r.dueAt, cal, undefined, counted) : null,
    respondedOnTime: r.respondedAt && isResponse(r.state) ? r.respondedAt.getTime() <= r.dueAt.getTime() : null,
  };
}

/**
 * Tracking by code. Codes follow each other, so anyone may hold one: without proof of
 * being the requester (their secret, or their signed-in account) the page shows the
 * procedure only — state, dates, deadlines, remedies — never the subject, the texts or
 * any personal data. The requester also sees the texts addressed to them.
 */
export async function track(ctx: CitizenCtx, input: { code: string; secret?: string | undefined }) {
  const { row: r, commune, owner: mine, secretError } = await trackCase(ctx, informationCase(null), input);
  const [cal, events, publication] = await Promise.all([
    loadCalendar(ctx.db),
    repo.eventsOf(ctx.db, commune.id, r.id),
    repo.findPublication(ctx.db, commune.id, r.id),
  ]);
  const settings = settingsOf(commune.settings);
  const now = ctx.clock.now();
  const base = {
    code: r.code,
    commune: commune.slug,
    communeNames: commune.names as Localized,
    state: r.state,
    completeness: r.completeness,
    urgent: r.urgent,
    channel: r.channel,
    receivedAt: r.receivedAt,
    workingDays: r.periodWorkingDays,
    initialDueAt: r.initialDueAt,
    dueAt: r.dueAt,
    extended: !!r.extendedAt,
    extendedAt: r.extendedAt,
    respondedAt: r.respondedAt,
    closedAt: r.closedAt,
    refusalException: r.refusalException as RefusalGround | null,
    refusalArticle: r.refusalException ? (REFUSAL_GROUNDS[r.refusalException as RefusalGround]?.article ?? null) : null,
    transferredTo: r.transferredTo,
    published: !!publication && !publication.unpublishedAt,
    ...timing(r, settings, now, cal),
    remedies: remediesOf(r, settings, now, cal),
    owner: mine,
    /** Why a secret given with the request did not prove ownership (it still counts against the request's limit). */
    secretError,
    isRequester: mine,
    canWithdraw: mine && isOpen(r.state),
  };
  const timeline = events
    .filter((e) => e.kind !== 'note' && e.kind !== 'unpublished')
    .map((e) => ({
      at: e.at,
      kind: e.kind,
      fromState: e.fromState,
      toState: e.toState,
      note: mine ? e.publicNote : null,
    }));
  if (!mine) return { ...base, requester: null, timeline };
  return {
    ...base,
    requester: {
      subject: r.subject,
      description: r.description,
      deliveryChannel: r.deliveryChannel,
      urgencyReason: r.urgencyReason,
      extensionReason: r.extensionReason,
      answer: r.answerText,
      refusalReason: r.refusalReason,
      withdrawalReason: r.withdrawalReason,
      headComplaintText: r.headComplaintText,
      headAnswerText: r.headAnswerText,
      /** The signed PDF, downloadable by link, when the requester chose an electronic document. */
      answerDocument: await answerDocumentOf(ctx, commune, r),
    },
    timeline,
  };
}

export function mine(db: Db, userId: string) {
  return caseMine(informationCase(null), repo.mineColumns(db), userId);
}

/** The requester withdraws their own request (their secret, or signed in as its author). */
export async function withdrawByRequester(
  ctx: CitizenCtx,
  input: { code: string; secret?: string | undefined; reason?: string | undefined },
) {
  const spec = informationCase(null);
  const { row: request, commune } = await caseByCode(ctx.db, spec, input.code);
  const { actorId, actorKind } = auditedActor(proveOwner(ctx, ownedCase(spec, request), input.secret));
  const reason = input.reason;
  const cal = await loadCalendar(ctx.db);
  const now = ctx.clock.now();
  const result = await withLocked(ctx, commune.id, request.id, async (trx, r) => {
    if (!isOpen(r.state))
      throw conflict('closed', `A request that is "${r.state}" can no longer be withdrawn.`, 'code');
    await changeState(trx, commune.id, r, 'withdrawn', actorId, now, cal, {
      kind: 'withdrawn',
      publicNote: reason,
      set: { withdrawalReason: reason ?? null },
      data: { by: 'requester', actorKind },
    });
    return { code: r.code, state: 'withdrawn' as const };
  });
  stateChanged(ctx, commune.slug, result.code, result.state);
  return result;
}

export async function published(db: Db, commune: CommuneRow, limit: number, cursor: number) {
  const rows = await repo.publishedOf(db, commune.id, limit, cursor);
  return {
    total: rows[0]?.total ?? 0,
    nextCursor: rows.length === limit ? cursor + limit : null,
    items: rows.map(({ total: _t, ...r }) => r),
  };
}

// ——— Staff ———

export async function staffQueue(db: Db, commune: CommuneRow, filters: QueueInput, now: Date) {
  const [settings, cal] = await Promise.all([informationSettings(db, commune.id), loadCalendar(db)]);
  const spec = informationCase(cal);
  // Due soon: the deadline falls within the next N working days, today included.
  const until = dueSoonUntil(spec.clock, settings.dueSoonWorkingDays, now, cal);
  const [page, alerts] = await Promise.all([
    caseQueue(spec, repo.queueColumns(db, filters), commune.id, filters, { now, dueSoonUntil: until }, (r, t) => ({
      ...r,
      extended: !!r.extendedAt,
      overdue: t.overdue,
      dueSoon: t.dueSoon,
      workingDaysLeft: t.open
        ? workingDaysLeft(now, r.dueAt, cal, undefined, firstCountedDay(r.receivedAt, cal))
        : null,
    })),
    repo.alertCounts(db, commune.id, now, until),
  ]);
  return { total: page.total, nextCursor: page.nextCursor, alerts, items: page.items };
}

/** Everything staff of the commune may see: the requester, internal notes, remedies, publication. */
export async function detail(deps: Pick<InnerContext, 'db' | 'signing'>, commune: CommuneRow, id: string, now: Date) {
  const { db } = deps;
  const r = await repo.findById(db, commune.id, id);
  if (!r) throw notFound('unknown_request', 'No such information request in this commune.');
  const [settings, cal, events, publication] = await Promise.all([
    informationSettings(db, commune.id),
    loadCalendar(db),
    repo.eventsOf(db, commune.id, r.id),
    repo.findPublication(db, commune.id, r.id),
  ]);
  const { ownerSecretHash: _hash, idempotencyKey: _key, ...row } = r;
  const remedies = remediesOf(r, settings, now, cal);
  return {
    ...row,
    ...timing(r, settings, now, cal),
    remedies,
    actions: actionsFor(r.state, !!r.extendedAt),
    canRecordHeadComplaint: !!remedies.headComplaint.basis && !r.headComplaintAt,
    canAnswerHeadComplaint: !!r.headComplaintAt && !r.headAnsweredAt,
    canPublish: r.state === 'answered',
    publication: publication ?? null,
    answerDocument: await answerDocumentOf(deps, commune, r),
    timeline: events,
  };
}

function withLocked<T>(ctx: Ctx, communeId: string, id: string, fn: (trx: Db, r: Req) => Promise<T>) {
  return withLockedCase(ctx.db, informationCase(null), communeId, id, fn);
}

/**
 * A state change through the case kernel (cases/kernel.ts: row, timeline, state counts,
 * reply time and on-time rollups, audit), inside the caller's transaction, which holds
 * the row lock.
 */
async function changeState(
  trx: Db,
  communeId: string,
  r: Req,
  to: InformationRequestState,
  actorId: string | null,
  now: Date,
  cal: WorkingCalendar,
  opts: {
    kind: string;
    publicNote?: string | null | undefined;
    internalNote?: string | null | undefined;
    set?: Partial<Insertable<InformationRequestTable>>;
    data?: Record<string, unknown>;
  },
) {
  await moveCase(trx, informationCase(cal), {
    communeId,
    row: r,
    from: r.state,
    to,
    kind: opts.kind,
    actorId,
    now,
    publicNote: opts.publicNote,
    internalNote: opts.internalNote,
    set: opts.set,
    data: opts.data,
  });
}

function need(r: Req, action: StaffAction) {
  if (!allows(r.state, action)) {
    throw conflict('invalid_action', `A request that is "${r.state}" cannot be ${PAST[action]}.`, 'id');
  }
}
const PAST: Record<StaffAction, string> = {
  start: 'started',
  extend: 'extended',
  answer: 'answered',
  refuse: 'refused',
  transfer: 'transferred',
  withdraw: 'withdrawn',
};

/** Runs a staff state change under the row lock and publishes the event after commit. */
async function act(
  ctx: Ctx,
  commune: CommuneRow,
  id: string,
  fn: (trx: Db, r: Req, now: Date, cal: WorkingCalendar) => Promise<InformationRequestState>,
) {
  const now = ctx.clock.now();
  const cal = await loadCalendar(ctx.db);
  const result = await withLocked(ctx, commune.id, id, async (trx, r) => ({
    code: r.code,
    from: r.state,
    state: await fn(trx, r, now, cal),
  }));
  if (result.from !== result.state) stateChanged(ctx, commune.slug, result.code, result.state);
  else updated(ctx, commune.slug, result.code, result.state, 'request');
  return { code: result.code, state: result.state };
}

export function start(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; publicNote?: string | undefined; internalNote?: string | undefined },
) {
  return act(ctx, commune, input.id, async (trx, r, now, cal) => {
    need(r, 'start');
    await changeState(trx, commune.id, r, 'in_processing', actor.userId, now, cal, {
      kind: 'started',
      publicNote: input.publicNote,
      internalNote: input.internalNote,
    });
    return 'in_processing';
  });
}

/** Once, before the deadline, with a reason the requester reads; adds 20 (urgent: 3) working days. */
export async function extend(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; reason: string; internalNote?: string | undefined },
) {
  const settings = await informationSettings(ctx.db, commune.id);
  return act(ctx, commune, input.id, async (trx, r, now, cal) => {
    if (r.extendedAt) throw conflict('already_extended', 'The deadline can be extended only once.', 'id');
    need(r, 'extend');
    if (r.dueAt.getTime() < now.getTime())
      throw conflict('deadline_passed', 'The deadline has passed: it can no longer be extended.', 'id');
    const days = r.urgent ? settings.urgentExtensionWorkingDays : settings.extensionWorkingDays;
    const dueAt = extendDeadline(r.dueAt, days, cal);
    await changeState(trx, commune.id, r, 'extended', actor.userId, now, cal, {
      kind: 'extended',
      publicNote: input.reason,
      internalNote: input.internalNote,
      set: { extendedAt: now, extensionWorkingDays: days, extensionReason: input.reason, dueAt },
      data: { workingDays: days, previousDueAt: r.dueAt.toISOString(), dueAt: dueAt.toISOString() },
    });
    return 'extended';
  });
}

/**
 * A requester who chose "electronic document" receives the answer as a PDF signed with the
 * commune's key (documents/), issued once per request: the idempotency key ties the
 * document to its request, so a retried answer or a later call finds the same document.
 */
const answerDocumentKey = (requestId: string) => `information-answer:${requestId}`;

function issueAnswerDocument(ctx: Ctx & Pick<InnerContext, 'signing'>, commune: CommuneRow, actorId: string, r: Req) {
  return documents.issue(ctx, commune, actorId, {
    template: 'information_answer',
    fields: { requestCode: r.code, question: `${r.subject}\n${r.description}`, answer: r.answerText ?? '' },
    recipient: {
      name: r.requesterName ?? r.code,
      // The one CIN rule of fields.ts, the requester's at intake and the document's alike: checked again here
      // because a document is printed and signed from it.
      cin: r.requesterCin ? cin.parse(r.requesterCin) : undefined,
      address: r.requesterAddress ?? undefined,
    },
    language: 'both',
    delivery: 'electronic',
    idempotencyKey: answerDocumentKey(r.id),
  });
}

/** The signed answer of a request, when its requester asked for one and it was issued. */
async function answerDocumentOf(
  deps: Pick<InnerContext, 'db' | 'signing'>,
  commune: Pick<CommuneRow, 'id' | 'slug'>,
  r: Req,
) {
  if (r.deliveryChannel !== 'electronic_document' || r.state !== 'answered') return null;
  const d = await documents.findByKey(deps, commune, answerDocumentKey(r.id));
  return (
    d && {
      code: d.code,
      status: d.status,
      issuedAt: d.issuedAt,
      verifyPath: d.verifyPath,
      downloadPath: d.downloadPath,
    }
  );
}

export async function answer(
  ctx: Ctx & Pick<InnerContext, 'signing'>,
  commune: CommuneRow,
  actor: Actor,
  input: AnswerInput,
) {
  const result = await answerRequest(ctx, commune, actor, input);
  const r = await repo.findById(ctx.db, commune.id, input.id);
  if (r?.deliveryChannel !== 'electronic_document') return { ...result, document: null, documentFailed: false };
  // Outside the answer's transaction (the PDF takes a moment): if signing fails, the answer
  // stands, the reply says so, and the desk offers to issue the document again.
  try {
    const d = await issueAnswerDocument(ctx, commune, actor.userId, r);
    updated(ctx, commune.slug, r.code, r.state, 'document');
    return {
      ...result,
      document: { code: d.code, verifyPath: d.verifyPath, downloadPath: d.downloadPath },
      documentFailed: false,
    };
  } catch (err) {
    console.error(`information ${r.code}: the signed answer could not be issued`, err);
    return { ...result, document: null, documentFailed: true };
  }
}

/** The desk's retry when the signed answer could not be issued with the answer. */
export async function reissueAnswerDocument(
  ctx: Ctx & Pick<InnerContext, 'signing'>,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string },
) {
  const r = await repo.findById(ctx.db, commune.id, input.id);
  if (!r) throw notFound('unknown_request', 'No such information request in this commune.');
  if (r.state !== 'answered') throw conflict('not_answered', 'Only an answered request has an answer to sign.', 'id');
  if (r.deliveryChannel !== 'electronic_document')
    throw conflict('not_electronic', 'The requester did not ask for an electronic document.', 'id');
  const d = await issueAnswerDocument(ctx, commune, actor.userId, r);
  updated(ctx, commune.slug, r.code, r.state, 'document');
  return { code: d.code, verifyPath: d.verifyPath, downloadPath: d.downloadPath };
}

function answerRequest(ctx: Ctx, commune: CommuneRow, actor: Actor, input: AnswerInput) {
  return act(ctx, commune, input.id, async (trx, r, now, cal) => {
    need(r, 'answer');
    await changeState(trx, commune.id, r, 'answered', actor.userId, now, cal, {
      kind: 'answered',
      internalNote: input.internalNote,
      set: { completeness: input.completeness, answerText: input.answer },
      data: { completeness: input.completeness },
    });
    if (input.publish)
      await publishIn(
        trx,
        commune.id,
        { ...r, state: 'answered' },
        actor.userId,
        now,
        input.redactedAnswer!,
        input.redactedSubject,
      );
    return 'answered';
  });
}

/** A reasoned decision citing the legal exception (Law 31-13, art. 7). */
export function refuse(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; exception: RefusalGround; reason: string; internalNote?: string | undefined },
) {
  return act(ctx, commune, input.id, async (trx, r, now, cal) => {
    need(r, 'refuse');
    await changeState(trx, commune.id, r, 'refused', actor.userId, now, cal, {
      kind: 'refused',
      publicNote: input.reason,
      internalNote: input.internalNote,
      set: { refusalException: input.exception, refusalReason: input.reason },
      data: { exception: input.exception, article: REFUSAL_GROUNDS[input.exception].article },
    });
    return 'refused';
  });
}

export function transfer(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; body: string; publicNote?: string | undefined; internalNote?: string | undefined },
) {
  return act(ctx, commune, input.id, async (trx, r, now, cal) => {
    need(r, 'transfer');
    await changeState(trx, commune.id, r, 'transferred', actor.userId, now, cal, {
      kind: 'transferred',
      publicNote: input.publicNote ?? null,
      internalNote: input.internalNote,
      set: { transferredTo: input.body },
      data: { body: input.body },
    });
    return 'transferred';
  });
}

/** A withdrawal the requester handed in at the counter or by post, recorded by an agent. */
export function withdrawOnBehalf(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; reason?: string | undefined; internalNote?: string | undefined },
) {
  return act(ctx, commune, input.id, async (trx, r, now, cal) => {
    need(r, 'withdraw');
    await changeState(trx, commune.id, r, 'withdrawn', actor.userId, now, cal, {
      kind: 'withdrawn',
      publicNote: input.reason,
      internalNote: input.internalNote,
      set: { withdrawalReason: input.reason ?? null },
      data: { by: 'staff_for_requester' },
    });
    return 'withdrawn';
  });
}

/** Records the requester's complaint to the head of the body, once its window has opened. */
export async function recordHeadComplaint(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; text: string; receivedAt?: Date | undefined },
) {
  const settings = await informationSettings(ctx.db, commune.id);
  return act(ctx, commune, input.id, async (trx, r, now, cal) => {
    const at = input.receivedAt ?? now;
    if (at.getTime() > now.getTime())
      throw badRequest('future_receipt', 'The date of receipt cannot be in the future.', 'receivedAt');
    if (r.headComplaintAt)
      throw conflict('head_complaint_exists', 'A complaint to the head of the body is already recorded.', 'id');
    const window = remediesOf(r, settings, now, cal).headComplaint;
    if (!window.basis || !window.opensAt || at.getTime() < window.opensAt.getTime()) {
      throw conflict(
        'head_complaint_not_open',
        'A complaint to the head of the body follows an answer, a refusal or an expired deadline without answer.',
        'id',
      );
    }
    const late = !!window.deadline && at.getTime() > window.deadline.getTime();
    await recordEntry(trx, informationCase(cal), {
      communeId: commune.id,
      row: r,
      kind: 'head_complaint',
      actorId: actor.userId,
      now,
      data: { receivedAt: at.toISOString(), late, basis: window.basis },
      set: { headComplaintAt: at, headComplaintText: input.text },
      audit: { late },
    });
    return r.state;
  });
}

export function answerHeadComplaint(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; outcome: 'upheld' | 'partially_upheld' | 'rejected'; answer: string },
) {
  return act(ctx, commune, input.id, async (trx, r, now, cal) => {
    if (!r.headComplaintAt)
      throw conflict('no_head_complaint', 'No complaint to the head of the body is recorded for this request.', 'id');
    if (r.headAnsweredAt) throw conflict('head_complaint_answered', 'The head of the body has already answered.', 'id');
    await recordEntry(trx, informationCase(cal), {
      communeId: commune.id,
      row: r,
      kind: 'head_answered',
      actorId: actor.userId,
      now,
      publicNote: input.answer,
      data: { outcome: input.outcome },
      set: { headAnsweredAt: now, headOutcome: input.outcome, headAnswerText: input.answer },
      audit: { outcome: input.outcome },
    });
    return r.state;
  });
}

// ——— Proactive disclosure ———

async function publishIn(
  trx: Db,
  communeId: string,
  r: Req,
  actorId: string,
  now: Date,
  redactedAnswer: string,
  redactedSubject: string | undefined,
) {
  if (r.state !== 'answered') throw conflict('not_answered', 'Only an answered request can be published.', 'id');
  await repo.upsertPublication(trx, {
    communeId,
    requestId: r.id,
    subject: redactedSubject ?? null,
    answer: redactedAnswer,
    at: now,
    by: actorId,
  });
  await recordEntry(trx, informationCase(null), { communeId, row: r, kind: 'published', actorId, now, audit: {} });
}

/** Staff publish the answer with personal data removed; the requester's identity never appears. */
export function publish(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; redactedAnswer: string; redactedSubject?: string | undefined },
) {
  return act(ctx, commune, input.id, async (trx, r, now) => {
    await publishIn(trx, commune.id, r, actor.userId, now, input.redactedAnswer, input.redactedSubject);
    return r.state;
  });
}

/** Soft withdrawal from the public list, kept with who, when and why. */
export function unpublish(ctx: Ctx, commune: CommuneRow, actor: Actor, input: { id: string; reason: string }) {
  return act(ctx, commune, input.id, async (trx, r, now) => {
    const p = await repo.findPublication(trx, commune.id, r.id);
    if (!p || p.unpublishedAt) throw conflict('not_published', 'This request is not published.', 'id');
    await repo.unpublish(trx, commune.id, r.id, actor.userId, now, input.reason);
    await recordEntry(trx, informationCase(null), {
      communeId: commune.id,
      row: r,
      kind: 'unpublished',
      actorId: actor.userId,
      now,
      internalNote: input.reason,
      audit: { reason: input.reason },
    });
    return r.state;
  });
}

// ——— Calendar changes ———

/**
 * A network admin changed the moveable holidays: the deadlines of open requests are
 * computed again from their receipt and their stored periods (initial, then extension),
 * each change noted on the request's timeline.
 */
export const recomputeOpenDeadlines: CalendarChangeHook = async (trx, cal, { now, actorId }) => {
  let changed = 0;
  for (const r of await repo.openRequestsForUpdate(trx)) {
    const initialDueAt = addWorkingDays(r.receivedAt, r.periodWorkingDays, cal);
    const dueAt =
      r.extensionWorkingDays !== null ? extendDeadline(initialDueAt, r.extensionWorkingDays, cal) : initialDueAt;
    if (dueAt.getTime() === r.dueAt.getTime() && initialDueAt.getTime() === r.initialDueAt.getTime()) continue;
    const moved = { previousDueAt: r.dueAt.toISOString(), dueAt: dueAt.toISOString() };
    await recordEntry(trx, informationCase(cal), {
      communeId: r.communeId,
      row: r,
      kind: 'deadline_recomputed',
      actorId,
      now,
      data: { ...moved, reason: 'holidays_changed' },
      set: { initialDueAt, dueAt },
      audit: moved,
    });
    changed++;
  }
  return { name: 'informationRequests', changed };
};
