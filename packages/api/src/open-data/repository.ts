import type { Db, OpenDataMeta } from '@shabaka/db';

// ——— Published versions ———

const VERSION_COLUMNS = [
  'dataset',
  'version',
  'sha256',
  'bytes',
  'rows',
  'schema',
  'readme',
  'meta',
  'publishedAt',
] as const;

/** Every version of the commune's datasets (or of one), newest first; never the bytes. */
export function versions(db: Db, communeId: string, dataset?: string) {
  let q = db
    .selectFrom('openDataVersions')
    .select(VERSION_COLUMNS)
    .where('communeId', '=', communeId)
    .orderBy('dataset')
    .orderBy('version', 'desc');
  if (dataset) q = q.where('dataset', '=', dataset);
  return q.execute();
}
export type VersionRow = Awaited<ReturnType<typeof versions>>[number];

/** The latest version of each dataset of these communes (the catalogue). */
export function latestVersions(db: Db, communeIds: readonly string[]) {
  if (communeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('openDataVersions as v')
    .select(['v.communeId', ...VERSION_COLUMNS.map((c) => `v.${c}` as const)])
    .where('v.communeId', 'in', communeIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('openDataVersions as n')
            .select('n.version')
            .whereRef('n.communeId', '=', 'v.communeId')
            .whereRef('n.dataset', '=', 'v.dataset')
            .whereRef('n.version', '>', 'v.version'),
        ),
      ),
    )
    .orderBy('v.communeId')
    .orderBy('v.dataset')
    .execute();
}

/** The first version's date of each dataset (dct:issued). */
export function firstIssued(db: Db, communeIds: readonly string[]) {
  if (communeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('openDataVersions')
    .select(['communeId', 'dataset', (eb) => eb.fn.min('publishedAt').as('issued')])
    .where('communeId', 'in', communeIds)
    .groupBy(['communeId', 'dataset'])
    .execute();
}

/** One version with its bytes; `latest` when version is null. */
export async function versionFile(db: Db, communeId: string, dataset: string, version: number | null) {
  let q = db
    .selectFrom('openDataVersions')
    .select([...VERSION_COLUMNS, 'csv'])
    .where('communeId', '=', communeId)
    .where('dataset', '=', dataset);
  q = version === null ? q.orderBy('version', 'desc').limit(1) : q.where('version', '=', version);
  return q.executeTakeFirst();
}

export async function insertVersion(
  db: Db,
  v: {
    communeId: string;
    dataset: string;
    version: number;
    csv: Uint8Array;
    sha256: string;
    rows: number;
    schema: Record<string, unknown>;
    readme: string;
    meta: OpenDataMeta;
    publishedAt: Date;
    publishedBy: string | null;
  },
) {
  await db
    .insertInto('openDataVersions')
    .values({
      ...v,
      bytes: v.csv.byteLength,
      schema: JSON.stringify(v.schema),
      meta: JSON.stringify(v.meta),
    })
    .execute();
}

/** The last version number and hash of one dataset (0 and null before the first). */
export async function lastVersion(db: Db, communeId: string, dataset: string) {
  const row = await db
    .selectFrom('openDataVersions')
    .select(['version', 'sha256'])
    .where('communeId', '=', communeId)
    .where('dataset', '=', dataset)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { version: row?.version ?? 0, sha256: row?.sha256 ?? null };
}

// ——— What the datasets read (other domains' tables, read-only, always scoped to the commune) ———

/** Each complaint's category, arrival, position and whether it is closed: aggregated by the dataset. */
export function complaintFacts(db: Db, communeId: string) {
  return db
    .selectFrom('complaints as c')
    .innerJoin('complaintCategories as k', (j) =>
      j.onRef('k.communeId', '=', 'c.communeId').onRef('k.id', '=', 'c.categoryId'),
    )
    .select(['k.code as category', 'k.names as categoryNames', 'c.createdAt', 'c.lat', 'c.lon', 'c.stage'])
    .where('c.communeId', '=', communeId)
    .execute();
}

/** The information requests' daily counters (the rollups the figures read). */
export function informationDaily(db: Db, communeId: string) {
  return db
    .selectFrom('informationRequestDaily')
    .selectAll()
    .where('communeId', '=', communeId)
    .orderBy('day')
    .execute();
}

/** When each extended request was extended (the daily counters do not count extensions). */
export function informationExtensions(db: Db, communeId: string) {
  return db
    .selectFrom('informationRequests')
    .select('extendedAt')
    .where('communeId', '=', communeId)
    .where('extendedAt', 'is not', null)
    .execute();
}

export function communeById(db: Db, communeId: string) {
  return db
    .selectFrom('communes')
    .select(['id', 'slug', 'names'])
    .where('id', '=', communeId)
    .executeTakeFirstOrThrow();
}

/** The network's name (the network catalogue's publisher). */
export async function networkNames(db: Db) {
  const row = await db.selectFrom('network').select('names').executeTakeFirst();
  return (
    row?.names ?? {
      ar: 'شبكة المدن الاستراتيجية',
      fr: 'Réseau des villes stratégiques',
      es: 'Red de Ciudades Estratégicas',
    }
  );
}

/** The published bulletins' frozen figures (the bulletin-figures dataset), oldest period first. */
export function publishedBulletins(db: Db, communeId: string, now: Date) {
  return db
    .selectFrom('bulletins')
    .select(['year', 'quarter', 'figures', 'approvedAt'])
    .where('communeId', '=', communeId)
    .where('state', '=', 'published')
    .where('approvedAt', '<=', now)
    .orderBy('year')
    .orderBy('quarter')
    .execute();
}
