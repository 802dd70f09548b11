import { sql, type Kysely } from 'kysely';

// Issue 13: the in-app notification centre and the staff notices' once-only marks. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // A person's in-app notices (citizens signed in, staff): written in the transaction of the
  // change that causes them, like the outbox, but nothing to deliver — the bell reads them.
  await db.schema
    .createTable('notification_inbox')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    // Where its link leads: the citizen's tracking page or the staff case page.
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .addPrimaryKeyConstraint('notification_inbox_pk', ['commune_id', 'id'])
    .addCheckConstraint('notification_inbox_audience', sql`audience in ('citizen', 'staff')`)
    .execute();
  // The bell's list is one person's notices across communes (one account works in every
  // portal), newest first; the count reads only the unread ones.
  await sql`create index notification_inbox_by_user on notification_inbox (user_id, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index notification_inbox_unread on notification_inbox (user_id) where read_at is null`.execute(db);

  // Notices that go once per case and threshold (due soon, overdue), whatever how often the
  // periodic check runs or how many processes run it: the insert that wins sends them.
  await db.schema
    .createTable('notification_marks')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_marks_pk', ['commune_id', 'key'])
    .execute();
}
