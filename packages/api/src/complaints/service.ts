import { randomUUID } from 'node:crypto';
import type { ComplaintStage, Db, Language, Localized } from '@shabaka/db';
import { recordAudit } from '../audit';
import {
  auditedActor,
  caseByCode,
  caseMine,
  caseQueue,
  codeYear,
  communeOfCode,
  dayOf,
  findCaseByCode,
  idempotentIntake,
  newOwnerSecret,
  normaliseCode,
  ownedCase,
  proveOwner,
  publishState,
  recordEntry,
  timing,
  trackCase,
  moveCase,
  transition as kernelTransition,
  withLockedCase,
} from '../cases';
import { complaintCase } from './case';
import type { CommuneRow } from '../communes';
import { findCommuneBySlug, rolesOf } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, notFound } from '../errors';
import {
  follow as followCase,
  isFollowing,
  languageOr,
  notifyStaff,
  notifySubject,
  recordContactConsent,
  registerRecipients,
  unfollow as unfollowCase,
} from '../notifications';
import { processPhoto, processScan, type ProcessedFile, putFile } from '../files';
import type { Upload } from '../files';
import * as repo from './repository';
import { moveRating } from './rollups';
import type { QueueInput, RegisterInput, SubmitInput, TransitionInput } from './schemas';
import { addDays, coarsen, complaintSettings, settingsOf } from './settings';
import { isOpen, nextStages } from './stages';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
/** Intake also reads the caller's language: the citizen's notices are written in it. */
type IntakeCtx = Ctx & Partial<Pick<InnerContext, 'language'>>;
/** Citizen actions also need the caller's session and the limits (owner proof). */
type CitizenCtx = Ctx & Pick<InnerContext, 'limits' | 'session'>;

type Complaint = NonNullable<Awaited<ReturnType<typeof repo.findById>>>;

export const fileUrl = (commune: string, attachmentId: string, size: 'full' | 'thumb') =>
  `/files/${commune}/${attachmentId}${size === 'thumb' ? '?size=thumb' : ''}`;
export const trackingPath = (commune: string, code: string) => `/${commune}/track/${code}`;
/**
 * Where a short link `/t/<code>` (the one SMS and emails carry) leads: the complaint's
 * tracking page in its commune, found by the code's prefix; null for anything else.
 */
export async function shortLinkTarget(db: Db, raw: string): Promise<string | null> {
  const code = normaliseCode(raw, 'complaint');
  const commune = code ? await communeOfCode(db, code) : undefined;
  return code && commune ? trackingPath(commune.slug, code) : null;
}
/** The PDF receipt; with the secret it proves ownership to the server (and prints it). */
export const receiptPath = (code: string, secret?: string | null) =>
  `/receipts/${code}.pdf${secret ? `?s=${secret}` : ''}`;

export function categories(db: Db, commune: CommuneRow) {
  return repo.categoriesOf(db, commune.id);
}

async function decodeAll(
  uploads: Upload[],
  field: string,
  process: (b: Buffer, f: string) => Promise<{ main: ProcessedFile; thumb: ProcessedFile | null }>,
) {
  const out = [];
  for (const [i, u] of uploads.entries()) out.push(await process(Buffer.from(u.dataBase64, 'base64'), `${field}.${i}`));
  return out;
}

interface Intake {
  channel: 'web' | 'counter' | 'paper' | 'phone' | 'open311';
  authorId: string | null;
  registeredBy: string | null;
  /** A walk-in's consent to engagement messages per contact, recorded by the counter agent. */
  consent?: { email: boolean; sms: boolean } | undefined;
}

/**
 * One intake path for every channel (portal, counter, paper, phone, Open311): the
 * uploads are checked and re-encoded first, then the complaint, its files, the first
 * timeline entry and the rollups are written in one transaction — all or nothing. A
 * retry with the same idempotency key gets the complaint already filed (cases/intake.ts).
 */
export function submit(
  ctx: IntakeCtx,
  commune: CommuneRow,
  input: SubmitInput & { scans?: RegisterInput['scans'] },
  intake: Intake,
) {
  return idempotentIntake(ctx.db, complaintCase, commune.id, input.idempotencyKey, {
    create: () => fileComplaint(ctx, commune, input, intake),
    replay: (c, secret) => receiptOf(commune.slug, c, secret),
  });
}

async function fileComplaint(
  ctx: IntakeCtx,
  commune: CommuneRow,
  input: SubmitInput & { scans?: RegisterInput['scans'] },
  intake: Intake,
) {
  const category = await repo.findCategoryWithSettings(ctx.db, commune.id, input.categoryId);
  if (!category || !category.active)
    throw badRequest('unknown_category', 'Choose one of this commune’s categories.', 'categoryId');
  const photos = await decodeAll(input.photos, 'photos', processPhoto);
  const scans = await decodeAll(input.scans ?? [], 'scans', processScan);
  const settings = settingsOf(category.settings);
  const now = ctx.clock.now();
  const year = codeYear(now);
  const id = randomUUID();
  const owner = newOwnerSecret();
  const intakeRow = {
    complaint: {
      id,
      communeId: commune.id,
      kind: input.kind,
      categoryId: category.id,
      departmentId: category.departmentId,
      description: input.description,
      lat: input.location?.lat ?? null,
      lon: input.location?.lon ?? null,
      address: input.address ?? null,
      channel: intake.channel,
      replyChannel: input.replyChannel,
      contactName: input.contact.name ?? null,
      contactPhone: input.contact.phone ?? null,
      contactEmail: input.contact.email ?? null,
      authorId: intake.authorId,
      registeredBy: intake.registeredBy,
      ackDueAt: addDays(now, settings.ackDays),
      answerDueAt: addDays(now, settings.answerDays),
      idempotencyKey: input.idempotencyKey ?? null,
      createdAt: now,
      ownerSecretHash: owner.hash,
      publicDescription: input.publicDescription,
    },
    codePrefix: commune.codePrefix,
    year,
    day: dayOf(now),
    event: {
      communeId: commune.id,
      complaintId: id,
      at: now,
      actorId: intake.registeredBy ?? intake.authorId,
      kind: 'submitted',
      toStage: 'received' as const,
      data: { channel: intake.channel, photos: photos.length, scans: scans.length },
    },
  };

  // A signed-in author's own bell hears too (in-app), besides the contacts typed in the form.
  const contact = { email: input.contact.email, phone: input.contact.phone, account: intake.authorId };
  /** The receipt notice, to every contact the citizen gave, in the intake's transaction. */
  const notify = async (trx: Db, c: Complaint) => {
    const registered = await registerRecipients(trx, {
      communeId: commune.id,
      subject: { type: 'complaint', id: c.id },
      contact,
      language: languageOr(ctx.language, commune.defaultLanguage as Language),
      source: intake.channel,
      now,
    });
    if (registered === 0) return;
    if (intake.registeredBy && intake.consent)
      await recordContactConsent(trx, {
        communeId: commune.id,
        subject: { type: 'complaint', id: c.id },
        contact,
        consent: intake.consent,
        actorId: intake.registeredBy,
        source: 'counter',
        now,
      });
    await notifySubject(trx, {
      communeId: commune.id,
      template: 'complaint.received',
      subject: { type: 'complaint', id: c.id },
      params: { code: c.code, answerDueAt: c.answerDueAt.toISOString() },
      now,
    });
  };

  let complaint: Complaint;
  if (photos.length + scans.length === 0 && !contact.email && !contact.phone && !contact.account) {
    // One statement is atomic on its own: no BEGIN/COMMIT round trips around the locks.
    complaint = await repo.insertIntake(ctx.db, intakeRow);
  } else if (photos.length + scans.length === 0) {
    complaint = await ctx.db.transaction().execute(async (trx) => {
      const c = await repo.insertIntake(trx, intakeRow);
      await notify(trx, c);
      return c;
    });
  } else {
    complaint = await ctx.db.transaction().execute(async (trx) => {
      // Files first: their bytes take the longest to send and lock no shared row.
      const stored = async (files: { main: ProcessedFile; thumb: ProcessedFile | null }[]) => {
        const out = [];
        for (const f of files)
          out.push({
            fileId: await putFile(trx, commune.id, f.main),
            thumbFileId: f.thumb ? await putFile(trx, commune.id, f.thumb) : null,
          });
        return out;
      };
      const photoFiles = await stored(photos);
      const scanFiles = await stored(scans);
      const c = await repo.insertIntake(trx, intakeRow);
      for (const [kind, files] of [
        ['photo', photoFiles],
        ['scan', scanFiles],
      ] as const) {
        for (const [position, f] of files.entries()) {
          await repo.insertAttachment(trx, { communeId: commune.id, complaintId: c.id, kind, ...f, position });
        }
      }
      await notify(trx, c);
      return c;
    });
  }
  ctx.events.publish({ kind: 'complaint.submitted', commune: commune.slug, data: { code: complaint.code } });
  return receiptOf(commune.slug, complaint, owner.secret);
}

/** The intake's answer: code, deadlines, links and the owner's secret (shown once, printed on the receipt). */
function receiptOf(commune: string, c: Complaint, secret: string) {
  return {
    id: c.id,
    code: c.code,
    secret,
    commune,
    stage: c.stage,
    createdAt: c.createdAt,
    ackDueAt: c.ackDueAt,
    answerDueAt: c.answerDueAt,
    trackingPath: trackingPath(commune, c.code),
    receiptPath: receiptPath(c.code, secret),
  };
}

/** The description as non-owners may read it: only when the citizen chose so and staff did not hide it. */
const publicDescriptionOf = (c: Pick<Complaint, 'description' | 'publicDescription' | 'descriptionRedactedAt'>) =>
  c.publicDescription && !c.descriptionRedactedAt ? c.description : null;

/** The complaint with this code, scoped by the code's prefix (receipts, Open311). */
export async function findByCode(db: Db, code: string) {
  return (await findCaseByCode(db, complaintCase, code))?.row;
}

/**
 * What anyone holding the code sees: category, area (a coarsened position), stage, the
 * commune's public answers and the visible photos; the description only when the citizen
 * made it public and staff did not hide it. No contact details, no internal notes, no
 * staff names unless the commune allows them, no citizen text staff have not accepted.
 * The owner (their account, or the secret) also sees their description, the address,
 * their rating and their own texts with their review state.
 */
export async function track(ctx: CitizenCtx, input: { code: string; secret?: string | undefined }) {
  const { row: c, commune, owner, secretError } = await trackCase(ctx, complaintCase, input);
  const settings = await complaintSettings(ctx.db, commune.id);
  const [events, attachments, category] = await Promise.all([
    repo.eventsOf(ctx.db, commune.id, c.id),
    repo.attachmentsOf(ctx.db, commune.id, [c.id]),
    repo.findCategory(ctx.db, commune.id, c.categoryId),
  ]);
  const duplicateOf = c.duplicateOf ? await repo.findById(ctx.db, commune.id, c.duplicateOf) : undefined;
  const now = ctx.clock.now();
  const userId = ctx.session?.userId ?? null;
  const following =
    !!userId && !owner && (await isFollowing(ctx.db, commune.id, { type: 'complaint', id: c.id }, userId));
  return {
    code: c.code,
    commune: commune.slug,
    communeNames: commune.names,
    kind: c.kind,
    category: { code: category?.code ?? '', names: (category?.names ?? { ar: '', fr: '', es: '' }) as Localized },
    owner,
    /** Why a secret given with the request did not prove ownership (it still counts against the case's limit). */
    secretError,
    description: owner ? c.description : publicDescriptionOf(c),
    publicDescription: c.publicDescription,
    descriptionRedacted: !!c.descriptionRedactedAt,
    address: owner ? c.address : null,
    location: c.lat !== null && c.lon !== null ? coarsen(c.lat, c.lon, settings.coarsenMeters) : null,
    stage: c.stage,
    channel: c.channel,
    replyChannel: c.replyChannel,
    createdAt: c.createdAt,
    ackDueAt: c.ackDueAt,
    answerDueAt: c.answerDueAt,
    acknowledgedAt: c.acknowledgedAt,
    closedAt: c.closedAt,
    overdue: timing(complaintCase, c, now).overdue,
    duplicateOf: duplicateOf?.code ?? null,
    referredTo: c.referredTo,
    rating: owner ? c.rating : null,
    canReopen: canReopen(c, settings.reopenDays, now),
    canRate: !isOpen(c.stage),
    /** Whether the signed-in reader (not the owner) follows it. */
    following,
    photos: attachments
      .filter((a) => a.kind === 'photo' && a.state === 'visible')
      .map((a) => ({
        id: a.id,
        url: fileUrl(commune.slug, a.id, 'full'),
        thumbUrl: fileUrl(commune.slug, a.id, 'thumb'),
      })),
    timeline: events
      .filter((e) => e.kind !== 'note' || e.publicNote)
      .map((e) => ({
        at: e.at,
        kind: e.kind,
        fromStage: e.fromStage,
        toStage: e.toStage,
        note: e.publicNote ?? (e.citizenTextStatus === 'published' ? e.citizenText : null),
        // Staff names only (when the commune shows them): a citizen's own account never.
        actorName:
          settings.showStaffNames && e.actorId && e.actorId !== c.authorId && !CITIZEN_KINDS.has(e.kind)
            ? e.actorName
            : null,
        /** The owner's own text (reopen reason, rating comment) and whether staff published it. */
        citizenText: owner ? e.citizenText : null,
        citizenTextStatus: owner ? e.citizenTextStatus : null,
      })),
  };
}

/** Timeline entries a citizen (the owner) writes. */
const CITIZEN_KINDS = new Set(['reopened', 'rated']);

const canReopen = (c: Complaint, reopenDays: number, now: Date) =>
  (c.stage === 'resolved' || c.stage === 'rejected') && !!c.closedAt && addDays(c.closedAt, reopenDays) >= now;

/**
 * Follows (or stops following) a complaint that is not one's own, by its code: its later
 * moves and public notes reach the follower as engagement messages (notifications/preferences.ts).
 * The author already hears of it all (legal notices), so cannot follow their own.
 */
export async function follow(ctx: Ctx, userId: string, code: string, on: boolean) {
  const c = await findByCode(ctx.db, code);
  if (!c) throw notFound('unknown_code', `No complaint has the code ${code}.`);
  const subject = { type: 'complaint', id: c.id };
  if (!on) return ctx.db.transaction().execute((trx) => unfollowCase(trx, { communeId: c.communeId, subject, userId }));
  if (c.authorId === userId)
    throw badRequest('own_complaint', 'This is your own complaint: you already receive its news.', 'code');
  const now = ctx.clock.now();
  const r = await ctx.db
    .transaction()
    .execute((trx) => followCase(trx, { communeId: c.communeId, subject, userId, now }));
  return { following: r.following };
}

export function mine(db: Db, userId: string) {
  return caseMine(complaintCase, repo.mineColumns(db), userId);
}

export async function publicMap(db: Db, commune: CommuneRow, open: boolean, limit: number) {
  const settings = await complaintSettings(db, commune.id);
  const rows = await repo.forMap(db, commune.id, open, limit);
  return rows.map((r) => ({
    code: r.code,
    stage: r.stage,
    createdAt: r.createdAt,
    category: { code: r.categoryCode, names: r.categoryNames },
    ...coarsen(r.lat!, r.lon!, settings.coarsenMeters),
  }));
}

// ——— Staff ———

export function staffQueue(db: Db, commune: CommuneRow, filters: QueueInput, now: Date) {
  const base = repo.queueColumns(db, filters);
  const f = { ...filters, state: filters.stage };
  return caseQueue(complaintCase, base, commune.id, f, { now }, (r, t) => ({ ...r, overdue: t.overdue }));
}

/** Everything staff of the commune may see: contact, exact position, internal notes, every attachment. */
export async function detail(db: Db, commune: CommuneRow, id: string, now: Date) {
  const c = await repo.findById(db, commune.id, id);
  if (!c) throw notFound('unknown_complaint', 'No such complaint in this commune.');
  const [events, attachments, category] = await Promise.all([
    repo.eventsOf(db, commune.id, c.id),
    repo.attachmentsOf(db, commune.id, [c.id]),
    repo.findCategory(db, commune.id, c.categoryId),
  ]);
  const duplicateOf = c.duplicateOf ? await repo.findById(db, commune.id, c.duplicateOf) : undefined;
  const { ownerSecretHash: _hash, ...row } = c;
  return {
    ...row,
    category,
    duplicateOfCode: duplicateOf?.code ?? null,
    overdue: timing(complaintCase, c, now).overdue,
    nextStages: nextStages(c.stage),
    attachments: attachments.map((a) => ({
      ...a,
      url: fileUrl(commune.slug, a.id, 'full'),
      thumbUrl: a.thumbFileId ? fileUrl(commune.slug, a.id, 'thumb') : null,
    })),
    timeline: events,
    /** Citizen texts waiting for review (complaints.reviewCitizenText). */
    pendingCitizenText: events
      .filter((e) => e.citizenTextStatus === 'pending')
      .map((e) => ({ entryId: e.id, at: e.at, kind: e.kind, text: e.citizenText! })),
  };
}

interface Actor {
  userId: string;
}

/**
 * A stage change through the case kernel (cases/kernel.ts: row, timeline, counts, rollups,
 * audit); the caller holds the row lock inside `trx`. The citizen's reopening is audited
 * by reopen() itself, with how the owner proved it.
 */
async function changeStage(
  trx: Db,
  commune: CommuneRow,
  c: Complaint,
  to: ComplaintStage,
  actorId: string | null,
  now: Date,
  notes: { publicNote?: string | undefined; internalNote?: string | undefined },
  kind = 'stage_changed',
  extra: Record<string, unknown> = {},
  citizenText?: string,
) {
  await moveCase(trx, complaintCase, {
    communeId: commune.id,
    row: c,
    from: c.stage,
    to,
    kind,
    actorId,
    now,
    publicNote: notes.publicNote,
    internalNote: notes.internalNote,
    set: extra,
    data: extra,
    citizenText,
    audit: !!actorId && kind !== 'reopened',
  });
}

function withLockedComplaint<T>(ctx: Ctx, commune: CommuneRow, id: string, fn: (trx: Db, c: Complaint) => Promise<T>) {
  return withLockedCase(ctx.db, complaintCase, commune.id, id, fn);
}

function published(ctx: Ctx, commune: CommuneRow, code: string, stage: ComplaintStage) {
  publishState(ctx, complaintCase, commune.slug, code, stage);
}

export async function transition(ctx: Ctx, commune: CommuneRow, actor: Actor, input: TransitionInput) {
  const now = ctx.clock.now();
  const move = { id: input.id, to: input.to, kind: 'stage_changed', actorId: actor.userId, now, ...notesOf(input) };
  return kernelTransition(ctx, complaintCase, commune, move, async (trx, c) => {
    const extra: Record<string, unknown> = {};
    if (input.to === 'duplicate') {
      const original = await repo.findByCode(trx, commune.id, input.duplicateOf!);
      if (!original || original.id === c.id) {
        throw badRequest('unknown_original', 'Give the code of another complaint of this commune.', 'duplicateOf');
      }
      extra.duplicateOf = original.id;
      await repo.insertEvent(trx, {
        communeId: commune.id,
        complaintId: original.id,
        at: now,
        actorId: actor.userId,
        kind: 'merged',
        internalNote: input.internalNote,
        data: { duplicate: c.code },
      });
    }
    if (input.to === 'referred') extra.referredTo = input.referredTo;
    return { set: extra, data: extra };
  }).then((r) => ({ code: r.code, stage: r.state }));
}

const notesOf = (n: { publicNote?: string | undefined; internalNote?: string | undefined }) => ({
  publicNote: n.publicNote,
  internalNote: n.internalNote,
});

/** Routes a complaint to a department and/or agent; a complaint still "received" is thereby acknowledged. */
export async function assign(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: {
    id: string;
    departmentId?: string | null | undefined;
    assigneeId?: string | null | undefined;
    publicNote?: string | undefined;
    internalNote?: string | undefined;
  },
) {
  const now = ctx.clock.now();
  if (input.departmentId) {
    const d = await ctx.db
      .selectFrom('departments')
      .select('id')
      .where('communeId', '=', commune.id)
      .where('id', '=', input.departmentId)
      .executeTakeFirst();
    if (!d) throw badRequest('unknown_department', 'Choose one of this commune’s departments.', 'departmentId');
  }
  if (input.assigneeId && (await rolesOf(ctx.db, commune.id, input.assigneeId)).length === 0) {
    throw badRequest('not_staff', 'The assignee must be a staff member of this commune.', 'assigneeId');
  }
  const result = await withLockedComplaint(ctx, commune, input.id, async (trx, c) => {
    const extra: Record<string, unknown> = {};
    if (input.departmentId !== undefined) extra.departmentId = input.departmentId;
    if (input.assigneeId !== undefined) extra.assigneeId = input.assigneeId;
    // "Assigned to me": the new assignee hears of it in this transaction, unless they took it themselves.
    if (input.assigneeId && input.assigneeId !== c.assigneeId && input.assigneeId !== actor.userId) {
      await notifyStaff(trx, {
        communeId: commune.id,
        userIds: [input.assigneeId],
        template: 'staff.assigned',
        params: { code: c.code, id: c.id },
        subject: { type: 'complaint', id: c.id },
        now,
      });
    }
    if (c.stage === 'received') {
      await changeStage(trx, commune, c, 'processing', actor.userId, now, input, 'assigned', extra);
      return { code: c.code, stage: 'processing' as ComplaintStage };
    }
    if (!isOpen(c.stage))
      throw conflict('closed', 'A closed complaint cannot be assigned; it must be reopened first.', 'id');
    await recordEntry(trx, complaintCase, {
      communeId: commune.id,
      row: c,
      kind: 'assigned',
      actorId: actor.userId,
      now,
      ...notesOf(input),
      data: extra,
      set: extra,
      audit: extra,
    });
    return { code: c.code, stage: c.stage };
  });
  published(ctx, commune, result.code, result.stage);
  return result;
}

export async function note(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; publicNote?: string | undefined; internalNote?: string | undefined },
) {
  const now = ctx.clock.now();
  const result = await withLockedComplaint(ctx, commune, input.id, async (trx, c) => {
    await recordEntry(trx, complaintCase, {
      communeId: commune.id,
      row: c,
      kind: 'note',
      actorId: actor.userId,
      now,
      ...notesOf(input),
      set: {},
      audit: { public: !!input.publicNote },
    });
    return { code: c.code, stage: c.stage };
  });
  if (input.publicNote) published(ctx, commune, result.code, result.stage);
  return result;
}

// ——— Citizen follow-up (the owner: account or secret) ———

/**
 * The owner reopens a resolved or rejected complaint within the period. The stage changes
 * at once; the reason waits for staff review before the public timeline shows it.
 */
export async function reopen(ctx: CitizenCtx, input: { code: string; secret?: string | undefined; reason: string }) {
  const { row: complaint, commune: small } = await caseByCode(ctx.db, complaintCase, input.code);
  const proof = proveOwner(ctx, ownedCase(complaintCase, complaint), input.secret);
  const { actorId, actorKind } = auditedActor(proof);
  const commune = (await findCommuneBySlug(ctx.db, small.slug))!;
  const settings = await complaintSettings(ctx.db, commune.id);
  const now = ctx.clock.now();
  const result = await withLockedComplaint(ctx, commune, complaint.id, async (trx, c) => {
    if (!canReopen(c, settings.reopenDays, now)) {
      throw conflict(
        'cannot_reopen',
        `Only a resolved or rejected complaint can be reopened, within ${settings.reopenDays} days.`,
        'code',
      );
    }
    await changeStage(
      trx,
      commune,
      c,
      'processing',
      actorId,
      now,
      {},
      'reopened',
      {
        reopenCount: c.reopenCount + 1,
        answerDueAt: addDays(now, settings.answerDays),
      },
      input.reason,
    );
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'complaint.reopened',
      targetType: 'complaint',
      targetId: c.id,
      data: { code: c.code, from: c.stage, actorKind },
    });
    return { code: c.code, stage: 'processing' as ComplaintStage };
  });
  published(ctx, commune, result.code, result.stage);
  return result;
}

/** The owner rates the answer of a closed complaint; a comment waits for staff review. */
export async function rate(
  ctx: CitizenCtx,
  input: { code: string; secret?: string | undefined; rating: number; comment?: string | undefined },
) {
  const { row: complaint, commune } = await caseByCode(ctx.db, complaintCase, input.code);
  const proof = proveOwner(ctx, ownedCase(complaintCase, complaint), input.secret);
  const { actorId, actorKind } = auditedActor(proof);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const c = (await repo.lockById(trx, commune.id, complaint.id))!;
    if (isOpen(c.stage))
      throw conflict('still_open', 'You can rate the answer once the complaint is closed.', 'rating');
    await recordEntry(trx, complaintCase, {
      communeId: commune.id,
      row: c,
      kind: 'rated',
      actorId,
      now,
      data: { rating: input.rating },
      citizenText: input.comment,
      set: { rating: input.rating, ratingComment: input.comment ?? null },
      audit: { rating: input.rating, comment: !!input.comment, actorKind },
    });
    await moveRating(trx, commune.id, c.rating, input.rating);
  });
  return { code: complaint.code, rating: input.rating };
}

// ——— Staff review of what citizens write ———

/** Staff publish or reject a text a citizen added after intake (reopen reason, rating comment). */
export async function reviewCitizenText(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; entryId: string; publish: boolean },
) {
  const now = ctx.clock.now();
  const result = await withLockedComplaint(ctx, commune, input.id, async (trx, c) => {
    const e = await repo.lockEvent(trx, commune.id, c.id, input.entryId);
    if (!e || !e.citizenText) throw notFound('unknown_entry', 'This complaint has no citizen text with this id.');
    if (e.citizenTextStatus !== 'pending')
      throw conflict('already_reviewed', 'This text has already been reviewed.', 'entryId');
    const status = input.publish ? 'published' : 'rejected';
    await repo.reviewEvent(trx, commune.id, e.id, status, actor.userId, now);
    await repo.updateComplaint(trx, commune.id, c.id, { updatedAt: now });
    await recordAudit(trx, {
      communeId: commune.id,
      actorId: actor.userId,
      action: 'complaint.citizen_text_reviewed',
      targetType: 'complaint',
      targetId: c.id,
      data: { code: c.code, entryId: e.id, kind: e.kind, status },
    });
    return { code: c.code, stage: c.stage, entryId: e.id, status };
  });
  if (result.status === 'published')
    ctx.events.publish({
      kind: 'complaint.text_published',
      commune: commune.slug,
      data: { code: result.code, stage: result.stage },
    });
  return result;
}

/** Staff hide a description the citizen had made public (personal data, insults…), saying why. */
export async function redactDescription(
  ctx: Ctx,
  commune: CommuneRow,
  actor: Actor,
  input: { id: string; reason: string },
) {
  const now = ctx.clock.now();
  const result = await withLockedComplaint(ctx, commune, input.id, async (trx, c) => {
    if (!c.publicDescription)
      throw conflict('not_public', 'This description is not public: there is nothing to hide.', 'id');
    if (c.descriptionRedactedAt) throw conflict('already_redacted', 'This description is already hidden.', 'id');
    await recordEntry(trx, complaintCase, {
      communeId: commune.id,
      row: c,
      kind: 'description_redacted',
      actorId: actor.userId,
      now,
      internalNote: input.reason,
      set: {
        descriptionRedactedAt: now,
        descriptionRedactedBy: actor.userId,
        descriptionRedactionReason: input.reason,
      },
      audit: { reason: input.reason },
    });
    return { code: c.code, stage: c.stage };
  });
  ctx.events.publish({
    kind: 'complaint.description_redacted',
    commune: commune.slug,
    data: { code: result.code, stage: result.stage },
  });
  return { code: result.code, redacted: true as const };
}
