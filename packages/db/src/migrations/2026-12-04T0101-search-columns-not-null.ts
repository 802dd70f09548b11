import type { Kysely } from 'kysely';

// The search columns are generated from not-null text through a strict function, so they
// are never null; the table types have always said so (string, not string | null). The
// database now says it too: found by test/table-types.test.ts. Frozen once landed.
const COLUMNS = {
  procedure_templates: ['search_doc', 'title_norm', 'body_norm'],
  procedure_overrides: ['search_doc', 'body_norm'],
} as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, columns] of Object.entries(COLUMNS)) {
    for (const column of columns)
      await db.schema
        .alterTable(table)
        .alterColumn(column, (c) => c.setNotNull())
        .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, columns] of Object.entries(COLUMNS)) {
    for (const column of columns)
      await db.schema
        .alterTable(table)
        .alterColumn(column, (c) => c.dropNotNull())
        .execute();
  }
}
