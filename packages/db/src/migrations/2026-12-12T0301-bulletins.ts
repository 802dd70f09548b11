import { sql, type Kysely } from 'kysely';

/*
 * Issue 16, bulletins of management results: a commune's quarterly or yearly bulletin, a draft its editors write
 * until one with `bulletins:approve` approves it; approval freezes its figures (the JSON snapshot below, so an
 * archived bulletin never changes) and its signed documents. Plus one rollup the complaints' kernel moves with the
 * case (complaints/case.ts), so a period's median handling time and reopenings read a few rows, never the cases:
 * per Moroccan month, how many resolutions fell in each log-hour bucket, and how many reopenings. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bulletins')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 2000 and 2100`))
    // 1–4, or 0 for the whole year.
    .addColumn('quarter', 'integer', (c) => c.notNull().check(sql`quarter between 0 and 4`))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`state in ('draft', 'published')`),
    )
    // The editors' sections: { editorial: { ar, fr, es? }, notes: { ar, fr, es? } }.
    .addColumn('texts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    // The figures as approved (null while a draft: a draft reads them live).
    .addColumn('figures', 'jsonb')
    // The signed documents' codes per language, once published: { ar, fr, es }.
    .addColumn('documents', 'jsonb')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('approved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('approved_at', 'timestamptz')
    .addPrimaryKeyConstraint('bulletins_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('bulletins_period', ['commune_id', 'year', 'quarter'])
    .addCheckConstraint(
      'bulletins_published',
      sql`(state = 'draft') = (figures is null and approved_at is null and documents is null)`,
    )
    .execute();

  await db.schema
    .createTable('complaint_month_counts')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    // 'YYYY-MM', Morocco's calendar month.
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull().check(sql`measure in ('resolve', 'reopened')`))
    // resolve: the log-hour bucket (complaints/rollups.ts bucketOf); reopened: 0.
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('complaint_month_counts_pkey', ['commune_id', 'month', 'measure', 'value'])
    .execute();
  // The complaints already there, as the kernel would have counted them.
  await sql`
    insert into complaint_month_counts (commune_id, month, measure, value, n)
    select commune_id, to_char(closed_at at time zone 'Africa/Casablanca', 'YYYY-MM'), 'resolve',
           floor(ln(1 + greatest(0, extract(epoch from closed_at - created_at) / 3600)) / ln(2) * 4)::int, count(*)
    from complaints where stage = 'resolved' and closed_at is not null group by 1, 2, 4`.execute(db);
  await sql`
    insert into complaint_month_counts (commune_id, month, measure, value, n)
    select commune_id, to_char(at at time zone 'Africa/Casablanca', 'YYYY-MM'), 'reopened', 0, count(*)
    from complaint_events where kind = 'reopened' group by 1, 2`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('complaint_month_counts').execute();
  await db.schema.dropTable('bulletins').execute();
}
