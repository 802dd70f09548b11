import type { CommuneRole, Db } from '@shabaka/db';
import { recordAudit } from '../audit';
import { findUserByEmail } from '../auth';
import { departmentsOf, type CommuneRow } from '../communes';
import { notFound } from '../errors';
import type { EventBus } from '../events';
import * as repo from './repository';

type Deps = { db: Db; events: EventBus };

export async function overview(db: Db, commune: CommuneRow, roles: CommuneRole[]) {
  const [departments, rows] = await Promise.all([departmentsOf(db, commune.id), repo.membersOf(db, commune.id)]);
  const members = new Map<string, { userId: string; displayName: string; email: string; roles: CommuneRole[] }>();
  for (const r of rows) {
    const m = members.get(r.userId) ?? { userId: r.userId, displayName: r.displayName, email: r.email, roles: [] };
    m.roles.push(r.role as CommuneRole);
    members.set(r.userId, m);
  }
  return { roles, departments, members: [...members.values()] };
}

/** Gives an existing account a role in a commune (CLI and commune admins share this). */
export async function grant(
  deps: Deps,
  communeId: string,
  communeSlug: string,
  email: string,
  role: CommuneRole,
  actorId: string | null,
) {
  const user = await findUserByEmail(deps.db, email);
  if (!user) throw notFound('unknown_account', `No account uses ${email}; ask the person to sign up first.`);
  const added = await deps.db.transaction().execute(async (trx) => {
    const added = await repo.insertMembership(trx, communeId, user.id, role);
    if (added)
      await recordAudit(trx, {
        communeId,
        actorId,
        action: 'staff.granted',
        targetType: 'user',
        targetId: user.id,
        data: { role },
      });
    return added;
  });
  if (added) deps.events.publish({ kind: 'staff.changed', commune: communeSlug });
  return { userId: user.id, role, added };
}

export async function revoke(
  deps: Deps,
  communeId: string,
  communeSlug: string,
  userId: string,
  role: CommuneRole,
  actorId: string,
) {
  const removed = await deps.db.transaction().execute(async (trx) => {
    const removed = await repo.deleteMembership(trx, communeId, userId, role);
    if (removed)
      await recordAudit(trx, {
        communeId,
        actorId,
        action: 'staff.revoked',
        targetType: 'user',
        targetId: userId,
        data: { role },
      });
    return removed;
  });
  if (!removed) throw notFound('unknown_membership', 'This account does not hold that role here.');
  deps.events.publish({ kind: 'staff.changed', commune: communeSlug });
  return { ok: true as const };
}
