import { sql, type Kysely } from 'kysely';

/*
 * Issue 16, open data: every published version of a commune's dataset, frozen. The CSV's bytes, their
 * SHA-256 and the Table Schema, README and catalogue description as they were when it was published, so
 * `/open-data/<commune>/<dataset>/v<n>.csv` and its schema answer the same bytes forever (a newer
 * dataset contract changes the next version, never an old one). Versions count from 1 per commune and
 * dataset; the key refuses a second v<n> when two publications race. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('open_data_versions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('dataset', 'text', (c) => c.notNull().check(sql`dataset ~ '^[a-z][a-z0-9-]{1,39}$'`))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('csv', 'bytea', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    // The Frictionless Table Schema the CSV was written and checked against.
    .addColumn('schema', 'jsonb', (c) => c.notNull())
    // The README (markdown, ar/fr/es) describing every field, as published.
    .addColumn('readme', 'text', (c) => c.notNull())
    // Title, description, keywords, theme and frequency at publication (the catalogue's words for it).
    .addColumn('meta', 'jsonb', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    // Null when the platform published it (the demo data), else the staff member who did.
    .addColumn('published_by', 'uuid', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('open_data_versions_pkey', ['commune_id', 'dataset', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('open_data_versions').execute();
}
