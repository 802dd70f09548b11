import { sql, type Kysely } from 'kysely';

/*
 * Issue 15: the PAC's annual monitoring report in Spanish too (for the Catalan partner towns), so a report's
 * language may be 'es' besides Arabic, French or both. The check PostgreSQL named after the column
 * (pac_reports_language_check, migration 2026-12-11T0601) is replaced. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table pac_reports drop constraint pac_reports_language_check`.execute(db);
  await sql`alter table pac_reports add constraint pac_reports_language_check
    check (language in ('ar', 'fr', 'both', 'es'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table pac_reports drop constraint pac_reports_language_check`.execute(db);
  await sql`alter table pac_reports add constraint pac_reports_language_check
    check (language in ('ar', 'fr', 'both'))`.execute(db);
}
