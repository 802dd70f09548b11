import { sql, type Kysely } from 'kysely';

// Reference codes (TET-2026-000081, TET-DI-…, TET-DOC-…) start with the commune's prefix,
// and lookups by code go prefix → commune → (commune_id, code). That needs one commune per
// prefix: not null, unique, 2 to 5 capital letters. Rows without a usable prefix get one
// first, deterministically (oldest commune first, then by slug; the older one keeps a
// prefix two of them shared): the slug's first three letters, else other letters of the
// slug, else a letter appended. Frozen once landed.
const VALID = /^[A-Z]{2,5}$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Prefixes to try for a slug, in order. */
function* candidates(slug: string): Generator<string> {
  const letters = slug.toUpperCase().replace(/[^A-Z]/g, '');
  const base = letters.padEnd(2, 'X');
  yield base.slice(0, 3);
  for (let i = 3; i < letters.length; i++) yield `${base.slice(0, 2)}${letters[i]}`;
  for (const len of [4, 5]) if (letters.length >= len) yield letters.slice(0, len);
  for (const a of ALPHABET) yield `${base.slice(0, 3)}${a}`;
  for (const a of ALPHABET) for (const b of ALPHABET) yield `${base.slice(0, 3)}${a}${b}`;
}

export async function up(db: Kysely<any>): Promise<void> {
  const rows: { id: string; slug: string; code_prefix: string | null }[] = await db
    .selectFrom('communes')
    .select(['id', 'slug', 'code_prefix'])
    .orderBy('created_at')
    .orderBy('slug')
    .execute();
  const taken = new Set<string>();
  const assign: { id: string; prefix: string }[] = [];
  // Valid prefixes keep their owner (the oldest commune with it); codes already issued stay valid.
  for (const r of rows) {
    if (r.code_prefix && VALID.test(r.code_prefix) && !taken.has(r.code_prefix)) taken.add(r.code_prefix);
    else assign.push({ id: r.id, prefix: '' });
  }
  for (const a of assign) {
    const slug = rows.find((r) => r.id === a.id)!.slug;
    for (const c of candidates(slug)) {
      if (!taken.has(c)) {
        a.prefix = c;
        taken.add(c);
        break;
      }
    }
    await db.updateTable('communes').set({ code_prefix: a.prefix }).where('id', '=', a.id).execute();
  }
  await db.schema
    .alterTable('communes')
    .alterColumn('code_prefix', (c) => c.setNotNull())
    .execute();
  await db.schema.alterTable('communes').addUniqueConstraint('communes_code_prefix', ['code_prefix']).execute();
  await db.schema
    .alterTable('communes')
    .addCheckConstraint('communes_code_prefix_format', sql`code_prefix ~ '^[A-Z]{2,5}$'`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('communes').dropConstraint('communes_code_prefix_format').execute();
  await db.schema.alterTable('communes').dropConstraint('communes_code_prefix').execute();
  await db.schema
    .alterTable('communes')
    .alterColumn('code_prefix', (c) => c.dropNotNull())
    .execute();
}
