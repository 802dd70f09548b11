import type { AccountTokenPurpose, CommuneRole, Db, Language, NetworkRole } from '@shabaka/db';

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertUser(
  db: Db,
  u: {
    email: string;
    displayName: string;
    passwordHash: string;
    locale: Language;
    emailVerifiedAt?: Date | null;
    homeCommuneId?: string | null;
  },
) {
  return db.insertInto('users').values(u).returningAll().executeTakeFirstOrThrow();
}

/** A new sign-up on an address never confirmed: the latest password, name and language win. */
export function updateUnconfirmedUser(
  db: Db,
  id: string,
  u: { displayName: string; passwordHash: string; locale: Language; homeCommuneId: string; at: Date },
) {
  return db
    .updateTable('users')
    .set({
      displayName: u.displayName,
      passwordHash: u.passwordHash,
      locale: u.locale,
      homeCommuneId: u.homeCommuneId,
      updatedAt: u.at,
    })
    .where('id', '=', id)
    .where('emailVerifiedAt', 'is', null)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Marks the address confirmed (kept from the first time). */
export function confirmEmail(db: Db, id: string, at: Date) {
  return db
    .updateTable('users')
    .set((eb) => ({ emailVerifiedAt: eb.fn.coalesce('emailVerifiedAt', eb.val(at)), updatedAt: at }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Whether a link for `purpose` was issued to the account since `since`. */
export async function recentToken(db: Db, userId: string, purpose: AccountTokenPurpose, since: Date) {
  const row = await db
    .selectFrom('accountTokens')
    .select('id')
    .where('userId', '=', userId)
    .where('purpose', '=', purpose)
    .where('createdAt', '>', since)
    .executeTakeFirst();
  return !!row;
}

/** The commune of the account's first role (staff accounts made by the CLI have no home portal). */
export async function firstMembershipCommune(db: Db, userId: string) {
  const row = await db
    .selectFrom('memberships')
    .select('communeId')
    .where('userId', '=', userId)
    .orderBy('createdAt')
    .executeTakeFirst();
  return row?.communeId ?? null;
}

export async function updatePasswordHash(db: Db, userId: string, passwordHash: string, at: Date) {
  await db.updateTable('users').set({ passwordHash, updatedAt: at }).where('id', '=', userId).execute();
}

export async function insertSession(db: Db, s: { tokenHash: string; userId: string; expiresAt: Date }) {
  await db.insertInto('sessions').values(s).execute();
}

/** The session row with its user, if the token is known and not expired. */
export function findLiveSession(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['sessions.id as sessionId', 'users.id as userId', 'users.email', 'users.displayName', 'users.locale'])
    .where('sessions.tokenHash', '=', tokenHash)
    .where('sessions.expiresAt', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
}

export async function deleteOtherSessions(db: Db, userId: string, keepTokenHash: string | null) {
  let q = db.deleteFrom('sessions').where('userId', '=', userId);
  if (keepTokenHash) q = q.where('tokenHash', '!=', keepTokenHash);
  await q.execute();
}

export function networkRolesOf(db: Db, userId: string) {
  return db
    .selectFrom('networkRoles')
    .select('role')
    .where('userId', '=', userId)
    .execute()
    .then((rows) => rows.map((r) => r.role as NetworkRole));
}

export function membershipsOf(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('communes', 'communes.id', 'memberships.communeId')
    .select(['communes.slug as commune', 'memberships.role'])
    .where('memberships.userId', '=', userId)
    .orderBy('communes.slug')
    .orderBy('memberships.role')
    .execute()
    .then((rows) => rows.map((r) => ({ commune: r.commune, role: r.role as CommuneRole })));
}

export async function grantNetworkRole(db: Db, userId: string, role: NetworkRole) {
  await db
    .insertInto('networkRoles')
    .values({ userId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
