import { join } from 'node:path';
import { createDb, ensureReferenceData } from '@shabaka/db';
import type { ServerConfig } from './config';

/**
 * The database as the server and the CLI open it: migrated and seeded with reference data
 * (both skipped when already done for this version, so a start costs little more than the
 * database's own open).
 */
export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>) {
  const handle = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
    migrate: true,
  });
  await ensureReferenceData(handle.db);
  return handle;
}
