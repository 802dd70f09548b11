import type { Db } from './create-db';
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
import { seedCalendar } from './seed-calendar';
import { seedProcedures } from './seed-procedures';
import type { Language } from './enums';

const json = (v: unknown) => JSON.stringify(v);

/** Inserts the network, its communes, partners and departments; safe to run on every boot. */
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
  });
}

/** Adds a commune with the usual departments; returns its id (existing or new). */
export async function insertCommune(
  db: Db,
  c: Omit<CommuneSeed, 'theme' | 'defaultLanguage' | 'codePrefix'> & {
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
      region: REGION_NAME,
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
