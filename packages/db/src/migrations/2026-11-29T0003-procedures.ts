import { sql, type Kysely } from 'kysely';

// The procedures catalogue and service points (issue 4). Frozen once landed.

const cp = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
/**
 * Arabic spelling variants folded for search, in the indexed text and the query alike:
 * alef forms (أ إ آ ٱ) → ا, ة → ه, ى → ي, Arabic-Indic digits → 0-9; tashkeel
 * (harakat, shadda, sukun, superscript alef) and tatweel removed. `translate` deletes
 * the characters of `from` that have no counterpart in `to`.
 */
const FOLD_FROM =
  '\u0623\u0625\u0622\u0671\u0629\u0649' +
  cp(0x0660, 0x0669) +
  cp(0x06f0, 0x06f9) +
  cp(0x064b, 0x065f) +
  '\u0670\u0640';
const FOLD_TO = '\u0627\u0627\u0627\u0627\u0647\u064a' + '0123456789' + '0123456789';

async function ensureExtension(db: Kysely<any>, name: 'unaccent' | 'pg_trgm'): Promise<string> {
  const schemaOf = () =>
    sql<{
      schema: string;
    }>`select extnamespace::regnamespace::text as schema from pg_extension where extname = ${name}`.execute(db);
  let found = await schemaOf();
  // Extensions are database-wide; kept in public so dropping a (test) schema never drops them.
  if (found.rows.length === 0) {
    await sql.raw(`create extension if not exists ${name} with schema public`).execute(db);
    found = await schemaOf();
  }
  return found.rows[0]!.schema;
}

export async function up(db: Kysely<any>): Promise<void> {
  const unaccentSchema = await ensureExtension(db, 'unaccent');
  const trgmSchema = await ensureExtension(db, 'pg_trgm');

  // One normalisation for indexed text and queries: Arabic folding, accents off, lower case.
  // IMMUTABLE (the dictionary is named explicitly) so generated columns and indexes may use it.
  await sql
    .raw(
      `create or replace function shabaka_search_normalize(t text) returns text
       language sql immutable strict parallel safe as $$
         select lower(${unaccentSchema}.unaccent('${unaccentSchema}.unaccent'::regdictionary,
                      translate(t, '${FOLD_FROM}', '${FOLD_TO}')))
       $$`,
    )
    .execute(db);

  // Network templates: not tenant-owned, shared by every commune.
  await db.schema
    .createTable('procedure_templates')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('names', 'jsonb', (c) => c.notNull())
    .addColumn('summaries', 'jsonb', (c) => c.notNull())
    .addColumn('themes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('life_events', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('keywords', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('documents', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('forms', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('legal_basis', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('fee_mad', 'numeric(10, 2)', (c) => c.check(sql`fee_mad >= 0`))
    .addColumn('office', 'jsonb')
    .addColumn('hours', 'jsonb')
    .addColumn('processing_days', 'integer', (c) => c.notNull().check(sql`processing_days between 0 and 365`))
    .addColumn('channels', 'text', (c) => c.notNull().check(sql`channels in ('counter', 'online', 'both')`))
    .addColumn('electronic_delivery', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('to_verify', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('search_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_doc', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('simple', shabaka_search_normalize(search_title)), 'A') ||
              setweight(to_tsvector('simple', shabaka_search_normalize(search_body)), 'C')`,
        )
        .stored(),
    )
    .addColumn('title_norm', 'text', (c) => c.generatedAlwaysAs(sql`shabaka_search_normalize(search_title)`).stored())
    .addColumn('body_norm', 'text', (c) => c.generatedAlwaysAs(sql`shabaka_search_normalize(search_body)`).stored())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('procedure_templates_code_format', sql`code ~ '^[a-z][a-z0-9-]{1,59}$'`)
    .execute();
  await sql`create index procedure_templates_search on procedure_templates using gin (search_doc)`.execute(db);
  await sql
    .raw(
      `create index procedure_templates_title_trgm on procedure_templates using gin (title_norm ${trgmSchema}.gin_trgm_ops)`,
    )
    .execute(db);
  await sql
    .raw(
      `create index procedure_templates_body_trgm on procedure_templates using gin (body_norm ${trgmSchema}.gin_trgm_ops)`,
    )
    .execute(db);

  await db.schema
    .createTable('procedure_template_versions')
    .addColumn('code', 'text', (c) => c.notNull().references('procedure_templates.code'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb', (c) => c.notNull())
    .addColumn('changed', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addPrimaryKeyConstraint('procedure_template_versions_pk', ['code', 'version'])
    .execute();

  // A commune's override keeps only what differs from the template (null = inherit).
  await db.schema
    .createTable('procedure_overrides')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('procedure_code', 'text', (c) => c.notNull().references('procedure_templates.code'))
    .addColumn('fee_mad', 'numeric(10, 2)', (c) => c.check(sql`fee_mad >= 0`))
    .addColumn('office', 'jsonb')
    .addColumn('hours', 'jsonb')
    .addColumn('processing_days', 'integer', (c) => c.check(sql`processing_days between 0 and 365`))
    .addColumn('documents', 'jsonb')
    .addColumn('forms', 'jsonb')
    .addColumn('legal_basis', 'jsonb')
    .addColumn('channels', 'text', (c) => c.check(sql`channels in ('counter', 'online', 'both')`))
    .addColumn('electronic_delivery', 'boolean')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('search_body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_doc', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`setweight(to_tsvector('simple', shabaka_search_normalize(search_body)), 'C')`).stored(),
    )
    .addColumn('body_norm', 'text', (c) => c.generatedAlwaysAs(sql`shabaka_search_normalize(search_body)`).stored())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('procedure_overrides_pk', ['commune_id', 'id'])
    .addUniqueConstraint('procedure_overrides_code', ['commune_id', 'procedure_code'])
    .execute();
  await sql`create index procedure_overrides_search on procedure_overrides using gin (search_doc)`.execute(db);
  await sql
    .raw(
      `create index procedure_overrides_body_trgm on procedure_overrides using gin (body_norm ${trgmSchema}.gin_trgm_ops)`,
    )
    .execute(db);

  await db.schema
    .createTable('procedure_override_versions')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('procedure_code', 'text', (c) => c.notNull().references('procedure_templates.code'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('before', 'jsonb', (c) => c.notNull())
    .addColumn('after', 'jsonb', (c) => c.notNull())
    .addColumn('changed', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addPrimaryKeyConstraint('procedure_override_versions_pk', ['commune_id', 'id'])
    .addUniqueConstraint('procedure_override_versions_seq', ['commune_id', 'procedure_code', 'version'])
    .execute();

  // Where citizens go: town hall, civil-status annexes, urban planning office…
  await db.schema
    .createTable('service_points')
    .addColumn('commune_id', 'uuid', (c) => c.notNull().references('communes.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('names', 'jsonb', (c) => c.notNull())
    .addColumn('address', 'jsonb', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('lon', 'double precision', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('hours', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('services', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('accessibility', 'jsonb')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('deleted_at', 'timestamptz')
    .addColumn('deleted_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('deleted_reason', 'text')
    .addPrimaryKeyConstraint('service_points_pk', ['commune_id', 'id'])
    .addUniqueConstraint('service_points_code', ['commune_id', 'code'])
    .execute();
  await sql`create index service_points_services on service_points using gin (services jsonb_path_ops)`.execute(db);
}
