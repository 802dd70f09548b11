import type {
  Db,
  Language,
  NotificationChannel,
  NotificationClass,
  DeliveryStatus,
  RecipientChannel,
} from '@shabaka/db';
import { sql } from 'kysely';

export interface NewRecipient {
  communeId: string;
  subjectType: string;
  subjectId: string;
  channel: RecipientChannel;
  address: string;
  language: Language;
  source: string;
  createdAt: Date;
}

/** Adds recipients of a subject; an address already recorded for it stays as it was. */
export async function insertRecipients(db: Db, rows: NewRecipient[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('notificationRecipients')
    .values(rows)
    .onConflict((oc) => oc.constraint('notification_recipients_unique').doNothing())
    .execute();
}

export function recipientsOf(db: Db, communeId: string, subjectType: string, subjectId: string) {
  return db
    .selectFrom('notificationRecipients')
    .select(['channel', 'address', 'language'])
    .where('communeId', '=', communeId)
    .where('subjectType', '=', subjectType)
    .where('subjectId', '=', subjectId)
    .orderBy('createdAt')
    .orderBy('channel')
    .execute();
}

export interface NewNotification {
  communeId: string;
  id: string;
  template: string;
  class: NotificationClass;
  channel: NotificationChannel;
  recipient: string;
  language: Language;
  params: Record<string, unknown>;
  subjectType: string | null;
  subjectId: string | null;
  idempotencyKey: string;
  createdAt: Date;
}

export async function insertNotifications(db: Db, rows: NewNotification[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      rows.map((r) => ({
        ...r,
        params: JSON.stringify(r.params),
        state: 'pending' as const,
        nextAttemptAt: r.createdAt,
      })),
    )
    .execute();
}

/** A claimed notice, as the worker delivers it. */
export interface ClaimedNotification {
  communeId: string;
  id: string;
  template: string;
  class: NotificationClass;
  channel: NotificationChannel;
  recipient: string;
  language: Language;
  params: Record<string, unknown>;
  idempotencyKey: string;
  attempts: number;
  claim: string;
}

/**
 * Takes up to `limit` due notices of the given channels for one attempt: each gets one more
 * attempt counted, the claim's id, and `next_attempt_at` pushed to the lease's end, in one
 * statement. `FOR UPDATE SKIP LOCKED`: workers in other processes claiming at the same
 * moment take other rows instead of waiting, and a claimed row is not due again before
 * its lease ends, so two workers never hold the same notice.
 */
export async function claimDue(
  db: Db,
  p: { now: Date; leaseEnd: Date; claim: string; channels: readonly NotificationChannel[]; limit: number },
): Promise<ClaimedNotification[]> {
  if (p.channels.length === 0) return [];
  const { rows } = await sql<ClaimedNotification>`
    update notifications n
    set attempts = n.attempts + 1, next_attempt_at = ${p.leaseEnd}, claim = ${p.claim}
    from (
      select commune_id, id from notifications
      where state = 'pending' and next_attempt_at <= ${p.now} and channel in (${sql.join(p.channels)})
      order by next_attempt_at, id
      limit ${p.limit}
      for update skip locked
    ) due
    where n.commune_id = due.commune_id and n.id = due.id
    returning n.commune_id, n.id, n.template, n.class, n.channel, n.recipient, n.language, n.params,
      n.idempotency_key, n.attempts, n.claim`.execute(db);
  return rows;
}

export function communesByIds(db: Db, ids: string[]) {
  return db.selectFrom('communes').select(['id', 'slug', 'names', 'settings']).where('id', 'in', ids).execute();
}

export interface Attempt {
  communeId: string;
  notificationId: string;
  attempt: number;
  channel: NotificationChannel;
  at: Date;
  template: string;
  templateVersion: string;
  idempotencyKey: string;
  contentSha256: string | null;
  providerId: string | null;
  status: DeliveryStatus;
  error: string | null;
  segments: number | null;
}

/**
 * Records one attempt and moves the notice: sent; dead; or due again at `retryAt`. A success
 * counts whoever holds the claim now (the message left); a failure reschedules only under
 * the claim it was made with, so a worker whose lease ran out cannot undo a newer attempt.
 */
export async function recordAttempt(
  db: Db,
  claim: string,
  a: Attempt,
  retryAt: Date | null,
  onDead?: (trx: Db) => Promise<void>,
) {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('notificationDeliveries').values(a).execute();
    const row = trx
      .updateTable('notifications')
      .where('communeId', '=', a.communeId)
      .where('id', '=', a.notificationId);
    // A notice's secret (an account link's token) is needed only to send it: once it is sent
    // or dead, only the delivery log's hash of what was sent remains.
    const params = sql<string>`params - 'token'`;
    if (a.status === 'sent') {
      await row
        .set({ state: 'sent', sentAt: a.at, lastError: null, claim: null, params })
        .where('state', '=', 'pending')
        .execute();
    } else if (a.status === 'dead') {
      const moved = await row
        .set({ state: 'dead', lastError: a.error, claim: null, params })
        .where('claim', '=', claim)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) > 0) await onDead?.(trx);
    } else {
      await row.set({ lastError: a.error, nextAttemptAt: retryAt!, claim: null }).where('claim', '=', claim).execute();
    }
  });
}

/**
 * Hands a claimed notice back unsent, due at `until` (quiet hours, the daily cap): no attempt
 * is counted and nothing is logged, since nothing was tried. Only under its claim.
 */
export async function postpone(db: Db, n: Pick<ClaimedNotification, 'communeId' | 'id' | 'claim'>, until: Date) {
  await db
    .updateTable('notifications')
    .set((eb) => ({ nextAttemptAt: until, claim: null, attempts: eb('attempts', '-', 1) }))
    .where('communeId', '=', n.communeId)
    .where('id', '=', n.id)
    .where('claim', '=', n.claim)
    .execute();
}

/** SMS a commune sent since `since` (the daily cap counts them). */
export async function smsSentSince(db: Db, communeId: string, since: Date) {
  const row = await db
    .selectFrom('notificationDeliveries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('communeId', '=', communeId)
    .where('channel', '=', 'sms')
    .where('status', '=', 'sent')
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every commune with its settings (the SMS rules), in the network's order. */
export function communesWithSettings(db: Db) {
  return db
    .selectFrom('communes')
    .select(['id', 'slug', 'names', 'settings'])
    .orderBy('createdAt')
    .orderBy('slug')
    .execute();
}

/** Per commune: SMS sent since `since` and their segments (the cost counter). */
export function smsSentByCommune(db: Db, since: Date) {
  return db
    .selectFrom('notificationDeliveries')
    .select((eb) => [
      'communeId',
      eb.fn.countAll<string>().as('messages'),
      eb.fn.coalesce(eb.fn.sum<string>('segments'), eb.val('0')).as('segments'),
    ])
    .where('channel', '=', 'sms')
    .where('status', '=', 'sent')
    .where('at', '>=', since)
    .groupBy('communeId')
    .execute();
}

/** Per commune: SMS waiting in the outbox (quiet hours, the cap, a provider away). */
export function smsWaitingByCommune(db: Db) {
  return db
    .selectFrom('notifications')
    .select((eb) => ['communeId', eb.fn.countAll<string>().as('waiting')])
    .where('channel', '=', 'sms')
    .where('state', '=', 'pending')
    .groupBy('communeId')
    .execute();
}

// ——— Reads for staff ———

export function noticesOf(db: Db, communeId: string, subjectType: string, subjectId: string) {
  return db
    .selectFrom('notifications')
    .select([
      'id',
      'template',
      'channel',
      'recipient',
      'language',
      'state',
      'attempts',
      'nextAttemptAt',
      'lastError',
      'sentAt',
      'createdAt',
      'idempotencyKey',
    ])
    .where('communeId', '=', communeId)
    .where('subjectType', '=', subjectType)
    .where('subjectId', '=', subjectId)
    .orderBy('createdAt')
    .orderBy('channel')
    .orderBy('id')
    .execute();
}

export function deliveriesOf(db: Db, communeId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('notificationDeliveries')
    .select([
      'notificationId',
      'attempt',
      'channel',
      'at',
      'template',
      'templateVersion',
      'idempotencyKey',
      'contentSha256',
      'providerId',
      'status',
      'error',
    ])
    .where('communeId', '=', communeId)
    .where('notificationId', 'in', ids)
    .orderBy('at')
    .orderBy('attempt')
    .execute();
}

export function deadLetters(db: Db, communeId: string, limit: number) {
  return db
    .selectFrom('notifications')
    .select([
      'id',
      'template',
      'channel',
      'recipient',
      'subjectType',
      'subjectId',
      'attempts',
      'lastError',
      'createdAt',
    ])
    .where('communeId', '=', communeId)
    .where('state', '=', 'dead')
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();
}
