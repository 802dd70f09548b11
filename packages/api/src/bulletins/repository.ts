import type { BulletinDocument, BulletinSnapshot, BulletinTexts, Db } from '@shabaka/db';
import { sql } from 'kysely';

const COLUMNS = [
  'id',
  'year',
  'quarter',
  'state',
  'texts',
  'figures',
  'documents',
  'version',
  'createdAt',
  'updatedAt',
  'approvedAt',
] as const;
export type BulletinRow = Awaited<ReturnType<typeof findBulletin>> & {};

/** A commune's bulletins, newest period first (drafts too: staff only). Every query names the commune. */
export function bulletins(db: Db, communeId: string, state?: 'published') {
  return db
    .selectFrom('bulletins')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .$if(!!state, (q) => q.where('state', '=', state!))
    .orderBy('year', 'desc')
    .orderBy('quarter', 'desc')
    .execute();
}

export function findBulletin(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('bulletins')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findByPeriod(db: Db, communeId: string, year: number, quarter: number) {
  return db
    .selectFrom('bulletins')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .where('year', '=', year)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
}

export function insertBulletin(db: Db, communeId: string, year: number, quarter: number, actorId: string, now: Date) {
  return db
    .insertInto('bulletins')
    .values({
      communeId,
      year,
      quarter,
      texts: '{}',
      createdBy: actorId,
      createdAt: now,
      updatedBy: actorId,
      updatedAt: now,
    })
    .onConflict((oc) => oc.columns(['communeId', 'year', 'quarter']).doNothing())
    .returning(COLUMNS)
    .executeTakeFirst();
}

/** A draft's texts, only over the version read (null when someone saved since, or it was published). */
export function updateTexts(
  db: Db,
  communeId: string,
  id: string,
  version: number,
  texts: BulletinTexts,
  actorId: string,
  now: Date,
) {
  return db
    .updateTable('bulletins')
    .set({ texts: JSON.stringify(texts), version: sql`version + 1`, updatedBy: actorId, updatedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'draft')
    .returning(['id', 'version'])
    .executeTakeFirst();
}

/** Publishes a draft with its frozen figures and signed documents, only over the version approved. */
export function publish(
  db: Db,
  communeId: string,
  id: string,
  version: number,
  v: { figures: BulletinSnapshot; documents: Record<string, BulletinDocument> },
  actorId: string,
  now: Date,
) {
  return db
    .updateTable('bulletins')
    .set({
      state: 'published',
      figures: JSON.stringify(v.figures),
      documents: JSON.stringify(v.documents),
      version: sql`version + 1`,
      approvedBy: actorId,
      approvedAt: now,
      updatedBy: actorId,
      updatedAt: now,
    })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'draft')
    .returning(['id', 'version'])
    .executeTakeFirst();
}

/** Every commune's published bulletin of one period (the network's comparison). */
export function publishedOfPeriod(db: Db, year: number, quarter: number) {
  return db
    .selectFrom('bulletins')
    .select(['communeId', 'figures', 'approvedAt'])
    .where('year', '=', year)
    .where('quarter', '=', quarter)
    .where('state', '=', 'published')
    .execute();
}
