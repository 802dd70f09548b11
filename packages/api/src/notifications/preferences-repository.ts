import type { ConsentSource, Db, EngagementFrequency, PreferenceChannel, RecipientChannel } from '@shabaka/db';
import { sql } from 'kysely';

/** One account's choice for one channel: a notification_preferences row. */
export interface PreferenceRow {
  userId: string;
  channel: PreferenceChannel;
  consent: boolean;
  frequency: EngagementFrequency;
  source: ConsentSource;
  updatedAt: Date;
}

/** Several accounts' choices, one row per account and channel set (a channel never set has no row). */
export function preferencesOfMany(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('notificationPreferences')
    .select(['userId', 'channel', 'consent', 'frequency', 'source', 'updatedAt'])
    .where('userId', 'in', userIds)
    .execute();
}

/** An account's choices (its settings page): its rows without the account. */
export async function preferencesOf(db: Db, userId: string) {
  return (await preferencesOfMany(db, [userId])).map(({ userId: _user, ...choice }) => choice);
}

export interface ConsentRecord {
  channel: RecipientChannel;
  userId: string | null;
  address: string | null;
  granted: boolean;
  frequency: EngagementFrequency | null;
  source: ConsentSource;
  actorId: string | null;
  communeId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  at: Date;
}

/** Appends consents to the log (never updated: it is the evidence). */
export async function insertConsents(db: Db, rows: ConsentRecord[]) {
  if (rows.length === 0) return;
  await db.insertInto('notificationConsents').values(rows).execute();
}

/** Sets an account's choice for a channel (the key columns stay, the rest is the new choice). */
export async function upsertPreference(db: Db, row: PreferenceRow) {
  const { userId: _user, channel: _channel, ...choice } = row;
  await db
    .insertInto('notificationPreferences')
    .values(row)
    .onConflict((oc) => oc.columns(['userId', 'channel']).doUpdateSet(choice))
    .execute();
}

/** The account's consent history, newest first (shown on its settings page). */
export function consentHistory(db: Db, userId: string, limit: number) {
  return db
    .selectFrom('notificationConsents')
    .select(['channel', 'granted', 'frequency', 'source', 'at'])
    .where('userId', '=', userId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Of these (channel, address) pairs, those whose latest recorded consent is a withdrawal or
 * a refusal (an unticked box at the counter, an unsubscribe link, the settings page).
 */
export async function withdrawnAddresses(db: Db, pairs: readonly { channel: RecipientChannel; address: string }[]) {
  if (pairs.length === 0) return new Set<string>();
  const { rows } = await sql<{ channel: string; address: string; granted: boolean }>`
    select distinct on (channel, address) channel, address, granted
    from notification_consents
    where address is not null and (channel, address) in (${sql.join(
      pairs.map((p) => sql`(${p.channel}, ${p.address})`),
    )})
    order by channel, address, at desc, id desc`.execute(db);
  return new Set(rows.filter((r) => !r.granted).map((r) => `${r.channel}\n${r.address}`));
}

// ——— Follows ———

export async function insertFollow(
  db: Db,
  row: { communeId: string; subjectType: string; subjectId: string; userId: string; createdAt: Date },
) {
  const r = await db
    .insertInto('notificationFollows')
    .values(row)
    .onConflict((oc) => oc.constraint('notification_follows_pk').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteFollow(
  db: Db,
  row: { communeId: string; subjectType: string; subjectId: string; userId: string },
) {
  const r = await db
    .deleteFrom('notificationFollows')
    .where('communeId', '=', row.communeId)
    .where('subjectType', '=', row.subjectType)
    .where('subjectId', '=', row.subjectId)
    .where('userId', '=', row.userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function isFollowing(db: Db, communeId: string, subjectType: string, subjectId: string, userId: string) {
  const row = await db
    .selectFrom('notificationFollows')
    .select('userId')
    .where('communeId', '=', communeId)
    .where('subjectType', '=', subjectType)
    .where('subjectId', '=', subjectId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return !!row;
}

/** The followers of a case, with their address and language. */
export function followersOf(db: Db, communeId: string, subjectType: string, subjectId: string) {
  return db
    .selectFrom('notificationFollows as f')
    .innerJoin('users as u', 'u.id', 'f.userId')
    .select(['u.id', 'u.email', 'u.locale'])
    .where('f.communeId', '=', communeId)
    .where('f.subjectType', '=', subjectType)
    .where('f.subjectId', '=', subjectId)
    .orderBy('f.createdAt')
    .execute();
}

// ——— Digests ———

export interface NewHeld {
  communeId: string;
  userId: string;
  channel: RecipientChannel;
  frequency: 'daily' | 'weekly';
  template: string;
  params: Record<string, unknown>;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
}

export async function insertHeld(db: Db, rows: NewHeld[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('notificationHeld')
    .values(rows.map((r) => ({ ...r, params: JSON.stringify(r.params) })))
    .execute();
}

/** Who has notices of this frequency waiting from before `before`: one digest each (per commune and channel). */
export function heldOwners(db: Db, frequency: 'daily' | 'weekly', before: Date) {
  return db
    .selectFrom('notificationHeld')
    .select(['communeId', 'userId', 'channel'])
    .distinct()
    .where('frequency', '=', frequency)
    .where('digestKey', 'is', null)
    .where('createdAt', '<', before)
    .execute();
}

/** One person's waiting notices, newest first, taken by the digest `key` (in its transaction). */
export async function takeHeld(
  db: Db,
  p: {
    communeId: string;
    userId: string;
    channel: RecipientChannel;
    frequency: 'daily' | 'weekly';
    before: Date;
    key: string;
  },
) {
  return db
    .updateTable('notificationHeld')
    .set({ digestKey: p.key })
    .where('communeId', '=', p.communeId)
    .where('userId', '=', p.userId)
    .where('channel', '=', p.channel)
    .where('frequency', '=', p.frequency)
    .where('digestKey', 'is', null)
    .where('createdAt', '<', p.before)
    .returning(['template', 'params', 'subjectType', 'subjectId', 'createdAt'])
    .execute();
}

export function userById(db: Db, id: string) {
  return db.selectFrom('users').select(['id', 'email', 'locale']).where('id', '=', id).executeTakeFirst();
}

// ——— Unsubscribe links ———

export async function insertUnsubscribe(
  db: Db,
  row: {
    tokenHash: string;
    channel: RecipientChannel;
    address: string;
    userId: string | null;
    communeId: string;
    createdAt: Date;
  },
) {
  await db.insertInto('notificationUnsubscribes').values(row).execute();
}

export function unsubscribeByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('notificationUnsubscribes')
    .select(['tokenHash', 'channel', 'address', 'userId', 'communeId', 'usedAt'])
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export async function markUnsubscribeUsed(db: Db, tokenHash: string, at: Date) {
  await db
    .updateTable('notificationUnsubscribes')
    .set({ usedAt: at })
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .execute();
}
