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
  exact: boolean;
  rank: number;
  similarity: number;
}

/**
 * Full text (simple configuration, unaccent, Arabic folding — all in
 * shabaka_search_normalize) over the template's document and the commune's override,
 * then trigram word similarity for typos. Exact text matches rank first.
 */
export async function search(
  db: Db,
  communeId: string,
  q: string,
  f: { theme?: string | undefined; lifeEvent?: string | undefined; limit: number; similarity: number },
): Promise<SearchHit[]> {
  const theme = f.theme ? sql`and t.themes @> ${JSON.stringify([f.theme])}::jsonb` : sql``;
  const lifeEvent = f.lifeEvent ? sql`and t.life_events @> ${JSON.stringify([f.lifeEvent])}::jsonb` : sql``;
  // The catalogue is small (tens of procedures): scoring every active row once beats the
  // trigram indexes, whose `<%` would compute each word similarity a second time for the
  // ranking (the bodies are long: that second pass was most of a search's time), and it
  // needs no transaction to set pg_trgm's threshold — one round trip per keystroke.
  const { rows } = await sql<SearchHit>`
    with query as (
      select shabaka_search_normalize(${q}) as norm,
             plainto_tsquery('simple', shabaka_search_normalize(${q})) as tsq
    ), scored as (
      select t.code,
             (t.search_doc @@ query.tsq or coalesce(o.search_doc @@ query.tsq, false)) as exact,
             ts_rank(t.search_doc, query.tsq) + coalesce(ts_rank(o.search_doc, query.tsq), 0) as rank,
             word_similarity(query.norm, t.title_norm) as title_sim,
             word_similarity(query.norm, t.body_norm) as body_sim,
             coalesce(word_similarity(query.norm, o.body_norm), 0) as override_sim
      from procedure_templates t
      cross join query
      left join procedure_overrides o on o.commune_id = ${communeId} and o.procedure_code = t.code
      where t.active ${theme} ${lifeEvent}
    )
    select code, exact, rank::float8 as rank,
           greatest(title_sim, 0.8 * body_sim, 0.8 * override_sim)::float8 as similarity
    from scored
    where exact or greatest(title_sim, body_sim, override_sim) >= ${f.similarity}
    order by exact desc, rank desc, similarity desc, code
    limit ${f.limit}`.execute(db);
  return rows;
}
