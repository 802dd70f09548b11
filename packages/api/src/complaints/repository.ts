import type { ComplaintStage, Db, Insertable, ComplaintTable, Selectable } from '@shabaka/db';
import { sql } from 'kysely';
import { CODE_SERIES, caseRows, codeStem } from '../cases';
import { OPEN_STAGES } from './stages';
import type { QueueInput } from './schemas';

export const { findById, lockById, findByCode, findByIdempotencyKey } = caseRows('complaints');

/**
 * A new complaint in ONE statement (data-modifying CTEs): next code number, the
 * complaint, its first timeline entry, the stage-count and daily rollups, and the audit
 * row when an agent registered it. The per-commune counter, stage-count and daily rows
 * are locked from this statement to the commit; as one round trip (autocommit when no
 * file comes along) that is the shortest it can be, so submissions to one commune no
 * longer queue behind each other's network round trips. Codes stay gap-free: the
 * counter moves in the same transaction as the complaint.
 *
 * Plain SQL on purpose: built with the query builder, this statement cost about 0.5 ms
 * of CPU per submission to assemble and compile, a third of the service's own work.
 */
export async function insertIntake(
  db: Db,
  p: { complaint: IntakeComplaint; codePrefix: string; year: number; day: string; event: EventValues },
): Promise<Selectable<ComplaintTable>> {
  const c = p.complaint;
  const e = eventValues(p.event);
  // The kernel's allocator (cases/codes.ts), inlined: same counter, same code shape.
  const stem = codeStem(p.codePrefix, 'complaint', p.year);
  const { rows } = await sql<Selectable<ComplaintTable>>`
    with n as (
      insert into counters (commune_id, name, year, value) values (${c.communeId}, ${CODE_SERIES.complaint.counter}, ${p.year}, 1)
      on conflict (commune_id, name, year) do update set value = counters.value + 1
      returning value
    ), c as (
      insert into complaints (id, commune_id, code, kind, category_id, department_id, description, lat, lon, address,
        channel, reply_channel, contact_name, contact_phone, contact_email, author_id, registered_by, stage,
        ack_due_at, answer_due_at, idempotency_key, created_at, updated_at, owner_secret_hash, public_description)
      values (${c.id}, ${c.communeId}, (select ${stem} || lpad(value::text, 6, '0') from n), ${c.kind},
        ${c.categoryId}, ${c.departmentId}, ${c.description}, ${c.lat}, ${c.lon}, ${c.address}, ${c.channel}, ${c.replyChannel},
        ${c.contactName}, ${c.contactPhone}, ${c.contactEmail}, ${c.authorId}, ${c.registeredBy}, 'received',
        ${c.ackDueAt}, ${c.answerDueAt}, ${c.idempotencyKey}, ${c.createdAt}, ${c.createdAt}, ${c.ownerSecretHash}, ${c.publicDescription})
      returning *
    ), e as (
      insert into complaint_events (commune_id, complaint_id, at, actor_id, kind, to_stage, data)
      values (${e.communeId}, ${e.complaintId}, ${e.at}, ${e.actorId}, ${e.kind}, ${e.toStage}, ${e.data})
    ), s as (
      insert into complaint_stage_counts (commune_id, stage, n) values (${c.communeId}, 'received', 1)
      on conflict (commune_id, stage) do update set n = complaint_stage_counts.n + 1
    ), d as (
      insert into complaint_daily (commune_id, day, category_id, received) values (${c.communeId}, ${p.day}, ${c.categoryId}, 1)
      on conflict (commune_id, day, category_id) do update set received = complaint_daily.received + 1
    ), a as (
      insert into audit_log (commune_id, actor_id, action, target_type, target_id, data)
      select commune_id, registered_by, 'complaint.registered', 'complaint', id::text,
        jsonb_build_object('code', code, 'channel', channel)
      from c where registered_by is not null
    )
    select * from c`.execute(db);
  return rows[0]!;
}

/** The columns of a new complaint that intake decides (the code comes from the counter). */
export interface IntakeComplaint {
  id: string;
  communeId: string;
  kind: ComplaintTable['kind'];
  categoryId: string;
  departmentId: string | null;
  description: string;
  lat: number | null;
  lon: number | null;
  address: string | null;
  channel: ComplaintTable['channel'];
  replyChannel: ComplaintTable['replyChannel'];
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  authorId: string | null;
  registeredBy: string | null;
  ackDueAt: Date;
  answerDueAt: Date;
  idempotencyKey: string | null;
  createdAt: Date;
  /** Salted hash of the owner's secret (cases/owner.ts). */
  ownerSecretHash: string;
  publicDescription: boolean;
}

/** A timeline entry of one complaint, locked for its review. */
export function lockEvent(db: Db, communeId: string, complaintId: string, id: string) {
  return db
    .selectFrom('complaintEvents')
    .select(['id', 'kind', 'citizenText', 'citizenTextStatus'])
    .where('communeId', '=', communeId)
    .where('complaintId', '=', complaintId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function reviewEvent(
  db: Db,
  communeId: string,
  id: string,
  status: 'published' | 'rejected',
  by: string,
  at: Date,
) {
  await db
    .updateTable('complaintEvents')
    .set({ citizenTextStatus: status, citizenTextReviewedBy: by, citizenTextReviewedAt: at })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export async function updateComplaint(db: Db, communeId: string, id: string, set: Partial<Insertable<ComplaintTable>>) {
  await db.updateTable('complaints').set(set).where('communeId', '=', communeId).where('id', '=', id).execute();
}

interface EventValues {
  communeId: string;
  complaintId: string;
  at: Date;
  actorId: string | null;
  kind: string;
  fromStage?: ComplaintStage | null;
  toStage?: ComplaintStage | null;
  publicNote?: string | null | undefined;
  internalNote?: string | null | undefined;
  data?: Record<string, unknown>;
  /** Text the citizen added (reopen reason, rating comment): pending until staff review it. */
  citizenText?: string | null | undefined;
}

const eventValues = (e: EventValues) => ({
  communeId: e.communeId,
  complaintId: e.complaintId,
  at: e.at,
  actorId: e.actorId,
  kind: e.kind,
  fromStage: e.fromStage ?? null,
  toStage: e.toStage ?? null,
  publicNote: e.publicNote ?? null,
  internalNote: e.internalNote ?? null,
  data: JSON.stringify(e.data ?? {}),
  citizenText: e.citizenText ?? null,
  citizenTextStatus: e.citizenText ? ('pending' as const) : null,
});

export async function insertEvent(db: Db, e: EventValues) {
  await db.insertInto('complaintEvents').values(eventValues(e)).execute();
}

export function eventsOf(db: Db, communeId: string, complaintId: string) {
  return db
    .selectFrom('complaintEvents')
    .leftJoin('users', 'users.id', 'complaintEvents.actorId')
    .select([
      'complaintEvents.id',
      'complaintEvents.at',
      'complaintEvents.kind',
      'complaintEvents.fromStage',
      'complaintEvents.toStage',
      'complaintEvents.publicNote',
      'complaintEvents.internalNote',
      'complaintEvents.data',
      'complaintEvents.citizenText',
      'complaintEvents.citizenTextStatus',
      'complaintEvents.citizenTextReviewedAt',
      'complaintEvents.actorId',
      'users.displayName as actorName',
    ])
    .where('complaintEvents.communeId', '=', communeId)
    .where('complaintEvents.complaintId', '=', complaintId)
    .orderBy('complaintEvents.at')
    .orderBy('complaintEvents.seq')
    .execute();
}

export function attachmentsOf(db: Db, communeId: string, complaintIds: string[]) {
  if (complaintIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('complaintAttachments')
    .select(['id', 'complaintId', 'kind', 'state', 'position', 'reportCount', 'thumbFileId'])
    .where('communeId', '=', communeId)
    .where('complaintId', 'in', complaintIds)
    .orderBy('kind')
    .orderBy('position')
    .execute();
}

export async function insertAttachment(
  db: Db,
  a: {
    communeId: string;
    complaintId: string;
    kind: 'photo' | 'scan';
    fileId: string;
    thumbFileId: string | null;
    position: number;
  },
) {
  await db.insertInto('complaintAttachments').values(a).execute();
}

export function categoriesOf(db: Db, communeId: string, activeOnly = true) {
  let q = db
    .selectFrom('complaintCategories')
    .select(['id', 'code', 'names', 'departmentId', 'active'])
    .where('communeId', '=', communeId);
  if (activeOnly) q = q.where('active', '=', true);
  return q.orderBy('position').orderBy('code').execute();
}

export function findCategory(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('complaintCategories')
    .select(['id', 'code', 'names', 'departmentId', 'active'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A category with its commune's settings: intake needs both, in one round trip. */
export function findCategoryWithSettings(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('complaintCategories as cat')
    .innerJoin('communes', 'communes.id', 'cat.communeId')
    .select(['cat.id', 'cat.code', 'cat.names', 'cat.departmentId', 'cat.active', 'communes.settings'])
    .where('cat.communeId', '=', communeId)
    .where('cat.id', '=', id)
    .executeTakeFirst();
}

/**
 * The staff queue's columns and this queue's own filters (category, department, channel,
 * dates); the kernel adds the commune, state, overdue, search, order and paging
 * (cases/queries.ts `caseQueue`).
 */
export function queueColumns(db: Db, f: QueueInput) {
  let q = db
    .selectFrom('complaints as c')
    .innerJoin('complaintCategories as cat', (j) =>
      j.onRef('cat.communeId', '=', 'c.communeId').onRef('cat.id', '=', 'c.categoryId'),
    )
    .leftJoin('users as assignee', 'assignee.id', 'c.assigneeId');
  if (f.categoryId) q = q.where('c.categoryId', '=', f.categoryId);
  if (f.departmentId) q = q.where('c.departmentId', '=', f.departmentId);
  if (f.channel) q = q.where('c.channel', '=', f.channel);
  if (f.from) q = q.where('c.createdAt', '>=', f.from);
  if (f.to) q = q.where('c.createdAt', '<', f.to);
  return q.select([
    'c.id',
    'c.code',
    'c.kind',
    'c.stage',
    'c.channel',
    'c.description',
    'c.address',
    'c.createdAt',
    'c.ackDueAt',
    'c.answerDueAt',
    'c.departmentId',
    'c.assigneeId',
    'assignee.displayName as assigneeName',
    'cat.code as categoryCode',
    'cat.names as categoryNames',
  ]);
}

/** What the account page lists of each own complaint (the kernel's `caseMine` adds the commune). */
export function mineColumns(db: Db) {
  return db
    .selectFrom('complaints as c')
    .innerJoin('complaintCategories as cat', (j) =>
      j.onRef('cat.communeId', '=', 'c.communeId').onRef('cat.id', '=', 'c.categoryId'),
    )
    .select([
      'c.code',
      'c.stage',
      'c.kind',
      'c.createdAt',
      'c.updatedAt',
      'c.answerDueAt',
      'cat.names as categoryNames',
    ]);
}

export function forMap(db: Db, communeId: string, open: boolean, limit: number) {
  let q = db
    .selectFrom('complaints')
    .innerJoin('complaintCategories as cat', (j) =>
      j.onRef('cat.communeId', '=', 'complaints.communeId').onRef('cat.id', '=', 'complaints.categoryId'),
    )
    .select([
      'complaints.code',
      'complaints.stage',
      'complaints.lat',
      'complaints.lon',
      'complaints.createdAt',
      'cat.code as categoryCode',
      'cat.names as categoryNames',
    ])
    .where('complaints.communeId', '=', communeId)
    .where('complaints.lat', 'is not', null);
  if (open) q = q.where('complaints.stage', 'in', [...OPEN_STAGES]);
  return q.orderBy('complaints.createdAt', 'desc').limit(limit).execute();
}

/** Every commune's settings (the timed notices run each commune's own periods). */
export function communeSettingsRows(db: Db) {
  return db.selectFrom('communes').select(['id', 'settings']).execute();
}

/**
 * A once-only mark of notification_marks: `<prefix><complaint id>`, or with `perAnswer` also
 * `:<closing time in epoch seconds>` (a complaint reopened and answered again has a new one).
 */
export interface ClosedMark {
  prefix: string;
  perAnswer: boolean;
}

/** The mark's key for one complaint; the same text `closedUnmarked` compares in SQL. */
export const closedMarkKey = (mark: ClosedMark, id: string, closedAt: Date) =>
  mark.perAnswer ? `${mark.prefix}${id}:${Math.floor(closedAt.getTime() / 1000)}` : `${mark.prefix}${id}`;

/**
 * A commune's complaints answered (closed in `stages`) in `(since, until]`, not rated (or
 * rated at most `ratedUpTo`), whose mark is not written yet. complaints_closed_at:
 * (commune_id, closed_at) over closed complaints.
 */
export function closedUnmarked(
  db: Db,
  p: {
    communeId: string;
    since: Date;
    until: Date;
    stages: readonly ComplaintStage[];
    ratedUpTo?: number;
    mark: ClosedMark;
  },
) {
  const key = p.mark.perAnswer
    ? sql`${p.mark.prefix} || complaints.id::text || ':' || floor(extract(epoch from complaints.closed_at))::bigint::text`
    : sql`${p.mark.prefix} || complaints.id::text`;
  return db
    .selectFrom('complaints')
    .select(['id', 'code', 'categoryId', 'closedAt'])
    .where('communeId', '=', p.communeId)
    .where('closedAt', 'is not', null)
    .where('closedAt', '>', p.since)
    .where('closedAt', '<=', p.until)
    .where('stage', 'in', p.stages)
    .where((eb) =>
      p.ratedUpTo === undefined
        ? eb('rating', 'is', null)
        : eb.or([eb('rating', 'is', null), eb('rating', '<=', p.ratedUpTo)]),
    )
    .where(
      sql<boolean>`not exists (select 1 from notification_marks m
      where m.commune_id = complaints.commune_id and m.key = ${key})`,
    )
    .execute();
}
