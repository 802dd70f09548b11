import { sql, type Kysely } from 'kysely';

// Issue 14, the registry: a commune's associations (public and private parts), their documents,
// every version of their record, the accounts that represent them and the changes they propose.
// Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('associations')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    // Public part.
    .addColumn('names', 'jsonb', (c) => c.notNull())
    .addColumn('object', 'text', (c) => c.notNull())
    .addColumn('sectors', 'jsonb', (c) => c.notNull())
    // Null when the seat is outside the commune (an association working here through a branch).
    .addColumn('seat_neighbourhood', 'text')
    .addColumn('seat_lat', 'double precision')
    .addColumn('seat_lon', 'double precision')
    .addColumn('branches', 'jsonb', (c) => c.notNull())
    .addColumn('public_utility_decree', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    // Private part (staff and the association's verified representatives).
    .addColumn('bureau', 'jsonb', (c) => c.notNull())
    .addColumn('rib', 'text')
    .addColumn('constituted_on', 'date')
    .addColumn('declared_on', 'date')
    .addColumn('provisional_receipt_on', 'date')
    .addColumn('definitive_receipt_on', 'date')
    .addColumn('last_general_assembly_on', 'date')
    .addColumn('bureau_renewed_on', 'date')
    .addColumn('changes_declared_on', 'date')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('associations_pkey', ['commune_id', 'id'])
    .execute();
  await sql`create index associations_sectors on associations using gin (sectors)`.execute(db);
  await sql`create index associations_names_trgm on associations using gin ((names->>'ar') gin_trgm_ops, (names->>'fr') gin_trgm_ops)`.execute(
    db,
  );

  // Every version of a record, whole: what it was, who made it, from which change.
  await db.schema
    .createTable('association_versions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('association_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('change_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('association_versions_pkey', ['commune_id', 'association_id', 'version'])
    .addForeignKeyConstraint('association_versions_association', ['commune_id', 'association_id'], 'associations', [
      'commune_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('association_documents')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('association_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('uploaded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('association_documents_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('association_documents_association', ['commune_id', 'association_id'], 'associations', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('association_documents_by_association')
    .on('association_documents')
    .columns(['commune_id', 'association_id', 'kind'])
    .execute();

  await db.schema
    .createTable('association_representatives')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('association_id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('requested'))
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('association_representatives_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint(
      'association_representatives_association',
      ['commune_id', 'association_id'],
      'associations',
      ['commune_id', 'id'],
    )
    .addCheckConstraint('association_representatives_state', sql`state in ('requested', 'verified', 'refused')`)
    .execute();
  // One open request or verified link per account and association.
  await sql`create unique index association_representatives_open on association_representatives
    (commune_id, association_id, account_id) where state in ('requested', 'verified')`.execute(db);
  await sql`create index association_representatives_by_account on association_representatives (account_id)`.execute(
    db,
  );

  await db.schema
    .createTable('association_changes')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('association_id', 'uuid', (c) => c.notNull())
    .addColumn('proposed_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('patch', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('association_changes_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('association_changes_association', ['commune_id', 'association_id'], 'associations', [
      'commune_id',
      'id',
    ])
    .addCheckConstraint('association_changes_state', sql`state in ('pending', 'accepted', 'rejected')`)
    .execute();
  await db.schema
    .createIndex('association_changes_by_state')
    .on('association_changes')
    .columns(['commune_id', 'state', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'association_changes',
    'association_representatives',
    'association_documents',
    'association_versions',
    'associations',
  ])
    await db.schema.dropTable(t).execute();
}
