import type {
  AttendeeSex,
  ConsultedBody,
  Db,
  PacText,
  WorkshopAttendance,
  WorkshopKind,
  WorkshopOrganisation,
  WorkshopStatus,
} from '@shabaka/db';
import { sql } from 'kysely';

/** Every query names the commune: it leads each table's key. */

const WORKSHOP_COLUMNS = [
  'id',
  'kind',
  'status',
  'title',
  'topic',
  'agenda',
  'startsAt',
  'endsAt',
  'place',
  'address',
  'lat',
  'lon',
  'capacity',
  'cancelReason',
  'attendance',
  'organisations',
  'minutes',
  'minutesCode',
  'updatedAt',
] as const;

export interface WorkshopValues {
  kind: WorkshopKind;
  title: PacText;
  topic: PacText;
  agenda: PacText[];
  startsAt: Date;
  endsAt: Date;
  place: PacText;
  address: PacText;
  lat: number | null;
  lon: number | null;
  capacity: number;
}
const workshopJson = (v: WorkshopValues) => ({
  ...v,
  title: JSON.stringify(v.title),
  topic: JSON.stringify(v.topic),
  agenda: JSON.stringify(v.agenda),
  place: JSON.stringify(v.place),
  address: JSON.stringify(v.address),
});

export async function insertWorkshop(db: Db, communeId: string, v: WorkshopValues, actorId: string, now: Date) {
  const row = await db
    .insertInto('pacWorkshops')
    .values({ ...workshopJson(v), communeId, createdBy: actorId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateWorkshop(db: Db, communeId: string, id: string, v: WorkshopValues, now: Date) {
  await db
    .updateTable('pacWorkshops')
    .set({ ...workshopJson(v), updatedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export function findWorkshop(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('pacWorkshops')
    .select(WORKSHOP_COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type WorkshopRow = NonNullable<Awaited<ReturnType<typeof findWorkshop>>>;

/** The row locked for the rest of the transaction: registrations against its capacity queue behind it. */
export function lockWorkshop(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('pacWorkshops')
    .select(WORKSHOP_COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The commune's workshops, the latest first; the public sees the published and the cancelled ones. */
export function listWorkshops(db: Db, communeId: string, publicOnly: boolean) {
  let q = db.selectFrom('pacWorkshops').select(WORKSHOP_COLUMNS).where('communeId', '=', communeId);
  if (publicOnly) q = q.where('status', '<>', 'draft');
  return q.orderBy('startsAt', 'desc').limit(200).execute();
}

export async function setWorkshop(
  db: Db,
  communeId: string,
  id: string,
  set: Partial<{
    status: WorkshopStatus;
    cancelReason: string | null;
    attendance: WorkshopAttendance;
    organisations: WorkshopOrganisation[];
    minutes: string;
    minutesCode: string;
  }>,
  now: Date,
) {
  const { attendance, organisations, ...rest } = set;
  await db
    .updateTable('pacWorkshops')
    .set({
      ...rest,
      ...(attendance ? { attendance: JSON.stringify(attendance) } : {}),
      ...(organisations ? { organisations: JSON.stringify(organisations) } : {}),
      updatedAt: now,
    })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

// ——— Registrations ———

/** How many accounts are registered for each of `ids`. */
export async function registrationCounts(db: Db, communeId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('pacWorkshopRegistrations')
    .select(['workshopId', (eb) => eb.fn.countAll<string>().as('n')])
    .where('communeId', '=', communeId)
    .where('workshopId', 'in', ids)
    .groupBy('workshopId')
    .execute();
  return new Map(rows.map((r) => [r.workshopId, Number(r.n)]));
}

/** Registers the account; false when it already was (the primary key decides, not a read before). */
export async function insertRegistration(db: Db, communeId: string, workshopId: string, userId: string, now: Date) {
  const r = await db
    .insertInto('pacWorkshopRegistrations')
    .values({ communeId, workshopId, userId, registeredAt: now })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes the account's own registration (the user id is part of the key: no one else's). */
export async function deleteRegistration(db: Db, communeId: string, workshopId: string, userId: string) {
  const r = await db
    .deleteFrom('pacWorkshopRegistrations')
    .where('communeId', '=', communeId)
    .where('workshopId', '=', workshopId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function registrantIds(db: Db, communeId: string, workshopId: string) {
  const rows = await db
    .selectFrom('pacWorkshopRegistrations')
    .select('userId')
    .where('communeId', '=', communeId)
    .where('workshopId', '=', workshopId)
    .execute();
  return rows.map((r) => r.userId);
}

/** The workshops of this commune the account is registered for. */
export async function registeredBy(db: Db, communeId: string, userId: string) {
  const rows = await db
    .selectFrom('pacWorkshopRegistrations')
    .select(['workshopId', 'registeredAt'])
    .where('communeId', '=', communeId)
    .where('userId', '=', userId)
    .execute();
  return rows;
}

// ——— Paper contributions ———

export interface PaperRow {
  sheet: string;
  line: number;
  body: string;
  theme: string | null;
  sex: AttendeeSex | null;
  ageBand: string | null;
}

export async function insertContributions(
  db: Db,
  communeId: string,
  workshopId: string,
  rows: readonly PaperRow[],
  actorId: string,
  now: Date,
) {
  await db
    .insertInto('pacWorkshopContributions')
    .values(rows.map((r) => ({ ...r, communeId, workshopId, enteredBy: actorId, enteredAt: now })))
    .execute();
}

/** A workshop's contributions as keyed, sheet by sheet; never who keyed them. */
export function listContributions(db: Db, communeId: string, workshopId: string) {
  return db
    .selectFrom('pacWorkshopContributions')
    .select(['id', 'sheet', 'line', 'body', 'theme', 'sex', 'ageBand', 'enteredAt'])
    .where('communeId', '=', communeId)
    .where('workshopId', '=', workshopId)
    .orderBy('enteredAt')
    .orderBy('line')
    .execute();
}

export async function contributionCounts(db: Db, communeId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('pacWorkshopContributions')
    .select(['workshopId', (eb) => eb.fn.countAll<string>().as('n')])
    .where('communeId', '=', communeId)
    .where('workshopId', 'in', ids)
    .groupBy('workshopId')
    .execute();
  return new Map(rows.map((r) => [r.workshopId, Number(r.n)]));
}

/** Which of `ids` are associations of this commune's registry. */
export async function knownAssociations(db: Db, communeId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('associations')
    .select('id')
    .where('communeId', '=', communeId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

// ——— Targeted consultations ———

const CONSULTATION_COLUMNS = [
  'id',
  'subject',
  'question',
  'documentUrl',
  'opensOn',
  'closesOn',
  'bodies',
  'publishedAt',
  'updatedAt',
] as const;

export interface ConsultationValues {
  subject: PacText;
  question: PacText;
  documentUrl: string | null;
  opensOn: string;
  closesOn: string;
  bodies: ConsultedBody[];
}
const consultationJson = (v: ConsultationValues) => ({
  ...v,
  subject: JSON.stringify(v.subject),
  question: JSON.stringify(v.question),
  bodies: JSON.stringify(v.bodies),
});

export async function insertConsultation(db: Db, communeId: string, v: ConsultationValues, actorId: string, now: Date) {
  const row = await db
    .insertInto('pacTargetedConsultations')
    .values({ ...consultationJson(v), communeId, createdBy: actorId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateConsultation(db: Db, communeId: string, id: string, v: ConsultationValues, now: Date) {
  await db
    .updateTable('pacTargetedConsultations')
    .set({ ...consultationJson(v), updatedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export function lockConsultation(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('pacTargetedConsultations')
    .select(CONSULTATION_COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findConsultation(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('pacTargetedConsultations')
    .select(CONSULTATION_COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type ConsultationRow = NonNullable<Awaited<ReturnType<typeof findConsultation>>>;

export function listConsultations(db: Db, communeId: string, publishedOnly: boolean) {
  let q = db.selectFrom('pacTargetedConsultations').select(CONSULTATION_COLUMNS).where('communeId', '=', communeId);
  if (publishedOnly) q = q.where('publishedAt', 'is not', null);
  return q.orderBy('opensOn', 'desc').limit(200).execute();
}

export async function setBodies(db: Db, communeId: string, id: string, bodies: ConsultedBody[], now: Date) {
  await db
    .updateTable('pacTargetedConsultations')
    .set({ bodies: JSON.stringify(bodies), updatedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export async function publishConsultation(db: Db, communeId: string, id: string, now: Date) {
  await db
    .updateTable('pacTargetedConsultations')
    .set({ publishedAt: sql<Date>`coalesce(published_at, ${now})`, updatedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}
