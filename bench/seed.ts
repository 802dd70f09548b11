/**
 * Fast bulk loader of synthetic complaints, for benchmarks and demos.
 *
 * One transaction, set-based SQL only (`INSERT … SELECT generate_series`), on PGlite or
 * PostgreSQL through the same Kysely handle the server uses. It fills `complaints`, their
 * timeline (`complaint_events`, unless `events: false`), the per-commune code counters
 * and the three dashboard rollups (`complaint_daily`, `complaint_stage_counts`,
 * `complaint_durations`, and the bulletins' `complaint_month_counts`) exactly as the services would have kept them, so the
 * dashboard's figures and a GROUP BY over the raw table agree.
 *
 * Safe on a database that already has complaints: codes continue each commune's
 * counter (the counters table is locked for the transaction, so a running server's
 * submissions wait instead of colliding) and rollups are incremented, not replaced.
 *
 * CLI: pnpm bench -- seed --count 100000 [--database-url postgres://… | --data-dir ./data]
 *      [--days 730] [--no-events] [--seed 0.42]
 */
import { COMMUNES, COMPLAINT_SETTINGS_DEFAULTS, seedReferenceData, type Db } from '@shabaka/db';
import { sql, type RawBuilder } from 'kysely';

export interface SeedOptions {
  /** How many complaints to add, spread over the communes in proportion to their population. */
  count: number;
  /** Complaints are created uniformly over the last `days` days before `now` (default 730). */
  days?: number;
  /** Also write each complaint's timeline (submitted, assigned, closing event). Default true. */
  events?: boolean;
  /** The instant the data ends at (default: now). */
  now?: Date;
  /** setseed() value in [-1, 1] so two loads with the same options produce the same data. */
  seed?: number;
  /** Restrict to these commune slugs (default: the five communes of the network). */
  communes?: string[];
  /** VACUUM (ANALYZE) the loaded tables afterwards, as autovacuum soon would (default true). */
  vacuum?: boolean;
}

export interface SeedReport {
  inserted: number;
  events: number;
  perCommune: Record<string, number>;
  ms: number;
  /** Milliseconds per step (generate, complaints, events, rollups, analyze). */
  steps?: Record<string, number>;
}

const TZ = 'Africa/Casablanca';

/**
 * A time-ordered UUID (version 7) for the instant `at`: rows inserted in time order
 * then append to the (commune_id, id) primary keys instead of landing at random pages.
 */
const uuid7 = (at: RawBuilder<unknown>) => sql`(
  lpad(to_hex(floor(extract(epoch from ${at}) * 1000)::bigint >> 16), 8, '0') || '-' ||
  lpad(to_hex(floor(extract(epoch from ${at}) * 1000)::bigint & 65535), 4, '0') || '-7' ||
  substr(gen_random_uuid()::text, 16))::uuid`;

/** Realistic-looking descriptions (ar / fr / es), picked at random per row. */
const DESCRIPTIONS = [
  'حفرة كبيرة في الطريق أمام المدرسة تشكل خطرا على التلاميذ',
  'الإنارة العمومية معطلة في الزقاق منذ أسبوعين',
  'تراكم النفايات قرب السوق المركزي ولم تمر شاحنة الجمع',
  'Nid-de-poule profond sur la chaussée près du rond-point',
  'Lampadaire éteint depuis dix jours dans la rue principale',
  'Dépôt sauvage de gravats sur le trottoir devant l’immeuble',
  'Bruit nocturne persistant provenant d’un chantier',
  'Farola apagada desde hace una semana en la calle del mercado',
  'Contenedor desbordado junto a la parada de autobús',
  'Perros callejeros en el parque infantil por la tarde',
];

/**
 * How a synthetic complaint ages (documented in the README's Benchmarks section):
 * acknowledged 1 h – 15 days after intake (skewed short), closed 1–101 days after that
 * (median ≈ 26 days), 3% never closed (they become overdue); among closed ones 80%
 * resolved, 10% rejected, 5% duplicate, 5% referred; a complaint is still open when its
 * acknowledgement or closing time lies after `now`.
 */
export async function seedComplaints(db: Db, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const count = Math.max(0, Math.floor(options.count));
  const days = options.days ?? 730;
  const now = options.now ?? new Date();
  const withEvents = options.events ?? true;
  const slugs = options.communes ?? COMMUNES.map((c) => c.slug);
  if (count === 0) return { inserted: 0, events: 0, perCommune: {}, ms: 0 };

  const steps: Record<string, number> = {};
  let t0 = performance.now();
  const step = (name: string) => {
    const t = performance.now();
    steps[name] = (steps[name] ?? 0) + (t - t0);
    t0 = t;
  };
  return db
    .transaction()
    .execute(async (trx) => {
      // Submissions through a running server wait for the load to commit instead of
      // allocating codes the load is about to use.
      await sql`lock table counters in share row exclusive mode`.execute(trx);
      await sql`set local work_mem = '128MB'`.execute(trx);
      // The staging table is temporary: give it room, which PostgreSQL allows only before the
      // session's first temporary table (the exception block keeps the transaction alive otherwise).
      await sql`do $$ begin perform set_config('temp_buffers', '512MB', true); exception when others then null; end $$`.execute(
        trx,
      );
      // Rows are consistent by construction (the timeline points at complaints inserted just
      // before): like pg_restore --disable-triggers, a superuser skips the per-row foreign-key
      // triggers. Other roles keep them (slower, same result).
      const su = await sql<{ su: string }>`select current_setting('is_superuser') as su`.execute(trx);
      if (su.rows[0]?.su === 'on') await sql`set local session_replication_role = replica`.execute(trx);
      await sql`select setseed(${options.seed ?? 0.42}::float8)`.execute(trx);
      t0 = performance.now();

      const communes = await trx
        .selectFrom('communes')
        .select(['id', 'slug', 'population', 'lat', 'lon', 'codePrefix', 'settings'])
        .where('slug', 'in', slugs)
        .orderBy('slug')
        .execute();
      if (communes.length === 0)
        throw new Error(`none of the communes ${slugs.join(', ')} exists: seed the reference data first`);

      // Population-weighted split, remainder to the largest commune.
      const total = communes.reduce((s, c) => s + c.population, 0);
      const perCommune: Record<string, number> = {};
      for (const c of communes) perCommune[c.slug] = Math.floor((count * c.population) / total);
      const largest = [...communes].sort((a, b) => b.population - a.population)[0]!;
      perCommune[largest.slug]! += count - Object.values(perCommune).reduce((a, b) => a + b, 0);

      await sql`
      create temp table bench_seed (
        commune_id uuid not null, id uuid not null, code text, kind text not null,
        category_id uuid not null, department_id uuid, description text not null,
        lat double precision, lon double precision, channel text not null, reply_channel text not null,
        stage text not null, created_at timestamptz not null, ack_due_at timestamptz not null,
        answer_due_at timestamptz not null, acknowledged_at timestamptz, closed_at timestamptz,
        year integer not null, seq bigint
      ) on commit drop`.execute(trx);

      const descriptions = sql.raw(`array[${DESCRIPTIONS.map((d) => `'${d.replace(/'/g, "''")}'`).join(',')}]`);
      for (const c of communes) {
        const n = perCommune[c.slug]!;
        if (n === 0) continue;
        // Reference codes continue the commune's per-year counter: PREFIX-YEAR-000123 (as service.submit).
        const prefix = c.codePrefix ?? c.slug.slice(0, 3).toUpperCase();
        // The commune's own clocks over the network defaults, as complaintSettings() reads them.
        const own = (c.settings as { complaints?: Partial<typeof COMPLAINT_SETTINGS_DEFAULTS> }).complaints ?? {};
        const { ackDays, answerDays } = { ...COMPLAINT_SETTINGS_DEFAULTS, ...own };
        const cats = await trx
          .selectFrom('complaintCategories')
          .select(['id', 'departmentId'])
          .where('communeId', '=', c.id)
          .where('active', '=', true)
          .orderBy('position')
          .orderBy('code')
          .execute();
        if (cats.length === 0) throw new Error(`${c.slug} has no active complaint category`);
        const catIds = `{${cats.map((x) => x.id).join(',')}}`;
        const deptIds = `{${cats.map((x) => x.departmentId ?? 'NULL').join(',')}}`;
        await sql`
        insert into bench_seed (commune_id, id, code, kind, category_id, department_id, description, lat, lon,
                                channel, reply_channel, stage, created_at, ack_due_at, answer_due_at,
                                acknowledged_at, closed_at, year, seq)
        with         raw as (
          select g,
                 ${now}::timestamptz - random() * ${days}::float8 * interval '1 day' as created_at,
                 random() as r_cat, random() as r_kind, random() as r_chan, random() as r_desc,
                 random() as r_ack, random() as r_close, random() as r_stuck, random() as r_stage,
                 random() as r_lat, random() as r_lon
          from generate_series(1, ${n}::int) g
        ),
        timed as (
          select raw.*,
                 created_at + (1 + 359 * r_ack * r_ack) * interval '1 hour' as ack_at,
                 created_at + (1 + 359 * r_ack * r_ack) * interval '1 hour'
                            + (24 + 2400 * r_close * r_close) * interval '1 hour' as close_at,
                 extract(year from created_at at time zone ${TZ})::int as year
          from raw
        ),
        numbered as (
          select timed.*, coalesce(k.value, 0) + row_number() over (partition by timed.year order by timed.created_at) as seq
          from timed
          left join counters k on k.commune_id = ${c.id} and k.name = 'complaint' and k.year = timed.year
        )
        select ${c.id}::uuid, ${uuid7(sql`created_at`)},
               ${prefix}::text || '-' || year || '-' || lpad(seq::text, greatest(6, length(seq::text)), '0'),
               case when r_kind < 0.85 then 'complaint' when r_kind < 0.95 then 'observation' else 'suggestion' end,
               (${catIds}::uuid[])[1 + floor(r_cat * ${cats.length}::int)::int],
               (${deptIds}::uuid[])[1 + floor(r_cat * ${cats.length}::int)::int],
               (${descriptions})[1 + floor(r_desc * ${DESCRIPTIONS.length})::int],
               ${c.lat}::float8 + (r_lat - 0.5) * 0.04, ${c.lon}::float8 + (r_lon - 0.5) * 0.04,
               case when r_chan < 0.80 then 'web' when r_chan < 0.88 then 'counter' when r_chan < 0.93 then 'paper'
                    when r_chan < 0.97 then 'phone' else 'open311' end,
               case when r_chan < 0.80 then 'portal' else 'paper' end,
               case when ack_at > ${now}::timestamptz then 'received'
                    when r_stuck < 0.03 or close_at > ${now}::timestamptz then
                      case when r_stage < 0.7 then 'processing' else 'final' end
                    when r_stage < 0.80 then 'resolved' when r_stage < 0.90 then 'rejected'
                    when r_stage < 0.95 then 'duplicate' else 'referred' end,
               created_at,
               created_at + ${ackDays}::int * interval '1 day', created_at + ${answerDays}::int * interval '1 day',
               case when ack_at <= ${now}::timestamptz then ack_at end,
               case when ack_at <= ${now}::timestamptz and r_stuck >= 0.03 and close_at <= ${now}::timestamptz then close_at end,
               year, seq
        from numbered`.execute(trx);
        step('generate');
      }

      await sql`
      insert into counters (commune_id, name, year, value)
      select commune_id, 'complaint', year, max(seq) from bench_seed group by commune_id, year
      on conflict (commune_id, name, year) do update set value = greatest(counters.value, excluded.value)`.execute(trx);
      step('counters');

      await sql`
      insert into complaints (commune_id, id, code, kind, category_id, department_id, description, lat, lon,
                              channel, reply_channel, stage, ack_due_at, answer_due_at, acknowledged_at,
                              closed_at, created_at, updated_at)
      select commune_id, id, code, kind, category_id, department_id, description, lat, lon,
             channel, reply_channel, stage, ack_due_at, answer_due_at, acknowledged_at, closed_at,
             created_at,
             case when stage = 'final' then acknowledged_at + (${now}::timestamptz - acknowledged_at) / 2
                  else coalesce(closed_at, acknowledged_at, created_at) end
      from bench_seed
      order by commune_id, id`.execute(trx);
      step('complaints');

      let events = 0;
      if (withEvents) {
        // The same timeline the services write: submitted, assigned (acknowledgement), closing change.
        const r = await sql`
        insert into complaint_events (commune_id, id, complaint_id, at, kind, from_stage, to_stage, data)
        select commune_id, ${uuid7(sql`at`)}, complaint_id, at, kind, from_stage, to_stage, data
        from (
          select commune_id, id as complaint_id, created_at as at, 'submitted' as kind, null as from_stage,
                 'received' as to_stage, jsonb_build_object('channel', channel, 'photos', 0, 'scans', 0) as data
          from bench_seed
          union all
          select commune_id, id, acknowledged_at, 'assigned', 'received', 'processing', '{}'::jsonb
          from bench_seed where acknowledged_at is not null
          union all
          select commune_id, id, acknowledged_at + (${now}::timestamptz - acknowledged_at) / 2, 'stage_changed', 'processing', 'final', '{}'::jsonb
          from bench_seed where stage = 'final'
          union all
          select commune_id, id, closed_at, 'stage_changed', 'processing', stage, '{}'::jsonb
          from bench_seed where closed_at is not null
        ) e
        order by commune_id, complaint_id, at`.execute(trx);
        events = Number(r.numAffectedRows ?? 0);
        step('events');
      }

      // Rollups, as the case kernel keeps them (cases/rollups.ts, complaints/rollups.ts; Casablanca days).
      await sql`
      insert into complaint_daily (commune_id, day, category_id, received, acknowledged, resolved,
                                   resolved_on_time, closed, closed_on_time)
      select commune_id, day, category_id, sum(received), sum(acknowledged), sum(resolved),
             sum(resolved_on_time), sum(closed), sum(closed_on_time)
      from (
        select commune_id, (created_at at time zone ${TZ})::date as day, category_id,
               1 as received, 0 as acknowledged, 0 as resolved, 0 as resolved_on_time, 0 as closed, 0 as closed_on_time
        from bench_seed
        union all
        select commune_id, (acknowledged_at at time zone ${TZ})::date, category_id, 0, 1, 0, 0, 0, 0
        from bench_seed where acknowledged_at is not null
        union all
        select commune_id, (closed_at at time zone ${TZ})::date, category_id, 0, 0,
               (stage = 'resolved')::int, (stage = 'resolved' and closed_at <= answer_due_at)::int,
               1, (closed_at <= answer_due_at)::int
        from bench_seed where closed_at is not null
      ) x
      group by commune_id, day, category_id
      on conflict (commune_id, day, category_id) do update set
        received = complaint_daily.received + excluded.received,
        acknowledged = complaint_daily.acknowledged + excluded.acknowledged,
        resolved = complaint_daily.resolved + excluded.resolved,
        resolved_on_time = complaint_daily.resolved_on_time + excluded.resolved_on_time,
        closed = complaint_daily.closed + excluded.closed,
        closed_on_time = complaint_daily.closed_on_time + excluded.closed_on_time`.execute(trx);
      step('daily');
      await sql`
      insert into complaint_stage_counts (commune_id, stage, n)
      select commune_id, stage, count(*) from bench_seed group by commune_id, stage
      on conflict (commune_id, stage) do update set n = complaint_stage_counts.n + excluded.n`.execute(trx);
      step('stages');
      // bucketOf(hours) = floor(log2(1 + max(0, hours)) * 4), as in packages/api/src/complaints/rollups.ts.
      await sql`
      insert into complaint_durations (commune_id, measure, bucket, n)
      select commune_id, measure, bucket, count(*) from (
        select commune_id, 'ack' as measure,
               floor(ln(1 + greatest(0, extract(epoch from acknowledged_at - created_at) / 3600)) / ln(2) * 4)::int as bucket
        from bench_seed where acknowledged_at is not null
        union all
        select commune_id, 'resolve',
               floor(ln(1 + greatest(0, extract(epoch from closed_at - created_at) / 3600)) / ln(2) * 4)::int
        from bench_seed where stage = 'resolved'
      ) x
      group by commune_id, measure, bucket
      on conflict (commune_id, measure, bucket) do update set n = complaint_durations.n + excluded.n`.execute(trx);
      step('durations');
      // The bulletins' monthly rollup (complaints/rollups.ts bumpMonth): resolutions per month and bucket.
      await sql`
      insert into complaint_month_counts (commune_id, month, measure, value, n)
      select commune_id, to_char(closed_at at time zone ${TZ}, 'YYYY-MM'), 'resolve',
             floor(ln(1 + greatest(0, extract(epoch from closed_at - created_at) / 3600)) / ln(2) * 4)::int, count(*)
      from bench_seed where stage = 'resolved'
      group by 1, 2, 4
      on conflict (commune_id, month, measure, value) do update set n = complaint_month_counts.n + excluded.n`.execute(
        trx,
      );
      step('months');

      return { inserted: count, events, perCommune, ms: performance.now() - started };
    })
    .then(async (report) => {
      t0 = performance.now();
      // Without VACUUM, still ANALYZE: autovacuum's analyze comes first after a bulk load.
      await vacuumLoaded(db, options.vacuum === false ? 'analyze' : 'vacuum (analyze)');
      step('vacuum');
      return { ...report, steps, ms: performance.now() - started };
    });
}

/**
 * The steady state autovacuum reaches shortly after a bulk load (PostgreSQL ≥ 13 vacuums
 * insert-only tables too): planner statistics, and a visibility map, without which
 * index-only scans (the overdue counts on the partial indexes) fall back to the heap.
 */
export async function vacuumLoaded(db: Db, command: 'vacuum (analyze)' | 'analyze' = 'vacuum (analyze)') {
  for (const t of [
    'complaints',
    'complaint_events',
    'complaint_daily',
    'complaint_stage_counts',
    'complaint_durations',
    'complaint_month_counts',
    'counters',
  ]) {
    await sql`${sql.raw(command)} ${sql.table(t)}`.execute(db);
  }
}

/** Opens the database like the server does (migrated, reference data seeded) and loads `count` complaints. */
export async function seedCli(args: {
  count: number;
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  days?: number;
  events?: boolean;
  seed?: number;
}) {
  const { createDb } = await import('@shabaka/db');
  const { join, resolve } = await import('node:path');
  const dataDir = args.dataDir ? join(resolve(args.dataDir), 'pglite') : undefined;
  if (!args.databaseUrl && !dataDir)
    throw new Error('give --database-url postgres://… or --data-dir <server data directory>');
  const handle = await createDb({ databaseUrl: args.databaseUrl, dataDir, migrate: true });
  try {
    await seedReferenceData(handle.db);
    const report = await seedComplaints(handle.db, {
      count: args.count,
      ...(args.days !== undefined ? { days: args.days } : {}),
      ...(args.events !== undefined ? { events: args.events } : {}),
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
    });
    console.log(
      `Loaded ${report.inserted.toLocaleString('en')} complaints (${report.events.toLocaleString('en')} timeline events) ` +
        `into ${handle.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${dataDir})`} in ${(report.ms / 1000).toFixed(1)} s: ` +
        Object.entries(report.perCommune)
          .map(([s, n]) => `${s} ${n.toLocaleString('en')}`)
          .join(', '),
    );
    if (process.env.BENCH_VERBOSE)
      console.log(
        Object.entries(report.steps ?? {})
          .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
          .join(', '),
      );
    return report;
  } finally {
    await handle.close();
  }
}
