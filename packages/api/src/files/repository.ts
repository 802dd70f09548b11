import { createHash } from 'node:crypto';
import type { Db } from '@shabaka/db';
import type { ProcessedFile } from './images';

/** The storage interface: bytes live in PostgreSQL (bytea), keyed by commune. */
export async function putFile(db: Db, communeId: string, f: ProcessedFile): Promise<string> {
  const row = await db
    .insertInto('files')
    .values({
      communeId,
      mime: f.mime,
      size: f.bytes.length,
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
      width: f.width,
      height: f.height,
      bytes: f.bytes,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function getFile(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('files')
    .select(['mime', 'size', 'sha256', 'bytes'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}
