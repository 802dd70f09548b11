import { sql, type Kysely } from 'kysely';

// The portal's "access to information" section (issue 4) becomes a module of its own,
// placed after "procedures" in communes that already exist. Frozen once landed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update communes
       set modules = (
         select coalesce(jsonb_agg(m order by ord), '[]'::jsonb)
           from (
             select value as m, ordinality * 2 as ord from jsonb_array_elements(modules) with ordinality
             union all
             select '"information"'::jsonb,
                    coalesce((select ordinality * 2 + 1 from jsonb_array_elements(modules) with ordinality
                               where value = '"procedures"'::jsonb), 1000000)
           ) as listed
       )
     where not modules @> '["information"]'::jsonb`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update communes set modules = modules - 'information'`.execute(db);
}
