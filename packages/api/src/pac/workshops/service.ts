import type { ConsultedBody, WorkshopAttendance, WorkshopOrganisation } from '@shabaka/db';
import { randomUUID } from 'node:crypto';
import { associationsRepository } from '../../associations';
import { recordAudit } from '../../audit';
import { localDate, zonedInstant } from '../../calendar';
import type { CommuneRow } from '../../communes';
import type { InnerContext } from '../../context';
import * as documents from '../../documents';
import { badRequest, conflict, notFound } from '../../errors';
import { notifyAccounts } from '../../notifications';
import { minutesFields } from './minutes';
import * as repo from './repository';
import type { AttendanceInput, ConsultationFields, OpinionInput, PaperSheetInput, WorkshopFields } from './schemas';
import { ageBands, bandKey, type AgeBand } from './settings';

// This part's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../../audit/actions' {
  interface DomainAuditActions {
    'pac.workshop_created': true;
    'pac.workshop_updated': true;
    'pac.workshop_published': true;
    'pac.workshop_cancelled': true;
    'pac.workshop_attendance': true;
    'pac.workshop_paper': true;
    'pac.workshop_minutes': true;
    'pac.consultation_created': true;
    'pac.consultation_updated': true;
    'pac.consultation_opinion': true;
    'pac.consultation_published': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
type SignedCtx = Pick<InnerContext, 'db' | 'clock' | 'events' | 'signing'>;
type Commune = Pick<CommuneRow, 'id' | 'slug'>;

const ZONE = 'Africa/Casablanca';
const hhmm = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
const instantOf = (day: string, time: string) => {
  const [h, m] = time.split(':').map(Number);
  return zonedInstant(day, h!, m!, 0);
};

/** The signed minutes of one workshop: one document, found again by this key. */
export const minutesKey = (workshopId: string) => `pac-workshop:${workshopId}:minutes`;

const unknownWorkshop = () => notFound('unknown_workshop', 'No such workshop in this commune.');

// ——— What the public reads ———

/** The attendance as published: the counts per band, the totals and the women's share (a whole percent). */
export function attendanceSummary(a: WorkshopAttendance | null) {
  if (!a) return null;
  const women = a.counts.reduce((s, c) => s + c.women, 0);
  const men = a.counts.reduce((s, c) => s + c.men, 0);
  const total = women + men;
  return {
    counts: a.counts,
    women,
    men,
    total,
    /** Null when nobody was counted (no share of nothing). */
    womenShare: total === 0 ? null : Math.round((women / total) * 100),
  };
}
export type AttendanceSummary = NonNullable<ReturnType<typeof attendanceSummary>>;

function shape(w: repo.WorkshopRow, registered: number, contributions: number, now: Date) {
  return {
    id: w.id,
    kind: w.kind,
    status: w.status,
    title: w.title,
    topic: w.topic,
    agenda: w.agenda,
    day: localDate(w.startsAt),
    startTime: hhmm(w.startsAt),
    endTime: hhmm(w.endsAt),
    startsAt: w.startsAt,
    endsAt: w.endsAt,
    place: w.place,
    address: w.address,
    position: w.lat !== null && w.lon !== null ? { lat: w.lat, lon: w.lon } : null,
    capacity: w.capacity,
    /** A count only: who registered is never public. */
    registered,
    placesLeft: Math.max(0, w.capacity - registered),
    /** Registration is open while the workshop is published and has not started. */
    registrationOpen: w.status === 'published' && w.startsAt.getTime() > now.getTime(),
    held: w.status === 'published' && w.startsAt.getTime() <= now.getTime(),
    cancelReason: w.cancelReason,
    attendance: attendanceSummary(w.attendance),
    organisations: w.organisations,
    contributions,
  };
}
export type WorkshopSummary = ReturnType<typeof shape>;

async function withCounts(ctx: Ctx, commune: Commune, rows: repo.WorkshopRow[]) {
  const ids = rows.map((r) => r.id);
  const [registered, contributed] = await Promise.all([
    repo.registrationCounts(ctx.db, commune.id, ids),
    repo.contributionCounts(ctx.db, commune.id, ids),
  ]);
  const now = ctx.clock.now();
  return rows.map((r) => shape(r, registered.get(r.id) ?? 0, contributed.get(r.id) ?? 0, now));
}

/** The published workshops (and the cancelled ones, said so), the latest first. */
export async function list(ctx: Ctx, commune: Commune) {
  return withCounts(ctx, commune, await repo.listWorkshops(ctx.db, commune.id, true));
}

async function minutesDocument(ctx: SignedCtx, commune: Commune, w: repo.WorkshopRow) {
  if (!w.minutesCode) return null;
  const d = await documents.findByKey(ctx, commune, minutesKey(w.id));
  return d
    ? { code: d.code, status: d.status, verifyPath: d.verifyPath, downloadPath: d.downloadPath, issuedAt: d.issuedAt }
    : null;
}

/**
 * One workshop as the public reads it: its agenda and place, the registration count, the attendance counts,
 * the organisations, the paper contributions without their authors, and the signed minutes once issued.
 */
export async function detail(ctx: SignedCtx, commune: Commune, id: string) {
  const w = await repo.findWorkshop(ctx.db, commune.id, id);
  if (!w || w.status === 'draft') throw unknownWorkshop();
  const [shown] = await withCounts(ctx, commune, [w]);
  const lines = await repo.listContributions(ctx.db, commune.id, id);
  const minutes = await minutesDocument(ctx, commune, w);
  return {
    ...shown!,
    contributionLines: lines.map((l) => ({ id: l.id, body: l.body, theme: l.theme })),
    /** The minutes are public once signed: the text and the document that carries it. */
    minutes: minutes ? { text: w.minutes ?? '', document: minutes } : null,
  };
}

/** The workshops of this commune the caller is registered for (their own page's buttons). */
export async function mine(ctx: Ctx, commune: Commune, userId: string) {
  return (await repo.registeredBy(ctx.db, commune.id, userId)).map((r) => r.workshopId);
}

/**
 * A signed-in citizen registers, once, while places are left. The workshop's row is locked first, so two last
 * registrations for one place queue and the second finds it full.
 */
export async function register(ctx: Ctx, commune: Commune, id: string, userId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const w = await repo.lockWorkshop(trx, commune.id, id);
    if (!w || w.status === 'draft') throw unknownWorkshop();
    if (w.status !== 'published' || w.startsAt.getTime() <= now.getTime())
      throw conflict('registration_closed', 'Registration for this workshop is closed.');
    const taken = (await repo.registrationCounts(trx, commune.id, [id])).get(id) ?? 0;
    const mineAlready = (await repo.registeredBy(trx, commune.id, userId)).some((r) => r.workshopId === id);
    if (mineAlready) throw conflict('already_registered', 'You are already registered for this workshop.');
    if (taken >= w.capacity) throw conflict('workshop_full', 'Every place of this workshop is taken.');
    if (!(await repo.insertRegistration(trx, commune.id, id, userId, now)))
      throw conflict('already_registered', 'You are already registered for this workshop.');
    return { registered: taken + 1, placesLeft: w.capacity - taken - 1 };
  });
}

/**
 * The caller cancels their own registration (no one else's can be named), until the workshop starts: after it,
 * the registration is part of the record of who had signed up.
 */
export async function unregister(ctx: Ctx, commune: Commune, id: string, userId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const w = await repo.lockWorkshop(trx, commune.id, id);
    if (!w || w.status === 'draft') throw unknownWorkshop();
    if (w.startsAt.getTime() <= now.getTime())
      throw conflict('registration_closed', 'Registration for this workshop is closed.');
    if (!(await repo.deleteRegistration(trx, commune.id, id, userId)))
      throw notFound('not_registered', 'You are not registered for this workshop.');
    return { ok: true as const };
  });
}

// ——— The desk ———

export async function staffList(ctx: Ctx, commune: Commune) {
  return withCounts(ctx, commune, await repo.listWorkshops(ctx.db, commune.id, false));
}

/** Everything staff work with: the row, the counts, the commune's age bands, the lines keyed, the draft minutes. */
export async function staffDetail(ctx: SignedCtx, commune: Commune, id: string) {
  const w = await repo.findWorkshop(ctx.db, commune.id, id);
  if (!w) throw unknownWorkshop();
  const [shown] = await withCounts(ctx, commune, [w]);
  const [lines, bands, minutes] = await Promise.all([
    repo.listContributions(ctx.db, commune.id, id),
    ageBands(ctx.db, commune.id),
    minutesDocument(ctx, commune, w),
  ]);
  return {
    ...shown!,
    bands: bands.map((b) => ({ ...b, key: bandKey(b) })),
    contributionLines: lines,
    minutesText: w.minutes,
    minutes,
  };
}

const valuesOf = (f: WorkshopFields): repo.WorkshopValues => ({
  kind: f.kind,
  title: f.title,
  topic: f.topic,
  agenda: f.agenda,
  startsAt: instantOf(f.day, f.startTime),
  endsAt: instantOf(f.day, f.endTime),
  place: f.place,
  address: f.address,
  lat: f.position?.lat ?? null,
  lon: f.position?.lon ?? null,
  capacity: f.capacity,
});

/**
 * Staff write a workshop, or edit it. A published workshop moved to another time or place tells every
 * registered citizen (in-app and by email), in the same transaction as the change.
 */
export async function save(
  ctx: Ctx,
  commune: Commune,
  input: { id?: string | undefined; workshop: WorkshopFields },
  actorId: string,
) {
  const now = ctx.clock.now();
  const v = valuesOf(input.workshop);
  return ctx.db.transaction().execute(async (trx) => {
    let id = input.id;
    if (id) {
      const w = await repo.lockWorkshop(trx, commune.id, id);
      if (!w) throw unknownWorkshop();
      if (w.status === 'cancelled') throw conflict('workshop_cancelled', 'This workshop is cancelled.');
      const registered = (await repo.registrationCounts(trx, commune.id, [id])).get(id) ?? 0;
      if (v.capacity < registered)
        throw badRequest(
          'capacity_below_registered',
          `${registered} people are registered already.`,
          'workshop.capacity',
        );
      await repo.updateWorkshop(trx, commune.id, id, v, now);
      const moved =
        w.startsAt.getTime() !== v.startsAt.getTime() ||
        w.endsAt.getTime() !== v.endsAt.getTime() ||
        JSON.stringify(w.place) !== JSON.stringify(v.place) ||
        JSON.stringify(w.address) !== JSON.stringify(v.address);
      if (w.status === 'published' && moved)
        await tellRegistered(trx, commune, id, 'workshop.moved', { ...noticeParams(v), id }, now);
    } else id = await repo.insertWorkshop(trx, commune.id, v, actorId, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: input.id ? 'pac.workshop_updated' : 'pac.workshop_created',
      targetType: 'pac_workshop',
      targetId: id,
      data: { kind: v.kind, startsAt: v.startsAt.toISOString() },
    });
    return { id };
  });
}

const noticeParams = (v: Pick<repo.WorkshopValues, 'title' | 'place' | 'startsAt' | 'endsAt'>) => ({
  title: v.title,
  place: v.place,
  startsAt: v.startsAt.toISOString(),
  endsAt: v.endsAt.toISOString(),
});

async function tellRegistered(
  trx: InnerContext['db'],
  commune: Commune,
  id: string,
  template: 'workshop.moved' | 'workshop.cancelled',
  params: Record<string, unknown>,
  now: Date,
) {
  const userIds = await repo.registrantIds(trx, commune.id, id);
  if (userIds.length === 0) return;
  await notifyAccounts(trx, {
    communeId: commune.id,
    userIds,
    template,
    params: { ...params, id },
    subject: { type: 'pac_workshop', id },
    audience: 'citizen',
    now,
  });
}

export async function publish(ctx: Ctx, commune: Commune, id: string, actorId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const w = await repo.lockWorkshop(trx, commune.id, id);
    if (!w) throw unknownWorkshop();
    if (w.status !== 'draft') throw conflict('workshop_not_draft', 'This workshop is published or cancelled already.');
    await repo.setWorkshop(trx, commune.id, id, { status: 'published' }, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'pac.workshop_published',
      targetType: 'pac_workshop',
      targetId: id,
    });
    return { id };
  });
}

/** Staff cancel a workshop not yet held; every registered citizen is told why. */
export async function cancel(ctx: Ctx, commune: Commune, id: string, reason: string, actorId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const w = await repo.lockWorkshop(trx, commune.id, id);
    if (!w) throw unknownWorkshop();
    if (w.status === 'cancelled') throw conflict('workshop_cancelled', 'This workshop is cancelled already.');
    if (w.startsAt.getTime() <= now.getTime())
      throw conflict('workshop_held', 'This workshop has started: it cannot be cancelled.');
    await repo.setWorkshop(trx, commune.id, id, { status: 'cancelled', cancelReason: reason }, now);
    if (w.status === 'published')
      await tellRegistered(trx, commune, id, 'workshop.cancelled', { ...noticeParams(w), reason }, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'pac.workshop_cancelled',
      targetType: 'pac_workshop',
      targetId: id,
    });
    return { id };
  });
}

/** A workshop that took place (published, started) whose minutes are not signed yet: what is keyed after it. */
async function heldOpen(trx: InnerContext['db'], commune: Commune, id: string, now: Date) {
  const w = await repo.lockWorkshop(trx, commune.id, id);
  if (!w) throw unknownWorkshop();
  if (w.status !== 'published' || w.startsAt.getTime() > now.getTime())
    throw conflict('workshop_not_held', 'This workshop has not taken place.');
  if (w.minutesCode) throw conflict('minutes_issued', 'The minutes are signed: what they state is final.');
  return w;
}

/**
 * The attendance as counted at the door, in the commune's age bands (each band once), and the organisations
 * present; an association named by its registry entry must be one of this commune's.
 */
export async function recordAttendance(ctx: Ctx, commune: Commune, input: AttendanceInput, actorId: string) {
  const now = ctx.clock.now();
  const bands = await ageBands(ctx.db, commune.id);
  const byKey = new Map(bands.map((b) => [bandKey(b), b] as [string, AgeBand]));
  const seen = new Set<string>();
  input.counts.forEach((c, i) => {
    if (!byKey.has(c.band) || seen.has(c.band))
      throw badRequest('unknown_age_band', `Count each of the commune's age bands once.`, `counts.${i}.band`);
    seen.add(c.band);
  });
  const organisations: WorkshopOrganisation[] = [];
  for (const [i, o] of input.organisations.entries()) {
    if (o.associationId && !(await associationsRepository.findAssociation(ctx.db, commune.id, o.associationId)))
      throw badRequest(
        'unknown_association',
        'No such association in this commune’s registry.',
        `organisations.${i}.associationId`,
      );
    organisations.push({ name: o.name, associationId: o.associationId ?? null });
  }
  const attendance: WorkshopAttendance = {
    // In the settings' order, a band nobody was counted in at zero.
    counts: bands.map((b) => {
      const c = input.counts.find((x) => x.band === bandKey(b));
      return { band: bandKey(b), from: b.from, to: b.to, women: c?.women ?? 0, men: c?.men ?? 0 };
    }),
    recordedAt: now.toISOString(),
  };
  return ctx.db.transaction().execute(async (trx) => {
    await heldOpen(trx, commune, input.id, now);
    await repo.setWorkshop(trx, commune.id, input.id, { attendance, organisations }, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'pac.workshop_attendance',
      targetType: 'pac_workshop',
      targetId: input.id,
    });
    return attendanceSummary(attendance)!;
  });
}

/**
 * An agent keys a workshop's paper sheet: every line is checked (zod checks the texts; the age band must be one
 * of the commune's) before any is stored, and the lines go in one statement: all of them or none.
 */
export async function keyPaperSheet(ctx: Ctx, commune: Commune, input: PaperSheetInput, actorId: string) {
  const now = ctx.clock.now();
  const keys = new Set((await ageBands(ctx.db, commune.id)).map(bandKey));
  input.lines.forEach((l, i) => {
    if (l.ageBand && !keys.has(l.ageBand))
      throw badRequest('unknown_age_band', 'Choose one of the commune’s age bands.', `lines.${i}.ageBand`);
  });
  return ctx.db.transaction().execute(async (trx) => {
    await heldOpen(trx, commune, input.id, now);
    await repo.insertContributions(
      trx,
      commune.id,
      input.id,
      input.lines.map((l, i) => ({
        sheet: input.sheet,
        line: i + 1,
        body: l.text,
        theme: l.theme ?? null,
        sex: l.sex ?? null,
        ageBand: l.ageBand ?? null,
      })),
      actorId,
      now,
    );
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'pac.workshop_paper',
      targetType: 'pac_workshop',
      targetId: input.id,
      data: { sheet: input.sheet, lines: input.lines.length },
    });
    const total = (await repo.contributionCounts(trx, commune.id, [input.id])).get(input.id) ?? 0;
    return { accepted: input.lines.length, total };
  });
}

export async function saveMinutes(ctx: Ctx, commune: Commune, id: string, minutes: string, actorId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    await heldOpen(trx, commune, id, now);
    await repo.setWorkshop(trx, commune.id, id, { minutes }, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'pac.workshop_minutes',
      targetType: 'pac_workshop',
      targetId: id,
    });
    return { id };
  });
}

/**
 * The signed minutes (Ed25519, the documents domain): the workshop, its day and place, the attendance counts,
 * the organisations, the number of contributions and the minutes' text, in Arabic and French, verifiable at
 * /verify/<code>. Rendered outside any transaction (documents.issue) and idempotent by the workshop's key; once
 * issued, the counts and the minutes are final.
 */
export async function issueMinutes(ctx: SignedCtx, commune: CommuneRow, id: string, actorId: string) {
  const w = await repo.findWorkshop(ctx.db, commune.id, id);
  if (!w) throw unknownWorkshop();
  if (w.status !== 'published' || w.startsAt.getTime() > ctx.clock.now().getTime())
    throw conflict('workshop_not_held', 'This workshop has not taken place.');
  if (!w.attendance) throw badRequest('attendance_missing', 'Record the attendance first.', 'attendance');
  if (!w.minutes) throw badRequest('minutes_missing', 'Write the minutes first.', 'minutes');
  const contributions = (await repo.contributionCounts(ctx.db, commune.id, [id])).get(id) ?? 0;
  const doc = await documents.issue(ctx, commune, actorId, {
    template: 'pac_workshop_minutes',
    language: 'both',
    delivery: 'electronic',
    recipient: { name: commune.names.fr },
    fields: minutesFields(w, attendanceSummary(w.attendance)!, contributions, w.minutes),
    idempotencyKey: minutesKey(id),
  });
  await repo.setWorkshop(ctx.db, commune.id, id, { minutesCode: doc.code }, ctx.clock.now());
  return { code: doc.code, verifyPath: doc.verifyPath, downloadPath: doc.downloadPath };
}

// ——— Targeted consultations ———

type ConsultationStatus = 'upcoming' | 'open' | 'closed';
const statusOn = (c: repo.ConsultationRow, today: string): ConsultationStatus =>
  today < c.opensOn ? 'upcoming' : today > c.closesOn ? 'closed' : 'open';

function shapeConsultation(c: repo.ConsultationRow, today: string) {
  return {
    id: c.id,
    subject: c.subject,
    question: c.question,
    documentUrl: c.documentUrl,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    status: statusOn(c, today),
    published: c.publishedAt !== null,
    publishedAt: c.publishedAt,
    bodies: c.bodies,
    opinions: c.bodies.filter((b) => b.opinion).length,
  };
}
export type ConsultationSummary = ReturnType<typeof shapeConsultation>;

const unknownConsultation = () => notFound('unknown_consultation', 'No such consultation in this commune.');

/** The published consultations, with the bodies consulted and their opinions. */
export async function consultations(ctx: Ctx, commune: Commune) {
  const today = localDate(ctx.clock.now());
  return (await repo.listConsultations(ctx.db, commune.id, true)).map((c) => shapeConsultation(c, today));
}

export async function consultation(ctx: Ctx, commune: Commune, id: string) {
  const c = await repo.findConsultation(ctx.db, commune.id, id);
  if (!c || !c.publishedAt) throw unknownConsultation();
  return shapeConsultation(c, localDate(ctx.clock.now()));
}

export async function staffConsultations(ctx: Ctx, commune: Commune) {
  const today = localDate(ctx.clock.now());
  return (await repo.listConsultations(ctx.db, commune.id, false)).map((c) => shapeConsultation(c, today));
}

async function checkAssociations(ctx: Ctx, commune: Commune, f: ConsultationFields) {
  for (const [i, b] of f.bodies.entries())
    if (b.associationId && !(await associationsRepository.findAssociation(ctx.db, commune.id, b.associationId)))
      throw badRequest(
        'unknown_association',
        'No such association in this commune’s registry.',
        `consultation.bodies.${i}.associationId`,
      );
}

/** Staff write a consultation or edit it; a body kept by its id keeps its opinion. */
export async function saveConsultation(
  ctx: Ctx,
  commune: Commune,
  input: { id?: string | undefined; consultation: ConsultationFields },
  actorId: string,
) {
  const now = ctx.clock.now();
  const f = input.consultation;
  await checkAssociations(ctx, commune, f);
  return ctx.db.transaction().execute(async (trx) => {
    const before = input.id ? await repo.lockConsultation(trx, commune.id, input.id) : null;
    if (input.id && !before) throw unknownConsultation();
    const kept = new Map((before?.bodies ?? []).map((b) => [b.id, b]));
    const bodies: ConsultedBody[] = f.bodies.map((b, i) => {
      if (b.id && !kept.has(b.id))
        throw badRequest('unknown_body', 'No such body in this consultation.', `consultation.bodies.${i}.id`);
      return {
        id: b.id ?? randomUUID(),
        name: b.name,
        kind: b.kind,
        associationId: b.associationId ?? null,
        opinion: (b.id && kept.get(b.id)?.opinion) || null,
      };
    });
    const values: repo.ConsultationValues = {
      subject: f.subject,
      question: f.question,
      documentUrl: f.documentUrl ?? null,
      opensOn: f.opensOn,
      closesOn: f.closesOn,
      bodies,
    };
    let id = input.id;
    if (id) await repo.updateConsultation(trx, commune.id, id, values, now);
    else id = await repo.insertConsultation(trx, commune.id, values, actorId, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: input.id ? 'pac.consultation_updated' : 'pac.consultation_created',
      targetType: 'pac_consultation',
      targetId: id,
      data: { bodies: bodies.length },
    });
    return { id };
  });
}

/** A body's opinion as received (from the day the consultation opens); recorded again, it replaces the first. */
export async function recordOpinion(ctx: Ctx, commune: Commune, input: OpinionInput, actorId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const c = await repo.lockConsultation(trx, commune.id, input.id);
    if (!c) throw unknownConsultation();
    if (!c.bodies.some((b) => b.id === input.bodyId))
      throw badRequest('unknown_body', 'No such body in this consultation.', 'bodyId');
    if (input.givenOn < c.opensOn)
      throw badRequest('opinion_before_opening', 'An opinion is given once the consultation opens.', 'givenOn');
    if (input.givenOn > localDate(now))
      throw badRequest('opinion_in_future', 'An opinion is recorded once given.', 'givenOn');
    const bodies = c.bodies.map((b) =>
      b.id === input.bodyId ? { ...b, opinion: { stance: input.stance, text: input.text, givenOn: input.givenOn } } : b,
    );
    await repo.setBodies(trx, commune.id, input.id, bodies, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'pac.consultation_opinion',
      targetType: 'pac_consultation',
      targetId: input.id,
      data: { stance: input.stance },
    });
    return { id: input.id };
  });
}

/** Published: the public reads the consultation, the bodies consulted and each opinion (recorded or to come). */
export async function publishConsultation(ctx: Ctx, commune: Commune, id: string, actorId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const c = await repo.lockConsultation(trx, commune.id, id);
    if (!c) throw unknownConsultation();
    await repo.publishConsultation(trx, commune.id, id, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'pac.consultation_published',
      targetType: 'pac_consultation',
      targetId: id,
    });
    return { id };
  });
}
