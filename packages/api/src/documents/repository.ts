import type { Db, DocumentTable, Insertable } from '@shabaka/db';
import type { ListInput } from './schemas';

export function insertDocument(db: Db, values: Insertable<DocumentTable>) {
  return db.insertInto('documents').values(values).returning(['id', 'code', 'issuedAt']).executeTakeFirstOrThrow();
}

const SUMMARY = [
  'documents.id',
  'documents.communeId',
  'documents.code',
  'documents.template',
  'documents.language',
  'documents.delivery',
  'documents.keyId',
  'documents.pdfSha256',
  'documents.issuedAt',
  'documents.revokedAt',
  'documents.revocationReason',
] as const;

export function findByIdempotencyKey(db: Db, communeId: string, key: string) {
  return db
    .selectFrom('documents')
    .select(SUMMARY)
    .where('communeId', '=', communeId)
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
}

/** Everything verification needs, looked up by code alone (codes carry their commune's prefix). */
export function findForVerification(db: Db, communeId: string, code: string) {
  return db
    .selectFrom('documents')
    .innerJoin('communes', 'communes.id', 'documents.communeId')
    .leftJoin('signingKeys', (j) =>
      j.onRef('signingKeys.communeId', '=', 'documents.communeId').onRef('signingKeys.id', '=', 'documents.keyId'),
    )
    .select([
      ...SUMMARY,
      'documents.canonical',
      'documents.canonicalSha256',
      'documents.signature',
      'documents.requesterId',
      'communes.slug as commune',
      'communes.names as communeNames',
      'signingKeys.publicKey',
      'signingKeys.createdAt as keyCreatedAt',
      'signingKeys.retiredAt as keyRetiredAt',
    ])
    .where('documents.communeId', '=', communeId)
    .where('documents.code', '=', code)
    .executeTakeFirst();
}

export function pdfOf(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('documents')
    .select(['pdf'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export function lockByCode(db: Db, communeId: string, code: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'code', 'revokedAt'])
    .where('communeId', '=', communeId)
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
}

export async function revoke(db: Db, communeId: string, id: string, at: Date, by: string, reason: string) {
  await db
    .updateTable('documents')
    .set({ revokedAt: at, revokedBy: by, revocationReason: reason })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export function listForCommune(db: Db, communeId: string, input: ListInput) {
  let q = db
    .selectFrom('documents')
    .leftJoin('users as issuer', 'issuer.id', 'documents.issuedBy')
    .select([...SUMMARY, 'documents.recipientName', 'issuer.displayName as issuedByName', 'documents.requesterId'])
    .where('documents.communeId', '=', communeId);
  if (input.status === 'valid') q = q.where('documents.revokedAt', 'is', null);
  if (input.status === 'revoked') q = q.where('documents.revokedAt', 'is not', null);
  if (input.template) q = q.where('documents.template', '=', input.template);
  if (input.query) {
    const like = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('documents.code', 'ilike', like), eb('documents.recipientName', 'ilike', like)]));
  }
  return q
    .orderBy('documents.issuedAt', 'desc')
    .orderBy('documents.code', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
}

export function listForRequester(db: Db, userId: string) {
  return db
    .selectFrom('documents')
    .innerJoin('communes', 'communes.id', 'documents.communeId')
    .select([...SUMMARY, 'communes.slug as commune', 'communes.names as communeNames'])
    .where('documents.requesterId', '=', userId)
    .orderBy('documents.issuedAt', 'desc')
    .limit(200)
    .execute();
}
