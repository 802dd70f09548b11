import type { Db, InboxAudience } from '@shabaka/db';

export interface NewInboxRow {
  communeId: string;
  userId: string;
  audience: InboxAudience;
  template: string;
  params: Record<string, unknown>;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
}

export async function insertInbox(db: Db, rows: NewInboxRow[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('notificationInbox')
    .values(rows.map((r) => ({ ...r, params: JSON.stringify(r.params) })))
    .execute();
}

/**
 * One account's notices, newest first, across communes (one account works in every portal),
 * with the commune's slug for the links; keyset paging after `before` (its time and id).
 */
export function inboxOf(db: Db, userId: string, limit: number, before?: { at: Date; id: string }) {
  let q = db
    .selectFrom('notificationInbox as n')
    .innerJoin('communes as c', 'c.id', 'n.communeId')
    .select([
      'n.id',
      'n.audience',
      'n.template',
      'n.params',
      'n.subjectType',
      'n.subjectId',
      'n.createdAt',
      'n.readAt',
      'c.slug as commune',
      'c.names as communeNames',
    ])
    .where('n.userId', '=', userId);
  if (before) {
    q = q.where((eb) =>
      eb.or([
        eb('n.createdAt', '<', before.at),
        eb.and([eb('n.createdAt', '=', before.at), eb('n.id', '<', before.id)]),
      ]),
    );
  }
  return q.orderBy('n.createdAt', 'desc').orderBy('n.id', 'desc').limit(limit).execute();
}

export async function unreadCount(db: Db, userId: string) {
  const row = await db
    .selectFrom('notificationInbox')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the account's own notices read (ids of someone else's change nothing); all of them without ids. */
export async function markRead(db: Db, userId: string, at: Date, ids?: readonly string[]) {
  if (ids && ids.length === 0) return 0;
  let q = db
    .updateTable('notificationInbox')
    .set({ readAt: at })
    .where('userId', '=', userId)
    .where('readAt', 'is', null);
  if (ids) q = q.where('id', 'in', ids);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Claims a once-only mark (a case's threshold); true for the one caller that inserted it. */
export async function claimMark(db: Db, communeId: string, key: string, at: Date) {
  const result = await db
    .insertInto('notificationMarks')
    .values({ communeId, key, createdAt: at })
    .onConflict((oc) => oc.columns(['communeId', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
