import type { Db, Language, PhoneCodePurpose } from '@shabaka/db';
import { caseCodeOf } from './evidence-repository';

type CodeScope = { communeId: string; phone: string; purpose: PhoneCodePurpose; subjectId: string | null };

/** Earlier unused codes of this phone, purpose (and case) stop working. */
export async function retireCodes(db: Db, p: CodeScope, at: Date) {
  let q = db
    .updateTable('phoneCodes')
    .set({ usedAt: at })
    .where('communeId', '=', p.communeId)
    .where('phone', '=', p.phone)
    .where('purpose', '=', p.purpose)
    .where('usedAt', 'is', null);
  if (p.subjectId) q = q.where('subjectId', '=', p.subjectId);
  await q.execute();
}

/** A new code row; its hash is salted with the row's id, so it is written once the id is known. */
export async function insertCode(
  db: Db,
  p: Omit<CodeScope, 'subjectId'> & {
    subject: { type: string; id: string } | null;
    language: Language;
    createdAt: Date;
    expiresAt: Date;
    hash: (id: string) => string;
  },
) {
  const row = await db
    .insertInto('phoneCodes')
    .values({
      communeId: p.communeId,
      purpose: p.purpose,
      phone: p.phone,
      subjectType: p.subject?.type ?? null,
      subjectId: p.subject?.id ?? null,
      language: p.language,
      codeHash: '',
      createdAt: p.createdAt,
      expiresAt: p.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('phoneCodes')
    .set({ codeHash: p.hash(row.id) })
    .where('communeId', '=', p.communeId)
    .where('id', '=', row.id)
    .execute();
}

/** The phone's latest unused code of this purpose (and case). */
export function liveCode(db: Db, p: CodeScope) {
  let q = db
    .selectFrom('phoneCodes')
    .select(['id', 'codeHash', 'attempts', 'expiresAt'])
    .where('communeId', '=', p.communeId)
    .where('phone', '=', p.phone)
    .where('purpose', '=', p.purpose)
    .where('usedAt', 'is', null);
  if (p.subjectId) q = q.where('subjectId', '=', p.subjectId);
  return q.orderBy('createdAt', 'desc').limit(1).executeTakeFirst();
}

/** Counts one try in one statement that refuses past `max` (parallel guesses cannot share a count). */
export function countTry(db: Db, communeId: string, id: string, max: number) {
  return db
    .updateTable('phoneCodes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .where('attempts', '<', max)
    .returning('attempts')
    .executeTakeFirst();
}

/** Spends a code once; false when it was already spent (a double tap). */
export async function spend(db: Db, communeId: string, id: string, at: Date) {
  const r = await db
    .updateTable('phoneCodes')
    .set({ usedAt: at })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The language the phone's latest code for this case was asked in. */
export function codeLanguage(db: Db, communeId: string, phone: string, subjectId: string) {
  return db
    .selectFrom('phoneCodes')
    .select('language')
    .where('communeId', '=', communeId)
    .where('phone', '=', phone)
    .where('subjectId', '=', subjectId)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** Where each case type lives (read here directly: the case modules themselves notify through this one). */
const CASE_TABLES = { complaint: 'complaints', information_request: 'informationRequests' } as const;

/** A case's owner proof by its code inside a commune. */
export function caseOwner(db: Db, kind: keyof typeof CASE_TABLES, communeId: string, code: string) {
  return db
    .selectFrom(CASE_TABLES[kind])
    .select(['id', 'communeId', 'authorId', 'ownerSecretHash'])
    .where('communeId', '=', communeId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The cases a phone follows by SMS in a commune, newest first (with their code). */
export function followedCases(db: Db, communeId: string, phone: string) {
  return db
    .selectFrom('notificationRecipients as r')
    .select(['r.subjectType', caseCodeOf('r').as('code'), 'r.createdAt'])
    .where('r.communeId', '=', communeId)
    .where('r.channel', '=', 'sms')
    .where('r.address', '=', phone)
    .where('r.subjectType', 'in', ['complaint', 'information_request'])
    .orderBy('r.createdAt', 'desc')
    .execute();
}

export async function insertSession(
  db: Db,
  row: { communeId: string; tokenHash: string; phone: string; createdAt: Date; expiresAt: Date },
) {
  await db.insertInto('phoneSessions').values(row).execute();
}

export function sessionByHash(db: Db, communeId: string, tokenHash: string) {
  return db
    .selectFrom('phoneSessions')
    .select(['phone', 'expiresAt'])
    .where('communeId', '=', communeId)
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}
