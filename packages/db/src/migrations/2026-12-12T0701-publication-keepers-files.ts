import { sql, type Kysely } from 'kysely';

/*
 * Issue 16, proactive publication, continued: an item may be published as a file the commune keeps (a PDF of
 * its budget, a scanned notice) instead of, or beside, a link; and it names the staff member who keeps it up to
 * date, who is the one told when it falls due or goes stale. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('publication_items')
    .addColumn('keeper_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('file_id', 'uuid')
    // The file's name as staff gave it: what a citizen's download is called.
    .addColumn('file_name', 'text')
    .execute();
  await db.schema
    .alterTable('publication_items')
    .addForeignKeyConstraint('publication_items_file', ['commune_id', 'file_id'], 'files', ['commune_id', 'id'])
    .execute();
  // Published means somewhere to read it: a link or the file.
  await db.schema
    .alterTable('publication_items')
    .addCheckConstraint(
      'publication_items_published_somewhere',
      sql`updated_on is null or url is not null or file_id is not null`,
    )
    .execute();
  // The sweep reads the items falling due soon or just past, in date order.
  await db.schema
    .createIndex('publication_items_by_due')
    .on('publication_items')
    .columns(['next_due_on'])
    .where('next_due_on', 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('publication_items_by_due').execute();
  await db.schema.alterTable('publication_items').dropConstraint('publication_items_published_somewhere').execute();
  await db.schema.alterTable('publication_items').dropConstraint('publication_items_file').execute();
  await db.schema
    .alterTable('publication_items')
    .dropColumn('keeper_id')
    .dropColumn('file_id')
    .dropColumn('file_name')
    .execute();
}
