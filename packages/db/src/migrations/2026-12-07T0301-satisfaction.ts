import { sql, type Kysely } from 'kysely';

// Issue 13's satisfaction questionnaire: N days after a complaint is answered, its citizen is
// asked to rate the answer. The dashboard reads the ratings from a small histogram per commune
// (a row per rating value, moved in the rating's transaction), not from every complaint, and
// counts the questionnaires sent in the daily rollup. The sweep finds closed, unrated
// complaints by their closing time: a partial index on exactly those rows keeps it a range read.
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('complaint_ratings')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('rating', 'smallint', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('complaint_ratings_pk', ['commune_id', 'rating'])
    .execute();
  await sql`insert into complaint_ratings (commune_id, rating, n)
    select commune_id, rating, count(*) from complaints where rating is not null group by commune_id, rating`.execute(
    db,
  );
  await db.schema
    .alterTable('complaint_daily')
    .addColumn('surveyed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('complaints_unrated_closed')
    .on('complaints')
    .columns(['commune_id', 'closed_at'])
    .where(sql.ref('rating'), 'is', null)
    .where(sql.ref('closed_at'), 'is not', null)
    .execute();
}
