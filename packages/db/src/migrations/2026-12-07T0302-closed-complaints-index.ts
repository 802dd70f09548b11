import { sql, type Kysely } from 'kysely';

// The server's sweep reads answered complaints by their closing time twice (the satisfaction
// questionnaire, and the reopen window about to close, which also concerns rated ones): one
// index on every closed complaint's (commune, closing time) serves both, replacing the one
// limited to unrated complaints.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createIndex('complaints_closed_at')
    .on('complaints')
    .columns(['commune_id', 'closed_at'])
    .where(sql.ref('closed_at'), 'is not', null)
    .execute();
  await db.schema.dropIndex('complaints_unrated_closed').execute();
}
