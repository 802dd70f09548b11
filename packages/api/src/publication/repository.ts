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
  'keeperId',
  'fileId',
  'fileName',
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

/** What a save writes: the fields, the next due date they give, and the published file (kept, new or none). */
export type ItemValues = ItemFields & { nextDueOn: string | null; fileId: string | null; fileName: string | null };

const valuesOf = (v: ItemValues) => ({
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
  keeperId: v.keeperId,
  fileId: v.fileId,
  fileName: v.fileName,
});

export async function insertItem(db: Db, communeId: string, v: ItemValues, actorId: string, now: Date) {
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

export async function updateItem(db: Db, communeId: string, id: string, v: ItemValues, actorId: string, now: Date) {
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

/**
 * Published items whose next due date falls between `from` and `until` (inclusive), across communes: what the
 * due-soon and stale notices read (an index on the date keeps it a range scan).
 */
export function dueBetween(db: Db, from: string, until: string) {
  return db
    .selectFrom('publicationItems')
    .select(['communeId', 'id', 'title', 'nextDueOn', 'keeperId'])
    .where('nextDueOn', '>=', from)
    .where('nextDueOn', '<=', until)
    .orderBy('nextDueOn')
    .limit(1000)
    .execute();
}

/** The commune's staff, by name: whom a keeper is chosen from. */
export function staffOf(db: Db, communeId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['u.id', 'u.displayName'])
    .distinct()
    .where('m.communeId', '=', communeId)
    .orderBy('u.displayName')
    .execute();
}

/**
 * A file this commune has published as an item, now or in an earlier version (an old link keeps working as
 * the archive of what was published), with the name it was published under.
 */
export function publishedFile(db: Db, communeId: string, fileId: string) {
  return db
    .selectFrom('files as f')
    .select(['f.mime', 'f.size', 'f.sha256', 'f.bytes'])
    .select((eb) =>
      eb
        .selectFrom('publicationItemVersions as v')
        .select(sql<string>`v.values->>'fileName'`.as('n'))
        .where('v.communeId', '=', communeId)
        .where(sql`v.values->>'fileId'`, '=', fileId)
        .orderBy('v.version', 'desc')
        .limit(1)
        .as('name'),
    )
    .where('f.communeId', '=', communeId)
    .where('f.id', '=', fileId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('publicationItemVersions as v')
          .select(sql`1`.as('one'))
          .where('v.communeId', '=', communeId)
          .where(sql`v.values->>'fileId'`, '=', fileId),
      ),
    )
    .executeTakeFirst();
}
