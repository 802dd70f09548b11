import { sql, type Kysely } from 'kysely';

/*
 * Issue 16, proactive publication (Law 31-13, art. 10): each commune's checklist of what it must publish —
 * an item per kind of information, its owner service, where it is published (a link), when it was last
 * updated and how often it must be, hence its next due date and whether it is stale. Every edit is kept as a
 * version (who, when, the values), so the checklist's history can be read. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publication_items')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`category in ('budget_accounts', 'structures_contacts', 'rules_procedures', 'services_forms', 'licences_conditions', 'procurement', 'competitions', 'reports_statistics', 'information_officer', 'other')`,
        ),
    )
    // { ar, fr, es? }: staff write the item's name; the law's list is to verify, so it is theirs to edit.
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('department_id', 'uuid')
    .addColumn('url', 'text')
    // The last day the published information was brought up to date; null while it is not published.
    .addColumn('updated_on', 'date')
    .addColumn('refresh_months', 'integer', (c) => c.notNull().check(sql`refresh_months between 1 and 60`))
    // updated_on + refresh_months: stale the day after.
    .addColumn('next_due_on', 'date')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('publication_items_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('publication_items_department', ['commune_id', 'department_id'], 'departments', [
      'commune_id',
      'id',
    ])
    .addCheckConstraint('publication_items_url', sql`url is null or url ~ '^https?://'`)
    .execute();
  await db.schema
    .createIndex('publication_items_by_position')
    .on('publication_items')
    .columns(['commune_id', 'position'])
    .execute();

  await db.schema
    .createTable('publication_item_versions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('item_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    // The item's values as saved (or `{ removed: true }` for a removal).
    .addColumn('values', 'jsonb', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_item_versions_pkey', ['commune_id', 'item_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('publication_item_versions').execute();
  await db.schema.dropTable('publication_items').execute();
}
