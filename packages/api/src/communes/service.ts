import { insertCommune, type Db } from '@shabaka/db';
import { recordAudit } from '../audit';
import { conflict, notFound } from '../errors';
import type { EventBus } from '../events';
import * as repo from './repository';
import type { AddCommuneInput } from './schemas';

export async function getCommune(db: Db, commune: repo.CommuneRow) {
  return { ...commune, departments: await repo.departmentsOf(db, commune.id) };
}

export async function requireCommune(db: Db, slug: string) {
  const c = await repo.findCommuneBySlug(db, slug);
  if (!c) throw notFound('unknown_commune', `Unknown commune "${slug}".`);
  return c;
}

/** A commune joining the network: seeded departments, a portal at /<slug>/ and a dashboard row, no code change. */
export async function addCommune(deps: { db: Db; events: EventBus }, input: AddCommuneInput, actorId: string | null) {
  if (await repo.findCommuneBySlug(deps.db, input.slug)) {
    throw conflict('commune_exists', `A commune with slug "${input.slug}" already exists.`, 'slug');
  }
  const id = await deps.db.transaction().execute(async (trx) => {
    const id = await insertCommune(trx, input);
    await recordAudit(trx, {
      communeId: id,
      actorId,
      action: 'commune.added',
      targetType: 'commune',
      targetId: id,
      data: { slug: input.slug },
    });
    return id;
  });
  deps.events.publish({ kind: 'commune.added', commune: input.slug });
  return { id, slug: input.slug };
}
