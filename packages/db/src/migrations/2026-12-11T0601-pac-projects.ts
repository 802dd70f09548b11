import { sql, type Kysely } from 'kysely';

/*
 * Issue 15, "results you can follow": the PAC's projects as the commune carries them out (113-14 art. 81:
 * the plan is followed and evaluated), each with its weighted sub-projects, budget (planned, committed, paid, in
 * whole dirhams), milestones with photos, the complaints staff link to it, a dated history of every change, and
 * the signed annual monitoring reports, each attached to the council session where it is presented.
 * Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pac_projects')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    // Stable and human-facing (P-01): the CSV's key, so a file exported then edited finds its rows again.
    .addColumn('code', 'text', (c) => c.notNull().check(sql`code ~ '^[A-Z]{1,3}-[0-9]{1,4}$'`))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('axis', 'jsonb', (c) => c.notNull())
    .addColumn('neighbourhood', 'jsonb', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    // Late is not stored: it is read from the end date, the day and the progress.
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('planned', 'under_way', 'completed', 'suspended')`),
    )
    // A project without sub-projects carries its own progress; with some, theirs is rolled up.
    .addColumn('own_progress', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`own_progress between 0 and 100`),
    )
    .addColumn('budget_planned', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`budget_planned >= 0`),
    )
    .addColumn('budget_committed', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`budget_committed >= 0`),
    )
    .addColumn('budget_paid', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`budget_paid >= 0`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_projects_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('pac_projects_code', ['commune_id', 'code'])
    .addCheckConstraint('pac_projects_dates', sql`ends_on >= starts_on`)
    .addCheckConstraint('pac_projects_paid', sql`budget_paid <= budget_committed`)
    .addCheckConstraint('pac_projects_position', sql`(lat is null) = (lon is null)`)
    .execute();

  await db.schema
    .createTable('pac_subprojects')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('project_id', 'uuid', (c) => c.notNull())
    // The project's code and a number (P-01.2).
    .addColumn('code', 'text', (c) => c.notNull().check(sql`code ~ '^[A-Z]{1,3}-[0-9]{1,4}\\.[0-9]{1,3}$'`))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull().check(sql`weight between 1 and 1000`))
    .addColumn('progress', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`progress between 0 and 100`),
    )
    .addPrimaryKeyConstraint('pac_subprojects_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('pac_subprojects_code', ['commune_id', 'code'])
    .addForeignKeyConstraint('pac_subprojects_project', ['commune_id', 'project_id'], 'pac_projects', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('pac_subprojects_by_project')
    .on('pac_subprojects')
    .columns(['commune_id', 'project_id'])
    .execute();

  await db.schema
    .createTable('pac_milestones')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('project_id', 'uuid', (c) => c.notNull())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('planned_on', 'date', (c) => c.notNull())
    .addColumn('done_on', 'date')
    .addPrimaryKeyConstraint('pac_milestones_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('pac_milestones_project', ['commune_id', 'project_id'], 'pac_projects', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('pac_milestones_by_project')
    .on('pac_milestones')
    .columns(['commune_id', 'project_id'])
    .execute();

  // Photos of a milestone: the bytes in `files` (re-encoded, metadata stripped), as complaints keep theirs.
  await db.schema
    .createTable('pac_milestone_photos')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('milestone_id', 'uuid', (c) => c.notNull())
    .addColumn('file_id', 'uuid', (c) => c.notNull())
    .addColumn('thumb_file_id', 'uuid', (c) => c.notNull())
    .addColumn('added_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_milestone_photos_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('pac_milestone_photos_milestone', ['commune_id', 'milestone_id'], 'pac_milestones', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('pac_milestone_photos_by_milestone')
    .on('pac_milestone_photos')
    .columns(['commune_id', 'milestone_id'])
    .execute();

  await db.schema
    .createTable('pac_project_complaints')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('project_id', 'uuid', (c) => c.notNull())
    .addColumn('complaint_id', 'uuid', (c) => c.notNull())
    .addColumn('linked_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('linked_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_project_complaints_pkey', ['commune_id', 'project_id', 'complaint_id'])
    .addForeignKeyConstraint('pac_project_complaints_project', ['commune_id', 'project_id'], 'pac_projects', [
      'commune_id',
      'id',
    ])
    // The complaint of the same commune only: the key leads with commune_id.
    .addForeignKeyConstraint('pac_project_complaints_complaint', ['commune_id', 'complaint_id'], 'complaints', [
      'commune_id',
      'id',
    ])
    .execute();

  // Every change, dated, with who made it and how (screen or CSV): the annual report says what changed in the year.
  await db.schema
    .createTable('pac_project_history')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('project_id', 'uuid', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('screen', 'csv', 'demo')`))
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_project_history_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('pac_project_history_project', ['commune_id', 'project_id'], 'pac_projects', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('pac_project_history_by_project')
    .on('pac_project_history')
    .columns(['commune_id', 'project_id', 'at'])
    .execute();

  // The signed annual monitoring reports (documents of their own template), each attached to a council session.
  await db.schema
    .createTable('pac_reports')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('ar', 'fr', 'both')`))
    .addColumn('document_code', 'text', (c) => c.notNull())
    .addColumn('session_id', 'uuid')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_reports_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('pac_reports_document', ['commune_id', 'document_code'])
    .addForeignKeyConstraint('pac_reports_session', ['commune_id', 'session_id'], 'council_sessions', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema.createIndex('pac_reports_by_year').on('pac_reports').columns(['commune_id', 'year']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'pac_reports',
    'pac_project_history',
    'pac_project_complaints',
    'pac_milestone_photos',
    'pac_milestones',
    'pac_subprojects',
    'pac_projects',
  ])
    await db.schema.dropTable(t).execute();
}
