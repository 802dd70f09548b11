import { sql, type Kysely } from 'kysely';

// The complaints window (issue 3). Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // Short prefix of a commune's reference codes (TET-2026-000081).
  await db.schema.alterTable('communes').addColumn('code_prefix', 'text').execute();

  await db.schema
    .createTable('complaint_categories')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('names', 'jsonb', (c) => c.notNull())
    .addColumn('department_id', 'uuid')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('complaint_categories_pk', ['commune_id', 'id'])
    .addUniqueConstraint('complaint_categories_code', ['commune_id', 'code'])
    .addForeignKeyConstraint('complaint_categories_department', ['commune_id', 'department_id'], 'departments', [
      'commune_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('complaints')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category_id', 'uuid', (c) => c.notNull())
    .addColumn('department_id', 'uuid')
    .addColumn('assignee_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('address', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('reply_channel', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('author_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('registered_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'uuid')
    .addColumn('referred_to', 'text')
    .addColumn('ack_due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answer_due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rating', 'smallint')
    .addColumn('rating_comment', 'text')
    .addColumn('idempotency_key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('complaints_pk', ['commune_id', 'id'])
    .addUniqueConstraint('complaints_code', ['commune_id', 'code'])
    .addUniqueConstraint('complaints_idempotency', ['commune_id', 'idempotency_key'])
    .addForeignKeyConstraint('complaints_category', ['commune_id', 'category_id'], 'complaint_categories', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('complaints_queue')
    .on('complaints')
    .columns(['commune_id', 'stage', 'created_at'])
    .execute();
  await db.schema.createIndex('complaints_created').on('complaints').columns(['commune_id', 'created_at']).execute();
  await db.schema.createIndex('complaints_author').on('complaints').columns(['author_id', 'created_at']).execute();
  await db.schema.createIndex('complaints_code_lookup').on('complaints').column('code').execute();
  // Overdue counts touch only open complaints, a small share of all of them.
  await sql`create index complaints_open_due on complaints (commune_id, answer_due_at)
            where stage in ('received', 'processing', 'final')`.execute(db);
  await sql`create index complaints_unacknowledged_due on complaints (commune_id, ack_due_at)
            where stage = 'received'`.execute(db);

  // The case history: one row per event, whatever the channel.
  await db.schema
    .createTable('complaint_events')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('complaint_id', 'uuid', (c) => c.notNull())
    // Orders events recorded in the same instant (several changes in one request or test clock tick).
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text')
    .addColumn('public_note', 'text')
    .addColumn('internal_note', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addPrimaryKeyConstraint('complaint_events_pk', ['commune_id', 'id'])
    .addForeignKeyConstraint('complaint_events_complaint', ['commune_id', 'complaint_id'], 'complaints', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('complaint_events_by_complaint')
    .on('complaint_events')
    .columns(['commune_id', 'complaint_id', 'at'])
    .execute();

  // Stored files (photos, scans, thumbnails): bytes in the database behind a small storage interface.
  await db.schema
    .createTable('files')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('files_pk', ['commune_id', 'id'])
    .execute();

  // Attachments of a complaint: citizen photos and scanned pages from the counter.
  await db.schema
    .createTable('complaint_attachments')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('complaint_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_id', 'uuid', (c) => c.notNull())
    .addColumn('thumb_file_id', 'uuid')
    .addColumn('position', 'integer', (c) => c.notNull())
    // visible → hidden (reports reached the threshold) → visible (restored) or removed (confirmed)
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('visible'))
    .addColumn('report_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('moderated_at', 'timestamptz')
    .addColumn('moderated_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('complaint_attachments_pk', ['commune_id', 'id'])
    .addForeignKeyConstraint('complaint_attachments_complaint', ['commune_id', 'complaint_id'], 'complaints', [
      'commune_id',
      'id',
    ])
    .addForeignKeyConstraint('complaint_attachments_file', ['commune_id', 'file_id'], 'files', ['commune_id', 'id'])
    .execute();
  await db.schema
    .createIndex('complaint_attachments_by_complaint')
    .on('complaint_attachments')
    .columns(['commune_id', 'complaint_id'])
    .execute();
  await db.schema
    .createIndex('complaint_attachments_moderation')
    .on('complaint_attachments')
    .columns(['commune_id', 'state'])
    .execute();

  // One report per reporter (account or anonymous device) and photo.
  await db.schema
    .createTable('photo_reports')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('attachment_id', 'uuid', (c) => c.notNull())
    .addColumn('reporter_key', 'text', (c) => c.notNull())
    .addColumn('reporter_id', 'uuid')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('photo_reports_pk', ['commune_id', 'attachment_id', 'reporter_key'])
    .addForeignKeyConstraint('photo_reports_attachment', ['commune_id', 'attachment_id'], 'complaint_attachments', [
      'commune_id',
      'id',
    ])
    .execute();

  // Dashboard figures read these rollups, kept in the same transaction as each change,
  // instead of scanning every complaint on each view.
  await db.schema
    .createTable('complaint_daily')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('category_id', 'uuid', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('acknowledged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved_on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('closed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('closed_on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('complaint_daily_pk', ['commune_id', 'day', 'category_id'])
    .execute();
  await db.schema
    .createTable('complaint_stage_counts')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('complaint_stage_counts_pk', ['commune_id', 'stage'])
    .execute();
  // Durations in hour buckets (log scale) so medians come from a few rows, not all complaints.
  await db.schema
    .createTable('complaint_durations')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('bucket', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('complaint_durations_pk', ['commune_id', 'measure', 'bucket'])
    .execute();

  // Open311 API keys, issued per commune from the staff area; only a hash is stored.
  await db.schema
    .createTable('api_keys')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('api_keys_pk', ['commune_id', 'id'])
    .execute();
}
