import { sql, type Kysely } from 'kysely';

/*
 * Issue 14, calls for projects ("support in exchange for projects", circular D2185 of 2018): a call
 * with its envelope, themes, eligibility, weighted criteria, dossier checklist and deadline; the
 * dossiers associations file against it (cases of the kernel: code, timeline, state counts); the
 * committee, each member's declared conflicts and scores. A subsidy granted on a dossier points
 * back at it (subsidies.call_id / application_id). Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calls')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb', (c) => c.notNull())
    .addColumn('themes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('envelope_mad', 'integer', (c) => c.notNull().check(sql`envelope_mad > 0`))
    .addColumn('max_per_project_mad', 'integer', (c) => c.check(sql`max_per_project_mad > 0`))
    .addColumn('eligibility', 'jsonb', (c) => c.notNull())
    .addColumn('criteria', 'jsonb', (c) => c.notNull())
    .addColumn('checklist', 'jsonb', (c) => c.notNull())
    .addColumn('opens_on', 'date', (c) => c.notNull())
    .addColumn('closes_on', 'date', (c) => c.notNull())
    // The instant dossiers stop being accepted: the end of closes_on in Morocco.
    .addColumn('closes_at', 'timestamptz', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`state in ('draft', 'open', 'published', 'cancelled')`),
    )
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('opened_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_by', 'uuid', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('calls_pkey', ['commune_id', 'id'])
    .addCheckConstraint('calls_dates', sql`closes_on >= opens_on`)
    .execute();
  await db.schema.createIndex('calls_by_state').on('calls').columns(['commune_id', 'state', 'closes_at']).execute();

  await db.schema
    .createTable('call_committee')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('call_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('added_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('call_committee_pkey', ['commune_id', 'call_id', 'user_id'])
    .addForeignKeyConstraint('call_committee_call', ['commune_id', 'call_id'], 'calls', ['commune_id', 'id'])
    .execute();
  await db.schema.createIndex('call_committee_by_user').on('call_committee').columns(['user_id']).execute();

  await db.schema
    .createTable('call_applications')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('call_id', 'uuid', (c) => c.notNull())
    .addColumn('association_id', 'uuid', (c) => c.notNull())
    .addColumn('project', 'jsonb', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('requested_mad', 'integer', (c) => c.notNull().check(sql`requested_mad > 0`))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('submitted')
        .check(sql`state in ('submitted', 'admissible', 'inadmissible', 'selected', 'refused', 'withdrawn')`),
    )
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('web', 'counter')`))
    .addColumn('submitted_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    // The committee's proposal, kept internal until the call's results are published.
    .addColumn('proposal', 'text', (c) => c.check(sql`proposal in ('select', 'refuse')`))
    .addColumn('proposed_mad', 'integer', (c) => c.check(sql`proposed_mad > 0`))
    // Public once published: why a dossier was inadmissible or refused.
    .addColumn('decision_reason', 'text')
    .addColumn('score', 'numeric')
    .addColumn('rank', 'integer')
    .addColumn('granted_mad', 'integer')
    .addColumn('decided_at', 'timestamptz')
    .addPrimaryKeyConstraint('call_applications_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('call_applications_code', ['commune_id', 'code'])
    .addForeignKeyConstraint('call_applications_call', ['commune_id', 'call_id'], 'calls', ['commune_id', 'id'])
    .addForeignKeyConstraint('call_applications_association', ['commune_id', 'association_id'], 'associations', [
      'commune_id',
      'id',
    ])
    .execute();
  // One dossier per association and call (a double tap, a retry or a second representative meet it).
  await sql`create unique index call_applications_one_per_association on call_applications
    (commune_id, call_id, association_id) where state <> 'withdrawn'`.execute(db);
  await db.schema
    .createIndex('call_applications_by_call')
    .on('call_applications')
    .columns(['commune_id', 'call_id', 'state'])
    .execute();

  await db.schema
    .createTable('call_application_events')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('application_id', 'uuid', (c) => c.notNull())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('public_note', 'text')
    .addColumn('internal_note', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addPrimaryKeyConstraint('call_application_events_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint(
      'call_application_events_application',
      ['commune_id', 'application_id'],
      'call_applications',
      ['commune_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('call_application_events_by_application')
    .on('call_application_events')
    .columns(['commune_id', 'application_id', 'seq'])
    .execute();

  await db.schema
    .createTable('call_application_state_counts')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('call_application_state_counts_pkey', ['commune_id', 'state'])
    .execute();

  await db.schema
    .createTable('call_application_documents')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('application_id', 'uuid', (c) => c.notNull())
    // The checklist item's key in the call.
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('file_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text')
    .addPrimaryKeyConstraint('call_application_documents_pkey', ['commune_id', 'application_id', 'item'])
    .addForeignKeyConstraint(
      'call_application_documents_application',
      ['commune_id', 'application_id'],
      'call_applications',
      ['commune_id', 'id'],
    )
    .addForeignKeyConstraint('call_application_documents_file', ['commune_id', 'file_id'], 'files', [
      'commune_id',
      'id',
    ])
    .execute();

  // A member who declared a conflict on a dossier cannot score it; the row stays as the record of it.
  await db.schema
    .createTable('call_conflicts')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('application_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('declared_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('call_conflicts_pkey', ['commune_id', 'application_id', 'user_id'])
    .addForeignKeyConstraint('call_conflicts_application', ['commune_id', 'application_id'], 'call_applications', [
      'commune_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('call_scores')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('application_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    // Criterion key → mark out of the call's scale.
    .addColumn('marks', 'jsonb', (c) => c.notNull())
    // The weighted total out of 100, computed from the marks and the call's weights when scored.
    .addColumn('total', 'numeric', (c) => c.notNull().check(sql`total between 0 and 100`))
    .addColumn('comment', 'text')
    .addColumn('scored_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('call_scores_pkey', ['commune_id', 'application_id', 'user_id'])
    .addForeignKeyConstraint('call_scores_application', ['commune_id', 'application_id'], 'call_applications', [
      'commune_id',
      'id',
    ])
    .execute();

  // The ledger's subsidies granted on a call point at real rows from now on.
  await db.schema
    .alterTable('subsidies')
    .addForeignKeyConstraint('subsidies_call', ['commune_id', 'call_id'], 'calls', ['commune_id', 'id'])
    .execute();
  await db.schema
    .alterTable('subsidies')
    .addForeignKeyConstraint('subsidies_application', ['commune_id', 'application_id'], 'call_applications', [
      'commune_id',
      'id',
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('subsidies').dropConstraint('subsidies_application').execute();
  await db.schema.alterTable('subsidies').dropConstraint('subsidies_call').execute();
  for (const t of [
    'call_scores',
    'call_conflicts',
    'call_application_documents',
    'call_application_state_counts',
    'call_application_events',
    'call_applications',
    'call_committee',
    'calls',
  ])
    await db.schema.dropTable(t).execute();
}
