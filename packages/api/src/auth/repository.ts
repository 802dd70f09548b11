import type { CommuneRole, Db, Language, NetworkRole } from '@shabaka/db';

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertUser(db: Db, u: { email: string; displayName: string; passwordHash: string; locale: Language }) {
  return db.insertInto('users').values(u).returningAll().executeTakeFirstOrThrow();
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
