import type { Db, Insertable, InformationRequestTable } from '@shabaka/db';
import { sql } from 'kysely';
import { caseRows } from '../cases';
import type { QueueInput } from './schemas';
import { OPEN_STATES } from './states';

export function insertRequest(db: Db, values: Insertable<InformationRequestTable>) {
  return db.insertInto('informationRequests').values(values).returningAll().executeTakeFirstOrThrow();
}
export type RequestRow = Awaited<ReturnType<typeof insertRequest>>;

export const { findById, lockById, findByCode, findByIdempotencyKey } = caseRows('informationRequests');

export async function updateRequest(
  db: Db,
  communeId: string,
  id: string,
  set: Partial<Insertable<InformationRequestTable>>,
) {
  await db
    .updateTable('informationRequests')
    .set(set)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export function eventsOf(db: Db, communeId: string, requestId: string) {
  return db
    .selectFrom('informationRequestEvents as e')
    .leftJoin('users', 'users.id', 'e.actorId')
    .select([
      'e.id',
      'e.at',
      'e.kind',
      'e.fromState',
      'e.toState',
      'e.publicNote',
      'e.internalNote',
      'e.data',
      'e.actorId',
      'users.displayName as actorName',
    ])
    .where('e.communeId', '=', communeId)
    .where('e.requestId', '=', requestId)
    .orderBy('e.seq')
    .execute();
}

/**
 * The staff queue's columns and this queue's own filters (urgency, channel); the kernel
 * adds the commune, state, overdue, due soon, search, order and paging (cases/queries.ts).
 */
export function queueColumns(db: Db, f: QueueInput) {
  let q = db.selectFrom('informationRequests as c');
  if (f.urgent !== undefined) q = q.where('c.urgent', '=', f.urgent);
  if (f.channel) q = q.where('c.channel', '=', f.channel);
  return q.select([
    'c.id',
    'c.code',
    'c.subject',
    'c.state',
    'c.completeness',
    'c.urgent',
    'c.channel',
    'c.deliveryChannel',
    'c.receivedAt',
    'c.dueAt',
    'c.extendedAt',
    'c.respondedAt',
    'c.headComplaintAt',
    'c.headAnsweredAt',
  ]);
}

/** Overdue and due-soon counts of one commune (partial index on open requests). */
export async function alertCounts(db: Db, communeId: string, now: Date, dueSoonUntil: Date) {
  const row = await db
    .selectFrom('informationRequests')
    .select([
      sql<number>`count(*) filter (where due_at < ${now})`.as('overdue'),
      sql<number>`count(*) filter (where due_at >= ${now} and due_at <= ${dueSoonUntil})`.as('dueSoon'),
      sql<number>`count(*) filter (where urgent)`.as('urgent'),
    ])
    .where('communeId', '=', communeId)
    .where('state', 'in', [...OPEN_STATES])
    .executeTakeFirstOrThrow();
  return { overdue: Number(row.overdue), dueSoon: Number(row.dueSoon), urgentOpen: Number(row.urgent) };
}

/** What the account page lists of each own request (the kernel's `caseMine` adds the commune). */
export function mineColumns(db: Db) {
  return db
    .selectFrom('informationRequests as c')
    .select([
      'c.code',
      'c.subject',
      'c.state',
      'c.completeness',
      'c.urgent',
      'c.receivedAt',
      'c.dueAt',
      'c.respondedAt',
      'c.updatedAt',
    ]);
}

/** Every open request of the network, for recomputing deadlines after a calendar change. */
export function openRequestsForUpdate(db: Db) {
  return db
    .selectFrom('informationRequests')
    .select([
      'communeId',
      'id',
      'code',
      'receivedAt',
      'periodWorkingDays',
      'extensionWorkingDays',
      'initialDueAt',
      'dueAt',
    ])
    .where('state', 'in', [...OPEN_STATES])
    .forUpdate()
    .execute();
}

export function findPublication(db: Db, communeId: string, requestId: string) {
  return db
    .selectFrom('informationPublications')
    .selectAll()
    .where('communeId', '=', communeId)
    .where('requestId', '=', requestId)
    .executeTakeFirst();
}

export async function upsertPublication(
  db: Db,
  p: { communeId: string; requestId: string; subject: string | null; answer: string; at: Date; by: string },
) {
  await db
    .insertInto('informationPublications')
    .values({
      communeId: p.communeId,
      requestId: p.requestId,
      subject: p.subject,
      answer: p.answer,
      publishedAt: p.at,
      publishedBy: p.by,
    })
    .onConflict((oc) =>
      oc.columns(['communeId', 'requestId']).doUpdateSet({
        subject: p.subject,
        answer: p.answer,
        publishedAt: p.at,
        publishedBy: p.by,
        unpublishedAt: null,
        unpublishedBy: null,
        unpublishReason: null,
      }),
    )
    .execute();
}

export async function unpublish(db: Db, communeId: string, requestId: string, by: string, at: Date, reason: string) {
  await db
    .updateTable('informationPublications')
    .set({ unpublishedAt: at, unpublishedBy: by, unpublishReason: reason })
    .where('communeId', '=', communeId)
    .where('requestId', '=', requestId)
    .execute();
}

/** The public list: redacted texts and dates only — never a name or a contact. */
export function publishedOf(db: Db, communeId: string, limit: number, offset: number) {
  return db
    .selectFrom('informationPublications as p')
    .innerJoin('informationRequests as r', (j) =>
      j.onRef('r.communeId', '=', 'p.communeId').onRef('r.id', '=', 'p.requestId'),
    )
    .select([
      'r.code',
      'p.subject',
      'p.answer',
      'p.publishedAt',
      'r.completeness',
      'r.receivedAt',
      'r.respondedAt',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where('p.communeId', '=', communeId)
    .where('p.unpublishedAt', 'is', null)
    .orderBy('p.publishedAt', 'desc')
    .orderBy('r.code', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/**
 * Open requests whose deadline passed after `since` (and before `now`), whose requester has
 * not complained to the head of the body, and not announced yet (`<mark><id>` in
 * notification_marks). information_requests_open_due.
 */
export function silentUnmarked(db: Db, p: { now: Date; since: Date; mark: string }) {
  return db
    .selectFrom('informationRequests')
    .select(['communeId', 'id', 'code', 'dueAt'])
    .where('state', 'in', OPEN_STATES)
    .where('dueAt', '<', p.now)
    .where('dueAt', '>', p.since)
    .where('headComplaintAt', 'is', null)
    .where(
      sql<boolean>`not exists (select 1 from notification_marks m
      where m.commune_id = information_requests.commune_id
        and m.key = ${p.mark} || information_requests.id::text)`,
    )
    .execute();
}
