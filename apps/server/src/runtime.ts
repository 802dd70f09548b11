import { join } from 'node:path';
import { createDb, ensureReferenceData } from '@shabaka/db';
import type { ServerConfig } from './config';

/**
 * The database as the server and the CLI open it: migrated and seeded with reference data
 * (both skipped when already done for this version, so a start costs little more than the
 * database's own open).
 */
export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>) {
  // Node loads its fetch implementation (undici, ~100 ms of compiling) the first time anything
  // reads \`Response\`, and every answer does (tRPC, compression): have it load while the
  // database opens (PGlite reads and compiles its WebAssembly off this thread), not during
  // the first request.
  setImmediate(() => void globalThis.Response);
  const handle = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
    migrate: true,
  });
  await ensureReferenceData(handle.db);
  return handle;
}
