import type { Db, PacProjectStatus, ProjectChange, ProjectText } from '@shabaka/db';
import { sql } from 'kysely';

/** The PAC's projects: Kysely only, every query scoped by the commune the base procedure resolved. */

const json = (v: unknown) => JSON.stringify(v);

export function projects(db: Db, communeId: string) {
  return db.selectFrom('pacProjects').selectAll().where('communeId', '=', communeId).orderBy('code').execute();
}
export type ProjectRow = Awaited<ReturnType<typeof projects>>[number];

export function findProject(db: Db, communeId: string, code: string) {
  return db
    .selectFrom('pacProjects')
    .selectAll()
    .where('communeId', '=', communeId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Every commune's projects with their sub-projects' weights, for the network's figures. */
export function allProjects(db: Db) {
  return db
    .selectFrom('pacProjects')
    .select(['communeId', 'id', 'endsOn', 'status', 'ownProgress', 'budgetPlanned', 'budgetPaid'])
    .execute();
}
export function allSubprojects(db: Db) {
  return db.selectFrom('pacSubprojects').select(['communeId', 'projectId', 'weight', 'progress']).execute();
}

export function subprojects(db: Db, communeId: string) {
  return db.selectFrom('pacSubprojects').selectAll().where('communeId', '=', communeId).orderBy('code').execute();
}
export type SubprojectRow = Awaited<ReturnType<typeof subprojects>>[number];

export function milestones(db: Db, communeId: string, projectId?: string) {
  let q = db.selectFrom('pacMilestones').selectAll().where('communeId', '=', communeId);
  if (projectId) q = q.where('projectId', '=', projectId);
  return q.orderBy('plannedOn').orderBy('id').execute();
}
export type MilestoneRow = Awaited<ReturnType<typeof milestones>>[number];

/** A project's milestone photos with their thumbnails' bytes (the public page shows them inline). */
export function photos(db: Db, communeId: string, projectId: string) {
  return db
    .selectFrom('pacMilestonePhotos as p')
    .innerJoin('pacMilestones as m', (j) =>
      j.onRef('m.communeId', '=', 'p.communeId').onRef('m.id', '=', 'p.milestoneId'),
    )
    .innerJoin('files as f', (j) => j.onRef('f.communeId', '=', 'p.communeId').onRef('f.id', '=', 'p.thumbFileId'))
    .select(['p.id', 'p.milestoneId', 'f.mime', 'f.bytes'])
    .where('p.communeId', '=', communeId)
    .where('m.projectId', '=', projectId)
    .orderBy('p.addedAt')
    .execute();
}

export function linkedComplaints(db: Db, communeId: string, projectId: string) {
  return db
    .selectFrom('pacProjectComplaints as l')
    .innerJoin('complaints as c', (j) => j.onRef('c.communeId', '=', 'l.communeId').onRef('c.id', '=', 'l.complaintId'))
    .select(['c.id', 'c.code', 'c.stage'])
    .where('l.communeId', '=', communeId)
    .where('l.projectId', '=', projectId)
    .orderBy('c.code')
    .execute();
}

export function findComplaint(db: Db, communeId: string, code: string) {
  return db
    .selectFrom('complaints')
    .select(['id', 'code'])
    .where('communeId', '=', communeId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function link(
  db: Db,
  row: { communeId: string; projectId: string; complaintId: string; linkedBy: string; linkedAt: Date },
) {
  await db
    .insertInto('pacProjectComplaints')
    .values(row)
    .onConflict((oc) => oc.columns(['communeId', 'projectId', 'complaintId']).doNothing())
    .execute();
}
export async function unlink(db: Db, communeId: string, projectId: string, complaintId: string) {
  const r = await db
    .deleteFrom('pacProjectComplaints')
    .where('communeId', '=', communeId)
    .where('projectId', '=', projectId)
    .where('complaintId', '=', complaintId)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export interface ProjectValues {
  code: string;
  title: ProjectText;
  axis: ProjectText;
  neighbourhood: ProjectText;
  lat: number | null;
  lon: number | null;
  startsOn: string;
  endsOn: string;
  status: PacProjectStatus;
  ownProgress: number;
  budgetPlanned: number;
  budgetCommitted: number;
  budgetPaid: number;
}
const projectJson = (v: ProjectValues) => ({
  ...v,
  title: json(v.title),
  axis: json(v.axis),
  neighbourhood: json(v.neighbourhood),
});

export async function insertProject(db: Db, communeId: string, v: ProjectValues, now: Date) {
  return db
    .insertInto('pacProjects')
    .values({ ...projectJson(v), communeId, createdAt: now, updatedAt: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}
export async function updateProject(db: Db, communeId: string, id: string, v: ProjectValues, now: Date) {
  await db
    .updateTable('pacProjects')
    .set({ ...projectJson(v), updatedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export async function upsertSubproject(
  db: Db,
  communeId: string,
  projectId: string,
  v: { code: string; title: ProjectText; weight: number; progress: number },
) {
  await db
    .insertInto('pacSubprojects')
    .values({ ...v, title: json(v.title), communeId, projectId })
    .onConflict((oc) =>
      oc.columns(['communeId', 'code']).doUpdateSet({ title: json(v.title), weight: v.weight, progress: v.progress }),
    )
    .execute();
}

export async function insertMilestone(
  db: Db,
  communeId: string,
  projectId: string,
  v: { title: ProjectText; plannedOn: string; doneOn: string | null },
) {
  await db
    .insertInto('pacMilestones')
    .values({ ...v, title: json(v.title), communeId, projectId })
    .execute();
}
export async function updateMilestone(
  db: Db,
  communeId: string,
  id: string,
  v: { title: ProjectText; plannedOn: string; doneOn: string | null },
) {
  await db
    .updateTable('pacMilestones')
    .set({ ...v, title: json(v.title) })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}
export async function deleteMilestones(db: Db, communeId: string, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .deleteFrom('pacMilestonePhotos')
    .where('communeId', '=', communeId)
    .where('milestoneId', 'in', ids)
    .execute();
  await db.deleteFrom('pacMilestones').where('communeId', '=', communeId).where('id', 'in', ids).execute();
}

export async function insertPhoto(
  db: Db,
  row: { communeId: string; milestoneId: string; fileId: string; thumbFileId: string; addedBy: string; addedAt: Date },
) {
  return db.insertInto('pacMilestonePhotos').values(row).returning('id').executeTakeFirstOrThrow();
}
export async function deletePhoto(db: Db, communeId: string, projectId: string, photoId: string) {
  const r = await db
    .deleteFrom('pacMilestonePhotos')
    .where('communeId', '=', communeId)
    .where('id', '=', photoId)
    .where('milestoneId', 'in', (q) =>
      q.selectFrom('pacMilestones').select('id').where('communeId', '=', communeId).where('projectId', '=', projectId),
    )
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function recordHistory(
  db: Db,
  row: {
    communeId: string;
    projectId: string;
    at: Date;
    actorId: string;
    source: 'screen' | 'csv' | 'demo';
    changes: ProjectChange[];
  },
) {
  await db
    .insertInto('pacProjectHistory')
    .values({ ...row, changes: json(row.changes) })
    .execute();
}

export function history(db: Db, communeId: string, projectId: string) {
  return db
    .selectFrom('pacProjectHistory as h')
    .innerJoin('users as u', 'u.id', 'h.actorId')
    .select(['h.id', 'h.at', 'h.source', 'h.changes', 'u.displayName as actor'])
    .where('h.communeId', '=', communeId)
    .where('h.projectId', '=', projectId)
    .orderBy('h.at', 'desc')
    .execute();
}

/** How many changes each project had in [from, to): the report says what moved in the year. */
export function changesBetween(db: Db, communeId: string, from: Date, to: Date) {
  return db
    .selectFrom('pacProjectHistory')
    .select(['projectId', sql<number>`count(*)::int`.as('n')])
    .where('communeId', '=', communeId)
    .where('at', '>=', from)
    .where('at', '<', to)
    .groupBy('projectId')
    .execute();
}

/** The council's sessions (the petitions' calendar, table council_sessions) a report can be presented at. */
export function sessions(db: Db, communeId: string) {
  return db
    .selectFrom('councilSessions')
    .select(['id', 'kind', 'opensOn'])
    .where('communeId', '=', communeId)
    .orderBy('opensOn', 'desc')
    .limit(40)
    .execute();
}
export function findSession(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('councilSessions')
    .select(['id', 'kind', 'opensOn'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertReport(
  db: Db,
  row: {
    communeId: string;
    year: number;
    language: 'ar' | 'fr' | 'both' | 'es';
    documentCode: string;
    sessionId: string | null;
    createdBy: string;
    createdAt: Date;
  },
) {
  await db.insertInto('pacReports').values(row).execute();
}
export function reports(db: Db, communeId: string) {
  return db
    .selectFrom('pacReports as r')
    .leftJoin('councilSessions as s', (j) =>
      j.onRef('s.communeId', '=', 'r.communeId').onRef('s.id', '=', 'r.sessionId'),
    )
    .select([
      'r.id',
      'r.year',
      'r.language',
      'r.documentCode',
      'r.createdAt',
      's.opensOn as sessionOpensOn',
      's.kind as sessionKind',
    ])
    .where('r.communeId', '=', communeId)
    .orderBy('r.year', 'desc')
    .orderBy('r.createdAt', 'desc')
    .execute();
}

export function deleteSubprojects(db: Db, communeId: string, ids: readonly string[]) {
  return db
    .deleteFrom('pacSubprojects')
    .where('communeId', '=', communeId)
    .where('id', 'in', [...ids])
    .execute();
}
