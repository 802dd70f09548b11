import { sql, type Kysely } from 'kysely';

// Issue 12 §3: service points were addressed only as "city centre" (or "northern
// neighbourhoods", "Corniche"…): a neighbourhood the seed guessed, printed as the address.
// The street address becomes optional, for staff to fill with a real one; `directions`
// (how to get there: a landmark, a bus line) is new and optional too. Citizens see only
// what staff wrote or confirmed:
// - a seeded neighbourhood is no address: it goes (null, hidden), unless staff changed it;
// - the seeded hours (the administration's usual 08:30–16:30) were never observed at these
//   offices: they stay for staff as a starting point but are flagged in `to_verify`, so the
//   portal hides them until a procedures editor of the commune confirms or rewrites them.
// Frozen once landed: the seeded points and values are spelt out here on purpose.

type Localized = { ar: string; fr: string; es: string };
const L = (ar: string, fr: string, es: string): Localized => ({ ar, fr, es });

/** The points the reference seed created, by commune. */
const SEEDED: Record<string, string[]> = {
  tetouan: [
    'town-hall',
    'civil-status-central',
    'civil-status-annex-1',
    'civil-status-annex-2',
    'urban-planning',
    'technical-services',
  ],
  asilah: ['town-hall', 'civil-status', 'urban-planning', 'technical-services'],
  chefchaouen: ['town-hall', 'civil-status', 'civil-status-annex', 'urban-planning'],
  'ksar-el-kebir': [
    'town-hall',
    'civil-status-central',
    'civil-status-annex-1',
    'civil-status-annex-2',
    'urban-planning',
    'economic-affairs',
  ],
  mdiq: ['town-hall', 'civil-status', 'urban-planning', 'technical-services'],
};

/** Every "address" the seed gave them: neighbourhoods and roads, none a street address. */
const SEEDED_ADDRESSES: Localized[] = [
  L('وسط المدينة', 'Centre-ville', 'Centro de la ciudad'),
  L('الأحياء الشمالية', 'Quartiers nord', 'Barrios del norte'),
  L('الأحياء الجنوبية', 'Quartiers sud', 'Barrios del sur'),
  L('الحي الإداري', 'Quartier administratif', 'Barrio administrativo'),
  L('الطريق إلى طنجة', 'Route de Tanger', 'Carretera de Tánger'),
  L('المدينة الجديدة', 'Ville nouvelle', 'Ciudad nueva'),
  L('الأحياء الشرقية', 'Quartiers est', 'Barrios del este'),
  L('الأحياء الغربية', 'Quartiers ouest', 'Barrios del oeste'),
  L('الكورنيش', 'Corniche', 'Paseo marítimo'),
  L('الحي الصناعي', 'Quartier industriel', 'Polígono industrial'),
];

const WEEKDAYS = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '16:30' };
/** The seeded hours: weekdays, and Tetouan's central civil-status office on Saturday mornings too. */
const SEEDED_HOURS = [[WEEKDAYS], [WEEKDAYS, { days: ['sat'], opens: '09:00', closes: '12:00' }]];

/** The seeded points, as a condition on service_points (through the commune's slug). */
const seededPoint = sql.join(
  Object.entries(SEEDED).map(
    ([slug, codes]) =>
      sql`(commune_id = (select id from communes where slug = ${slug}) and code in (${sql.join(codes)}))`,
  ),
  sql` or `,
);
const anyOf = (values: unknown[]) => sql.join(values.map((v) => sql`${JSON.stringify(v)}::jsonb`));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('service_points')
    .addColumn('directions', 'jsonb')
    .alterColumn('address', (c) => c.dropNotNull())
    .execute();
  await sql`
    update service_points set address = null
    where (${seededPoint}) and address in (${anyOf(SEEDED_ADDRESSES)})`.execute(db);
  await sql`
    update service_points set to_verify = to_verify || '["hours"]'::jsonb
    where (${seededPoint}) and hours in (${anyOf(SEEDED_HOURS)})
      and not to_verify @> '["hours"]'::jsonb`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  // The old schema wants an address: a point without one gets the city centre again (the
  // old seed's answer to "where").
  await sql`
    update service_points set address = ${JSON.stringify(SEEDED_ADDRESSES[0])}::jsonb
    where address is null`.execute(db);
  await sql`update service_points set to_verify = to_verify - 'hours'`.execute(db);
  await db.schema
    .alterTable('service_points')
    .dropColumn('directions')
    .alterColumn('address', (c) => c.setNotNull())
    .execute();
}
