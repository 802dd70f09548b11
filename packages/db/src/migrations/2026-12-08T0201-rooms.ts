import { sql, type Kysely } from 'kysely';

/*
 * Rooms a commune lends to associations (issue 14, "the reception space") and their bookings.
 * No double booking is the database's rule, not the service's: an exclusion constraint over
 * (room, time range) for approved bookings (btree_gist gives the `=` on the room id inside a
 * GiST index), so two staff approving clashing requests at the same moment cannot both win.
 * Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Database-wide, kept in public so dropping a (test) schema never drops it.
  const found = await sql`select 1 from pg_extension where extname = 'btree_gist'`.execute(db);
  if (found.rows.length === 0) await sql`create extension if not exists btree_gist with schema public`.execute(db);

  await db.schema
    .createTable('rooms')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('names', 'jsonb', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity > 0`))
    .addColumn('step_free', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('accessibility', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('rules', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('rooms_pkey', ['commune_id', 'id'])
    .execute();

  await db.schema
    .createTable('room_bookings')
    .addColumn('commune_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('room_id', 'uuid', (c) => c.notNull())
    // The association registry's id (issue 14's registry, its own domain and tables).
    .addColumn('association_id', 'uuid', (c) => c.notNull())
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expected_attendance', 'integer', (c) => c.notNull().check(sql`expected_attendance > 0`))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('requested', 'approved', 'refused', 'cancelled')`),
    )
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('reason', 'text')
    .addColumn('attendance', 'integer', (c) => c.check(sql`attendance >= 0`))
    .addColumn('attendance_recorded_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('room_bookings_pkey', ['commune_id', 'id'])
    .addForeignKeyConstraint('room_bookings_room', ['commune_id', 'room_id'], 'rooms', ['commune_id', 'id'])
    .addCheckConstraint('room_bookings_order', sql`ends_at > starts_at`)
    .execute();
  await sql`alter table room_bookings add constraint room_bookings_no_overlap
    exclude using gist (room_id with =, tstzrange(starts_at, ends_at, '[)') with &&)
    where (state = 'approved')`.execute(db);
  // The calendar and the feed read one room's bookings over a period; the staff queue by state.
  await db.schema
    .createIndex('room_bookings_by_room')
    .on('room_bookings')
    .columns(['commune_id', 'room_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('room_bookings_by_state')
    .on('room_bookings')
    .columns(['commune_id', 'state', 'starts_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('room_bookings').execute();
  await db.schema.dropTable('rooms').execute();
}
