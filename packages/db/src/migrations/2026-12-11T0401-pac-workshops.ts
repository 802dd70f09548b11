import { sql, type Kysely } from 'kysely';

/*
 * Issue 15, the PAC's workshops and targeted consultations: workshops and meetings (kind, agenda, place on the
 * map, capacity), the citizens registered for each (one row per account, cancelled by deleting it), the
 * attendance counted by sex and age band and the organisations present (jsonb on the workshop: counts, never
 * names), the contributions keyed from paper sheets (anonymous: text, theme, the author's sex and age band),
 * the minutes and their signed document's code; targeted consultations of professional bodies with each body's
 * opinion (jsonb: the bodies are few and always read with their consultation). Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pac_workshops')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('thematic', 'neighbourhood', 'professional')`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'published', 'cancelled')`),
    )
    .addColumn('title', 'jsonb', (c) => c.notNull())
    // The theme, or the neighbourhood, the workshop is about ({ ar, fr }).
    .addColumn('topic', 'jsonb', (c) => c.notNull())
    // The agenda's items in order ({ ar, fr }[]).
    .addColumn('agenda', 'jsonb', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('place', 'jsonb', (c) => c.notNull())
    .addColumn('address', 'jsonb', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity > 0`))
    .addColumn('cancel_reason', 'text')
    // Counted, not named: { counts: [{ band, women, men }] } (pac/workshops/schemas.ts), null until recorded.
    .addColumn('attendance', 'jsonb')
    .addColumn('organisations', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('minutes', 'text')
    .addColumn('minutes_code', 'text')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_workshops_pkey', ['commune_id', 'id'])
    .addCheckConstraint('pac_workshops_times', sql`ends_at > starts_at`)
    .addCheckConstraint('pac_workshops_position', sql`(lat is null) = (lon is null)`)
    .execute();
  await db.schema
    .createIndex('pac_workshops_by_start')
    .on('pac_workshops')
    .columns(['commune_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('pac_workshop_registrations')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('workshop_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('registered_at', 'timestamptz', (c) => c.notNull())
    // Once per account and workshop: the primary key is the rule.
    .addPrimaryKeyConstraint('pac_workshop_registrations_pkey', ['commune_id', 'workshop_id', 'user_id'])
    .addForeignKeyConstraint('pac_workshop_registrations_workshop', ['commune_id', 'workshop_id'], 'pac_workshops', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('pac_workshop_registrations_by_user')
    .on('pac_workshop_registrations')
    .columns(['user_id'])
    .execute();

  await db.schema
    .createTable('pac_workshop_contributions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workshop_id', 'uuid', (c) => c.notNull())
    // The paper sheet's number as written on it, and the line's place in the batch keyed.
    .addColumn('sheet', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull().check(sql`line > 0`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('sex', 'text', (c) => c.check(sql`sex in ('woman', 'man')`))
    .addColumn('age_band', 'text')
    .addColumn('entered_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_workshop_contributions_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('pac_workshop_contributions_workshop', ['commune_id', 'workshop_id'], 'pac_workshops', [
      'commune_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('pac_workshop_contributions_by_workshop')
    .on('pac_workshop_contributions')
    .columns(['commune_id', 'workshop_id', 'entered_at'])
    .execute();

  await db.schema
    .createTable('pac_targeted_consultations')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('subject', 'jsonb', (c) => c.notNull())
    .addColumn('question', 'jsonb', (c) => c.notNull())
    .addColumn('document_url', 'text')
    .addColumn('opens_on', 'date', (c) => c.notNull())
    .addColumn('closes_on', 'date', (c) => c.notNull())
    // The bodies consulted, each with its opinion once given ({ id, name, kind, associationId, opinion }[]).
    .addColumn('bodies', 'jsonb', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pac_targeted_consultations_pkey', ['commune_id', 'id'])
    .addCheckConstraint('pac_targeted_consultations_dates', sql`closes_on >= opens_on`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'pac_targeted_consultations',
    'pac_workshop_contributions',
    'pac_workshop_registrations',
    'pac_workshops',
  ])
    await db.schema.dropTable(t).execute();
}
