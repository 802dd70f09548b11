import type { Db, PublicationText } from '@shabaka/db';
import { sql } from 'kysely';
import type { ItemFields } from './schemas';

/** Every query names the commune: it leads each table's key. */

const COLUMNS = [
  'id',
  'position',
  'category',
  'title',
  'departmentId',
  'url',
  'updatedOn',
  'refreshMonths',
  'nextDueOn',
  'version',
  'updatedAt',
] as const;

export function items(db: Db, communeId: string) {
  return db
    .selectFrom('publicationItems')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}
export type ItemRow = Awaited<ReturnType<typeof items>>[number];

export function findItem(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('publicationItems')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

const valuesOf = (v: ItemFields & { nextDueOn: string | null }) => ({
  category: v.category,
  title: JSON.stringify({
    ar: v.title.ar,
    fr: v.title.fr,
    ...(v.title.es ? { es: v.title.es } : {}),
  } satisfies PublicationText),
  departmentId: v.departmentId,
  url: v.url ?? null,
  updatedOn: v.updatedOn ?? null,
  refreshMonths: v.refreshMonths,
  nextDueOn: v.nextDueOn,
});

export async function insertItem(
  db: Db,
  communeId: string,
  v: ItemFields & { nextDueOn: string | null },
  actorId: string,
  now: Date,
) {
  const last = await db
    .selectFrom('publicationItems')
    .select(sql<number>`coalesce(max(position), 0)`.as('n'))
    .where('communeId', '=', communeId)
    .executeTakeFirstOrThrow();
  return db
    .insertInto('publicationItems')
    .values({
      ...valuesOf(v),
      communeId,
      position: Number(last.n) + 1,
      createdAt: now,
      updatedAt: now,
      updatedBy: actorId,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

export async function updateItem(
  db: Db,
  communeId: string,
  id: string,
  v: ItemFields & { nextDueOn: string | null },
  actorId: string,
  now: Date,
) {
  return db
    .updateTable('publicationItems')
    .set({ ...valuesOf(v), version: sql`version + 1`, updatedAt: now, updatedBy: actorId })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

export function deleteItem(db: Db, communeId: string, id: string) {
  return db.deleteFrom('publicationItems').where('communeId', '=', communeId).where('id', '=', id).execute();
}

export function insertVersion(
  db: Db,
  row: { communeId: string; itemId: string; version: number; values: unknown; actorId: string; at: Date },
) {
  return db
    .insertInto('publicationItemVersions')
    .values({ ...row, values: JSON.stringify(row.values) })
    .execute();
}

export function versions(db: Db, communeId: string, itemId: string) {
  return db
    .selectFrom('publicationItemVersions as v')
    .innerJoin('users as u', 'u.id', 'v.actorId')
    .select(['v.version', 'v.values', 'v.at', 'u.displayName as actor'])
    .where('v.communeId', '=', communeId)
    .where('v.itemId', '=', itemId)
    .orderBy('v.version', 'desc')
    .limit(50)
    .execute();
}

/** Per commune, its items and how many are fresh on `today` (published, next due date not past). */
export function freshness(db: Db, today: string) {
  return db
    .selectFrom('publicationItems')
    .select([
      'communeId',
      sql<number>`count(*)::int`.as('items'),
      sql<number>`count(*) filter (where next_due_on is not null and next_due_on >= ${today})::int`.as('fresh'),
    ])
    .groupBy('communeId')
    .execute();
}

/** Items that went stale on or since `since` (their next due date passed): what the stale alert reads. */
export function staleSince(db: Db, since: string, today: string) {
  return db
    .selectFrom('publicationItems')
    .select(['communeId', 'id', 'title', 'nextDueOn', 'departmentId'])
    .where('nextDueOn', '<', today)
    .where('nextDueOn', '>=', since)
    .execute();
}
