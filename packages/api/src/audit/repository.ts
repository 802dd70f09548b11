import type { Db } from '@shabaka/db';
import type { AuditAction, CaseAuditAction } from './actions';
import type { AuditListInput } from './schemas';

export interface AuditEntry {
  communeId: string | null;
  actorId: string | null;
  /** A listed action (it has a label in the coordinators' log), or one the case kernel composes. */
  action: AuditAction | CaseAuditAction;
  targetType: string;
  targetId?: string | null;
  data?: Record<string, unknown>;
}

/** Append-only: the table's trigger refuses updates and deletes. */
export async function recordAudit(db: Db, e: AuditEntry) {
  await db
    .insertInto('auditLog')
    .values({ ...e, targetId: e.targetId ?? null, data: JSON.stringify(e.data ?? {}) })
    .execute();
}

export function recentAudit(db: Db, limit: number) {
  return db
    .selectFrom('auditLog')
    .leftJoin('communes', 'communes.id', 'auditLog.communeId')
    .select(['auditLog.createdAt as at', 'communes.slug as commune', 'auditLog.action'])
    .orderBy('auditLog.createdAt', 'desc')
    .limit(limit)
    .execute();
}

/** A commune's audit trail, newest first, with who did it (the log itself is append-only). */
export function listAudit(db: Db, communeId: string, f: AuditListInput) {
  let q = db
    .selectFrom('auditLog')
    .leftJoin('users', 'users.id', 'auditLog.actorId')
    .select([
      'auditLog.id',
      'auditLog.createdAt as at',
      'auditLog.action',
      'auditLog.targetType',
      'auditLog.targetId',
      'auditLog.data',
      'users.displayName as actorName',
      'users.email as actorEmail',
    ])
    .where('auditLog.communeId', '=', communeId);
  if (f.action) q = q.where('auditLog.action', 'like', `${f.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.actorEmail) q = q.where('users.email', '=', f.actorEmail);
  if (f.from) q = q.where('auditLog.createdAt', '>=', f.from);
  if (f.to) q = q.where('auditLog.createdAt', '<', f.to);
  return q.orderBy('auditLog.createdAt', 'desc').orderBy('auditLog.id').limit(f.limit).offset(f.cursor).execute();
}
