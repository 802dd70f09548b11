import type { Db } from '@shabaka/db';

export interface AuditEntry {
  communeId: string | null;
  actorId: string | null;
  action: string;
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
