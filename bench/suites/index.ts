import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { BenchArgs } from '../lib/args';
import { repoRoot } from '../lib/paths';
import { dropAllScratch, pgAvailable } from '../lib/pg';
import { killChildren } from '../lib/proc';
import { environment, printTable, writeResults, type Row } from '../lib/report';
import { apiSuite } from './api';
import { bulletinSuite } from './bulletin';
import { coldSuite } from './cold';
import { createContext, type DbKind, type Suite } from './context';
import { intakeSuite } from './intake';
import { lighthouseSuite } from './lighthouse';
import { outboxSuite } from './outbox';
import { scaleSuite } from './scale';
import { searchSuite } from './search';
import { weightSuite } from './weight';

/** In the order they run: the cheap, database-free one first. */
const SUITES: Record<string, Suite> = {
  weight: weightSuite,
  api: apiSuite,
  intake: intakeSuite,
  scale: scaleSuite,
  bulletin: bulletinSuite,
  cold: coldSuite,
  search: searchSuite,
  outbox: outboxSuite,
  lighthouse: lighthouseSuite,
};

export async function runSuites(args: BenchArgs) {
  const started = performance.now();
  const names = args.suites.length ? args.suites : Object.keys(SUITES);
  for (const n of names)
    if (!SUITES[n]) throw new Error(`unknown suite "${n}" (choose from ${Object.keys(SUITES).join(', ')}, or seed)`);
  const log = (t: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${t}`);

  if (args.build) {
    log('building the server and every frontend (turbo, cached): pnpm turbo run build --filter=@shabaka/server...');
    const b = spawnSync('pnpm', ['turbo', 'run', 'build', '--filter=@shabaka/server...', '--output-logs=errors-only'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    if (b.status !== 0)
      throw new Error('the build failed: fix it, or measure the existing dist/ folders with --no-build');
  }
  if (!existsSync(join(repoRoot, 'apps/server/dist/main.js')))
    throw new Error('apps/server/dist/main.js is missing: run without --no-build');

  let dbs: DbKind[] = args.db === 'both' ? ['pg', 'pglite'] : [args.db];
  let postgres: string | null = null;
  if (dbs.includes('pg')) {
    if (await pgAvailable(args.pgUrl)) {
      const c = new pg.Client({ connectionString: args.pgUrl });
      await c.connect();
      postgres = ((await c.query<{ v: string }>('select version() as v')).rows[0]?.v ?? '').split(' on ')[0] ?? null;
      await c.end();
    } else {
      log(
        `PostgreSQL does not answer at ${args.pgUrl}: PostgreSQL figures are skipped (set BENCH_DATABASE_URL or --pg-url)`,
      );
      dbs = dbs.filter((d) => d !== 'pg');
    }
  }

  const ctx = createContext(args, dbs, log);
  const onSignal = () => {
    killChildren();
    void dropAllScratch()
      .then(() => ctx.cleanup())
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const rows: Row[] = [];
  try {
    for (const n of names) {
      const t = performance.now();
      log(`— ${n} —`);
      rows.push(...(await SUITES[n]!(ctx)));
      log(`${n} done in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }
  } finally {
    killChildren();
    await dropAllScratch();
    await ctx.cleanup();
  }

  printTable(rows);
  const flags = ['pnpm bench', ...process.argv.slice(2).filter((a) => a !== '--')].join(' ');
  const env = environment(flags, postgres);
  writeResults(env, rows, ctx.notes);
  const missed = rows.filter((r) => r.pass === false);
  log(
    `wrote bench/results/latest.md${missed.length ? `; goals missed: ${missed.map((r) => `${r.figure} (${r.db})`).join(', ')}` : '; every goal met'}`,
  );
  log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
