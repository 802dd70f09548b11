import { sql, type Kysely } from 'kysely';

// The procedures' search vocabulary (issue 12): every distinct word of the templates' and
// overrides' search documents, with the active templates that use it in their title (names,
// synonyms) or only in their body. A query's words and typos are matched against these few
// hundred short words through a trigram index, instead of trigram-scanning every long body
// per keystroke, and the number of templates using a word says how distinctive it is
// ("certificat" is in many procedures, "résidence" in one). Frozen once landed.

export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{
    schema: string;
  }>`select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pg_trgm'`.execute(db);
  const trgmSchema = rows[0]!.schema;

  await db.schema
    .createTable('procedure_search_words')
    .addColumn('word', 'text', (c) => c.primaryKey())
    .addColumn('title', sql`text[]`, (c) => c.notNull())
    .addColumn('body', sql`text[]`, (c) => c.notNull())
    .execute();
  // fastupdate off: the table is rewritten on each catalogue edit, and GIN's pending list
  // (scanned whole by every search until a vacuum merges it) would hold all of it.
  await sql
    .raw(
      `create index procedure_search_words_trgm on procedure_search_words
       using gin (word ${trgmSchema}.gin_trgm_ops) with (fastupdate = off)`,
    )
    .execute(db);

  // Rebuilt whole after any change to the catalogue: it is small (hundreds of words) and
  // edited rarely, so a rebuild is simpler than keeping the lists right row by row. The
  // lock serialises concurrent edits, so the later rebuild sees the earlier one's words.
  // Weight A is the title part of a template's search document (migration 0003).
  await sql`
    create function procedure_search_words_refresh() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(hashtext('procedure_search_words'));
      delete from procedure_search_words;
      insert into procedure_search_words (word, title, body)
        select word,
               coalesce(array_agg(code order by code) filter (where in_title), '{}'),
               coalesce(array_agg(code order by code) filter (where not in_title), '{}')
        from (select t.code, w.lexeme as word, 'A' = any(w.weights) as in_title
                from procedure_templates t, unnest(t.search_doc) w
               where t.active
              union all
              select null, w.lexeme, null from procedure_overrides o, unnest(o.search_doc) w) x
        group by word;
      return null;
    end $$`.execute(db);
  for (const table of ['procedure_templates', 'procedure_overrides'])
    await sql
      .raw(
        `create trigger ${table}_search_words after insert or update or delete or truncate on ${table}
         for each statement execute function procedure_search_words_refresh()`,
      )
      .execute(db);
  // A statement trigger fires even when no row changes: this builds an existing catalogue's vocabulary.
  await sql`update procedure_templates set active = active where false`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['procedure_templates', 'procedure_overrides'])
    await sql.raw(`drop trigger ${table}_search_words on ${table}`).execute(db);
  await sql`drop function procedure_search_words_refresh()`.execute(db);
  await db.schema.dropTable('procedure_search_words').execute();
}
