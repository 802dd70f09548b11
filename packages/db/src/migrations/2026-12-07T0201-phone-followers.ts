import { sql, type Kysely } from 'kysely';

// Issue 13: citizens without an account or email follow a case by SMS after confirming their
// phone with a code, and the same phone lists its cases. Frozen once landed.
// - phone_codes: a 6-digit code sent by SMS, stored as a hash only, with its expiry and the
//   wrong tries it took (a code is locked after 5); `purpose` says what it confirms: following
//   one case (`follow`, with the case) or listing the phone's cases (`list`);
// - phone_sessions: what a confirmed `list` code opens, briefly (15 minutes): the token's
//   SHA-256 only, like account sessions;
// - notification_recipients by address: the cases a phone follows in a commune.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('phone_codes')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'uuid')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addPrimaryKeyConstraint('phone_codes_pk', ['commune_id', 'id'])
    .addCheckConstraint('phone_codes_purpose', sql`purpose in ('follow', 'list')`)
    .execute();
  await db.schema
    .createIndex('phone_codes_lookup')
    .on('phone_codes')
    .columns(['commune_id', 'phone', 'purpose', 'created_at'])
    .execute();

  await db.schema
    .createTable('phone_sessions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createIndex('notification_recipients_address')
    .on('notification_recipients')
    .columns(['commune_id', 'channel', 'address'])
    .execute();
}
