/**
 * Baseline of the API-overhead figure: a bare node:http handler that runs the SAME
 * Kysely queries as the `complaints.track` procedure (it calls the very service function
 * the procedure calls, on the same driver and pool settings) and answers with
 * JSON.stringify. No Fastify, no tRPC, no zod, no superjson, no context: whatever the
 * real server does beyond this is the API overhead.
 *
 * Env: PORT, and DATABASE_URL (PostgreSQL) or SHABAKA_DATA_DIR (PGlite in <dir>/pglite).
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createEventBus, memoryLimitStore, systemClock } from '@shabaka/api';
import { createDb } from '@shabaka/db';
// The service function itself (not exported by @shabaka/api's entry), so the queries cannot drift.
import { track } from '../../packages/api/src/complaints/service';

const port = Number(process.env.PORT);
const handle = await createDb({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.SHABAKA_DATA_DIR ? join(process.env.SHABAKA_DATA_DIR, 'pglite') : undefined,
});
const ctx = { db: handle.db, clock: systemClock, events: createEventBus(), limits: memoryLimitStore(), session: null };

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    return;
  }
  track(ctx, { code: url.searchParams.get('code') ?? '' }).then(
    (out) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out)),
    (err: Error) =>
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: err.message })),
  );
});
server.listen(port, '127.0.0.1');

const stop = () => server.close(() => void handle.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
