import { sql, type Kysely } from 'kysely';

// Issue 12 §3: values nobody has confirmed were printed to citizens with a developer's note
// ("RGPH 2014 (HCP) — to verify against 2024 figures", "… (يتعين التحقق)."). The doubt
// becomes data: a flag staff see with who must confirm the value, and the text loses the
// note. Frozen once landed: the old seeded strings are spelt out here on purpose.
const OLD_CENSUS_SOURCE = 'RGPH 2014 (HCP) — to verify against 2024 figures';
const CENSUS_SOURCE = 'RGPH 2014 (HCP)';
/** The notes the seed appended to accessibility texts, with the space before them. */
const NOTE = / ?\((?:يتعين التحقق|à vérifier|por verificar|to be verified)\)/gu;

type Localized = { ar: string; fr: string; es: string };

export async function up(db: Kysely<any>): Promise<void> {
  // A population is shown with its source; whether a network administrator has confirmed
  // it against the latest census is for staff only.
  await db.schema
    .alterTable('communes')
    .addColumn('population_to_verify', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db
    .updateTable('communes')
    .set({ population_source: CENSUS_SOURCE, population_to_verify: true })
    .where('population_source', '=', OLD_CENSUS_SOURCE)
    .execute();

  // Which of a service point's values were seeded as guesses (today: its accessibility
  // note); the portal hides a guessed note and the desk asks the commune to check it.
  await db.schema
    .alterTable('service_points')
    .addColumn('to_verify', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  // Aliases without underscores: the app's connection camel-cases result keys, a bare one does not.
  const points: { cid: string; id: string; accessibility: Localized | string | null }[] = await db
    .selectFrom('service_points')
    .select(['commune_id as cid', 'id', 'accessibility'])
    .where('accessibility', 'is not', null)
    .execute();
  for (const p of points) {
    const a: Localized = typeof p.accessibility === 'string' ? JSON.parse(p.accessibility) : p.accessibility!;
    if (!Object.values(a).some((v) => v.replace(NOTE, '') !== v)) continue;
    const clean = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.replace(NOTE, '')]));
    await db
      .updateTable('service_points')
      .set({ accessibility: JSON.stringify(clean), to_verify: JSON.stringify(['accessibility']) })
      .where('commune_id', '=', p.cid)
      .where('id', '=', p.id)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('service_points').dropColumn('to_verify').execute();
  await db
    .updateTable('communes')
    .set({ population_source: OLD_CENSUS_SOURCE })
    .where('population_source', '=', CENSUS_SOURCE)
    .where('population_to_verify', '=', true)
    .execute();
  await db.schema.alterTable('communes').dropColumn('population_to_verify').execute();
}
