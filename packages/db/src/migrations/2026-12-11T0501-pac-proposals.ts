import { sql, type Kysely } from 'kysely';

/*
 * Issue 15, PAC prioritisation: consultations of a plan (proposal window, vote window, ranking or support,
 * the eligible population and its source, the residence check); citizens' proposals (cases of the kernel:
 * code PR, technical admissibility with its criteria and published reason, timeline, state counts); ballots
 * (one per person and consultation: the HMAC of the CIN is unique, online ones once per account too) and their
 * choices. No CIN is stored. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pac_consultations')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull())
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('question', 'jsonb', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('ranking', 'support')`))
    .addColumn('max_choices', 'integer', (c) => c.notNull().check(sql`max_choices between 1 and 10`))
    .addColumn('proposals_open_on', 'date', (c) => c.notNull())
    .addColumn('proposals_close_on', 'date', (c) => c.notNull())
    .addColumn('votes_open_on', 'date', (c) => c.notNull())
    .addColumn('votes_close_on', 'date', (c) => c.notNull())
    .addColumn('votes_open_at', 'timestamptz', (c) => c.notNull())
    .addColumn('votes_close_at', 'timestamptz', (c) => c.notNull())
    .addColumn('proposals_close_at', 'timestamptz', (c) => c.notNull())
    .addColumn('eligible_population', 'integer', (c) => c.notNull().check(sql`eligible_population > 0`))
    .addColumn('eligible_source', 'text', (c) => c.notNull())
    .addColumn('min_age', 'integer', (c) => c.notNull().check(sql`min_age between 12 and 25`))
    .addColumn('residence_check', 'text', (c) =>
      c.notNull().check(sql`residence_check in ('self_declared', 'agent_verified')`),
    )
    .addColumn('voters_online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('voters_paper', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_consultations_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('pac_consultations_plan', ['commune_id', 'plan_id'], 'pac_plans', ['commune_id', 'id'])
    .addCheckConstraint(
      'pac_consultations_dates',
      sql`proposals_close_on >= proposals_open_on and votes_open_on > proposals_close_on and votes_close_on >= votes_open_on`,
    )
    .execute();
  await db.schema
    .createIndex('pac_consultations_by_votes')
    .on('pac_consultations')
    .columns(['commune_id', 'votes_close_at'])
    .execute();

  await db.schema
    .createTable('pac_proposals')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('consultation_id', 'uuid', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('neighbourhood', 'text', (c) => c.notNull())
    .addColumn('estimated_cost_mad', 'integer', (c) => c.check(sql`estimated_cost_mad >= 0`))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('submitted')
        .check(sql`state in ('submitted', 'admissible', 'inadmissible', 'withdrawn')`),
    )
    .addColumn('criteria', 'jsonb')
    .addColumn('admissibility_reason', 'text')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('reviewed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_proposals_pkey', ['commune_id', 'id'])
    .addUniqueConstraint('pac_proposals_code', ['commune_id', 'code'])
    .addForeignKeyConstraint('pac_proposals_consultation', ['commune_id', 'consultation_id'], 'pac_consultations', [
      'commune_id',
      'id',
    ])
    // A decision says why, whatever it is (the reason is published).
    .addCheckConstraint(
      'pac_proposals_reviewed',
      sql`state not in ('admissible', 'inadmissible') or (admissibility_reason is not null and criteria is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('pac_proposals_by_consultation')
    .on('pac_proposals')
    .columns(['commune_id', 'consultation_id', 'state'])
    .execute();
  await db.schema.createIndex('pac_proposals_by_author').on('pac_proposals').columns(['author_id']).execute();

  await db.schema
    .createTable('pac_proposal_events')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('proposal_id', 'uuid', (c) => c.notNull())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('public_note', 'text')
    .addColumn('internal_note', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addPrimaryKeyConstraint('pac_proposal_events_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('pac_proposal_events_proposal', ['commune_id', 'proposal_id'], 'pac_proposals', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('pac_proposal_events_by_proposal')
    .on('pac_proposal_events')
    .columns(['commune_id', 'proposal_id', 'seq'])
    .execute();

  await db.schema
    .createTable('pac_proposal_state_counts')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('pac_proposal_state_counts_pkey', ['commune_id', 'state'])
    .execute();

  await db.schema
    .createTable('pac_ballots')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('consultation_id', 'uuid', (c) => c.notNull())
    .addColumn('dedup_key', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('online', 'paper')`))
    .addColumn('account_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('sheet', 'text')
    .addColumn('keyed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('cast_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_ballots_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('pac_ballots_consultation', ['commune_id', 'consultation_id'], 'pac_consultations', [
      'commune_id',
      'id',
    ])
    // One person, one voice: the CIN's key once per consultation, whatever the channel.
    .addUniqueConstraint('pac_ballots_one_per_person', ['commune_id', 'consultation_id', 'dedup_key'])
    .addCheckConstraint('pac_ballots_channel', sql`(channel = 'online') = (account_id is not null)`)
    .execute();
  await sql`create unique index pac_ballots_one_per_account on pac_ballots (commune_id, consultation_id, account_id)
    where account_id is not null`.execute(db);

  await db.schema
    .createTable('pac_ballot_choices')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('ballot_id', 'uuid', (c) => c.notNull())
    .addColumn('consultation_id', 'uuid', (c) => c.notNull())
    .addColumn('proposal_id', 'uuid', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull().check(sql`rank between 1 and 10`))
    .addColumn('points', 'integer', (c) => c.notNull().check(sql`points between 1 and 10`))
    .addPrimaryKeyConstraint('pac_ballot_choices_pkey', ['commune_id', 'ballot_id', 'proposal_id'])
    .addUniqueConstraint('pac_ballot_choices_rank', ['commune_id', 'ballot_id', 'rank'])
    .addForeignKeyConstraint('pac_ballot_choices_ballot', ['commune_id', 'ballot_id'], 'pac_ballots', [
      'commune_id',
      'id',
    ])
    .addForeignKeyConstraint('pac_ballot_choices_proposal', ['commune_id', 'proposal_id'], 'pac_proposals', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('pac_ballot_choices_by_consultation')
    .on('pac_ballot_choices')
    .columns(['commune_id', 'consultation_id', 'proposal_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'pac_ballot_choices',
    'pac_ballots',
    'pac_proposal_state_counts',
    'pac_proposal_events',
    'pac_proposals',
    'pac_consultations',
  ])
    await db.schema.dropTable(t).execute();
}
