import type { Db } from '@shabaka/db';
import type { Clock } from '../clock';
import { listCommunes } from '../communes';
import * as repo from './repository';
import { publishAll } from './service';

/**
 * Demo open data (`--demo`): a first published version of every dataset in each of the five
 * communes, from the demo's own complaints, requests, catalogue, places, subsidies and projects, so
 * the catalogue, the dataset pages, the DCAT catalogue and the export bundle have files. Runs after
 * every other demo part; once per commune (a commune with a version already is left as it is).
 */
export async function seedDemoOpenData(deps: { db: Db; clock: Clock }) {
  let seeded = 0;
  for (const c of await listCommunes(deps.db)) {
    if (!['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq'].includes(c.slug)) continue;
    if ((await repo.versions(deps.db, c.id)).length > 0) continue;
    await publishAll(deps.db, c, deps.clock.now());
    seeded++;
  }
  return seeded;
}
