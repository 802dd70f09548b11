import type {
  Db,
  LegalReference,
  LifeEvent,
  Localized,
  OpeningHours,
  OverrideField,
  ProcedureChannel,
  ProcedureForm,
  ProcedureTheme,
  VersionSource,
} from '@shabaka/db';
import { sql } from 'kysely';

/** A template as the services see it (also the shape of a template version snapshot). */
export interface TemplateState {
  code: string;
  names: Localized;
  summaries: Localized;
  themes: ProcedureTheme[];
  lifeEvents: LifeEvent[];
  keywords: string[];
  documents: Localized[];
  forms: ProcedureForm[];
  legalBasis: LegalReference[];
  feeMad: number | null;
  office: Localized | null;
  hours: OpeningHours | null;
  processingDays: number;
  channels: ProcedureChannel;
  electronicDelivery: boolean;
  toVerify: OverrideField[];
  active: boolean;
}
export type TemplateRow = TemplateState & { version: number; updatedAt: Date };

/** A commune's override: null = the template's value applies. */
export interface OverrideState {
  feeMad: number | null;
  office: Localized | null;
  hours: OpeningHours | null;
  processingDays: number | null;
  documents: Localized[] | null;
  forms: ProcedureForm[] | null;
  legalBasis: LegalReference[] | null;
  channels: ProcedureChannel | null;
  electronicDelivery: boolean | null;
}
export type OverrideRow = OverrideState & {
  procedureCode: string;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
};

/** A template's own fields: what the network edits and versions. */
export const TEMPLATE_FIELDS = [
  'names',
  'summaries',
  'themes',
  'lifeEvents',
  'keywords',
  'documents',
  'forms',
  'legalBasis',
  'feeMad',
  'office',
  'hours',
  'processingDays',
  'channels',
  'electronicDelivery',
  'toVerify',
  'active',
] as const;

const TEMPLATE_COLUMNS = ['code', ...TEMPLATE_FIELDS, 'version', 'updatedAt'] as const;

const OVERRIDE_COLUMNS = [
  'procedureCode',
  'feeMad',
  'office',
  'hours',
  'processingDays',
  'documents',
  'forms',
  'legalBasis',
  'channels',
  'electronicDelivery',
  'version',
  'updatedAt',
  'updatedBy',
] as const;

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export function listTemplates(
  db: Db,
  f: { theme?: string | undefined; lifeEvent?: string | undefined; activeOnly?: boolean; codes?: string[] } = {},
) {
  let q = db.selectFrom('procedureTemplates').select(TEMPLATE_COLUMNS);
  if (f.activeOnly !== false) q = q.where('active', '=', true);
  if (f.codes) q = q.where('code', 'in', f.codes);
  if (f.theme) q = q.where(sql<boolean>`themes @> ${JSON.stringify([f.theme])}::jsonb`);
  if (f.lifeEvent) q = q.where(sql<boolean>`life_events @> ${JSON.stringify([f.lifeEvent])}::jsonb`);
  return q.orderBy('code').execute() as Promise<TemplateRow[]>;
}

export function findTemplate(db: Db, code: string) {
  return db
    .selectFrom('procedureTemplates')
    .select(TEMPLATE_COLUMNS)
    .where('code', '=', code)
    .executeTakeFirst() as Promise<TemplateRow | undefined>;
}

export function lockTemplate(db: Db, code: string) {
  return db
    .selectFrom('procedureTemplates')
    .select(TEMPLATE_COLUMNS)
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst() as Promise<TemplateRow | undefined>;
}

const templateValues = (t: TemplateState) => ({
  names: JSON.stringify(t.names),
  summaries: JSON.stringify(t.summaries),
  themes: JSON.stringify(t.themes),
  lifeEvents: JSON.stringify(t.lifeEvents),
  keywords: JSON.stringify(t.keywords),
  documents: JSON.stringify(t.documents),
  forms: JSON.stringify(t.forms),
  legalBasis: JSON.stringify(t.legalBasis),
  feeMad: t.feeMad,
  office: json(t.office),
  hours: json(t.hours),
  processingDays: t.processingDays,
  channels: t.channels,
  electronicDelivery: t.electronicDelivery,
  toVerify: JSON.stringify(t.toVerify),
  active: t.active,
});

export async function insertTemplate(
  db: Db,
  t: TemplateState,
  search: { searchTitle: string; searchBody: string },
  at: Date,
) {
  await db
    .insertInto('procedureTemplates')
    .values({ code: t.code, ...templateValues(t), ...search, version: 1, updatedAt: at })
    .execute();
}

export async function updateTemplate(
  db: Db,
  t: TemplateState,
  search: { searchTitle: string; searchBody: string },
  version: number,
  at: Date,
) {
  await db
    .updateTable('procedureTemplates')
    .set({ ...templateValues(t), ...search, version, updatedAt: at })
    .where('code', '=', t.code)
    .execute();
}

export function overridesOf(db: Db, communeId: string, codes?: string[]) {
  let q = db.selectFrom('procedureOverrides').select(OVERRIDE_COLUMNS).where('communeId', '=', communeId);
  if (codes) q = q.where('procedureCode', 'in', codes);
  return q.execute() as Promise<OverrideRow[]>;
}

export function findOverride(db: Db, communeId: string, code: string) {
  return db
    .selectFrom('procedureOverrides')
    .select(OVERRIDE_COLUMNS)
    .where('communeId', '=', communeId)
    .where('procedureCode', '=', code)
    .executeTakeFirst() as Promise<OverrideRow | undefined>;
}

/** Every commune with its override of one procedure (none when it has not changed anything). */
export function overridesAcrossNetwork(db: Db, code: string) {
  return db
    .selectFrom('communes')
    .leftJoin('procedureOverrides as o', (j) =>
      j.onRef('o.communeId', '=', 'communes.id').on('o.procedureCode', '=', code),
    )
    .select([
      'communes.id as communeId',
      'communes.slug',
      'communes.names',
      'o.procedureCode',
      'o.feeMad',
      'o.office',
      'o.hours',
      'o.processingDays',
      'o.documents',
      'o.forms',
      'o.legalBasis',
      'o.channels',
      'o.electronicDelivery',
      'o.version',
      'o.updatedAt',
      'o.updatedBy',
    ])
    .orderBy('communes.createdAt')
    .orderBy('communes.slug')
    .execute();
}

/**
 * The override row of (commune, procedure) locked for this transaction; an empty one
 * (version 0, every field inherited) is created first so two first edits serialise too.
 */
export async function lockOverride(db: Db, communeId: string, code: string, at: Date) {
  await db
    .insertInto('procedureOverrides')
    .values({ communeId, procedureCode: code, version: 0, updatedAt: at, updatedBy: null })
    .onConflict((oc) => oc.columns(['communeId', 'procedureCode']).doNothing())
    .execute();
  return db
    .selectFrom('procedureOverrides')
    .select(OVERRIDE_COLUMNS)
    .where('communeId', '=', communeId)
    .where('procedureCode', '=', code)
    .forUpdate()
    .executeTakeFirstOrThrow() as Promise<OverrideRow>;
}

export async function writeOverride(
  db: Db,
  communeId: string,
  code: string,
  s: OverrideState,
  meta: { version: number; searchBody: string; at: Date; actorId: string | null },
) {
  await db
    .updateTable('procedureOverrides')
    .set({
      feeMad: s.feeMad,
      office: json(s.office),
      hours: json(s.hours),
      processingDays: s.processingDays,
      documents: json(s.documents),
      forms: json(s.forms),
      legalBasis: json(s.legalBasis),
      channels: s.channels,
      electronicDelivery: s.electronicDelivery,
      version: meta.version,
      searchBody: meta.searchBody,
      updatedAt: meta.at,
      updatedBy: meta.actorId,
    })
    .where('communeId', '=', communeId)
    .where('procedureCode', '=', code)
    .execute();
}

export async function insertOverrideVersion(
  db: Db,
  v: {
    communeId: string;
    code: string;
    version: number;
    actorId: string | null;
    source: VersionSource;
    at: Date;
    before: OverrideState;
    after: OverrideState;
    changed: OverrideField[];
  },
) {
  await db
    .insertInto('procedureOverrideVersions')
    .values({
      communeId: v.communeId,
      procedureCode: v.code,
      version: v.version,
      actorId: v.actorId,
      source: v.source,
      at: v.at,
      before: JSON.stringify(v.before),
      after: JSON.stringify(v.after),
      changed: JSON.stringify(v.changed),
    })
    .execute();
}

const VERSION_COLUMNS = [
  'v.version',
  'v.at',
  'v.source',
  'v.before',
  'v.after',
  'v.changed',
  'v.actorId',
  'users.displayName as actorName',
] as const;

export function overrideVersions(db: Db, communeId: string, code: string) {
  return db
    .selectFrom('procedureOverrideVersions as v')
    .leftJoin('users', 'users.id', 'v.actorId')
    .select(VERSION_COLUMNS)
    .where('v.communeId', '=', communeId)
    .where('v.procedureCode', '=', code)
    .orderBy('v.version', 'desc')
    .execute();
}

export function overrideVersion(db: Db, communeId: string, code: string, version: number) {
  return db
    .selectFrom('procedureOverrideVersions as v')
    .leftJoin('users', 'users.id', 'v.actorId')
    .select(VERSION_COLUMNS)
    .where('v.communeId', '=', communeId)
    .where('v.procedureCode', '=', code)
    .where('v.version', '=', version)
    .executeTakeFirst();
}

export async function insertTemplateVersion(
  db: Db,
  v: {
    code: string;
    version: number;
    actorId: string | null;
    source: VersionSource;
    at: Date;
    before: TemplateState | null;
    after: TemplateState;
    changed: string[];
  },
) {
  await db
    .insertInto('procedureTemplateVersions')
    .values({
      code: v.code,
      version: v.version,
      actorId: v.actorId,
      source: v.source,
      at: v.at,
      before: json(v.before),
      after: JSON.stringify(v.after),
      changed: JSON.stringify(v.changed),
    })
    .execute();
}

export function templateVersions(db: Db, code: string) {
  return db
    .selectFrom('procedureTemplateVersions as v')
    .leftJoin('users', 'users.id', 'v.actorId')
    .select(VERSION_COLUMNS)
    .where('v.code', '=', code)
    .orderBy('v.version', 'desc')
    .execute();
}

/** The template as it stood at a moment (its latest version recorded then, else its first). */
export async function templateAt(db: Db, code: string, at: Date) {
  const row =
    (await db
      .selectFrom('procedureTemplateVersions')
      .select(['after', 'version'])
      .where('code', '=', code)
      .where('at', '<=', at)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst()) ??
    (await db
      .selectFrom('procedureTemplateVersions')
      .select(['after', 'version'])
      .where('code', '=', code)
      .orderBy('version')
      .limit(1)
      .executeTakeFirst());
  return row ? { version: row.version, state: row.after as unknown as TemplateState } : undefined;
}

export interface SearchHit {
  code: string;
  /** Every word of the query is in the procedure's text as typed (accents and Arabic variants aside). */
  exact: boolean;
  /** 0–1: how much of the query the procedure's words cover, rare words weighing more. */
  words: number;
  /** 0–1: how close the query is, as a phrase, to a stretch of the procedure's names and synonyms. */
  phrase: number;
  /** 0–1: how close the query is to one whole name line or synonym: "acte de naissance" is the extract's synonym. */
  segment: number;
}

/**
 * The query's words are matched against the catalogue's vocabulary (`procedure_search_words`):
 * the word itself, close spellings by trigram similarity (its index), and completions of
 * the last word, still being typed. A procedure gains, for each query word, the closeness
 * of its best match (half in the body), weighed by how distinctive that word is: ln(1 +
 * templates / templates using it), so a close match on "résidence" outweighs an exact
 * "certificat" or "de". The phrase score compares the whole query with the title
 * (names and synonyms), which separates "شهادة السكنى" from "رخصة السكن" when a letter is
 * wrong. Only the vocabulary and the short titles are compared by trigrams, never the
 * long bodies.
 */
export async function search(
  db: Db,
  communeId: string,
  q: string,
  f: { theme?: string | undefined; lifeEvent?: string | undefined; minSimilarity: number },
): Promise<SearchHit[]> {
  const theme = f.theme ? sql`and t.themes @> ${JSON.stringify([f.theme])}::jsonb` : sql``;
  const lifeEvent = f.lifeEvent ? sql`and t.life_events @> ${JSON.stringify([f.lifeEvent])}::jsonb` : sql``;
  const { rows } = await sql<SearchHit>`
    with query as (
      select shabaka_search_normalize(${q}) as norm,
             plainto_tsquery('simple', shabaka_search_normalize(${q})) as tsq,
             (select count(*) from procedure_templates where active)::float8 as templates
    ), typed as (
      select w.lexeme as word, (select max(p) from unnest(w.positions) p) as pos
      from query, unnest(to_tsvector('simple', query.norm)) w
    ), words as (
      select word, pos = max(pos) over () as typing from typed
    ), matches as (
      select w.word as q, v.word, v.title, v.body,
             case when v.word = w.word then 1
                  when w.typing and starts_with(v.word, w.word) then 0.5 + 0.5 * length(w.word) / length(v.word)
                  else similarity(v.word, w.word) end as closeness
      from words w
      join procedure_search_words v
        on (v.word % w.word and similarity(v.word, w.word) >= ${f.minSimilarity})
        -- (the simple parser keeps no % or _ in a word: a prefix needs no escaping)
        or (w.typing and v.word like w.word || '%')
    ), weights as (
      -- A query word is as distinctive as its closest vocabulary word; one matching nothing
      -- counts as the rarest, so an unknown word lowers every score alike.
      select w.word as q,
             coalesce((select ln(1 + query.templates / greatest(cardinality(m.title) + cardinality(m.body), 1))
                       from matches m where m.q = w.word
                       order by m.closeness desc, cardinality(m.title) + cardinality(m.body) limit 1),
                      ln(1 + query.templates)) as weight
      from words w, query
    ), found as (
      select m.q, code, case when code = any(m.title) then m.closeness else 0.5 * m.closeness end as closeness
      from matches m, unnest(m.title || m.body) code
      union all
      select m.q, o.procedure_code, 0.5 * m.closeness
      from matches m
      join procedure_overrides o on o.commune_id = ${communeId} and o.search_doc @@ quote_literal(m.word)::tsquery
    ), per_word as (
      select code, q, max(closeness) as closeness from found group by code, q
    ), scored as (
      select p.code, sum(w.weight * p.closeness) / (select sum(weight) from weights) as words
      from per_word p join weights w on w.q = p.q
      group by p.code
    )
    select t.code,
           (t.search_doc @@ query.tsq or coalesce(o.search_doc @@ query.tsq, false)) as exact,
           s.words::float8 as words,
           word_similarity(query.norm, t.title_norm)::float8 as phrase,
           (select max(similarity(query.norm, line)) from unnest(string_to_array(t.title_norm, E'\\n')) line)::float8
             as segment
    from scored s
    join procedure_templates t on t.code = s.code
    left join procedure_overrides o on o.commune_id = ${communeId} and o.procedure_code = t.code
    cross join query
    where t.active ${theme} ${lifeEvent}`.execute(db);
  return rows;
}
