import { sql } from 'kysely';
import type { Db } from '@shabaka/db';
import type { FileLine } from './csv';

/** Every query names the commune: it leads each key. */

const VERSION_COLUMNS = [
  'id',
  'fiscalYear',
  'version',
  'fileName',
  'lineCount',
  'importedAt',
  'importedBy',
  'publishedAt',
] as const;

/** Serialises imports of one commune (the next version number is read, then written). */
export async function lockCommune(trx: Db, communeId: string) {
  await trx.selectFrom('communes').select('id').where('id', '=', communeId).forUpdate().executeTakeFirstOrThrow();
}

export async function lastVersionNumber(trx: Db, communeId: string, year: number) {
  const r = await trx
    .selectFrom('budgetVersions')
    .select((eb) => eb.fn.max('version').as('last'))
    .where('communeId', '=', communeId)
    .where('fiscalYear', '=', year)
    .executeTakeFirst();
  return r?.last ?? 0;
}

export function insertVersion(
  trx: Db,
  v: { communeId: string; fiscalYear: number; version: number; fileName: string; lineCount: number },
  actorId: string,
  at: Date,
) {
  return trx
    .insertInto('budgetVersions')
    .values({ ...v, importedBy: actorId, importedAt: at })
    .returning(VERSION_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function insertLines(trx: Db, communeId: string, versionId: string, lines: FileLine[]) {
  // In batches: one statement per few hundred lines keeps each under PostgreSQL's parameter limit.
  for (let i = 0; i < lines.length; i += 400)
    await trx
      .insertInto('budgetLines')
      .values(
        lines.slice(i, i + 400).map((l, j) => ({
          communeId,
          versionId,
          position: i + j + 1,
          direction: l.direction,
          part: l.part,
          chapter: l.chapter,
          article: l.article,
          paragraph: l.paragraph,
          line: l.line,
          label: JSON.stringify(l.label),
          forecastInitial: l.forecastInitial,
          forecastAmended: l.forecastAmended,
          committed: l.committed,
          paid: l.paid,
          collected: l.collected,
        })),
      )
      .execute();
}

/** Every version of the commune (a year's, when given), newest first. */
export function versions(db: Db, communeId: string, year?: number) {
  let q = db.selectFrom('budgetVersions').select(VERSION_COLUMNS).where('communeId', '=', communeId);
  if (year !== undefined) q = q.where('fiscalYear', '=', year);
  return q.orderBy('fiscalYear', 'desc').orderBy('version', 'desc').execute();
}

/** Published versions only: what citizens, the data package and other domains read. */
export function publishedVersions(db: Db, communeId: string, year?: number) {
  let q = db
    .selectFrom('budgetVersions')
    .select(VERSION_COLUMNS)
    .where('communeId', '=', communeId)
    .where('publishedAt', 'is not', null);
  if (year !== undefined) q = q.where('fiscalYear', '=', year);
  return q.orderBy('fiscalYear', 'desc').orderBy('version', 'desc').execute();
}

export function findVersion(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('budgetVersions')
    .select(VERSION_COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function publish(trx: Db, communeId: string, id: string, actorId: string, at: Date) {
  return trx
    .updateTable('budgetVersions')
    .set({ publishedAt: at, publishedBy: actorId })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .where('publishedAt', 'is', null)
    .executeTakeFirst();
}

export function lines(db: Db, communeId: string, versionId: string) {
  return db
    .selectFrom('budgetLines')
    .select([
      'direction',
      'part',
      'chapter',
      'article',
      'paragraph',
      'line',
      'label',
      'forecastInitial',
      'forecastAmended',
      'committed',
      'paid',
      'collected',
    ])
    .where('communeId', '=', communeId)
    .where('versionId', '=', versionId)
    .orderBy('position')
    .execute();
}

/** A version's sums per direction and part, in centimes (the figures other domains read). */
export function sums(db: Db, communeId: string, versionId: string) {
  const total = (c: 'forecast_initial' | 'forecast_amended' | 'committed' | 'paid' | 'collected') =>
    sql<number>`coalesce(sum(${sql.ref(c)}), 0)::bigint`;
  return db
    .selectFrom('budgetLines')
    .select([
      'direction',
      'part',
      total('forecast_initial').as('forecastInitial'),
      total('forecast_amended').as('forecastAmended'),
      total('committed').as('committed'),
      total('paid').as('paid'),
      total('collected').as('collected'),
    ])
    .where('communeId', '=', communeId)
    .where('versionId', '=', versionId)
    .groupBy(['direction', 'part'])
    .execute();
}
