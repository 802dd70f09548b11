import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { fromPglite, migrateToLatest, pgliteOptions } from './create-db';
import { seedReferenceData } from './seed';

/** Migrates and seeds one in-memory PGlite, dumps it; each test file loads the dump. */
export default async function setup(project: TestProject) {
  if (process.env.SHABAKA_TEST_DB === 'postgres') return;
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-template-'));
  const pglite = await PGlite.create({ ...pgliteOptions() });
  const handle = fromPglite(pglite);
  await migrateToLatest(handle.db);
  await seedReferenceData(handle.db);
  const dump = await pglite.dumpDataDir('none');
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
