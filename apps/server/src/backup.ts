import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateToLatest, restorePglite, type DbHandle } from '@shabaka/db';

/**
 * Backups of the embedded database: a gzipped tarball of the PGlite data directory,
 * taken through the running instance so it is consistent. PostgreSQL: pg_dump (docs/).
 */
export async function backupTo(handle: DbHandle, file: string) {
  if (!handle.dump)
    throw new Error('This server runs on PostgreSQL: back it up with pg_dump (see docs/postgresql.md).');
  const bytes = await handle.dump();
  writeFileSync(file, bytes, { mode: 0o600 });
  return { file, bytes: bytes.length };
}

/** Restores into `<dataDir>/pglite`, keeping the previous directory aside; the server must be stopped. */
export async function restoreFrom(dataDir: string, file: string, now = new Date()) {
  const target = join(dataDir, 'pglite');
  const backup = new Uint8Array(readFileSync(file));
  let keptAside: string | null = null;
  if (existsSync(target)) {
    keptAside = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, keptAside);
  }
  const handle = await restorePglite(target, backup);
  try {
    // A backup from an older release is brought up to date like any boot would.
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  return { restored: target, keptAside };
}
