import type { Db } from '@shabaka/db';
import type { EncryptedPrivateKey } from './crypto';

const KEY_COLUMNS = [
  'id',
  'publicKey',
  'privateKeyCiphertext',
  'privateKeyIv',
  'privateKeyTag',
  'privateKeySalt',
  'createdAt',
  'retiredAt',
] as const;

export function findActiveKey(db: Db, communeId: string) {
  return db
    .selectFrom('signingKeys')
    .select(KEY_COLUMNS)
    .where('communeId', '=', communeId)
    .where('retiredAt', 'is', null)
    .executeTakeFirst();
}

/** Locks the active key against rotation until the caller's transaction ends. */
export function lockActiveKey(db: Db, communeId: string, mode: 'share' | 'update', id?: string) {
  let q = db
    .selectFrom('signingKeys')
    .select(['id', 'createdAt'])
    .where('communeId', '=', communeId)
    .where('retiredAt', 'is', null);
  if (id) q = q.where('id', '=', id);
  return (mode === 'share' ? q.forShare() : q.forUpdate()).executeTakeFirst();
}

export function findKey(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('signingKeys')
    .select(['id', 'publicKey', 'createdAt', 'retiredAt'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts an active key unless the commune already has one (two first issues racing); true when inserted. */
export async function insertActiveKey(
  db: Db,
  k: {
    communeId: string;
    id: string;
    publicKey: string;
    encrypted: EncryptedPrivateKey;
    createdAt: Date;
    createdBy: string | null;
  },
) {
  const row = await db
    .insertInto('signingKeys')
    .values({
      communeId: k.communeId,
      id: k.id,
      publicKey: k.publicKey,
      privateKeyCiphertext: k.encrypted.ciphertext,
      privateKeyIv: k.encrypted.iv,
      privateKeyTag: k.encrypted.tag,
      privateKeySalt: k.encrypted.salt,
      createdAt: k.createdAt,
      createdBy: k.createdBy,
    })
    .onConflict((oc) => oc.column('communeId').where('retiredAt', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/** Retires a key and drops its private half: a retired key can never sign again. */
export async function retireKey(db: Db, communeId: string, id: string, at: Date, by: string | null) {
  await db
    .updateTable('signingKeys')
    .set({
      retiredAt: at,
      retiredBy: by,
      privateKeyCiphertext: null,
      privateKeyIv: null,
      privateKeyTag: null,
      privateKeySalt: null,
    })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

/** Every key of every commune, active and retired, for publication. */
export function allPublicKeys(db: Db) {
  return db
    .selectFrom('signingKeys')
    .innerJoin('communes', 'communes.id', 'signingKeys.communeId')
    .select([
      'communes.slug as commune',
      'communes.names as communeNames',
      'signingKeys.id as keyId',
      'signingKeys.publicKey',
      'signingKeys.createdAt',
      'signingKeys.retiredAt',
    ])
    .orderBy('communes.slug')
    .orderBy('signingKeys.createdAt')
    .orderBy('signingKeys.id')
    .execute();
}
