import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configurePdfWorker, seedDemo } from '@shabaka/api';
import type { DbHandle } from '@shabaka/db';
import { startAdminSocket } from './admin-socket';
import { backupTo } from './backup';
import { buildApp } from './app';
import { assertServable, ConfigError, loadConfig } from './config';
import { serverDeps } from './deps';
import { repoRoot } from './paths';
import { loggerOptions } from './logging';
import { deadlineWatch, digestWatch, outboxWorker } from './notifications';
import { openDatabase } from './runtime';

/** How long after listening the outbox, the sweeps and the start-up notes begin (see below). */
const BACKGROUND_START_MS = 1_000;

/** The portals' addresses, and how to make the first account when there is none. */
async function announce(db: DbHandle['db'], base: string, demo: boolean) {
  const communes = await db.selectFrom('communes').select('slug').orderBy('createdAt').orderBy('slug').execute();
  for (const c of communes) console.log(`  Portal:    ${base}/${c.slug}/`);
  if (!demo && !(await db.selectFrom('users').select('id').limit(1).executeTakeFirst())) {
    console.log('No account exists yet. Create the first network admin with:');
    console.log('  pnpm shabaka user:add --email you@commune.ma --name "Your Name" --role network:network_admin');
  }
}

async function main() {
  // The one reading of the configuration: everything below gets its values from here.
  const config = loadConfig(process.env, process.argv.slice(2));
  assertServable(config);
  // Built server: PDFs render in a worker thread, off the event loop (from sources, in-process).
  const pdfWorker = join(dirname(fileURLToPath(import.meta.url)), 'pdf-worker.js');
  if (existsSync(pdfWorker)) configurePdfWorker(pdfWorker);
  const handle = await openDatabase(config);
  // Built once for the process: every procedure, route and admin command gets these.
  const deps = serverDeps(config, handle.db);

  if (config.demo) {
    const demo = await seedDemo(deps);
    console.log(`Demo accounts (password "${demo.password}"): ${demo.accounts.join(', ')}`);
  }

  const app = await buildApp({
    handle,
    deps,
    root: repoRoot,
    trustProxy: config.trustProxy,
    logger: loggerOptions(config.environment),
  });
  const admin = config.databaseUrl
    ? null
    : await startAdminSocket(config.dataDir, deps, {
        ping: async () => ({ running: true }),
        backup: (input) => backupTo(handle, String(input.out)),
      });
  await app.listen({ port: config.port, host: config.host });
  // Delivers the outbox's notices from this process (several processes share the work).
  const outbox = outboxWorker(config, deps, app.log);
  // Tells staff of deadlines near or past (once per case and threshold, across processes).
  const deadlines = deadlineWatch(config, deps, app.log);
  // Sends the daily and weekly digests of engagement notices (once per person and period, across processes).
  const digests = digestWatch(config, deps, app.log);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://localhost:${port}`;
  console.log(
    `Shabaka is running on ${handle.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite (${config.dataDir})`}`,
  );
  console.log(`  Network:   ${base}/`);
  console.log(`  Dashboard: ${base}/dashboard/`);
  console.log(`  API:       ${base}/trpc`);
  console.log(`  Health:    ${base}/healthz`);
  // The portals' addresses and the first-account hint read the database: for the operator's
  // eyes, after the first answers. The outbox and the sweeps start then too: their first rounds
  // read every commune's windows (about 20 queries), which on the embedded database's one
  // connection would hold back the first answers of a restart (health checks, waiting callers).
  const background = setTimeout(() => {
    void announce(handle.db, base, config.demo).catch((error: unknown) =>
      app.log.warn({ err: error }, 'start-up notes'),
    );
    outbox.start();
    deadlines.start();
    digests.start();
  }, BACKGROUND_START_MS);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing…`);
    admin?.close();
    clearTimeout(background);
    await deadlines.stop();
    await digests.stop();
    await outbox.stop();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
