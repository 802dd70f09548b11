import type { CommuneRole, Db } from '@shabaka/db';

const PUBLIC_COLUMNS = [
  'id',
  'slug',
  'names',
  'lat',
  'lon',
  'population',
  'populationSource',
  'region',
  'defaultLanguage',
  'languages',
  'theme',
  'modules',
  'codePrefix',
] as const;

export function findCommuneBySlug(db: Db, slug: string) {
  return db.selectFrom('communes').select(PUBLIC_COLUMNS).where('slug', '=', slug).executeTakeFirst();
}
export type CommuneRow = NonNullable<Awaited<ReturnType<typeof findCommuneBySlug>>>;

/** The commune a reference code's prefix names (prefixes are unique: `communes_code_prefix`). */
export function findCommuneByPrefix(db: Db, prefix: string) {
  return db
    .selectFrom('communes')
    .select(['id', 'slug', 'names', 'settings', 'codePrefix'])
    .where('codePrefix', '=', prefix)
    .executeTakeFirst();
}

export function listCommunes(db: Db) {
  return db.selectFrom('communes').select(PUBLIC_COLUMNS).orderBy('createdAt').orderBy('slug').execute();
}

/** A commune's settings document (each domain reads its own section of it, with its defaults). */
export async function settingsOfCommune(db: Db, communeId: string) {
  return (await db.selectFrom('communes').select('settings').where('id', '=', communeId).executeTakeFirstOrThrow())
    .settings;
}

/** Every commune by slug, with the names the network's figures show (the dashboard's rows). */
export function networkCommunes(db: Db) {
  return db.selectFrom('communes').select(['id', 'slug', 'names']).orderBy('slug').execute();
}

export function departmentsOf(db: Db, communeId: string) {
  return db
    .selectFrom('departments')
    .select(['id', 'code', 'names'])
    .where('communeId', '=', communeId)
    .orderBy('createdAt')
    .orderBy('code')
    .execute();
}

export function rolesOf(db: Db, communeId: string, userId: string): Promise<CommuneRole[]> {
  return db
    .selectFrom('memberships')
    .select('role')
    .where('communeId', '=', communeId)
    .where('userId', '=', userId)
    .execute()
    .then((rows) => rows.map((r) => r.role as CommuneRole));
}

/** A network administrator's census figure: replaces the seeded one and clears its doubt. */
export function setPopulation(db: Db, slug: string, population: number, populationSource: string) {
  return db
    .updateTable('communes')
    .set({ population, populationSource, populationToVerify: false })
    .where('slug', '=', slug)
    .returning(['id', 'slug', 'population', 'populationSource'])
    .executeTakeFirst();
}
