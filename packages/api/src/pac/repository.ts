import type { Db, PacContributionsTable, PacPhase, PacText } from '@shabaka/db';
import { sql, type Insertable, type Selectable } from 'kysely';
import { caseRows } from '../cases';

/** Every query names the commune: it leads each table's key. */

export type ContributionRow = Selectable<PacContributionsTable>;

const PLAN_COLUMNS = ['id', 'title', 'mandateStart', 'mandateEnd', 'phases', 'createdAt', 'updatedAt'] as const;
const DRAFT_COLUMNS = ['id', 'planId', 'title', 'opensOn', 'closesOn', 'closesAt', 'updatedAt'] as const;

export interface PlanValues {
  title: PacText;
  mandateStart: number;
  mandateEnd: number;
  phases: PacPhase[];
}
const planJson = (v: PlanValues) => ({ ...v, title: JSON.stringify(v.title), phases: JSON.stringify(v.phases) });

export async function insertPlan(db: Db, communeId: string, v: PlanValues, actorId: string, now: Date) {
  const row = await db
    .insertInto('pacPlans')
    .values({ ...planJson(v), communeId, createdBy: actorId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePlan(db: Db, communeId: string, id: string, v: PlanValues, now: Date) {
  const r = await db
    .updateTable('pacPlans')
    .set({ ...planJson(v), updatedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export function findPlan(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('pacPlans')
    .select(PLAN_COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The commune's plans, the latest mandate first. */
export function listPlans(db: Db, communeId: string) {
  return db
    .selectFrom('pacPlans')
    .select(PLAN_COLUMNS)
    .where('communeId', '=', communeId)
    .orderBy('mandateStart', 'desc')
    .limit(20)
    .execute();
}
export type PlanRow = Awaited<ReturnType<typeof listPlans>>[number];

/** Every commune's plans of mandates not yet over (a handful per commune): what the phases' notices read. */
export function currentPlans(db: Db, year: number) {
  return (
    db
      .selectFrom('pacPlans')
      .select(['communeId', 'id', 'phases'])
      .where('mandateEnd', '>=', year)
      .orderBy('communeId')
      // A commune's latest mandate first: the network's figures read the first of each.
      .orderBy('mandateStart', 'desc')
      .execute()
  );
}

// ——— The draft and its paragraphs ———

export interface DraftValues {
  planId: string;
  title: PacText;
  opensOn: string;
  closesOn: string;
  closesAt: Date;
}

export async function insertDraft(db: Db, communeId: string, v: DraftValues, actorId: string, now: Date) {
  const row = await db
    .insertInto('pacDrafts')
    .values({ ...v, title: JSON.stringify(v.title), communeId, createdBy: actorId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDraft(db: Db, communeId: string, id: string, v: DraftValues, now: Date) {
  await db
    .updateTable('pacDrafts')
    .set({ ...v, title: JSON.stringify(v.title), updatedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export function findDraft(db: Db, communeId: string, id: string, lock = false) {
  let q = db.selectFrom('pacDrafts').select(DRAFT_COLUMNS).where('communeId', '=', communeId).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type DraftRow = NonNullable<Awaited<ReturnType<typeof findDraft>>>;

/** The commune's drafts, the latest opening first; `openBy` keeps those open to the public by that day. */
export function listDrafts(db: Db, communeId: string, openBy?: string) {
  let q = db.selectFrom('pacDrafts').select(DRAFT_COLUMNS).where('communeId', '=', communeId);
  if (openBy) q = q.where('opensOn', '<=', openBy);
  return q.orderBy('opensOn', 'desc').orderBy('id').limit(50).execute();
}

export interface ParagraphValues {
  section: number;
  sectionTitle: PacText;
  number: number;
  text: PacText;
}

export async function replaceParagraphs(db: Db, communeId: string, draftId: string, ps: ParagraphValues[]) {
  await db.deleteFrom('pacParagraphs').where('communeId', '=', communeId).where('draftId', '=', draftId).execute();
  if (ps.length === 0) return;
  await db
    .insertInto('pacParagraphs')
    .values(
      ps.map((p) => ({
        ...p,
        communeId,
        draftId,
        sectionTitle: JSON.stringify(p.sectionTitle),
        text: JSON.stringify(p.text),
      })),
    )
    .execute();
}

export function paragraphsOf(db: Db, communeId: string, draftId: string) {
  return db
    .selectFrom('pacParagraphs')
    .select(['id', 'section', 'sectionTitle', 'number', 'text'])
    .where('communeId', '=', communeId)
    .where('draftId', '=', draftId)
    .orderBy('section')
    .orderBy('number')
    .execute();
}

export function findParagraph(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('pacParagraphs')
    .select(['id', 'draftId', 'section', 'number'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// ——— Contributions ———

export const contributions = caseRows('pacContributions');

export function insertContribution(db: Db, c: Insertable<PacContributionsTable>) {
  return db.insertInto('pacContributions').values(c).returningAll().executeTakeFirstOrThrow();
}

export async function updateContribution(db: Db, communeId: string, id: string, set: Record<string, unknown>) {
  await db.updateTable('pacContributions').set(set).where('communeId', '=', communeId).where('id', '=', id).execute();
}

/** What the public reads of a contribution: never who wrote it. */
const PUBLIC_COLUMNS = [
  'c.id',
  'c.code',
  'c.paragraphId',
  'c.kind',
  'c.body',
  'c.proposedText',
  'c.state',
  'c.receivedAt',
  'c.dueAt',
  'c.answer',
  'c.answeredAt',
] as const;

export function contributionsOfDraft(db: Db, communeId: string, draftId: string) {
  return db
    .selectFrom('pacContributions as c')
    .select(PUBLIC_COLUMNS)
    .where('c.communeId', '=', communeId)
    .where('c.draftId', '=', draftId)
    .orderBy('c.receivedAt')
    .orderBy('c.code')
    .limit(5000)
    .execute();
}

/** Contributions with the paragraph they are on (its section and number, "2.3"). */
const withParagraph = (db: Db) =>
  db
    .selectFrom('pacContributions as c')
    .innerJoin('pacParagraphs as p', (j) =>
      j.onRef('p.communeId', '=', 'c.communeId').onRef('p.id', '=', 'c.paragraphId'),
    );
const LISTED_COLUMNS = [
  'c.code',
  'c.kind',
  'c.body',
  'c.proposedText',
  'c.state',
  'c.receivedAt',
  'c.dueAt',
  'c.answer',
  'c.answeredAt',
  'c.draftId',
  'p.section',
  'p.number',
] as const;

/** The commune's unanswered contributions, the nearest due date first, with their paragraph's number. */
export function unanswered(db: Db, communeId: string) {
  return withParagraph(db)
    .innerJoin('pacDrafts as d', (j) => j.onRef('d.communeId', '=', 'c.communeId').onRef('d.id', '=', 'c.draftId'))
    .select([
      'c.code',
      'c.kind',
      'c.receivedAt',
      'c.dueAt',
      'c.draftId',
      'd.title as draftTitle',
      'p.section',
      'p.number',
    ])
    .where('c.communeId', '=', communeId)
    .where('c.state', '=', 'received')
    .orderBy('c.dueAt')
    .orderBy('c.code')
    .limit(1000)
    .execute();
}

/** The staff queue's base query (cases/queries.ts `caseQueue` adds the filters, order and paging). */
export function queueColumns(db: Db) {
  return withParagraph(db).select([...LISTED_COLUMNS, 'c.id', 'p.text as paragraphText']);
}

/** What the account page lists of each own contribution (the kernel's `caseMine` adds the commune). */
export function mineColumns(db: Db) {
  return withParagraph(db).select(LISTED_COLUMNS);
}

// ——— The network's figures ———

/**
 * Per commune, the contributions received in [from, to): how many, answered, answered by their due date, and
 * still unanswered past it at `now` (the dashboard's "answered on time").
 */
export function contributionFigures(db: Db, from: Date, to: Date, now: Date) {
  return db
    .selectFrom('pacContributions')
    .select([
      'communeId',
      sql<number>`count(*)::int`.as('received'),
      sql<number>`count(*) filter (where answered_at is not null)::int`.as('answered'),
      sql<number>`count(*) filter (where answered_at is not null and answered_at <= due_at)::int`.as('onTime'),
      sql<number>`count(*) filter (where answered_at is null and due_at < ${now})::int`.as('overdue'),
    ])
    .where('receivedAt', '>=', from)
    .where('receivedAt', '<', to)
    .groupBy('communeId')
    .execute();
}

/** The years contributions were received in, newest first. */
export async function contributionYears(db: Db) {
  const rows = await db
    .selectFrom('pacContributions')
    .select(sql<number>`extract(year from received_at)::int`.as('year'))
    .distinct()
    .execute();
  return rows.map((r) => Number(r.year));
}
