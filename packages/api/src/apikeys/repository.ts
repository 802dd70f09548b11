import type { Db } from '@shabaka/db';

export function keysOf(db: Db, communeId: string) {
  return db
    .selectFrom('apiKeys')
    .leftJoin('users', 'users.id', 'apiKeys.createdBy')
    .select([
      'apiKeys.id',
      'apiKeys.label',
      'apiKeys.createdAt',
      'apiKeys.revokedAt',
      'users.displayName as createdByName',
    ])
    .where('apiKeys.communeId', '=', communeId)
    .orderBy('apiKeys.createdAt', 'desc')
    .orderBy('apiKeys.id')
    .execute();
}

export function insertKey(
  db: Db,
  k: { communeId: string; label: string; keyHash: string; createdBy: string; createdAt: Date },
) {
  return db.insertInto('apiKeys').values(k).returning(['id', 'label', 'createdAt']).executeTakeFirstOrThrow();
}

export function findKey(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('apiKeys')
    .select(['id', 'label', 'revokedAt'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Revokes a live key; undefined when it is unknown or already revoked. */
export function revokeKey(db: Db, communeId: string, id: string, at: Date) {
  return db
    .updateTable('apiKeys')
    .set({ revokedAt: at })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .returning(['id', 'label', 'revokedAt'])
    .executeTakeFirst();
}

/** The commune of a live key (the hash column is unique across communes). */
export function liveKeyByHash(db: Db, keyHash: string) {
  return db
    .selectFrom('apiKeys')
    .innerJoin('communes', 'communes.id', 'apiKeys.communeId')
    .select(['communes.id as communeId', 'communes.slug', 'apiKeys.id as keyId'])
    .where('apiKeys.keyHash', '=', keyHash)
    .where('apiKeys.revokedAt', 'is', null)
    .executeTakeFirst();
}
