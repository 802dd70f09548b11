import { createHash } from 'node:crypto';
import type { Db } from './create-db';
import { migrations } from './migrations/index';
import {
  COMMUNES,
  COMPLAINT_CATEGORIES,
  DEFAULT_MODULES,
  DEFAULT_THEME,
  DEPARTMENTS,
  NETWORK,
  PARTNERS,
  REGION_NAME,
  type CommuneSeed,
} from './reference-data';
import { LUNAR_HOLIDAY_ESTIMATES, NAMES as LUNAR_HOLIDAY_NAMES, seedCalendar } from './seed-calendar';
import { PROCEDURE_OVERRIDES, PROCEDURE_TEMPLATES, SERVICE_POINTS, seedProcedures } from './seed-procedures';
import type { Language } from './enums';

const json = (v: unknown) => JSON.stringify(v);

/**
 * Bump when the seeding code changes what it writes for the same data (the data itself is
 * hashed below, so a new commune, template or holiday needs no bump).
 */
const SEED_CODE_VERSION = 1;

/** Everything the seed writes from: a new reference constant read by the seed belongs here too. */
export const REFERENCE_DATA = {
  network: NETWORK,
  region: REGION_NAME,
  communes: COMMUNES,
  partners: PARTNERS,
  departments: DEPARTMENTS,
  complaintCategories: COMPLAINT_CATEGORIES,
  modules: DEFAULT_MODULES,
  theme: DEFAULT_THEME,
  lunarHolidays: { estimates: LUNAR_HOLIDAY_ESTIMATES, names: LUNAR_HOLIDAY_NAMES },
  procedureTemplates: PROCEDURE_TEMPLATES,
  procedureOverrides: PROCEDURE_OVERRIDES,
  servicePoints: SERVICE_POINTS,
};

/**
 * What a database seeded from `data` holds, as one hash: the data, the seeding code's
 * version, and the migrations it was seeded after (a new migration may add a table or a
 * column the seed fills, so an upgrade seeds once more).
 */
export function referenceFingerprint(data: typeof REFERENCE_DATA = REFERENCE_DATA): string {
  return createHash('sha256')
    .update(JSON.stringify({ code: SEED_CODE_VERSION, migrations: Object.keys(migrations).sort(), data }))
    .digest('hex');
}

const MARKER = 'reference';

/**
 * The reference data as the server starts: seeded only when this database has not seen
 * this version of it (first start, or an upgrade that brings a new commune, module,
 * template or migration). Skipping matters: the seed is a few hundred statements, most
 * of a start's time on an existing embedded database. Returns whether it seeded.
 */
export async function ensureReferenceData(db: Db): Promise<boolean> {
  const fingerprint = referenceFingerprint();
  const seeded = await db
    .selectFrom('referenceSeeds')
    .select('fingerprint')
    .where('name', '=', MARKER)
    .executeTakeFirst();
  if (seeded?.fingerprint === fingerprint) return false;
  await seedReferenceData(db);
  return true;
}

/**
 * Inserts the network, its communes, partners, departments, calendar and procedures;
 * idempotent (never overwrites an administrator's edit), and records the fingerprint of
 * what it seeded for `ensureReferenceData`.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const c of COMMUNES) await insertCommune(trx, c);
    const chair = await trx
      .selectFrom('communes')
      .select('id')
      .where('slug', '=', NETWORK.chair)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('network')
      .values({ id: NETWORK.id, names: json(NETWORK.names), chairCommuneId: chair.id })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    for (const p of PARTNERS) {
      await trx
        .insertInto('partners')
        .values({ ...p, names: json(p.names) })
        .onConflict((oc) => oc.column('slug').doNothing())
        .execute();
    }
    await seedCalendar(trx);
    await seedProcedures(trx);
    const fingerprint = referenceFingerprint();
    await trx
      .insertInto('referenceSeeds')
      .values({ name: MARKER, fingerprint, seededAt: new Date() })
      .onConflict((oc) => oc.column('name').doUpdateSet({ fingerprint, seededAt: new Date() }))
      .execute();
  });
}

/** Adds a commune with the usual departments; returns its id (existing or new). */
export async function insertCommune(
  db: Db,
  c: Omit<CommuneSeed, 'theme' | 'defaultLanguage' | 'codePrefix' | 'populationToVerify'> & {
    populationToVerify?: boolean;
    theme?: CommuneSeed['theme'];
    defaultLanguage?: Language;
    codePrefix?: string;
  },
): Promise<string> {
  const inserted = await db
    .insertInto('communes')
    .values({
      slug: c.slug,
      names: json(c.names),
      lat: c.lat,
      lon: c.lon,
      population: c.population,
      populationSource: c.populationSource,
      populationToVerify: c.populationToVerify ?? false,
      region: json(REGION_NAME),
      defaultLanguage: c.defaultLanguage ?? 'ar',
      languages: json(['ar', 'fr', 'es']),
      theme: json(c.theme ?? DEFAULT_THEME),
      modules: json(DEFAULT_MODULES),
      settings: json({}),
      codePrefix:
        c.codePrefix ??
        c.slug
          .replace(/[^a-z]/g, '')
          .slice(0, 3)
          .toUpperCase(),
    })
    .onConflict((oc) => oc.column('slug').doNothing())
    .returning('id')
    .executeTakeFirst();
  const id =
    inserted?.id ??
    (await db.selectFrom('communes').select('id').where('slug', '=', c.slug).executeTakeFirstOrThrow()).id;
  await db
    .insertInto('departments')
    .values(DEPARTMENTS.map((d) => ({ communeId: id, code: d.code, names: json(d.names) })))
    .onConflict((oc) => oc.columns(['communeId', 'code']).doNothing())
    .execute();
  const departments = await db.selectFrom('departments').select(['id', 'code']).where('communeId', '=', id).execute();
  const departmentId = (code: string | null) => departments.find((d) => d.code === code)?.id ?? null;
  await db
    .insertInto('complaintCategories')
    .values(
      COMPLAINT_CATEGORIES.map((cat, i) => ({
        communeId: id,
        code: cat.code,
        names: json(cat.names),
        departmentId: departmentId(cat.department),
        position: i,
      })),
    )
    .onConflict((oc) => oc.columns(['communeId', 'code']).doNothing())
    .execute();
  return id;
}
