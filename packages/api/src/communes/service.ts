import { insertCommune, type Db } from '@shabaka/db';
import { recordAudit } from '../audit';
import { conflict, isUniqueViolation, notFound } from '../errors';
import type { EventBus } from '../events';
import * as repo from './repository';
import type { AddCommuneInput, SetPopulationInput } from './schemas';

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
  // Every reference code starts with the prefix and lookups by code find the commune by
  // it, so a prefix is never shared; a derived one that is taken is refused too, rather
  // than silently swapped for a prefix nobody chose.
  const codePrefix = input.codePrefix ?? derivedPrefix(input.slug);
  const prefixTaken = async () => {
    const owner = await repo.findCommuneByPrefix(deps.db, codePrefix);
    return conflict(
      'code_prefix_taken',
      `The code prefix ${codePrefix} belongs to ${owner?.slug ?? 'another commune'}: choose another with --code-prefix.`,
      'codePrefix',
    );
  };
  if (await repo.findCommuneByPrefix(deps.db, codePrefix)) throw await prefixTaken();
  let id: string;
  try {
    id = await deps.db.transaction().execute(async (trx) => {
      const id = await insertCommune(trx, { ...input, codePrefix });
      await recordAudit(trx, {
        communeId: id,
        actorId,
        action: 'commune.added',
        targetType: 'commune',
        targetId: id,
        data: { slug: input.slug, codePrefix },
      });
      return id;
    });
  } catch (err) {
    // Two additions raced for one prefix: the database kept the first.
    if (isUniqueViolation(err, 'communes_code_prefix')) throw await prefixTaken();
    throw err;
  }
  deps.events.publish({ kind: 'commune.added', commune: input.slug });
  return { id, slug: input.slug };
}

/** The default prefix: the slug's first three letters ("ksar-el-kebir" → KSA). */
const derivedPrefix = (slug: string) =>
  slug
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 3)
    .padEnd(2, 'X');

/**
 * A network administrator confirms a commune's population (or replaces the seeded 2014
 * figure with a newer census): the value loses its "to verify" flag in the coordinators' view.
 */
export async function setPopulation(deps: { db: Db; events: EventBus }, input: SetPopulationInput) {
  const row = await repo.setPopulation(deps.db, input.slug, input.population, input.populationSource);
  if (!row) throw notFound('unknown_commune', `Unknown commune "${input.slug}".`);
  await recordAudit(deps.db, {
    communeId: row.id,
    actorId: null,
    action: 'commune.population_set',
    targetType: 'commune',
    targetId: row.id,
    data: { population: row.population, source: row.populationSource },
  });
  deps.events.publish({ kind: 'commune.updated', commune: row.slug });
  return { slug: row.slug, population: row.population, populationSource: row.populationSource };
}
