import { join } from 'node:path';
import { createDb, seedReferenceData } from '@shabaka/db';
import { clean, load, type LoadResult } from '../lib/load';
import { cpuMs, freePort, startBenchScript, startServer, waitHealthy, type Child } from '../lib/proc';
import { scratchDatabase } from '../lib/pg';
import type { Row } from '../lib/report';
import { fmt, fmtInt, fmtMs, max, median, min } from '../lib/stats';
import { seedComplaints } from '../seed';
import { compareSides, DB_LABEL, type DbKind, type Side, type SuiteContext } from './context';

/** Complaints present while `complaints.track` is loaded: the code lookup is an index probe either way. */
const API_COMPLAINTS = 20_000;
const GOAL = 0.8;

/**
 * 1. API overhead: GET /trpc/complaints.track (batching off) through the real built
 * server, vs a bare node:http handler running the same Kysely queries, same database,
 * same autocannon concurrency. Ratio = server req/s ÷ bare req/s.
 */
export async function apiSuite(ctx: SuiteContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const kind of ctx.dbs) rows.push(await apiOn(ctx, kind));
  ctx.note(
    'api',
    `Measured: \`GET /trpc/complaints.track?input=…\` (one procedure per request, no batching) on \`node apps/server/dist/main.js\` ` +
      `(NODE_ENV=production, rate limits at their default). Baseline: \`bench/baselines/bare-track.ts\`, a bare node:http handler ` +
      `calling the same service function (\`track\`: 6 Kysely queries) and answering JSON.stringify. ${ctx.connections} connections, ` +
      `${ctx.rounds} rounds × ${ctx.seconds} s per side after a warm-up (${ctx.warmupSeconds} s; PGlite ${Math.max(3, ctx.warmupSeconds * 2)} s), sides alternating (PGlite: blocks S B B S, one process at a time); ${API_COMPLAINTS.toLocaleString('en')} complaints loaded.`,
  );
  return rows;
}

async function apiOn(ctx: SuiteContext, kind: DbKind): Promise<Row> {
  ctx.log(`api overhead on ${DB_LABEL[kind]}`);
  const scratch = kind === 'pg' ? await scratchDatabase(ctx.args.pgUrl, 'api') : null;
  const dataDir = kind === 'pglite' ? ctx.tempDir('api') : undefined;
  try {
    const handle = await createDb({
      databaseUrl: scratch?.url,
      dataDir: dataDir && join(dataDir, 'pglite'),
      migrate: true,
    });
    let code: string;
    try {
      await seedReferenceData(handle.db);
      await seedComplaints(handle.db, { count: API_COMPLAINTS });
      // A closed complaint: the fullest timeline (submitted, assigned, closed).
      const row = await handle.db
        .selectFrom('complaints')
        .select('code')
        .where('stage', '=', 'resolved')
        .orderBy('createdAt', 'desc')
        .executeTakeFirstOrThrow();
      code = row.code;
    } finally {
      await handle.close();
    }
    const env = scratch ? { databaseUrl: scratch.url } : { dataDir: dataDir! };
    const trpcPath = `/trpc/complaints.track?input=${encodeURIComponent(JSON.stringify({ json: { code } }))}`;
    const barePath = `/track?code=${encodeURIComponent(code)}`;

    const startSubject = () => startServer(env, { cpuProf: ctx.profileDir(`api-${kind}-server`) });
    const startBaseline = async () => {
      const port = await freePort();
      const child = startBenchScript(
        'baselines/bare-track.ts',
        { DATABASE_URL: scratch?.url, SHABAKA_DATA_DIR: dataDir, NODE_ENV: 'production' },
        port,
        { cpuProf: ctx.profileDir(`api-${kind}-bare`) },
      );
      await waitHealthy(child, '/healthz', performance.now(), 60_000, 50);
      return child;
    };
    const warmSeconds = kind === 'pglite' ? Math.max(3, ctx.warmupSeconds * 2) : ctx.warmupSeconds;
    const side = (
      name: 'subject' | 'baseline',
      start: () => Promise<Child>,
      path: string,
    ): Side<Child, LoadResult> => ({
      open: start,
      async warm(child) {
        // The answer must be the complaint before anything is timed.
        const res = await fetch(`http://127.0.0.1:${child.port}${path}`);
        const text = await res.text();
        if (!res.ok || !text.includes(code))
          throw new Error(`${name} did not answer the complaint ${code}: ${res.status} ${text.slice(0, 300)}`);
        const w = await load({
          url: `http://127.0.0.1:${child.port}${path}`,
          connections: ctx.connections,
          seconds: warmSeconds,
        });
        if (!clean(w))
          throw new Error(
            `${name} answered errors during warm-up (non-2xx ${w.non2xx}, errors ${w.errors}):\n${child.output()}`,
          );
      },
      async measure(child) {
        const cpu0 = cpuMs(child.proc.pid);
        const r = await load({
          url: `http://127.0.0.1:${child.port}${path}`,
          connections: ctx.connections,
          seconds: ctx.seconds,
        });
        const cpu = (cpuMs(child.proc.pid) - cpu0) / r.requests;
        if (!clean(r))
          throw new Error(
            `${name} answered errors under load (non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts})`,
          );
        return { ...r, cpuMsPerRequest: cpu };
      },
      close: (child) => child.stop(),
    });
    const { subject: s, baseline: b } = await compareSides(
      ctx.rounds,
      kind === 'pg',
      side('subject', startSubject, trpcPath),
      side('baseline', startBaseline, barePath),
    );
    const sRps = s.map((r) => r.rps);
    const bRps = b.map((r) => r.rps);
    const ratios = sRps.map((x, i) => x / bRps[i]!);
    const ratio = median(sRps) / median(bRps);
    const sCpu = median(s.map((r) => r.cpuMsPerRequest ?? Number.NaN));
    const bCpu = median(b.map((r) => r.cpuMsPerRequest ?? Number.NaN));
    ctx.log(
      `  server ${fmtInt(median(sRps))} req/s, bare ${fmtInt(median(bRps))} req/s, ratio ${fmt(ratio)}; CPU per request ${fmt(sCpu, 2)} ms vs ${fmt(bCpu, 2)} ms`,
    );
    return {
      suite: 'api',
      figure: 'API overhead: complaints.track req/s',
      db: DB_LABEL[kind],
      measured: `${fmtInt(median(sRps))} req/s (p50 ${fmtMs(median(s.map((r) => r.p50)))}, p99 ${fmtMs(median(s.map((r) => r.p99)))}; ${fmt(sCpu, 2)} ms CPU/req)`,
      baseline: `${fmtInt(median(bRps))} req/s: bare node:http, same queries (p50 ${fmtMs(median(b.map((r) => r.p50)))}; ${fmt(bCpu, 2)} ms CPU/req)`,
      ratio,
      ratioText: `${fmt(ratio)} (rounds ${fmt(min(ratios))}–${fmt(max(ratios))})`,
      goal: `≥ ${GOAL}`,
      pass: ratio >= GOAL,
      data: {
        subject: s,
        baseline: b,
        ratios,
        code,
        connections: ctx.connections,
        warmSeconds,
        cpuMsPerRequest: { server: sCpu, bare: bCpu },
      },
    };
  } finally {
    await scratch?.drop();
  }
}
