import { sql, type Kysely } from 'kysely';

/*
 * Issue 15, the communal action plan (PAC, 113-14 arts. 78–82, decree 2.16.301): a commune's plan
 * for a mandate with its ordered phases (dates, legal basis, the IEECAG's opinion where required);
 * the draft plan open to comment, its numbered paragraphs; the contributions citizens make on a
 * paragraph (cases of the kernel: code CO, an answer due date, timeline, state counts). Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pac_plans')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('mandate_start', 'integer', (c) => c.notNull().check(sql`mandate_start between 2000 and 2100`))
    .addColumn('mandate_end', 'integer', (c) => c.notNull().check(sql`mandate_end between 2000 and 2100`))
    // The ordered phases: kind, dates, legal basis, the IEECAG's opinion (db/src/tables/pac.ts PacPhase).
    .addColumn('phases', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_plans_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('pac_plans_mandate', ['commune_id', 'mandate_start'])
    .addCheckConstraint('pac_plans_mandate_order', sql`mandate_end > mandate_start`)
    .execute();

  await db.schema
    .createTable('pac_drafts')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('opens_on', 'date', (c) => c.notNull())
    .addColumn('closes_on', 'date', (c) => c.notNull())
    // The instant comments stop being taken: the end of closes_on in Morocco.
    .addColumn('closes_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_drafts_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('pac_drafts_plan', ['commune_id', 'plan_id'], 'pac_plans', ['commune_id', 'id'])
    .addCheckConstraint('pac_drafts_dates', sql`closes_on >= opens_on`)
    .execute();

  await db.schema
    .createTable('pac_paragraphs')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('draft_id', 'uuid', (c) => c.notNull())
    // Section number and title, then the paragraph's number within it ("2.3" is section 2, paragraph 3).
    .addColumn('section', 'integer', (c) => c.notNull().check(sql`section > 0`))
    .addColumn('section_title', 'jsonb', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number > 0`))
    .addColumn('text', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_paragraphs_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('pac_paragraphs_number', ['commune_id', 'draft_id', 'section', 'number'])
    .addForeignKeyConstraint('pac_paragraphs_draft', ['commune_id', 'draft_id'], 'pac_drafts', ['commune_id', 'id'])
    .execute();

  await db.schema
    .createTable('pac_contributions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('draft_id', 'uuid', (c) => c.notNull())
    .addColumn('paragraph_id', 'uuid', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('comment', 'change')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('proposed_text', 'text')
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('received')
        .check(sql`state in ('received', 'retained', 'merged', 'not_retained')`),
    )
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    // The public answer is owed by then (received + the commune's answer days, pac/settings.ts).
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('answered_by', 'uuid', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('pac_contributions_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('pac_contributions_code', ['commune_id', 'code'])
    .addForeignKeyConstraint('pac_contributions_paragraph', ['commune_id', 'paragraph_id'], 'pac_paragraphs', [
      'commune_id',
      'id',
    ])
    .addForeignKeyConstraint('pac_contributions_draft', ['commune_id', 'draft_id'], 'pac_drafts', ['commune_id', 'id'])
    .addCheckConstraint('pac_contributions_change_text', sql`kind <> 'change' or proposed_text is not null`)
    .execute();
  await db.schema
    .createIndex('pac_contributions_by_draft')
    .on('pac_contributions')
    .columns(['commune_id', 'draft_id', 'paragraph_id'])
    .execute();
  // The unanswered list and the overdue counts read open contributions by due date.
  await sql`create index pac_contributions_open_due on pac_contributions (commune_id, due_at)
    where state = 'received'`.execute(db);
  await db.schema.createIndex('pac_contributions_by_author').on('pac_contributions').columns(['author_id']).execute();

  await db.schema
    .createTable('pac_contribution_events')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contribution_id', 'uuid', (c) => c.notNull())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('public_note', 'text')
    .addColumn('internal_note', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addPrimaryKeyConstraint('pac_contribution_events_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint(
      'pac_contribution_events_contribution',
      ['commune_id', 'contribution_id'],
      'pac_contributions',
      ['commune_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('pac_contribution_events_by_contribution')
    .on('pac_contribution_events')
    .columns(['commune_id', 'contribution_id', 'seq'])
    .execute();

  await db.schema
    .createTable('pac_contribution_state_counts')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('pac_contribution_state_counts_pkey', ['commune_id', 'state'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'pac_contribution_state_counts',
    'pac_contribution_events',
    'pac_contributions',
    'pac_paragraphs',
    'pac_drafts',
    'pac_plans',
  ])
    await db.schema.dropTable(t).execute();
}
