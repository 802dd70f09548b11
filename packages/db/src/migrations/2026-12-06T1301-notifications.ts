import { sql, type Kysely } from 'kysely';

// Issue 13: the notifications outbox. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // Who hears about a case, by which channel and in which language: the contact the citizen
  // gave at intake (later: a phone confirmed by code, a counter agent's record), with when and
  // where it was recorded.
  await db.schema
    .createTable('notification_recipients')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_recipients_pk', ['commune_id', 'id'])
    .addUniqueConstraint('notification_recipients_unique', [
      'commune_id',
      'subject_type',
      'subject_id',
      'channel',
      'address',
    ])
    .execute();

  // The outbox: one row per notice, channel and recipient, written in the transaction of the
  // change that causes it; the worker moves it from pending to sent (or dead after N attempts).
  await db.schema
    .createTable('notifications')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('class', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'uuid')
    // Sent to the provider with every attempt (the email's Message-ID, the gateway's header).
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    // When the worker may take it next: due now, after a back-off, or when a claim's lease ends.
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    // The claim holding it; a mark from an older claim (whose lease ended) is ignored.
    .addColumn('claim', 'uuid')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('notifications_pk', ['commune_id', 'id'])
    .addCheckConstraint('notifications_state', sql`state in ('pending', 'sent', 'dead')`)
    .execute();
  // The worker's scan: only what is still to send, across communes, soonest first.
  await sql`create index notifications_due on notifications (next_attempt_at) where state = 'pending'`.execute(db);
  await db.schema
    .createIndex('notifications_subject')
    .on('notifications')
    .columns(['commune_id', 'subject_type', 'subject_id', 'created_at'])
    .execute();
  await sql`create index notifications_dead on notifications (commune_id, created_at) where state = 'dead'`.execute(db);

  // The delivery log, one row per attempt: what proves a legal notice was sent (or tried).
  await db.schema
    .createTable('notification_deliveries')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('notification_id', 'uuid', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('template_version', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text')
    .addColumn('provider_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('notification_deliveries_pk', ['commune_id', 'id'])
    .addForeignKeyConstraint(
      'notification_deliveries_notification',
      ['commune_id', 'notification_id'],
      'notifications',
      ['commune_id', 'id'],
    )
    .addCheckConstraint('notification_deliveries_status', sql`status in ('sent', 'failed', 'dead')`)
    .execute();
  await db.schema
    .createIndex('notification_deliveries_by_notification')
    .on('notification_deliveries')
    .columns(['commune_id', 'notification_id', 'attempt'])
    .execute();
}
