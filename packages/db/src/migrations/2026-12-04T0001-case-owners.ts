import { sql, type Kysely } from 'kysely';

// Issue 10 (trust in public): an owner proof on every case, citizen text that waits for
// review, and a description that is public only by the citizen's choice. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // The owner's secret, hashed with a salt of its own (packages/api/src/cases/owner.ts);
  // null for cases filed before it existed (their author's account and staff still act).
  // Existing descriptions were published without asking: they become private.
  await db.schema
    .alterTable('complaints')
    .addColumn('owner_secret_hash', 'text')
    .addColumn('public_description', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('description_redacted_at', 'timestamptz')
    .addColumn('description_redacted_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('description_redaction_reason', 'text')
    .execute();

  // Text a citizen adds after intake (reopen reason, rating comment): public once staff accept it.
  await db.schema
    .alterTable('complaint_events')
    .addColumn('citizen_text', 'text')
    .addColumn('citizen_text_status', 'text', (c) =>
      c.check(sql`citizen_text_status in ('pending', 'published', 'rejected')`),
    )
    .addColumn('citizen_text_reviewed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('citizen_text_reviewed_at', 'timestamptz')
    .execute();
  // Reopen reasons were shown as written, by whoever held the code: they wait for review now.
  await sql`
    update complaint_events
       set citizen_text = public_note, citizen_text_status = 'pending', public_note = null
     where kind = 'reopened' and public_note is not null`.execute(db);
  await db.schema
    .createIndex('complaint_events_pending_text')
    .on('complaint_events')
    .columns(['commune_id', 'complaint_id'])
    .where(sql.ref('citizen_text_status'), '=', 'pending')
    .execute();

  // The 32-character requester key gives way to the same short secret as complaints. Old
  // keys cannot become secrets (only their hashes were kept): those requesters act through
  // their account or the desk.
  await db.schema
    .alterTable('information_requests')
    .addColumn('owner_secret_hash', 'text')
    .dropColumn('requester_key_hash')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('information_requests')
    .addColumn('requester_key_hash', 'text')
    .dropColumn('owner_secret_hash')
    .execute();
  await db.schema.dropIndex('complaint_events_pending_text').execute();
  await sql`
    update complaint_events set public_note = citizen_text
     where kind = 'reopened' and citizen_text is not null and public_note is null`.execute(db);
  await db.schema
    .alterTable('complaint_events')
    .dropColumn('citizen_text')
    .dropColumn('citizen_text_status')
    .dropColumn('citizen_text_reviewed_by')
    .dropColumn('citizen_text_reviewed_at')
    .execute();
  await db.schema
    .alterTable('complaints')
    .dropColumn('owner_secret_hash')
    .dropColumn('public_description')
    .dropColumn('description_redacted_at')
    .dropColumn('description_redacted_by')
    .dropColumn('description_redaction_reason')
    .execute();
}
