import { join } from 'node:path';
import { createDb, seedReferenceData } from '@shabaka/db';
import type { ServerConfig } from './config';

/** The database as the server and the CLI open it: migrated and seeded with reference data. */
export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>) {
  const handle = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
    migrate: true,
  });
  await seedReferenceData(handle.db);
  return handle;
}
