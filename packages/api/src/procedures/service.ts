import {
  LIFE_EVENTS,
  LIFE_EVENT_LABELS,
  OVERRIDE_FIELDS,
  PROCEDURE_THEMES,
  THEME_LABELS,
  overrideSearchText,
  templateSearchText,
  type Db,
  type OverrideField,
  type VersionSource,
} from '@shabaka/db';
import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { conflict, notFound } from '../errors';
import { pointsForProcedures, publicServicePoint } from '../service-points';
import * as repo from './repository';
import type { CreateTemplateInput, OverridePatch, SearchInput, TemplatePatch } from './schemas';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
type Commune = Pick<CommuneRow, 'id' | 'slug' | 'names'>;

export const portalPath = (commune: string, code: string) => `/${commune}/procedures/${code}`;
export const sheetPath = (commune: string, code: string) => `/procedures/${commune}/${code}/sheet.pdf`;

/** Trigram similarity (0–1) a vocabulary word needs to count as a spelling of a query word. */
const WORD_SIMILARITY = 0.3;
/**
 * The words say what a procedure is about; the phrase, which title was meant; a whole
 * synonym matched settles titles that contain the same phrase.
 */
const SHARES = { words: 0.6, phrase: 0.35, segment: 0.05 };
/** Below this a procedure shares too little with the query to be shown. */
const MIN_SCORE = 0.3;
/** A hit this good is what was asked for: the rest only shows when nearly as good. */
const NEAR_EXACT = 0.8;
const TAIL_SHARE = 0.6;

/** Orders the hits by score and cuts the long tail (issue 12). */
export function rank(hits: repo.SearchHit[], limit: number) {
  const scored = hits
    .map((h) => ({ ...h, score: SHARES.words * h.words + SHARES.phrase * h.phrase + SHARES.segment * h.segment }))
    .sort((a, b) => b.score - a.score || Number(b.exact) - Number(a.exact) || a.code.localeCompare(b.code));
  const best = scored[0]?.score ?? 0;
  const floor = best >= NEAR_EXACT ? Math.max(MIN_SCORE, TAIL_SHARE * best) : MIN_SCORE;
  return scored.filter((h) => h.score >= floor).slice(0, limit);
}

/** JSON with object keys sorted: jsonb reorders keys, so values are compared in this form. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

export const EMPTY_OVERRIDE: repo.OverrideState = {
  feeMad: null,
  office: null,
  hours: null,
  processingDays: null,
  documents: null,
  forms: null,
  legalBasis: null,
  channels: null,
  electronicDelivery: null,
};

export function overrideStateOf(row: Partial<repo.OverrideState> | undefined | null): repo.OverrideState {
  const s = { ...EMPTY_OVERRIDE };
  if (!row) return s;
  for (const f of OVERRIDE_FIELDS) (s as Record<string, unknown>)[f] = row[f] ?? null;
  return s;
}

/** The procedure as a commune offers it: the template merged with the commune's override. */
export function effective(
  commune: Commune,
  t: repo.TemplateState & { version?: number },
  o: (Partial<repo.OverrideState> & { version?: number | null }) | undefined,
) {
  const s = overrideStateOf(o);
  const overridden = OVERRIDE_FIELDS.filter((f) => s[f] !== null);
  const pick = <F extends OverrideField>(f: F) =>
    (s[f] ?? t[f]) as NonNullable<repo.OverrideState[F]> | repo.TemplateState[F];
  return {
    commune: commune.slug,
    code: t.code,
    names: t.names,
    summaries: t.summaries,
    themes: t.themes,
    lifeEvents: t.lifeEvents,
    feeMad: pick('feeMad') as number | null,
    office: pick('office') as repo.TemplateState['office'],
    hours: pick('hours') as repo.TemplateState['hours'],
    processingDays: pick('processingDays') as number,
    documents: pick('documents') as repo.TemplateState['documents'],
    forms: pick('forms') as repo.TemplateState['forms'],
    legalBasis: pick('legalBasis') as repo.TemplateState['legalBasis'],
    channels: pick('channels') as repo.TemplateState['channels'],
    electronicDelivery: pick('electronicDelivery') as boolean,
    /** Fields this commune sets itself; the others come from the network template. */
    overridden,
    /** Template values still marked "to verify" that the commune has not replaced. */
    toVerify: t.toVerify.filter((f) => !overridden.includes(f)),
    active: t.active,
    templateVersion: t.version ?? null,
    overrideVersion: o?.version ?? 0,
    portalPath: portalPath(commune.slug, t.code),
    sheetPath: sheetPath(commune.slug, t.code),
  };
}
export type EffectiveProcedure = ReturnType<typeof effective>;

async function requireTemplate(db: Db, code: string) {
  const t = await repo.findTemplate(db, code);
  if (!t) throw notFound('unknown_procedure', `No procedure has the code "${code}".`);
  return t;
}

export async function themes(db: Db) {
  const templates = await repo.listTemplates(db);
  return {
    themes: PROCEDURE_THEMES.map((code) => ({
      code,
      names: THEME_LABELS[code],
      count: templates.filter((t) => t.themes.includes(code)).length,
    })),
    lifeEvents: LIFE_EVENTS.map((code) => ({
      code,
      names: LIFE_EVENT_LABELS[code],
      count: templates.filter((t) => t.lifeEvents.includes(code)).length,
    })),
  };
}

export async function list(
  db: Db,
  commune: Commune,
  f: { theme?: string | undefined; lifeEvent?: string | undefined },
) {
  const [templates, overrides] = await Promise.all([repo.listTemplates(db, f), repo.overridesOf(db, commune.id)]);
  const byCode = new Map(overrides.map((o) => [o.procedureCode, o]));
  return templates.map((t) => effective(commune, t, byCode.get(t.code)));
}

export async function get(db: Db, commune: Commune, code: string) {
  const t = await requireTemplate(db, code);
  const [o, points] = await Promise.all([
    repo.findOverride(db, commune.id, code),
    pointsForProcedures(db, commune.id, [code]),
  ]);
  return { ...effective(commune, t, o), servicePoints: points.map(publicServicePoint) };
}

/** Search in Arabic, French or Spanish, tolerant of accents, Arabic spelling variants and typos. */
export async function search(db: Db, commune: Commune, input: SearchInput) {
  const hits = rank(
    await repo.search(db, commune.id, input.q, { ...input, minSimilarity: WORD_SIMILARITY }),
    input.limit,
  );
  if (hits.length === 0) return { q: input.q, results: [] };
  const codes = hits.map((h) => h.code);
  const [templates, overrides, points] = await Promise.all([
    // Only the hits' rows: a keystroke reads a handful of procedures, not the catalogue.
    repo.listTemplates(db, { codes }),
    repo.overridesOf(db, commune.id, codes),
    pointsForProcedures(db, commune.id, codes),
  ]);
  const templateOf = new Map(templates.map((t) => [t.code, t]));
  const overrideOf = new Map(overrides.map((o) => [o.procedureCode, o]));
  return {
    q: input.q,
    results: hits.flatMap((h) => {
      const t = templateOf.get(h.code);
      if (!t) return [];
      return [
        {
          ...effective(commune, t, overrideOf.get(h.code)),
          match: h.exact ? ('text' as const) : ('similar' as const),
          score: h.score,
          /** Where to go: the commune's service points that offer it. */
          servicePoints: points.filter((p) => p.services.includes(h.code)).map(publicServicePoint),
        },
      ];
    }),
  };
}

/** Every commune's effective values side by side, to see where procedures could be simplified. */
export async function compare(db: Db, code: string) {
  const t = await requireTemplate(db, code);
  const rows = await repo.overridesAcrossNetwork(db, code);
  const communes = rows.map((r) => {
    const e = effective(
      { id: r.communeId, slug: r.slug, names: r.names },
      t,
      r.procedureCode ? (r as Partial<repo.OverrideState> & { version: number | null }) : undefined,
    );
    return {
      commune: r.slug,
      communeNames: r.names,
      feeMad: e.feeMad,
      processingDays: e.processingDays,
      channels: e.channels,
      electronicDelivery: e.electronicDelivery,
      documents: e.documents,
      documentCount: e.documents.length,
      office: e.office,
      hours: e.hours,
      overridden: e.overridden,
    };
  });
  const fees = communes.map((c) => c.feeMad).filter((f): f is number => f !== null);
  const days = communes.map((c) => c.processingDays);
  const differing = (['feeMad', 'processingDays', 'channels', 'electronicDelivery', 'documents'] as const).filter(
    (f) => new Set(communes.map((c) => canonical(c[f]))).size > 1,
  );
  return {
    code: t.code,
    names: t.names,
    template: {
      feeMad: t.feeMad,
      processingDays: t.processingDays,
      channels: t.channels,
      electronicDelivery: t.electronicDelivery,
      documents: t.documents,
      version: t.version,
    },
    communes,
    summary: {
      feeMin: fees.length ? Math.min(...fees) : null,
      feeMax: fees.length ? Math.max(...fees) : null,
      daysMin: Math.min(...days),
      daysMax: Math.max(...days),
      /** Fields on which the communes do not all agree: candidates for harmonisation. */
      differing,
      onlineIn: communes.filter((c) => c.channels !== 'counter').map((c) => c.commune),
    },
  };
}

export interface Actor {
  userId: string | null;
}

/**
 * The one place a commune's override changes (staff edits, CSV rows, reverts): row lock,
 * values equal to the template are not stored, a version row (before/after) and an audit
 * entry in the same transaction; nothing is written when nothing changes.
 */
export async function applyOverride(
  ctx: Ctx,
  commune: Commune,
  code: string,
  patch: OverridePatch,
  actor: Actor,
  opts: { source: VersionSource; expectedVersion?: number | undefined },
) {
  const t = await requireTemplate(ctx.db, code);
  const now = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockOverride(trx, commune.id, code, now);
    if (opts.expectedVersion !== undefined && row.version !== opts.expectedVersion) {
      throw conflict(
        'stale_version',
        `This procedure was changed by someone else (version ${row.version}, you started from ${opts.expectedVersion}). Reload it and try again.`,
        'expectedVersion',
      );
    }
    const before = overrideStateOf(row);
    const after = { ...before };
    for (const f of OVERRIDE_FIELDS) {
      const v = patch[f];
      if (v === undefined) continue;
      (after as Record<string, unknown>)[f] = v === null || same(v, t[f]) ? null : v;
    }
    const changed = OVERRIDE_FIELDS.filter((f) => !same(before[f], after[f]));
    if (changed.length === 0) return { version: row.version, changed, row: { ...after, version: row.version } };
    const version = row.version + 1;
    await repo.writeOverride(trx, commune.id, code, after, {
      version,
      searchBody: overrideSearchText(after),
      at: now,
      actorId: actor.userId,
    });
    await repo.insertOverrideVersion(trx, {
      communeId: commune.id,
      code,
      version,
      actorId: actor.userId,
      source: opts.source,
      at: now,
      before,
      after,
      changed,
    });
    await recordAudit(trx, {
      communeId: commune.id,
      actorId: actor.userId,
      action: 'procedure.override_updated',
      targetType: 'procedure',
      targetId: code,
      data: { code, version, changed, source: opts.source },
    });
    return { version, changed, row: { ...after, version } };
  });
  if (result.changed.length > 0) {
    ctx.events.publish({
      kind: 'procedure.updated',
      commune: commune.slug,
      data: { code, version: result.version, changed: result.changed },
    });
  }
  return { changed: result.changed, version: result.version, procedure: effective(commune, t, result.row) };
}

type VersionRow = {
  version: number;
  at: Date;
  source: VersionSource;
  actorId: string | null;
  actorName: string | null;
  changed: string[];
  before: unknown;
  after: unknown;
};
/** A version as the API shows it: who (id and name), when, what changed, before and after. */
const versionOf = (v: VersionRow) => ({
  version: v.version,
  at: v.at,
  source: v.source,
  actor: v.actorId ? { id: v.actorId, name: v.actorName } : null,
  changed: v.changed as string[],
  before: v.before,
  after: v.after,
});

export async function history(db: Db, commune: Commune, code: string) {
  const t = await requireTemplate(db, code);
  const [versions, templateVersions] = await Promise.all([
    repo.overrideVersions(db, commune.id, code),
    repo.templateVersions(db, code),
  ]);
  return {
    code,
    names: t.names,
    currentVersion: versions[0]?.version ?? 0,
    versions: versions.map(versionOf),
    templateVersions: templateVersions.map(versionOf),
  };
}

/** One past version: its before/after and the procedure as the commune offered it then. */
export async function version(db: Db, commune: Commune, code: string, n: number) {
  await requireTemplate(db, code);
  const v = await repo.overrideVersion(db, commune.id, code, n);
  if (!v) throw notFound('unknown_version', `Version ${n} of "${code}" does not exist in this commune.`);
  const template = await repo.templateAt(db, code, v.at);
  const current = await requireTemplate(db, code);
  const after = overrideStateOf(v.after as Partial<repo.OverrideState>);
  return {
    ...versionOf(v),
    effective: effective(
      commune,
      { ...(template?.state ?? current), version: template?.version ?? current.version },
      { ...after, version: v.version },
    ),
  };
}

/** Brings back the override of a past version (as a new version). */
export async function revert(ctx: Ctx, commune: Commune, code: string, n: number, actor: Actor) {
  const v = await repo.overrideVersion(ctx.db, commune.id, code, n);
  if (!v) throw notFound('unknown_version', `Version ${n} of "${code}" does not exist in this commune.`);
  return applyOverride(ctx, commune, code, overrideStateOf(v.after as Partial<repo.OverrideState>), actor, {
    source: 'revert',
  });
}

// ——— Network templates ———

const { TEMPLATE_FIELDS } = repo;

const stateOfTemplate = (t: repo.TemplateRow): repo.TemplateState => {
  const { version: _v, updatedAt: _u, ...state } = t;
  return state;
};

export async function template(db: Db, code: string) {
  return requireTemplate(db, code);
}

export async function updateTemplate(
  ctx: Ctx,
  code: string,
  patch: TemplatePatch,
  actor: Actor,
  expectedVersion?: number,
) {
  const now = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockTemplate(trx, code);
    if (!row) throw notFound('unknown_procedure', `No procedure has the code "${code}".`);
    if (expectedVersion !== undefined && row.version !== expectedVersion) {
      throw conflict(
        'stale_version',
        `This template was changed by someone else (version ${row.version}). Reload it and try again.`,
        'expectedVersion',
      );
    }
    const before = stateOfTemplate(row);
    const after: repo.TemplateState = { ...before };
    for (const f of TEMPLATE_FIELDS)
      if (patch[f] !== undefined) (after as unknown as Record<string, unknown>)[f] = patch[f];
    const changed = TEMPLATE_FIELDS.filter((f) => !same(before[f], after[f]));
    if (changed.length === 0) return { row, changed };
    const version = row.version + 1;
    await repo.updateTemplate(trx, after, templateSearchText(after), version, now);
    await repo.insertTemplateVersion(trx, {
      code,
      version,
      actorId: actor.userId,
      source: 'edit',
      at: now,
      before,
      after,
      changed,
    });
    await recordAudit(trx, {
      communeId: null,
      actorId: actor.userId,
      action: 'procedure.template_updated',
      targetType: 'procedure_template',
      targetId: code,
      data: { code, version, changed },
    });
    return { row: { ...after, version, updatedAt: now }, changed };
  });
  if (result.changed.length > 0) {
    ctx.events.publish({
      kind: 'procedure.template_updated',
      commune: null,
      data: { code, version: result.row.version, changed: result.changed },
    });
  }
  return { changed: result.changed, template: result.row };
}

export async function createTemplate(ctx: Ctx, input: CreateTemplateInput, actor: Actor) {
  if (await repo.findTemplate(ctx.db, input.code))
    throw conflict('procedure_exists', `A procedure with the code "${input.code}" already exists.`, 'code');
  const now = ctx.clock.now();
  const state: repo.TemplateState = { ...input };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertTemplate(trx, state, templateSearchText(state), now);
    await repo.insertTemplateVersion(trx, {
      code: state.code,
      version: 1,
      actorId: actor.userId,
      source: 'create',
      at: now,
      before: null,
      after: state,
      changed: [],
    });
    await recordAudit(trx, {
      communeId: null,
      actorId: actor.userId,
      action: 'procedure.template_created',
      targetType: 'procedure_template',
      targetId: state.code,
      data: { code: state.code },
    });
  });
  ctx.events.publish({ kind: 'procedure.template_updated', commune: null, data: { code: state.code, version: 1 } });
  return requireTemplate(ctx.db, state.code);
}

export async function templateHistory(db: Db, code: string) {
  const t = await requireTemplate(db, code);
  const versions = await repo.templateVersions(db, code);
  return {
    code,
    names: t.names,
    currentVersion: t.version,
    versions: versions.map((v) => ({
      version: v.version,
      at: v.at,
      source: v.source,
      actor: v.actorId ? { id: v.actorId, name: v.actorName } : null,
      changed: v.changed as string[],
      before: v.before,
      after: v.after,
    })),
  };
}
