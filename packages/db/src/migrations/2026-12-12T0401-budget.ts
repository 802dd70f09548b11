import { sql, type Kysely } from 'kysely';

/*
 * Issue 16, "a budget you can read": a commune's budget and its execution, imported by staff from CSV per
 * fiscal year. Each import is a new dated version (a snapshot) of the year; the latest is the year's figures
 * and earlier ones stay, so a figure published on a date can be read again as it was. Citizens read only
 * versions staff published. Amounts are integer centimes (MAD with 2 decimals, never a float).
 * The nomenclature's codes (chapter, article, paragraph, line) are kept as text checked for shape only: the
 * communal nomenclature's exact code lists are to verify (REFERENCE.md), so no list is hard-coded.
 * Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget_versions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull().check(sql`fiscal_year between 2000 and 2100`))
    // 1, 2, 3… per commune and year: the number a citizen quotes ("version 3 of 2026").
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('imported_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('published_at', 'timestamptz')
    .addPrimaryKeyConstraint('budget_versions_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('budget_versions_number', ['commune_id', 'fiscal_year', 'version'])
    .addCheckConstraint('budget_versions_published', sql`(published_at is null) = (published_by is null)`)
    .execute();

  await db.schema
    .createTable('budget_lines')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('version_id', 'uuid', (c) => c.notNull())
    // The row's place in the file, so a version reads back in the order it was keyed.
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('revenue', 'expenditure')`))
    .addColumn('part', 'text', (c) => c.notNull().check(sql`part in ('functioning', 'investment')`))
    .addColumn('chapter', 'text', (c) => c.notNull().check(sql`chapter ~ '^[0-9][0-9.]{0,15}$'`))
    .addColumn('article', 'text', (c) => c.notNull().check(sql`article ~ '^[0-9][0-9.]{0,15}$'`))
    .addColumn('paragraph', 'text', (c) => c.notNull().check(sql`paragraph ~ '^[0-9][0-9.]{0,15}$'`))
    .addColumn('line', 'text', (c) => c.notNull().check(sql`line ~ '^[0-9][0-9.]{0,15}$'`))
    .addColumn('label', 'jsonb', (c) => c.notNull())
    .addColumn('forecast_initial', 'bigint', (c) => c.notNull().check(sql`forecast_initial >= 0`))
    .addColumn('forecast_amended', 'bigint', (c) => c.notNull().check(sql`forecast_amended >= 0`))
    // Expenditure only: engaged, then paid out of what was engaged.
    .addColumn('committed', 'bigint', (c) => c.check(sql`committed >= 0`))
    .addColumn('paid', 'bigint', (c) => c.check(sql`paid >= 0`))
    // Revenue only.
    .addColumn('collected', 'bigint', (c) => c.check(sql`collected >= 0`))
    .addPrimaryKeyConstraint('budget_lines_pkey', ['commune_id', 'version_id', 'position'])
    .addUniqueConstraint('budget_lines_code', [
      'commune_id',
      'version_id',
      'direction',
      'part',
      'chapter',
      'article',
      'paragraph',
      'line',
    ])
    .addForeignKeyConstraint(
      'budget_lines_version',
      ['commune_id', 'version_id'],
      'budget_versions',
      ['commune_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addCheckConstraint(
      'budget_lines_measures',
      sql`case direction
        when 'expenditure' then committed is not null and paid is not null and collected is null and paid <= committed
        else committed is null and paid is null and collected is not null end`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('budget_lines').execute();
  await db.schema.dropTable('budget_versions').execute();
}
