import type { ComplaintStage, Localized, ProjectChange, ProjectText } from '@shabaka/db';
import { localDate } from '../../calendar';
import { networkCommunes, type CommuneRow } from '../../communes';
import type { InnerContext } from '../../context';
import { badRequest, notFound } from '../../errors';
import { processPhoto, putFile, type Upload } from '../../files';
import { projectsToCsv, readFile, type CsvIssue, type FileProject } from './csv';
import * as repo from './repository';
import {
  rollUp,
  type ImportInput,
  type MilestoneFields,
  type SaveInput,
  type ShownStatus,
  type SubprojectFields,
} from './schemas';

type Ctx = Pick<InnerContext, 'db' | 'clock'>;
type Commune = Pick<CommuneRow, 'id' | 'slug' | 'names'>;
type Db = InnerContext['db'];

const today = (ctx: Pick<InnerContext, 'clock'>) => localDate(ctx.clock.now());

/**
 * What the public reads: completed and suspended as staff set them; otherwise late once the planned end has passed
 * (Morocco's day) short of 100 %, else the stored status.
 */
export function shownStatus(p: { status: repo.ProjectRow['status']; endsOn: string }, progress: number, day: string) {
  if (p.status === 'completed' || p.status === 'suspended') return p.status;
  if (p.endsOn < day && progress < 100) return 'late' as const;
  return p.status;
}

export interface ProjectBudget {
  planned: number;
  committed: number;
  paid: number;
  /** Committed past what was planned: allowed (a rider), said on the page. */
  overCommitted: boolean;
}
export interface ProjectSummary {
  code: string;
  title: ProjectText;
  axis: ProjectText;
  neighbourhood: ProjectText;
  lat: number | null;
  lon: number | null;
  startsOn: string;
  endsOn: string;
  status: ShownStatus;
  storedStatus: repo.ProjectRow['status'];
  progress: number;
  budget: ProjectBudget;
  subprojects: { code: string; title: ProjectText; weight: number; progress: number }[];
}

function summarise(p: repo.ProjectRow, subs: repo.SubprojectRow[], day: string): ProjectSummary {
  const mine = subs
    .filter((s) => s.projectId === p.id)
    .map((s) => ({ code: s.code, title: s.title, weight: s.weight, progress: s.progress }));
  const progress = rollUp(p.ownProgress, mine);
  return {
    code: p.code,
    title: p.title,
    axis: p.axis,
    neighbourhood: p.neighbourhood,
    lat: p.lat,
    lon: p.lon,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    status: shownStatus(p, progress, day),
    storedStatus: p.status,
    progress,
    budget: {
      planned: p.budgetPlanned,
      committed: p.budgetCommitted,
      paid: p.budgetPaid,
      overCommitted: p.budgetCommitted > p.budgetPlanned,
    },
    subprojects: mine,
  };
}

/** The plan's progress: each project's weighted by its planned budget (a plain mean when no budget is planned). */
export function overallProgress(projects: readonly { progress: number; budget: { planned: number } }[]) {
  if (projects.length === 0) return null;
  const planned = projects.reduce((n, p) => n + p.budget.planned, 0);
  if (planned === 0) return Math.round(projects.reduce((n, p) => n + p.progress, 0) / projects.length);
  return Math.round(projects.reduce((n, p) => n + p.budget.planned * p.progress, 0) / planned);
}

async function summaries(ctx: Ctx, communeId: string) {
  const [rows, subs] = await Promise.all([repo.projects(ctx.db, communeId), repo.subprojects(ctx.db, communeId)]);
  const day = today(ctx);
  return rows.map((p) => summarise(p, subs, day));
}

export interface ProjectsReport {
  year: number;
  language: 'ar' | 'fr' | 'both' | 'es';
  code: string;
  verifyPath: string;
  createdAt: Date;
  session: { opensOn: string; kind: string } | null;
}

/** The public list: the plan's overall progress and budget, the projects (filtered), their places, the reports. */
export async function list(
  ctx: Ctx,
  commune: Commune,
  input: { status?: ShownStatus | undefined; neighbourhood?: string | undefined },
) {
  const all = await summaries(ctx, commune.id);
  const budget = all.reduce(
    (b, p) => ({
      planned: b.planned + p.budget.planned,
      committed: b.committed + p.budget.committed,
      paid: b.paid + p.budget.paid,
    }),
    { planned: 0, committed: 0, paid: 0 },
  );
  const neighbourhoods = [...new Map(all.map((p) => [p.neighbourhood.fr, p.neighbourhood])).values()].sort((a, b) =>
    a.fr.localeCompare(b.fr),
  );
  const projects = all.filter(
    (p) =>
      (!input.status || p.status === input.status) &&
      (!input.neighbourhood || p.neighbourhood.fr === input.neighbourhood),
  );
  const reports: ProjectsReport[] = (await repo.reports(ctx.db, commune.id)).map((r) => ({
    year: r.year,
    language: r.language,
    code: r.documentCode,
    verifyPath: `/verify/${r.documentCode}`,
    createdAt: r.createdAt,
    session: r.sessionOpensOn ? { opensOn: r.sessionOpensOn, kind: r.sessionKind ?? 'ordinary' } : null,
  }));
  return {
    overall: overallProgress(all),
    budget,
    total: all.length,
    late: all.filter((p) => p.status === 'late').length,
    neighbourhoods,
    projects,
    reports,
  };
}

export interface ProjectMilestone {
  id: string;
  title: ProjectText;
  plannedOn: string;
  doneOn: string | null;
  /** Thumbnails inline (re-encoded on the way in: no metadata), so the page needs no other request. */
  photos: { id: string; src: string }[];
}
export interface LinkedComplaint {
  id: string;
  code: string;
  /** The complaint's public stage, nothing of what it says or who sent it. */
  stage: ComplaintStage;
}

async function found(db: Db, commune: Commune, code: string) {
  const p = await repo.findProject(db, commune.id, code);
  if (!p) throw notFound('unknown_project', `No project ${code} in this commune.`);
  return p;
}

/** One project's public page. */
export async function get(ctx: Ctx, commune: Commune, code: string) {
  const p = await found(ctx.db, commune, code);
  const [subs, milestones, photos, complaints] = await Promise.all([
    repo.subprojects(ctx.db, commune.id),
    repo.milestones(ctx.db, commune.id, p.id),
    repo.photos(ctx.db, commune.id, p.id),
    repo.linkedComplaints(ctx.db, commune.id, p.id),
  ]);
  return {
    ...summarise(p, subs, today(ctx)),
    // Its id: what the commune's instances give their formal opinions on (instances.opinionsOn).
    id: p.id,
    milestones: milestones.map((m): ProjectMilestone => ({
      id: m.id,
      title: m.title,
      plannedOn: m.plannedOn,
      doneOn: m.doneOn,
      photos: photos
        .filter((x) => x.milestoneId === m.id)
        .map((x) => ({ id: x.id, src: `data:${x.mime};base64,${Buffer.from(x.bytes).toString('base64')}` })),
    })),
    complaints: complaints.map((c): LinkedComplaint => ({ id: c.id, code: c.code, stage: c.stage as ComplaintStage })),
  };
}

/** The desk's view: the public page plus the dated history of changes (who, how, what). */
export async function staffGet(ctx: Ctx, commune: Commune, code: string) {
  const project = await get(ctx, commune, code);
  const p = await found(ctx.db, commune, code);
  const history = (await repo.history(ctx.db, commune.id, p.id)).map((h) => ({
    id: h.id,
    at: h.at,
    source: h.source,
    actor: h.actor,
    changes: h.changes,
  }));
  return { ...project, history };
}

// ——— Writing: one path for the screen, the CSV and the demo, each change kept ———

type Flat = Record<string, string | number | null>;
/** A project's values under the CSV's column names (sub-projects' prefixed by their code): what history compares. */
function flatten(p: Omit<FileProject, 'subprojects'>, subs: readonly SubprojectFields[]): Flat {
  const out: Flat = {
    title_ar: p.title.ar,
    title_fr: p.title.fr,
    title_es: p.title.es ?? null,
    axis_ar: p.axis.ar,
    axis_fr: p.axis.fr,
    axis_es: p.axis.es ?? null,
    neighbourhood_ar: p.neighbourhood.ar,
    neighbourhood_fr: p.neighbourhood.fr,
    neighbourhood_es: p.neighbourhood.es ?? null,
    lat: p.lat,
    lon: p.lon,
    starts_on: p.startsOn,
    ends_on: p.endsOn,
    status: p.status,
    progress: subs.length > 0 ? null : p.progress,
    budget_planned: p.budgetPlanned,
    budget_committed: p.budgetCommitted,
    budget_paid: p.budgetPaid,
  };
  for (const s of subs) {
    out[`${s.code} title_ar`] = s.title.ar;
    out[`${s.code} title_fr`] = s.title.fr;
    out[`${s.code} title_es`] = s.title.es ?? null;
    out[`${s.code} weight`] = s.weight;
    out[`${s.code} progress`] = s.progress;
  }
  return out;
}
function diff(before: Flat | null, after: Flat): ProjectChange[] {
  return Object.entries(after)
    .filter(([k, v]) => (before ? (before[k] ?? null) !== v : v !== null))
    .map(([field, to]) => ({ field, from: before ? (before[field] ?? null) : null, to }));
}

const fileOf = (p: repo.ProjectRow, subs: repo.SubprojectRow[]): FileProject => ({
  code: p.code,
  title: p.title,
  axis: p.axis,
  neighbourhood: p.neighbourhood,
  lat: p.lat,
  lon: p.lon,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  status: p.status,
  progress: p.ownProgress,
  budgetPlanned: p.budgetPlanned,
  budgetCommitted: p.budgetCommitted,
  budgetPaid: p.budgetPaid,
  subprojects: subs
    .filter((s) => s.projectId === p.id)
    .map((s) => ({ code: s.code, title: s.title, weight: s.weight, progress: s.progress })),
});

/**
 * Writes one project (created when its code is new) with its sub-projects and, from the screen, its milestones;
 * records what changed. The screen sends the whole list of sub-projects (one left out is removed); a file's
 * rows update or add (a row left out of the file leaves its sub-project as it is).
 */
async function writeProject(
  trx: Db,
  commune: Commune,
  p: FileProject,
  opts: {
    replaceSubs: boolean;
    milestones?: MilestoneFields[] | undefined;
    actorId: string;
    source: 'screen' | 'csv' | 'demo';
    now: Date;
  },
) {
  const existing = await repo.findProject(trx, commune.id, p.code);
  const oldSubs = existing ? (await repo.subprojects(trx, commune.id)).filter((s) => s.projectId === existing.id) : [];
  const values: repo.ProjectValues = {
    code: p.code,
    title: p.title,
    axis: p.axis,
    neighbourhood: p.neighbourhood,
    lat: p.lat,
    lon: p.lon,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    status: p.status,
    ownProgress: p.progress,
    budgetPlanned: p.budgetPlanned,
    budgetCommitted: p.budgetCommitted,
    budgetPaid: p.budgetPaid,
  };
  const newSubs = mergeSubs(oldSubs, p.subprojects, opts.replaceSubs);
  // With sub-projects, the project's own figure is not shown: kept as the roll-up, so it reads right if they go.
  if (newSubs.length > 0) values.ownProgress = rollUp(0, newSubs);
  const before = existing ? flatten(fileOf(existing, oldSubs), oldSubs) : null;
  let projectId: string;
  if (existing) {
    projectId = existing.id;
    await repo.updateProject(trx, commune.id, existing.id, values, opts.now);
  } else projectId = (await repo.insertProject(trx, commune.id, values, opts.now)).id;
  if (opts.replaceSubs) {
    const keep = new Set(newSubs.map((s) => s.code));
    const gone = oldSubs.filter((s) => !keep.has(s.code)).map((s) => s.id);
    if (gone.length > 0) await repo.deleteSubprojects(trx, commune.id, gone);
  }
  for (const s of p.subprojects) await repo.upsertSubproject(trx, commune.id, projectId, s);
  const changes = diff(before, flatten(p, newSubs));
  if (opts.milestones) changes.push(...(await writeMilestones(trx, commune, projectId, opts.milestones)));
  if (changes.length > 0)
    await repo.recordHistory(trx, {
      communeId: commune.id,
      projectId,
      at: opts.now,
      actorId: opts.actorId,
      source: opts.source,
      changes,
    });
  return { created: !existing, changed: changes.length > 0 };
}

function mergeSubs(old: repo.SubprojectRow[], given: SubprojectFields[], replace: boolean): SubprojectFields[] {
  const byCode = new Map<string, SubprojectFields>(
    replace ? [] : old.map((s) => [s.code, { code: s.code, title: s.title, weight: s.weight, progress: s.progress }]),
  );
  for (const s of given) byCode.set(s.code, s);
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}

async function writeMilestones(trx: Db, commune: Commune, projectId: string, given: MilestoneFields[]) {
  const old = await repo.milestones(trx, commune.id, projectId);
  const changes: ProjectChange[] = [];
  const keep = new Set(given.flatMap((m) => (m.id ? [m.id] : [])));
  for (const m of given) {
    if (m.id && !old.some((o) => o.id === m.id))
      throw badRequest('unknown_milestone', 'This milestone is not this project’s.', 'milestones');
  }
  const gone = old.filter((o) => !keep.has(o.id));
  await repo.deleteMilestones(
    trx,
    commune.id,
    gone.map((o) => o.id),
  );
  for (const o of gone) changes.push({ field: `milestone ${o.title.fr}`, from: o.doneOn ?? o.plannedOn, to: null });
  for (const m of given) {
    const v = { title: m.title, plannedOn: m.plannedOn, doneOn: m.doneOn };
    const o = old.find((x) => x.id === m.id);
    if (o) {
      if (o.plannedOn !== m.plannedOn || o.doneOn !== m.doneOn || JSON.stringify(o.title) !== JSON.stringify(m.title)) {
        await repo.updateMilestone(trx, commune.id, o.id, v);
        changes.push({ field: `milestone ${m.title.fr}`, from: o.doneOn ?? o.plannedOn, to: m.doneOn ?? m.plannedOn });
      }
    } else {
      await repo.insertMilestone(trx, commune.id, projectId, v);
      changes.push({ field: `milestone ${m.title.fr}`, from: null, to: m.doneOn ?? m.plannedOn });
    }
  }
  return changes;
}

/** The screen's save: the project, its whole list of sub-projects and its milestones, in one transaction. */
export async function save(
  ctx: Ctx,
  commune: Commune,
  input: SaveInput,
  actorId: string,
  source: 'screen' | 'demo' = 'screen',
) {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute((trx) =>
    writeProject(trx, commune, input.project, {
      replaceSubs: true,
      milestones: input.milestones,
      actorId,
      source,
      now,
    }),
  );
  return get(ctx, commune, input.project.code);
}

// ——— The file ———

export async function exportCsv(ctx: Ctx, commune: Commune) {
  const [rows, subs] = await Promise.all([repo.projects(ctx.db, commune.id), repo.subprojects(ctx.db, commune.id)]);
  return {
    filename: `${commune.slug}-pac-projects.csv`,
    contentType: 'text/csv;charset=utf-8',
    csv: projectsToCsv(rows.map((p) => fileOf(p, subs))),
  };
}

/**
 * Checks the file's lines [offset, offset + limit) (the portal moves its progress bar slice by slice), or, with
 * `apply`, checks every line and, only if none is refused, writes every project in one transaction: a bad line
 * anywhere leaves everything as it was.
 */
export async function importCsv(ctx: Ctx, commune: Commune, input: ImportInput, actorId: string) {
  const empty = () =>
    badRequest('empty_file', 'The file is empty: it needs the header and one row per project.', 'csv');
  if (input.csv.replace(/^\uFEFF/, '').trim() === '') throw empty();
  const file = readFile(input.csv, input.apply ? undefined : { offset: input.offset, limit: input.limit });
  if (file.total === 0 && file.issues.length === 0) throw empty();
  const [rows, subs] = await Promise.all([repo.projects(ctx.db, commune.id), repo.subprojects(ctx.db, commune.id)]);
  const issues: CsvIssue[] = [...file.issues];
  const warnings: CsvIssue[] = [];
  const slice = input.apply ? null : new Set(file.lines.slice(input.offset, input.offset + input.limit));
  for (const { line, project } of file.projects) {
    if (slice && !slice.has(line)) continue;
    const existing = rows.find((r) => r.code === project.code);
    const old = existing ? subs.filter((s) => s.projectId === existing.id) : [];
    const merged = mergeSubs(old, project.subprojects, false);
    // A rolled-up figure belongs to the sub-projects: one typed over it in the project's row would be lost.
    if (merged.length > 0) {
      const exported = existing
        ? rollUp(
            existing.ownProgress,
            old.map((s) => ({ weight: s.weight, progress: s.progress })),
          )
        : null;
      const rolled = rollUp(0, merged);
      if (project.progress !== rolled && project.progress !== exported)
        issues.push({
          line,
          column: 'progress',
          message: `This project’s progress is rolled up from its sub-projects (${rolled} %): change theirs`,
        });
      if (project.status === 'completed' && rolled < 100)
        issues.push({ line, column: 'status', message: 'A completed project is at 100 %' });
    }
    if (project.budgetCommitted > project.budgetPlanned)
      warnings.push({ line, column: 'budget_committed', message: 'Committed passes what was planned' });
  }
  issues.sort((a, b) => a.line - b.line);
  const end = Math.min(input.offset + input.limit, file.total);
  if (!input.apply || issues.length > 0)
    return {
      total: file.total,
      checked: input.apply ? file.total : end,
      nextOffset: !input.apply && end < file.total ? end : null,
      issues,
      warnings,
      applied: null,
    };
  const now = ctx.clock.now();
  const applied = { created: 0, updated: 0, unchanged: 0 };
  await ctx.db.transaction().execute(async (trx) => {
    for (const { project } of file.projects) {
      const r = await writeProject(trx, commune, project, { replaceSubs: false, actorId, source: 'csv', now });
      if (r.created) applied.created++;
      else if (r.changed) applied.updated++;
      else applied.unchanged++;
    }
  });
  return { total: file.total, checked: file.total, nextOffset: null, issues, warnings, applied };
}

// ——— Complaints and photos ———

/**
 * A change staff make on screen to one project: written with its dated history entry in one transaction, then
 * the project as it now reads.
 */
async function onScreen(
  ctx: Ctx,
  commune: Commune,
  code: string,
  actorId: string,
  write: (trx: Db, p: repo.ProjectRow, now: Date) => Promise<ProjectChange>,
) {
  const p = await found(ctx.db, commune, code);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const change = await write(trx, p, now);
    await repo.recordHistory(trx, {
      communeId: commune.id,
      projectId: p.id,
      at: now,
      actorId,
      source: 'screen',
      changes: [change],
    });
  });
  return get(ctx, commune, code);
}

export async function linkComplaint(ctx: Ctx, commune: Commune, code: string, complaintCode: string, actorId: string) {
  const c = await repo.findComplaint(ctx.db, commune.id, complaintCode);
  if (!c) throw badRequest('unknown_complaint', `No complaint ${complaintCode} in this commune.`, 'complaint');
  return onScreen(ctx, commune, code, actorId, async (trx, p, now) => {
    await repo.link(trx, {
      communeId: commune.id,
      projectId: p.id,
      complaintId: c.id,
      linkedBy: actorId,
      linkedAt: now,
    });
    return { field: 'complaint', from: null, to: c.code };
  });
}

export async function unlinkComplaint(ctx: Ctx, commune: Commune, code: string, complaintId: string, actorId: string) {
  return onScreen(ctx, commune, code, actorId, async (trx, p) => {
    if ((await repo.unlink(trx, commune.id, p.id, complaintId)) === 0)
      throw badRequest('unknown_complaint', 'This complaint is not linked to the project.', 'complaintId');
    return { field: 'complaint', from: complaintId, to: null };
  });
}

/** A milestone's photo through the complaints' pipeline: checked, re-encoded (EXIF/GPS dropped), stored in files. */
export async function addPhoto(
  ctx: Ctx & Pick<InnerContext, 'language'>,
  commune: Commune,
  input: { code: string; milestoneId: string; photo: Upload },
  actorId: string,
) {
  const p = await found(ctx.db, commune, input.code);
  const m = (await repo.milestones(ctx.db, commune.id, p.id)).find((x) => x.id === input.milestoneId);
  if (!m) throw badRequest('unknown_milestone', 'This milestone is not this project’s.', 'milestoneId');
  // Re-encoded before the transaction: the image work never holds the database.
  const { main, thumb } = await processPhoto(Buffer.from(input.photo.dataBase64, 'base64'), 'photo', ctx);
  return onScreen(ctx, commune, input.code, actorId, async (trx, _p, now) => {
    const fileId = await putFile(trx, commune.id, main);
    const thumbFileId = await putFile(trx, commune.id, thumb);
    await repo.insertPhoto(trx, {
      communeId: commune.id,
      milestoneId: m.id,
      fileId,
      thumbFileId,
      addedBy: actorId,
      addedAt: now,
    });
    return { field: `milestone ${m.title.fr} photo`, from: null, to: 'added' };
  });
}

export async function removePhoto(ctx: Ctx, commune: Commune, code: string, photoId: string, actorId: string) {
  return onScreen(ctx, commune, code, actorId, async (trx, p) => {
    if ((await repo.deletePhoto(trx, commune.id, p.id, photoId)) === 0)
      throw badRequest('unknown_photo', 'This photo is not this project’s.', 'photoId');
    return { field: 'photo', from: photoId, to: null };
  });
}

export async function sessions(ctx: Ctx, commune: Commune) {
  return repo.sessions(ctx.db, commune.id);
}

// ——— The network ———

export interface NetworkRow {
  commune: string;
  names: Localized;
  projects: number;
  /** The plan's overall progress (budget-weighted), null without projects. */
  progress: number | null;
  late: number;
  budgetPlanned: number;
  budgetPaid: number;
  /** Paid over planned, 0–1, null when nothing is planned. */
  paidShare: number | null;
}

/** Per commune: the PAC's overall progress, its late projects and the share of the planned budget paid. */
export async function network(ctx: Ctx): Promise<NetworkRow[]> {
  const [communes, rows, subs] = await Promise.all([
    networkCommunes(ctx.db),
    repo.allProjects(ctx.db),
    repo.allSubprojects(ctx.db),
  ]);
  const day = today(ctx);
  return communes.map((c) => {
    const mine = rows
      .filter((p) => p.communeId === c.id)
      .map((p) => {
        const progress = rollUp(
          p.ownProgress,
          subs.filter((s) => s.projectId === p.id),
        );
        return {
          progress,
          budget: { planned: p.budgetPlanned },
          paid: p.budgetPaid,
          late: shownStatus(p, progress, day) === 'late',
        };
      });
    const planned = mine.reduce((n, p) => n + p.budget.planned, 0);
    const paid = mine.reduce((n, p) => n + p.paid, 0);
    return {
      commune: c.slug,
      names: c.names,
      projects: mine.length,
      progress: overallProgress(mine),
      late: mine.filter((p) => p.late).length,
      budgetPlanned: planned,
      budgetPaid: paid,
      paidShare: planned > 0 ? Math.round((paid / planned) * 1000) / 1000 : null,
    };
  });
}

export { summaries };
