import { sql, type Kysely } from 'kysely';

// Issue 13, accounts: an address is confirmed before its account can sign in, a forgotten
// password is reset by email, and a sign-in from a new device is told to the account's owner.
// - users.email_verified_at: accounts that exist already (staff made with the CLI, citizens
//   who signed up before) count as confirmed from their creation;
// - users.home_commune_id: the portal where the account was made, so its emails carry that
//   commune's name and sender (the outbox is per commune);
// - account_tokens: single-use links (confirm the address, reset the password), stored as
//   hashes only, like sessions: a leaked table opens nothing;
// - user_devices: the devices an account signed in from (a hash of the browser's signature),
//   so only a new one is announced.
export async function up(db: Kysely<unknown>) {
  await db.schema.alterTable('users').addColumn('email_verified_at', 'timestamptz').execute();
  await db.schema
    .alterTable('users')
    .addColumn('home_commune_id', 'uuid', (c) => c.references('communes.id'))
    .execute();
  await sql`update users set email_verified_at = created_at`.execute(db);

  await db.schema
    .createTable('account_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('account_tokens_user').on('account_tokens').columns(['user_id', 'purpose']).execute();

  await db.schema
    .createTable('user_devices')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('device_hash', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_devices_pk', ['user_id', 'device_hash'])
    .execute();
}
