import type { BudgetDirection, BudgetPart } from '@shabaka/db';
import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, notFound } from '../errors';
import { linesToCsv, readFile, TEMPLATE_LINES, type FileLine } from './csv';
import { dataPackage, rowOf, rowsToCsv } from './fdp';
import * as repo from './repository';
import type { ImportInput, ReadInput } from './schemas';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../audit/actions' {
  interface DomainAuditActions {
    'budget.imported': true;
    'budget.published': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock'>;
type Db = Ctx['db'];
type Commune = Pick<CommuneRow, 'id' | 'slug'>;

/**
 * Checks the file's lines [offset, offset + limit) (the portal moves its progress bar slice by slice), or, with
 * `apply`, checks every line and, only if none is refused, writes the year's new version in one transaction: a
 * bad line anywhere leaves everything as it was. The previous versions stay (dated), so figures published from
 * one of them can be read again; the new one is a draft until staff publish it.
 */
export async function importCsv(ctx: Ctx, commune: Commune, input: ImportInput, actorId: string) {
  if (input.csv.replace(/^\uFEFF/, '').trim() === '')
    throw badRequest('empty_file', 'The file is empty: it needs the header and one row per budget line.', 'csv');
  const file = readFile(input.csv, input.apply ? undefined : { offset: input.offset, limit: input.limit });
  if (file.total === 0 && file.issues.length === 0)
    throw badRequest('empty_file', 'The file has a header but no budget line.', 'csv');
  const end = Math.min(input.offset + input.limit, file.total);
  const answer = { total: file.total, issues: file.issues, warnings: file.warnings };
  if (!input.apply || file.issues.length > 0)
    return {
      ...answer,
      checked: input.apply ? file.total : end,
      nextOffset: !input.apply && end < file.total ? end : null,
      applied: null,
    };
  const now = ctx.clock.now();
  const applied = await ctx.db.transaction().execute(async (trx) => {
    await repo.lockCommune(trx, commune.id);
    const version = (await repo.lastVersionNumber(trx, commune.id, input.year)) + 1;
    const row = await repo.insertVersion(
      trx,
      {
        communeId: commune.id,
        fiscalYear: input.year,
        version,
        fileName: input.fileName,
        lineCount: file.rows.length,
      },
      actorId,
      now,
    );
    await repo.insertLines(
      trx,
      commune.id,
      row.id,
      file.rows.map((r) => r.value),
    );
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'budget.imported',
      targetType: 'budget_version',
      targetId: row.id,
      data: { year: input.year, version, lines: file.rows.length },
    });
    return { versionId: row.id, year: input.year, version, lines: file.rows.length };
  });
  return { ...answer, checked: file.total, nextOffset: null, applied };
}

/** A version goes public; a later version already public makes an earlier one pointless, so it is refused. */
export async function publish(ctx: Ctx, commune: Commune, versionId: string, actorId: string) {
  const v = await repo.findVersion(ctx.db, commune.id, versionId);
  if (!v) throw notFound('unknown_version', 'No such budget version in this commune.');
  if (v.publishedAt) throw conflict('already_published', 'This version is already published.', 'versionId');
  const newer = (await repo.publishedVersions(ctx.db, commune.id, v.fiscalYear)).find((p) => p.version > v.version);
  if (newer)
    throw conflict('newer_published', `Version ${newer.version} of ${v.fiscalYear} is already published.`, 'versionId');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.publish(trx, commune.id, versionId, actorId, ctx.clock.now());
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'budget.published',
      targetType: 'budget_version',
      targetId: versionId,
      data: { year: v.fiscalYear, version: v.version },
    });
  });
  return staffVersions(ctx, commune, v.fiscalYear);
}

// ——— Figures ———

export interface Measures {
  /** Initial forecast, in centimes. */
  forecastInitial: number;
  /** Amended forecast (the one execution is measured against), in centimes. */
  forecast: number;
}
export interface ExpenditureTotals extends Measures {
  committed: number;
  paid: number;
}
export interface RevenueTotals extends Measures {
  collected: number;
}
/** A version's totals, every amount in integer centimes of MAD. */
export interface BudgetTotals {
  expenditure: ExpenditureTotals & { byPart: Record<BudgetPart, ExpenditureTotals> };
  revenue: RevenueTotals & { byPart: Record<BudgetPart, RevenueTotals> };
}

async function totalsOf(db: Db, communeId: string, versionId: string): Promise<BudgetTotals> {
  const rows = await repo.sums(db, communeId, versionId);
  const pick = (direction: BudgetDirection, part?: BudgetPart) => {
    const mine = rows.filter((r) => r.direction === direction && (!part || r.part === part));
    const add = (k: 'forecastInitial' | 'forecastAmended' | 'committed' | 'paid' | 'collected') =>
      mine.reduce((s, r) => s + Number(r[k]), 0);
    return {
      forecastInitial: add('forecastInitial'),
      forecast: add('forecastAmended'),
      committed: add('committed'),
      paid: add('paid'),
      collected: add('collected'),
    };
  };
  const spent = (part?: BudgetPart) => {
    const { collected: _, ...rest } = pick('expenditure', part);
    return rest;
  };
  const raised = (part?: BudgetPart) => {
    const { committed: _c, paid: _p, ...rest } = pick('revenue', part);
    return rest;
  };
  return {
    expenditure: { ...spent(), byPart: { functioning: spent('functioning'), investment: spent('investment') } },
    revenue: { ...raised(), byPart: { functioning: raised('functioning'), investment: raised('investment') } },
  };
}

/** The published version a reader asks for: the year's latest, or a given earlier one. */
async function publishedVersion(db: Db, communeId: string, year: number, version?: number) {
  const all = await repo.publishedVersions(db, communeId, year);
  return { chosen: version === undefined ? all[0] : all.find((v) => v.version === version), all };
}

/**
 * The year's totals as published (the latest published version), or null when nothing is published for that
 * year. Other domains (the bulletins) call this through the public index; amounts in integer centimes.
 */
export async function budgetFigures(db: Db, communeId: string, year: number) {
  const { chosen } = await publishedVersion(db, communeId, year);
  if (!chosen) return null;
  return {
    year,
    version: chosen.version,
    publishedAt: chosen.publishedAt!,
    ...(await totalsOf(db, communeId, chosen.id)),
  };
}
export type BudgetFigures = NonNullable<Awaited<ReturnType<typeof budgetFigures>>>;

/** The published years, each with its latest published version (the page's year picker). */
export async function years(ctx: Ctx, commune: Commune) {
  const all = await repo.publishedVersions(ctx.db, commune.id);
  const out: { year: number; version: number; publishedAt: Date }[] = [];
  for (const v of all)
    if (!out.some((o) => o.year === v.fiscalYear))
      out.push({ year: v.fiscalYear, version: v.version, publishedAt: v.publishedAt! });
  return out;
}

const lineOut = (l: Awaited<ReturnType<typeof repo.lines>>[number]): FileLine => ({
  direction: l.direction,
  part: l.part,
  chapter: l.chapter,
  article: l.article,
  paragraph: l.paragraph,
  line: l.line,
  label: l.label,
  forecastInitial: l.forecastInitial,
  forecastAmended: l.forecastAmended,
  committed: l.committed,
  paid: l.paid,
  collected: l.collected,
});

/** What citizens read: a published version's totals and lines, and the year's other published versions. */
export async function read(ctx: Ctx, commune: Commune, input: ReadInput) {
  const { chosen, all } = await publishedVersion(ctx.db, commune.id, input.year, input.version);
  if (!chosen) throw notFound('unknown_version', `No published budget for ${input.year} in this commune.`);
  const [totals, lines] = await Promise.all([
    totalsOf(ctx.db, commune.id, chosen.id),
    repo.lines(ctx.db, commune.id, chosen.id),
  ]);
  return {
    year: input.year,
    version: chosen.version,
    publishedAt: chosen.publishedAt!,
    versions: all.map((v) => ({ version: v.version, publishedAt: v.publishedAt! })),
    totals,
    lines: lines.map(lineOut),
  };
}
export type PublicBudget = Awaited<ReturnType<typeof read>>;

/** A published version's lines, as stored (the data package and the open-data rows read them). */
export async function publishedLines(db: Db, communeId: string, year: number, version?: number) {
  const { chosen } = await publishedVersion(db, communeId, year, version);
  if (!chosen) return null;
  return {
    version: chosen.version,
    publishedAt: chosen.publishedAt!,
    lines: (await repo.lines(db, communeId, chosen.id)).map(lineOut),
  };
}

/** Staff see every version (drafts too), each with its totals, newest first. */
export async function staffVersions(ctx: Ctx, commune: Commune, year?: number) {
  const all = await repo.versions(ctx.db, commune.id, year);
  return Promise.all(
    all.map(async (v) => ({
      id: v.id,
      year: v.fiscalYear,
      version: v.version,
      fileName: v.fileName,
      lines: v.lineCount,
      importedAt: v.importedAt,
      publishedAt: v.publishedAt,
      totals: await totalsOf(ctx.db, commune.id, v.id),
    })),
  );
}

/** A version's file as it was imported (staff: drafts too), to correct and import again. */
export async function exportVersion(ctx: Ctx, commune: Commune, versionId: string) {
  const v = await repo.findVersion(ctx.db, commune.id, versionId);
  if (!v) throw notFound('unknown_version', 'No such budget version in this commune.');
  const lines = await repo.lines(ctx.db, commune.id, v.id);
  return {
    filename: `${commune.slug}-budget-${v.fiscalYear}-v${v.version}.csv`,
    contentType: 'text/csv;charset=utf-8',
    csv: linesToCsv(lines.map(lineOut)),
  };
}

export function template() {
  return { filename: 'budget-template.csv', contentType: 'text/csv;charset=utf-8', csv: linesToCsv(TEMPLATE_LINES) };
}

/**
 * A published version as a Fiscal Data Package: the datapackage.json and its CSV resource, downloaded side by
 * side (the descriptor's path is the CSV's file name).
 */
export async function dataPackageOf(
  ctx: Ctx & Pick<InnerContext, 'publicUrl'>,
  commune: Commune & Pick<CommuneRow, 'names'>,
  input: ReadInput,
) {
  const p = await publishedLines(ctx.db, commune.id, input.year, input.version);
  if (!p) throw notFound('unknown_version', `No published budget for ${input.year} in this commune.`);
  const csvName = `${commune.slug}-budget-${input.year}-v${p.version}.csv`;
  return {
    csvName,
    csv: `\uFEFF${rowsToCsv(p.lines.map((l) => rowOf(commune.slug, input.year, l)))}`,
    jsonName: 'datapackage.json',
    datapackage: dataPackage({
      commune,
      year: input.year,
      version: p.version,
      publishedAt: p.publishedAt,
      csvName,
      homepage: `${ctx.publicUrl ?? ''}/${commune.slug}/budget`,
    }),
  };
}
