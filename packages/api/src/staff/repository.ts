import type { CommuneRole, Db } from '@shabaka/db';

export function membersOf(db: Db, communeId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['users.id as userId', 'users.displayName', 'users.email', 'memberships.role'])
    .where('memberships.communeId', '=', communeId)
    .orderBy('users.displayName')
    .execute();
}

export async function insertMembership(db: Db, communeId: string, userId: string, role: CommuneRole) {
  const r = await db
    .insertInto('memberships')
    .values({ communeId, userId, role })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteMembership(db: Db, communeId: string, userId: string, role: CommuneRole) {
  const r = await db
    .deleteFrom('memberships')
    .where('communeId', '=', communeId)
    .where('userId', '=', userId)
    .where('role', '=', role)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
