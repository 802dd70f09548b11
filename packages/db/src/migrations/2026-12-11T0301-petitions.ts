import { sql, type Kysely } from 'kysely';

/*
 * Issue 15, petitions under 113-14 arts. 121–125 and non-binding citizen proposals: the petition (a case of
 * the kernel: code, timeline, state counts), its signatures online and on paper under one de-duplication key,
 * the batches agents key in from paper sheets, and the council's session calendar a petition is scheduled on.
 * Frozen once landed.
 */
const STATES = `'draft', 'collecting', 'filed', 'admissible', 'rejected', 'debated', 'decided', 'answered', 'withdrawn'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('council_sessions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('ordinary', 'extraordinary')`))
    .addColumn('opens_on', 'date', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('council_sessions_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('council_sessions_one_a_day', ['commune_id', 'opens_on'])
    .execute();

  await db.schema
    .createTable('petitions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('track', 'text', (c) => c.notNull().check(sql`track in ('petition', 'proposal')`))
    .addColumn('petitioner', 'text', (c) => c.notNull().check(sql`petitioner in ('citizens', 'association')`))
    .addColumn('association_id', 'uuid')
    .addColumn('mandataire_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('mandataire_identity', 'bytea', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql.raw(`state in (${STATES})`)),
    )
    .addColumn('threshold', 'integer', (c) => c.notNull().check(sql`threshold >= 0`))
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('census', 'text', (c) => c.notNull())
    .addColumn('signatures_online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('signatures_paper', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('collecting_at', 'timestamptz')
    .addColumn('received_at', 'timestamptz')
    .addColumn('answer_due_at', 'timestamptz')
    // When the petition left "filed" (the bureau's review, or the answer to a proposal): on time or late.
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('bureau_text', 'text')
    .addColumn('committee', 'text')
    .addColumn('session_id', 'uuid')
    .addColumn('vote', 'jsonb')
    .addColumn('decision_text', 'text')
    .addColumn('decision_record', 'text')
    .addColumn('follow_up', 'text')
    .addColumn('eparticipation_ref', 'text')
    .addColumn('identities_purged_at', 'timestamptz')
    .addPrimaryKeyConstraint('petitions_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('petitions_code', ['commune_id', 'code'])
    .addForeignKeyConstraint('petitions_association', ['commune_id', 'association_id'], 'associations', [
      'commune_id',
      'id',
    ])
    .addForeignKeyConstraint('petitions_session', ['commune_id', 'session_id'], 'council_sessions', [
      'commune_id',
      'id',
    ])
    .addCheckConstraint('petitions_association_named', sql`(petitioner = 'association') = (association_id is not null)`)
    .execute();
  await db.schema.createIndex('petitions_by_state').on('petitions').columns(['commune_id', 'state']).execute();
  await db.schema.createIndex('petitions_by_mandataire').on('petitions').columns(['mandataire_id']).execute();

  await db.schema
    .createTable('petition_events')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('petition_id', 'uuid', (c) => c.notNull())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('public_note', 'text')
    .addColumn('internal_note', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addPrimaryKeyConstraint('petition_events_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('petition_events_petition', ['commune_id', 'petition_id'], 'petitions', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('petition_events_by_petition')
    .on('petition_events')
    .columns(['commune_id', 'petition_id', 'seq'])
    .execute();

  await db.schema
    .createTable('petition_state_counts')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('petition_state_counts_pkey', ['commune_id', 'state'])
    .execute();

  await db.schema
    .createTable('petition_signature_batches')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('petition_id', 'uuid', (c) => c.notNull())
    .addColumn('sheet', 'text', (c) => c.notNull())
    .addColumn('keyed_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('keyed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('petition_signature_batches_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('petition_signature_batches_petition', ['commune_id', 'petition_id'], 'petitions', [
      'commune_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('petition_signatures')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('petition_id', 'uuid', (c) => c.notNull())
    .addColumn('dedup_key', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('online', 'paper')`))
    .addColumn('account_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('batch_id', 'uuid')
    .addColumn('basis', 'text', (c) => c.notNull().check(sql`basis in ('resident', 'activity')`))
    .addColumn('neighbourhood', 'text', (c) => c.notNull())
    .addColumn('identity', 'bytea')
    .addColumn('signed_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('petition_signatures_pkey', ['commune_id', 'id'])
    // One person, one signature, whichever the channel: the key is the same online and on paper.
    .addUniqueConstraint('petition_signatures_one_per_person', ['commune_id', 'petition_id', 'dedup_key'])
    .addForeignKeyConstraint('petition_signatures_petition', ['commune_id', 'petition_id'], 'petitions', [
      'commune_id',
      'id',
    ])
    .addForeignKeyConstraint('petition_signatures_batch', ['commune_id', 'batch_id'], 'petition_signature_batches', [
      'commune_id',
      'id',
    ])
    .execute();
  // One account, one online signature (a second CIN typed by the same account is not a second person).
  await sql`create unique index petition_signatures_one_per_account on petition_signatures (commune_id, petition_id, account_id) where account_id is not null`.execute(
    db,
  );
}
