import type { Db } from '@shabaka/db';

export function networkRow(db: Db) {
  return db
    .selectFrom('network')
    .leftJoin('communes', 'communes.id', 'network.chairCommuneId')
    .select(['network.names', 'communes.slug as chair'])
    .executeTakeFirstOrThrow();
}

export function partners(db: Db) {
  return db
    .selectFrom('partners')
    .select(['slug', 'names', 'kind', 'country'])
    .orderBy('kind', 'desc')
    .orderBy('slug')
    .execute();
}

/** One grouped query per figure, not one per commune: the network grows without more round trips. */
export function staffCounts(db: Db) {
  return db
    .selectFrom('memberships')
    .select(['communeId', (eb) => eb.fn.count<number>('userId').distinct().as('n')])
    .groupBy('communeId')
    .execute();
}

export function staffByRole(db: Db) {
  return db
    .selectFrom('memberships')
    .select(['communeId', 'role', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['communeId', 'role'])
    .execute();
}

export function departmentCounts(db: Db) {
  return db
    .selectFrom('departments')
    .select(['communeId', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('communeId')
    .execute();
}

export function accountCount(db: Db) {
  return db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => r.n);
}

/** Populations no network administrator has confirmed yet (seeded from an older census). */
export function populationsToVerify(db: Db) {
  return db
    .selectFrom('communes')
    .select(['slug', 'population', 'populationSource'])
    .where('populationToVerify', '=', true)
    .orderBy('createdAt')
    .orderBy('slug')
    .execute();
}
