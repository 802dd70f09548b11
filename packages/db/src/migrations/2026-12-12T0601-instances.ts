import { sql, type Kysely } from 'kysely';

/*
 * Issue 16, consultative instances and the network's transparency committee: the instances (a commune's IEECAG,
 * 113-14 art. 120, and others; the network committee is kept under its seat commune with scope 'network'), their
 * members (always public, with declarations of interest; contact details private), meetings (agenda, attendance,
 * decisions, signed minutes), recommendations and observations (cases of the kernel, kept in the ADDRESSED
 * commune's tenancy so its staff queue reads them like any case), formal opinions on a subject of another domain,
 * and seat renewal calls. Frozen once landed.
 */
const CATEGORIES = sql`('civil_society', 'elected', 'administration')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('instances')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('commune', 'network')`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('ieecag', 'transparency_committee', 'other')`))
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('mandate', 'jsonb', (c) => c.notNull())
    .addColumn('legal_basis', 'jsonb', (c) => c.notNull())
    .addColumn('seats_total', 'integer', (c) => c.notNull().check(sql`seats_total between 1 and 200`))
    .addColumn('seats_civil_society', 'integer', (c) => c.notNull().check(sql`seats_civil_society >= 0`))
    .addColumn('seats_elected', 'integer', (c) => c.notNull().check(sql`seats_elected >= 0`))
    .addColumn('seats_administration', 'integer', (c) => c.notNull().check(sql`seats_administration >= 0`))
    .addColumn('min_women_percent', 'integer', (c) => c.notNull().check(sql`min_women_percent between 0 and 100`))
    .addColumn('term_months', 'integer', (c) => c.notNull().check(sql`term_months between 1 and 120`))
    .addColumn('rules', 'text')
    .addColumn('rules_code', 'text')
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('instances_pkey', ['commune_id', 'id'])
    .addCheckConstraint(
      'instances_quotas',
      sql`seats_civil_society + seats_elected + seats_administration <= seats_total`,
    )
    .execute();
  // The network's instances are read from every portal: found by scope, whichever commune seats them.
  await sql`create index instances_network on instances (scope, id) where scope = 'network'`.execute(db);

  await db.schema
    .createTable('instance_members')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('instance_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull().check(sql`sex in ('woman', 'man')`))
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ${CATEGORIES}`))
    .addColumn('organisation', 'text')
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('chair', 'rapporteur', 'member')`))
    .addColumn('term_starts_on', 'date', (c) => c.notNull())
    .addColumn('term_ends_on', 'date', (c) => c.notNull())
    .addColumn('left_on', 'date')
    .addColumn('declaration', 'text', (c) => c.notNull())
    .addColumn('declared_on', 'date', (c) => c.notNull())
    // Private: how the secretariat reaches the member; never in a public read.
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('instance_members_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('instance_members_instance', ['commune_id', 'instance_id'], 'instances', [
      'commune_id',
      'id',
    ])
    .addCheckConstraint('instance_members_term', sql`term_ends_on > term_starts_on`)
    .execute();
  await db.schema
    .createIndex('instance_members_by_instance')
    .on('instance_members')
    .columns(['commune_id', 'instance_id', 'term_ends_on'])
    .execute();

  await db.schema
    .createTable('instance_meetings')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('instance_id', 'uuid', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('agenda', 'jsonb', (c) => c.notNull())
    .addColumn('attendance', 'jsonb')
    .addColumn('decisions', 'jsonb', (c) => c.notNull())
    .addColumn('minutes', 'text')
    .addColumn('minutes_code', 'text')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('instance_meetings_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('instance_meetings_instance', ['commune_id', 'instance_id'], 'instances', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('instance_meetings_by_instance')
    .on('instance_meetings')
    .columns(['commune_id', 'instance_id', 'starts_at'])
    .execute();

  // Cases addressed to a commune: the row is the ADDRESSED commune's; the instance may sit in another one.
  for (const c of [
    {
      table: 'instance_recommendations',
      events: 'instance_recommendation_events',
      counts: 'instance_recommendation_state_counts',
      ref: 'recommendation_id',
      states: sql`('draft', 'adopted', 'answered', 'in_progress', 'implemented', 'closed')`,
      initial: 'draft',
    },
    {
      table: 'instance_observations',
      events: 'instance_observation_events',
      counts: 'instance_observation_state_counts',
      ref: 'observation_id',
      states: sql`('open', 'answered', 'closed')`,
      initial: 'open',
    },
  ]) {
    let t = db.schema
      .createTable(c.table)
      .addColumn('commune_id', 'uuid', (col) => col.notNull().references('communes.id'))
      .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
      .addColumn('code', 'text', (col) => col.notNull())
      .addColumn('instance_commune_id', 'uuid', (col) => col.notNull())
      .addColumn('instance_id', 'uuid', (col) => col.notNull())
      .addColumn('title', 'jsonb', (col) => col.notNull())
      .addColumn('body', 'jsonb', (col) => col.notNull())
      .addColumn('state', 'text', (col) =>
        col
          .notNull()
          .defaultTo(c.initial)
          .check(sql`state in ${c.states}`),
      )
      .addColumn('answer_due_at', 'timestamptz')
      .addColumn('answer_text', 'text')
      .addColumn('answered_at', 'timestamptz')
      .addColumn('answered_by', 'uuid', (col) => col.references('users.id'))
      .addColumn('closed_at', 'timestamptz')
      .addColumn('idempotency_key', 'text')
      .addColumn('created_by', 'uuid', (col) => col.notNull().references('users.id'))
      .addColumn('created_at', 'timestamptz', (col) => col.notNull())
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull());
    if (c.table === 'instance_recommendations') {
      t = t
        .addColumn('service', 'text')
        .addColumn('meeting_id', 'uuid')
        .addColumn('answer_days', 'integer', (col) => col.notNull().check(sql`answer_days between 7 and 365`))
        .addColumn('adopted_at', 'timestamptz')
        .addColumn('answer', 'text', (col) => col.check(sql`answer in ('accepted', 'partially', 'rejected')`))
        .addColumn('progress', 'integer', (col) => col.check(sql`progress between 0 and 100`))
        .addColumn('progress_at', 'timestamptz')
        // A refusal or a partial acceptance says why (the reasons are published with it).
        .addCheckConstraint(
          'instance_recommendations_answered',
          sql`answer is null or answer = 'accepted' or answer_text is not null`,
        );
    } else {
      t = t.addColumn('indicator', 'text');
    }
    await t
      .addPrimaryKeyConstraint(`${c.table}_pkey`, ['commune_id', 'id'])
      .addUniqueConstraint(`${c.table}_code`, ['commune_id', 'code'])
      .addForeignKeyConstraint(`${c.table}_instance`, ['instance_commune_id', 'instance_id'], 'instances', [
        'commune_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex(`${c.table}_by_state`)
      .on(c.table)
      .columns(['commune_id', 'state', 'created_at'])
      .execute();
    // The instance's own list (its public page) reads across the communes it addresses.
    await db.schema
      .createIndex(`${c.table}_by_instance`)
      .on(c.table)
      .columns(['instance_commune_id', 'instance_id', 'created_at'])
      .execute();
    await db.schema
      .createTable(c.events)
      .addColumn('commune_id', 'uuid', (col) => col.notNull())
      .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
      .addColumn(c.ref, 'uuid', (col) => col.notNull())
      .addColumn('seq', 'bigserial', (col) => col.notNull())
      .addColumn('at', 'timestamptz', (col) => col.notNull())
      .addColumn('actor_id', 'uuid', (col) => col.references('users.id'))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('from_state', 'text')
      .addColumn('to_state', 'text')
      .addColumn('public_note', 'text')
      .addColumn('internal_note', 'text')
      .addColumn('data', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
      .addPrimaryKeyConstraint(`${c.events}_pkey`, ['commune_id', 'id'])
      .addForeignKeyConstraint(`${c.events}_case`, ['commune_id', c.ref], c.table, ['commune_id', 'id'])
      .execute();
    await db.schema.createIndex(`${c.events}_by_case`).on(c.events).columns(['commune_id', c.ref, 'seq']).execute();
    await db.schema
      .createTable(c.counts)
      .addColumn('commune_id', 'uuid', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('n', 'integer', (col) => col.notNull().defaultTo(0))
      .addPrimaryKeyConstraint(`${c.counts}_pkey`, ['commune_id', 'state'])
      .execute();
  }

  await db.schema
    .createTable('instance_opinions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('instance_id', 'uuid', (c) => c.notNull())
    // Open list on purpose (no check): the subject types are the domains' (enums.ts OPINION_SUBJECTS).
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('stance', 'text', (c) => c.notNull().check(sql`stance in ('favourable', 'reserved', 'unfavourable')`))
    .addColumn('text', 'jsonb', (c) => c.notNull())
    .addColumn('given_on', 'date', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('instance_opinions_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('instance_opinions_instance', ['commune_id', 'instance_id'], 'instances', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('instance_opinions_by_subject')
    .on('instance_opinions')
    .columns(['commune_id', 'subject_type', 'subject_id'])
    .execute();

  await db.schema
    .createTable('instance_seat_calls')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('instance_id', 'uuid', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ${CATEGORIES}`))
    .addColumn('seats', 'integer', (c) => c.notNull().check(sql`seats between 1 and 200`))
    .addColumn('criteria', 'jsonb', (c) => c.notNull())
    .addColumn('closes_on', 'date', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('instance_seat_calls_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('instance_seat_calls_instance', ['commune_id', 'instance_id'], 'instances', [
      'commune_id',
      'id',
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'instance_seat_calls',
    'instance_opinions',
    'instance_observation_state_counts',
    'instance_observation_events',
    'instance_observations',
    'instance_recommendation_state_counts',
    'instance_recommendation_events',
    'instance_recommendations',
    'instance_meetings',
    'instance_members',
    'instances',
  ])
    await db.schema.dropTable(t).execute();
}
