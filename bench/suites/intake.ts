import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createDb, seedReferenceData } from '@shabaka/db';
import pg from 'pg';
import { clean, load, type LoadResult } from '../lib/load';
import { cpuMs, startServer, type Child } from '../lib/proc';
import { scratchDatabase } from '../lib/pg';
import type { Row } from '../lib/report';
import { fmt, fmtInt, fmtMs, max, median, min, percentile } from '../lib/stats';
import { seedComplaints } from '../seed';
import { compareSides, DB_LABEL, interleaved, type DbKind, type Side, type SuiteContext } from './context';

const GOAL = 0.5;
/** Complaints already in the database when intake is measured. */
const INTAKE_COMPLAINTS = 20_000;
/** The brief's latency point: p99 with this many clients submitting at once. */
const HEAVY_CLIENTS = 200;

interface Target {
  communeId: string;
  categoryId: string;
  departmentId: string | null;
}

/** What a citizen's portal sends (tRPC + superjson, no batching): a complaint with a point on the map. */
const submitBody = (t: Target) =>
  JSON.stringify({
    json: {
      commune: 'tetouan',
      kind: 'complaint',
      categoryId: t.categoryId,
      description: 'Nid-de-poule profond sur la chaussée près du rond-point, dangereux la nuit.',
      location: { lat: 35.5785, lon: -5.3684 },
      contact: {},
      replyChannel: 'portal',
    },
  });

/** The floor: the same complaint columns as repository.insertIntake writes, one row per INSERT. */
const INSERT = `insert into complaints (commune_id, code, kind, category_id, department_id, description, lat, lon, address,
  channel, reply_channel, contact_name, contact_phone, contact_email, author_id, registered_by, stage, ack_due_at,
  answer_due_at, idempotency_key, created_at, updated_at, owner_secret_hash, public_description)
  values ($1, $2, 'complaint', $3, $4, $5, $6, $7, null, 'web', 'portal', null, null, null, null, null, 'received', $8, $9, null, $10, $10, $11, false)`;

let seq = 0;
const insertParams = (t: Target) => {
  const now = new Date();
  return [
    t.communeId,
    `BNC-${process.pid}-${String(++seq).padStart(9, '0')}`,
    t.categoryId,
    t.departmentId,
    'Nid-de-poule profond sur la chaussée près du rond-point, dangereux la nuit.',
    35.5785,
    -5.3684,
    new Date(now.getTime() + 15 * 86_400_000),
    new Date(now.getTime() + 60 * 86_400_000),
    now,
    // The size of a salted secret hash, as intake stores one (packages/api/src/cases/owner.ts).
    'AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  ];
};

/** `clients` concurrent callers each looping one INSERT at a time for `seconds`; bounded in time. */
async function insertLoop(
  exec: (params: unknown[]) => Promise<unknown>,
  t: Target,
  clients: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await exec(insertParams(t));
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    non2xx: 0,
    errors,
    timeouts: 0,
  };
}

/**
 * 2. Intake: complaint submissions/s through the real server (POST /trpc/complaints.submit:
 * zod validation, code allocation, insert, timeline, rollups, event) vs raw single-row
 * INSERTs of the same complaint columns with `pg` (PGlite: its own query()), same concurrency.
 */
export async function intakeSuite(ctx: SuiteContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const kind of ctx.dbs) rows.push(...(await intakeOn(ctx, kind)));
  ctx.note(
    'intake',
    `Measured: \`POST /trpc/complaints.submit\` on the built server (rate limits off: \`SHABAKA_RATE_LIMITS=off\`, else the ` +
      `limiter's 429s would be measured): commune, then category with the commune's settings, then one atomic statement per ` +
      `complaint (code counter, complaint, first timeline event, stage-count and daily rollups as data-modifying CTEs; audit row ` +
      `only for counter registrations); published event. ` +
      `Baseline: raw single-row \`INSERT INTO complaints\` of the same columns through \`pg.Pool\` (max 10, as the server's pool), ` +
      `or PGlite's own \`query()\` in one process. ${ctx.connections} concurrent clients for throughput; p99 latency at ` +
      `${HEAVY_CLIENTS} concurrent clients on PostgreSQL, both sides. ${ctx.rounds} rounds × ${ctx.seconds} s per side, alternating ` +
      `(PGlite: blocks S B B S, one process at a time). All submissions go to one commune (Tétouan), the worst case; the diagnostic ` +
      `row spreads them over the five communes by population and compares with one commune on the same server, alternating. ${INTAKE_COMPLAINTS.toLocaleString('en')} complaints are loaded (and analysed) before the server starts.`,
  );
  return rows;
}

async function intakeOn(ctx: SuiteContext, kind: DbKind): Promise<Row[]> {
  ctx.log(`intake on ${DB_LABEL[kind]}`);
  const scratch = kind === 'pg' ? await scratchDatabase(ctx.args.pgUrl, 'intake') : null;
  const dataDir = kind === 'pglite' ? ctx.tempDir('intake') : undefined;
  try {
    const handle = await createDb({
      databaseUrl: scratch?.url,
      dataDir: dataDir && join(dataDir, 'pglite'),
      migrate: true,
    });
    let target: Target;
    let spread: { slug: string; categoryId: string; population: number }[];
    try {
      await seedReferenceData(handle.db);
      // A network with some history, loaded and analysed before the server starts (see the
      // README: on a server started against an empty complaints table, the cached plan of the
      // timeline's foreign-key check scans the commune's complaints, so throughput would fall
      // as the baseline's rows pile up between rounds).
      await seedComplaints(handle.db, { count: INTAKE_COMPLAINTS });
      const cats = await handle.db
        .selectFrom('complaintCategories as c')
        .innerJoin('communes', 'communes.id', 'c.communeId')
        .select(['c.communeId', 'c.id', 'c.departmentId', 'communes.slug', 'communes.population'])
        .where('c.code', '=', 'roads')
        .execute();
      const tet = cats.find((c) => c.slug === 'tetouan')!;
      target = { communeId: tet.communeId, categoryId: tet.id, departmentId: tet.departmentId };
      spread = cats.map((c) => ({ slug: c.slug, categoryId: c.id, population: c.population }));
    } finally {
      await handle.close();
    }
    const env = { ...(scratch ? { databaseUrl: scratch.url } : { dataDir: dataDir! }), rateLimits: false };
    const body = submitBody(target);
    const warmSeconds = kind === 'pglite' ? Math.max(3, ctx.warmupSeconds * 2) : ctx.warmupSeconds;

    const serverSide = (clients: number, seconds: number): Side<Child, LoadResult> => ({
      open: () => startServer(env, { cpuProf: ctx.profileDir(`intake-${kind}-server`) }),
      async warm(child) {
        const url = `http://127.0.0.1:${child.port}/trpc/complaints.submit`;
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        if (!res.ok) throw new Error(`a submission failed: ${res.status} ${(await res.text()).slice(0, 300)}`);
        await load({ url, method: 'POST', body, connections: clients, seconds: warmSeconds });
      },
      async measure(child) {
        const cpu0 = cpuMs(child.proc.pid);
        const r = await load({
          url: `http://127.0.0.1:${child.port}/trpc/complaints.submit`,
          method: 'POST',
          body,
          connections: clients,
          seconds,
        });
        r.cpuMsPerRequest = (cpuMs(child.proc.pid) - cpu0) / r.requests;
        if (!clean(r) || r.requests === 0)
          throw new Error(
            `the server answered errors (non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}, done ${r.requests}):\n${child.output()}`,
          );
        return r;
      },
      close: (child) => child.stop(),
    });
    // The floor's connection: a pool like the server's (PostgreSQL), or PGlite opened in this process.
    type Conn = { exec: (p: unknown[]) => Promise<unknown>; close: () => Promise<void> };
    const rawSide = (clients: number, seconds: number): Side<Conn, LoadResult> => ({
      async open() {
        if (scratch) {
          const pool = new pg.Pool({ connectionString: scratch.url, max: 10 });
          pool.on('error', () => {}); // an idle client closed under us (database dropped) is no failure
          return { exec: (p) => pool.query(INSERT, p), close: () => pool.end() };
        }
        const lite = await PGlite.create({ dataDir: join(dataDir!, 'pglite'), extensions: { pg_trgm, unaccent } });
        return { exec: (p) => lite.query(INSERT, p), close: () => lite.close() };
      },
      warm: async (c) => void (await insertLoop(c.exec, target, clients, warmSeconds)),
      async measure(c) {
        const r = await insertLoop(c.exec, target, clients, seconds);
        if (r.errors || r.requests === 0) throw new Error(`${r.errors} baseline INSERTs failed`);
        return r;
      },
      close: (c) => c.close(),
    });

    const shared = kind === 'pg';
    const { subject: s, baseline: b } = await compareSides(
      ctx.rounds,
      shared,
      serverSide(ctx.connections, ctx.seconds),
      rawSide(ctx.connections, ctx.seconds),
    );
    const sRps = s.map((r) => r.rps);
    const bRps = b.map((r) => r.rps);
    const ratios = sRps.map((x, i) => x / bRps[i]!);
    const ratio = median(sRps) / median(bRps);
    const sCpu = median(s.map((r) => r.cpuMsPerRequest ?? Number.NaN));
    ctx.log(
      `  server ${fmtInt(median(sRps))}/s (${fmt(sCpu, 2)} ms server CPU per submission), raw INSERT ${fmtInt(median(bRps))}/s, ratio ${fmt(ratio)}`,
    );
    const rows: Row[] = [
      {
        suite: 'intake',
        figure: 'Intake: complaints submitted/s (one commune)',
        db: DB_LABEL[kind],
        measured: `${fmtInt(median(sRps))}/s (p50 ${fmtMs(median(s.map((r) => r.p50)))}, p99 ${fmtMs(median(s.map((r) => r.p99)))} at ${ctx.connections} clients; ${fmt(sCpu, 2)} ms server CPU each)`,
        baseline: `${fmtInt(median(bRps))}/s: raw single-row INSERTs`,
        ratio,
        ratioText: `${fmt(ratio)} (rounds ${fmt(min(ratios))}–${fmt(max(ratios))})`,
        goal: `≥ ${GOAL}`,
        pass: ratio >= GOAL,
        data: { subject: s, baseline: b, ratios, connections: ctx.connections },
      },
    ];

    if (kind === 'pg') {
      // p99 at 200 clients: long enough windows that queued requests complete inside them.
      const heavySeconds = Math.max(ctx.seconds, ctx.args.quick ? 6 : 10);
      ctx.log(`  ${HEAVY_CLIENTS} concurrent clients, ${heavySeconds} s each`);
      const heavy = await compareSides(
        1,
        true,
        serverSide(HEAVY_CLIENTS, heavySeconds),
        rawSide(HEAVY_CLIENTS, heavySeconds),
      );
      const hs = heavy.subject[0]!;
      const hb = heavy.baseline[0]!;
      rows.push({
        suite: 'intake',
        figure: `Intake: p99 latency at ${HEAVY_CLIENTS} concurrent clients`,
        db: DB_LABEL[kind],
        measured: `${fmtMs(hs.p99)} (p50 ${fmtMs(hs.p50)}, ${fmtInt(hs.rps)}/s)`,
        baseline: `${fmtMs(hb.p99)}: raw INSERTs (p50 ${fmtMs(hb.p50)}, ${fmtInt(hb.rps)}/s)`,
        ratio: hs.p99 / hb.p99,
        ratioText: `${fmt(hs.p99 / hb.p99, 1)}× the floor's p99`,
        goal: 'reported',
        pass: null,
        data: { subject: hs, baseline: hb, seconds: heavySeconds },
      });

      // Diagnostic: the same load spread over the five communes by population. If intake is
      // bound by per-commune rows locked until commit (code counter, stage count, daily
      // rollup), spreading it raises throughput.
      const weights = spread.map((c) => ({
        ...c,
        n: Math.max(1, Math.round((20 * c.population) / spread.reduce((a, x) => a + x.population, 0))),
      }));
      const requests = weights.flatMap((c) =>
        Array.from({ length: c.n }, () => ({
          method: 'POST' as const,
          path: '/trpc/complaints.submit',
          body: submitBody({ communeId: '', categoryId: c.categoryId, departmentId: null }).replace(
            '"tetouan"',
            JSON.stringify(c.slug),
          ),
        })),
      );
      // Alternating on one server: spread over five communes vs all to one, same clients.
      const server = await startServer(env);
      let sp: { subject: LoadResult[]; baseline: LoadResult[] };
      try {
        const url = `http://127.0.0.1:${server.port}/trpc/complaints.submit`;
        await load({ url, method: 'POST', requests, connections: ctx.connections, seconds: ctx.warmupSeconds });
        const run = async (spreadOut: boolean) => {
          const r = await load({
            url,
            method: 'POST',
            ...(spreadOut ? { requests } : { body }),
            connections: ctx.connections,
            seconds: ctx.seconds,
          });
          if (!clean(r)) throw new Error(`submissions failed (non-2xx ${r.non2xx})`);
          return r;
        };
        sp = await interleaved(
          3,
          () => run(true),
          () => run(false),
        );
      } finally {
        await server.stop();
      }
      const spreadRps = median(sp.subject.map((r) => r.rps));
      const oneRps = median(sp.baseline.map((r) => r.rps));
      ctx.log(
        `  spread over five communes ${fmtInt(spreadRps)}/s vs one commune ${fmtInt(oneRps)}/s (same server, alternating)`,
      );
      rows.push({
        suite: 'intake',
        figure: 'Intake diagnostic: spread over five communes',
        db: DB_LABEL[kind],
        measured: `${fmtInt(spreadRps)}/s (p99 ${fmtMs(median(sp.subject.map((r) => r.p99)))})`,
        baseline: `${fmtInt(oneRps)}/s: all to one commune, same server, alternating`,
        ratio: spreadRps / oneRps,
        ratioText: `${fmt(spreadRps / oneRps)}× one commune`,
        goal: 'reported',
        pass: null,
        data: { spread: sp.subject, one: sp.baseline, mix: weights.map((w) => `${w.slug}×${w.n}`) },
      });
    }
    return rows;
  } finally {
    await scratch?.drop();
  }
}
