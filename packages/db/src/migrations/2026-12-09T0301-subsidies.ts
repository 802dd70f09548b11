import { sql, type Kysely } from 'kysely';

/*
 * Issue 14, the open subsidy ledger: every subsidy a commune grants an association (from a call
 * for projects, or by a council decision outside any call), its tranches, and the reports the
 * association owes for it (dahir 1-58-376 art. 32). What the public ledger shows is read from
 * these rows, never typed twice. Amounts are whole dirhams (integers): a ledger never rounds.
 * Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('subsidies')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('association_id', 'uuid', (c) => c.notNull())
    // The call and the dossier it was awarded on (the calls domain's rows); null for a subsidy
    // the council decided outside any call, which then names its deliberation.
    .addColumn('call_id', 'uuid')
    .addColumn('application_id', 'uuid')
    .addColumn('deliberation', 'text')
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('project', 'jsonb', (c) => c.notNull())
    .addColumn('amount_mad', 'integer', (c) => c.notNull().check(sql`amount_mad > 0`))
    // Fixed when granted from the threshold in force then (PM circular 7/2003: a convention above it).
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('convention', 'decision')`))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('awarded')
        .check(sql`state in ('awarded', 'signed', 'completed', 'cancelled')`),
    )
    .addColumn('deliverables', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('document_code', 'text')
    .addColumn('granted_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('signed_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('close_reason', 'text')
    .addPrimaryKeyConstraint('subsidies_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('subsidies_association', ['commune_id', 'association_id'], 'associations', [
      'commune_id',
      'id',
    ])
    .addCheckConstraint('subsidies_source', sql`call_id is not null or deliberation is not null`)
    .execute();
  // One subsidy per awarded dossier, however often a publication is retried.
  await sql`create unique index subsidies_application on subsidies (commune_id, application_id)
    where application_id is not null`.execute(db);
  await db.schema.createIndex('subsidies_by_year').on('subsidies').columns(['commune_id', 'year']).execute();
  await db.schema
    .createIndex('subsidies_by_association')
    .on('subsidies')
    .columns(['commune_id', 'association_id'])
    .execute();

  await db.schema
    .createTable('subsidy_tranches')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('subsidy_id', 'uuid', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().check(sql`n between 1 and 12`))
    .addColumn('amount_mad', 'integer', (c) => c.notNull().check(sql`amount_mad > 0`))
    .addColumn('due_on', 'date', (c) => c.notNull())
    // Paid only once this report of the subsidy is accepted (the usual "second tranche after the interim report").
    .addColumn('after_report', 'text', (c) => c.check(sql`after_report in ('interim', 'final')`))
    .addColumn('paid_on', 'date')
    .addColumn('payment_ref', 'text')
    .addColumn('paid_by', 'uuid', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('subsidy_tranches_pkey', ['commune_id', 'subsidy_id', 'n'])
    .addForeignKeyConstraint('subsidy_tranches_subsidy', ['commune_id', 'subsidy_id'], 'subsidies', [
      'commune_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('subsidy_reports')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('subsidy_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('interim', 'final')`))
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('due')
        .check(sql`state in ('due', 'filed', 'accepted', 'returned')`),
    )
    .addColumn('narrative', 'text')
    .addColumn('narrative_file_id', 'uuid')
    .addColumn('financial_file_id', 'uuid')
    .addColumn('filed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('filed_at', 'timestamptz')
    .addColumn('reviewed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_note', 'text')
    .addPrimaryKeyConstraint('subsidy_reports_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('subsidy_reports_subsidy', ['commune_id', 'subsidy_id'], 'subsidies', ['commune_id', 'id'])
    .addForeignKeyConstraint('subsidy_reports_narrative_file', ['commune_id', 'narrative_file_id'], 'files', [
      'commune_id',
      'id',
    ])
    .addForeignKeyConstraint('subsidy_reports_financial_file', ['commune_id', 'financial_file_id'], 'files', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('subsidy_reports_by_subsidy')
    .on('subsidy_reports')
    .columns(['commune_id', 'subsidy_id', 'due_on'])
    .execute();
  // Overdue reports are asked for by due date (the association's flag, a call's eligibility, the dashboard).
  await sql`create index subsidy_reports_pending on subsidy_reports (commune_id, due_on)
    where state in ('due', 'returned')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['subsidy_reports', 'subsidy_tranches', 'subsidies']) await db.schema.dropTable(t).execute();
}
