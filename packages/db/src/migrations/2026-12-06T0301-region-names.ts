import { sql, type Kysely } from 'kysely';

// Issue 12 §3: the region was one French string, shown as such on Arabic and Spanish pages.
// It becomes a name per language like a commune's. The network's region (the only one
// seeded) gets its three names; any other keeps its text in all three until an
// administrator names it. Frozen once landed: the names are spelt out here on purpose.
const TANGER_TETOUAN_AL_HOCEIMA = {
  ar: 'طنجة تطوان الحسيمة',
  fr: 'Tanger-Tétouan-Al Hoceïma',
  es: 'Tánger-Tetuán-Alhucemas',
};

export async function up(db: Kysely<any>): Promise<void> {
  // Literals, not parameters: a DDL statement takes none.
  await sql`
    alter table communes alter column region type jsonb using
      case when region = ${sql.lit(TANGER_TETOUAN_AL_HOCEIMA.fr)}
           then ${sql.lit(JSON.stringify(TANGER_TETOUAN_AL_HOCEIMA))}::jsonb
           else jsonb_build_object('ar', region, 'fr', region, 'es', region) end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table communes alter column region type text using region->>'fr'`.execute(db);
}
