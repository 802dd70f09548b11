import { sql, type Kysely } from 'kysely';

// The fingerprint of the reference data last seeded into this database (seed.ts,
// `ensureReferenceData`): a start whose fingerprint matches skips the seed, one whose
// reference data or migrations changed seeds again. One row per seed (today 'reference').
// Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reference_seeds')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('seeded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reference_seeds').execute();
}
