import { sql, type Kysely } from 'kysely';

// Law 31-13 access-to-information requests and the working-day calendar (issue 4). Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  // ——— Working-day calendar: network-wide, maintained by a network admin ———
  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('to_verify', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('lunar_holidays')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().references('calendar_years.year').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('names', 'jsonb', (c) => c.notNull())
    .addCheckConstraint('lunar_holidays_year', sql`extract(year from day) = year`)
    .execute();
  await db.schema.createIndex('lunar_holidays_by_year').on('lunar_holidays').columns(['year', 'day']).execute();

  // ——— Requests ———
  await db.schema
    .createTable('information_requests')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('urgent', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('urgency_reason', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('delivery_channel', 'text', (c) => c.notNull())
    .addColumn('requester_name', 'text')
    .addColumn('requester_email', 'text')
    .addColumn('requester_phone', 'text')
    .addColumn('requester_address', 'text')
    .addColumn('requester_cin', 'text')
    .addColumn('author_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('registered_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('requester_key_hash', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('completeness', 'text')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('period_working_days', 'integer', (c) => c.notNull())
    .addColumn('extension_working_days', 'integer')
    .addColumn('initial_due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('processing_started_at', 'timestamptz')
    .addColumn('extended_at', 'timestamptz')
    .addColumn('extension_reason', 'text')
    .addColumn('responded_at', 'timestamptz')
    .addColumn('response_working_days', 'integer')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('answer_text', 'text')
    .addColumn('refusal_exception', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('transferred_to', 'text')
    .addColumn('withdrawal_reason', 'text')
    .addColumn('head_complaint_at', 'timestamptz')
    .addColumn('head_complaint_text', 'text')
    .addColumn('head_answered_at', 'timestamptz')
    .addColumn('head_outcome', 'text')
    .addColumn('head_answer_text', 'text')
    .addColumn('idempotency_key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('information_requests_pk', ['commune_id', 'id'])
    .addUniqueConstraint('information_requests_code', ['commune_id', 'code'])
    .addUniqueConstraint('information_requests_idempotency', ['commune_id', 'idempotency_key'])
    // The extension happens once: the database refuses a second one as well as the service.
    .addCheckConstraint('information_requests_extension', sql`(extended_at is null) = (extension_working_days is null)`)
    .addCheckConstraint(
      'information_requests_refusal',
      sql`state <> 'refused' or (refusal_exception is not null and refusal_reason is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('information_requests_queue')
    .on('information_requests')
    .columns(['commune_id', 'state', 'received_at'])
    .execute();
  await db.schema
    .createIndex('information_requests_received')
    .on('information_requests')
    .columns(['commune_id', 'received_at'])
    .execute();
  await db.schema
    .createIndex('information_requests_author')
    .on('information_requests')
    .columns(['author_id', 'received_at'])
    .execute();
  await db.schema.createIndex('information_requests_code_lookup').on('information_requests').column('code').execute();
  // Overdue and due-soon counts touch open requests only.
  await sql`create index information_requests_open_due on information_requests (commune_id, due_at)
            where state in ('received', 'in_processing', 'extended')`.execute(db);

  await db.schema
    .createTable('information_request_events')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('public_note', 'text')
    .addColumn('internal_note', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addPrimaryKeyConstraint('information_request_events_pk', ['commune_id', 'id'])
    .addForeignKeyConstraint(
      'information_request_events_request',
      ['commune_id', 'request_id'],
      'information_requests',
      ['commune_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('information_request_events_by_request')
    .on('information_request_events')
    .columns(['commune_id', 'request_id', 'seq'])
    .execute();

  // Proactive disclosure: redacted answers, soft-withdrawn (who, when, why).
  await db.schema
    .createTable('information_publications')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('request_id', 'uuid', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('unpublished_at', 'timestamptz')
    .addColumn('unpublished_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('unpublish_reason', 'text')
    .addPrimaryKeyConstraint('information_publications_pk', ['commune_id', 'request_id'])
    .addForeignKeyConstraint('information_publications_request', ['commune_id', 'request_id'], 'information_requests', [
      'commune_id',
      'id',
    ])
    .execute();
  await sql`create index information_publications_live on information_publications (commune_id, published_at desc)
            where unpublished_at is null`.execute(db);

  // ——— Compliance rollups ———
  await db.schema
    .createTable('information_request_daily')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('responded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('responded_on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('transferred', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('withdrawn', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('information_request_daily_pk', ['commune_id', 'day'])
    .execute();
  await db.schema
    .createTable('information_request_state_counts')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('information_request_state_counts_pk', ['commune_id', 'state'])
    .execute();
  await db.schema
    .createTable('information_request_durations')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('working_days', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('information_request_durations_pk', ['commune_id', 'working_days'])
    .execute();
}
