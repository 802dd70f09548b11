import { sql, type Kysely } from 'kysely';

// Remotely signed official documents and the communes' signing keys (issue 4). Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // Ed25519 keys, one active per commune; retired ones stay for verification.
  await db.schema
    .createTable('signing_keys')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('algorithm', 'text', (c) => c.notNull().defaultTo('ed25519'))
    .addColumn('public_key', 'text', (c) => c.notNull())
    // The private key never lies here in clear: AES-256-GCM ciphertext, IV, tag and HKDF salt.
    .addColumn('private_key_ciphertext', 'bytea')
    .addColumn('private_key_iv', 'bytea')
    .addColumn('private_key_tag', 'bytea')
    .addColumn('private_key_salt', 'bytea')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('retired_at', 'timestamptz')
    .addColumn('retired_by', 'uuid', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('signing_keys_pk', ['commune_id', 'id'])
    .addUniqueConstraint('signing_keys_public_key', ['public_key'])
    .addCheckConstraint(
      'signing_keys_private_while_active',
      sql`retired_at is not null or (private_key_ciphertext is not null and private_key_iv is not null
          and private_key_tag is not null and private_key_salt is not null)`,
    )
    .execute();
  await sql`create unique index signing_keys_one_active on signing_keys (commune_id) where retired_at is null`.execute(
    db,
  );

  await db.schema
    .createTable('documents')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    // The exact signed bytes; text, not jsonb (jsonb would reorder keys and change them).
    .addColumn('canonical', 'text', (c) => c.notNull())
    .addColumn('canonical_sha256', 'text', (c) => c.notNull())
    .addColumn('pdf', 'bytea', (c) => c.notNull())
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('signature', 'bytea', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('requester_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('issued_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('revocation_reason', 'text')
    .addPrimaryKeyConstraint('documents_pk', ['commune_id', 'id'])
    .addUniqueConstraint('documents_code', ['commune_id', 'code'])
    .addUniqueConstraint('documents_idempotency', ['commune_id', 'idempotency_key'])
    // A commune's documents can only name its own keys.
    .addForeignKeyConstraint('documents_key', ['commune_id', 'key_id'], 'signing_keys', ['commune_id', 'id'])
    .addCheckConstraint('documents_revocation', sql`(revoked_at is null) = (revocation_reason is null)`)
    .execute();
  // Verification looks a code up without knowing its commune.
  await db.schema.createIndex('documents_code_lookup').on('documents').column('code').execute();
  await db.schema.createIndex('documents_issued').on('documents').columns(['commune_id', 'issued_at']).execute();
  await db.schema.createIndex('documents_requester').on('documents').columns(['requester_id', 'issued_at']).execute();
}
