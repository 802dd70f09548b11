import { sql, type Kysely } from 'kysely';

// Issue 13: engagement messages follow the person's choice (preferences, consent, follows,
// digests, one-click unsubscribe). Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // A signed-in person's choice per channel: consent to engagement messages, and how often
  // they come. Accounts are network-wide, so the choice is too. No row: no consent yet.
  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('consent', 'boolean', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'channel'])
    .addCheckConstraint('notification_preferences_channel', sql`channel in ('email', 'sms', 'inapp')`)
    .addCheckConstraint(
      'notification_preferences_frequency',
      sql`frequency in ('immediate', 'daily', 'weekly', 'never')`,
    )
    .execute();

  // Every consent given or withdrawn, never updated: what proves a person agreed (or stopped
  // agreeing) to engagement messages, when and where (the portal, the counter with its
  // agent, an unsubscribe link). An account's rows carry its id; a walk-in's contact its
  // address (email, or a phone in E.164). The latest row of an address is its state.
  await db.schema
    .createTable('notification_consents')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('address', 'text')
    .addColumn('granted', 'boolean', (c) => c.notNull())
    .addColumn('frequency', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    // The counter agent who recorded it (null when the person did it themselves).
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('commune_id', 'uuid', (c) => c.references('communes.id'))
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'uuid')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('notification_consents_source', sql`source in ('web', 'counter', 'email')`)
    .addCheckConstraint('notification_consents_who', sql`user_id is not null or address is not null`)
    .execute();
  await sql`create index notification_consents_by_address on notification_consents (channel, address, at desc) where address is not null`.execute(
    db,
  );
  await sql`create index notification_consents_by_user on notification_consents (user_id, at desc) where user_id is not null`.execute(
    db,
  );

  // Who follows a case that is not theirs: they hear of its moves as engagement messages.
  await db.schema
    .createTable('notification_follows')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_follows_pk', ['commune_id', 'subject_type', 'subject_id', 'user_id'])
    .execute();
  await db.schema.createIndex('notification_follows_by_user').on('notification_follows').column('user_id').execute();

  // Engagement notices held for a daily or weekly digest, written with the change like the
  // outbox; the digest that carried one is recorded on it (null: still waiting).
  await db.schema
    .createTable('notification_held')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('digest_key', 'text')
    .addPrimaryKeyConstraint('notification_held_pk', ['commune_id', 'id'])
    .addCheckConstraint('notification_held_frequency', sql`frequency in ('daily', 'weekly')`)
    .execute();
  await sql`create index notification_held_waiting on notification_held (frequency, created_at) where digest_key is null`.execute(
    db,
  );

  // One-click unsubscribe links of engagement emails: only the SHA-256 of the token is kept
  // (the token travels in the email), like sessions and account links.
  await db.schema
    .createTable('notification_unsubscribes')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
}
