import type {
  Db,
  SubsidiesTable,
  SubsidyKind,
  SubsidyReportKind,
  SubsidyReportState,
  SubsidyReportsTable,
  SubsidyState,
  SubsidyText,
  SubsidyTranchesTable,
} from '@shabaka/db';
import { sql, type Selectable } from 'kysely';

/** Every query names the commune: it leads each table's key. */

const SUBSIDY_COLUMNS = [
  'subsidies.id',
  'subsidies.communeId',
  'subsidies.associationId',
  'subsidies.callId',
  'subsidies.applicationId',
  'subsidies.deliberation',
  'subsidies.year',
  'subsidies.project',
  'subsidies.amountMad',
  'subsidies.kind',
  'subsidies.state',
  'subsidies.deliverables',
  'subsidies.documentCode',
  'subsidies.grantedAt',
  'subsidies.signedAt',
  'subsidies.closedAt',
  'subsidies.closeReason',
] as const;

/** What the ledger reads of a subsidy, a tranche and a report (the tables' own types, less who did what). */
export type SubsidyRow = Omit<Selectable<SubsidiesTable>, 'grantedBy'>;
export type TrancheRow = Omit<Selectable<SubsidyTranchesTable>, 'communeId' | 'paidBy'>;
export type ReportRow = Omit<Selectable<SubsidyReportsTable>, 'communeId' | 'filedBy' | 'reviewedBy'>;

export interface NewSubsidy {
  communeId: string;
  associationId: string;
  callId: string | null;
  applicationId: string | null;
  deliberation: string | null;
  year: number;
  project: SubsidyText;
  amountMad: number;
  kind: SubsidyKind;
  grantedBy: string;
  grantedAt: Date;
}

/** Inserts a subsidy; one per awarded dossier (a retried publication finds the first). */
export async function insertSubsidy(trx: Db, s: NewSubsidy): Promise<{ id: string; created: boolean }> {
  const row = await trx
    .insertInto('subsidies')
    .values({ ...s, project: JSON.stringify(s.project) })
    .onConflict((oc) => oc.columns(['communeId', 'applicationId']).where('applicationId', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return { id: row.id, created: true };
  const existing = await trx
    .selectFrom('subsidies')
    .select('id')
    .where('communeId', '=', s.communeId)
    .where('applicationId', '=', s.applicationId)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

export function findSubsidy(db: Db, communeId: string, id: string, lock = false) {
  let q = db
    .selectFrom('subsidies')
    .select(SUBSIDY_COLUMNS)
    .where('subsidies.communeId', '=', communeId)
    .where('subsidies.id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function tranchesOf(db: Db, communeId: string, ids: readonly string[]): Promise<TrancheRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('subsidyTranches')
    .select(['subsidyId', 'n', 'amountMad', 'dueOn', 'afterReport', 'paidOn', 'paymentRef'])
    .where('communeId', '=', communeId)
    .where('subsidyId', 'in', ids)
    .orderBy('subsidyId')
    .orderBy('n')
    .execute();
}

const REPORT_COLUMNS = [
  'subsidyReports.id',
  'subsidyReports.subsidyId',
  'subsidyReports.kind',
  'subsidyReports.dueOn',
  'subsidyReports.state',
  'subsidyReports.narrative',
  'subsidyReports.narrativeFileId',
  'subsidyReports.financialFileId',
  'subsidyReports.filedAt',
  'subsidyReports.reviewedAt',
  'subsidyReports.reviewNote',
] as const;

export function reportsOf(db: Db, communeId: string, ids: readonly string[]): Promise<ReportRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('subsidyReports')
    .select(REPORT_COLUMNS)
    .where('communeId', '=', communeId)
    .where('subsidyId', 'in', ids)
    .orderBy('dueOn')
    .execute();
}

/** A report with its subsidy's association, locked with it when asked (filing and review race otherwise). */
export function findReport(db: Db, communeId: string, reportId: string, lock = false) {
  let q = db
    .selectFrom('subsidyReports')
    .innerJoin('subsidies', (j) =>
      j
        .onRef('subsidies.communeId', '=', 'subsidyReports.communeId')
        .onRef('subsidies.id', '=', 'subsidyReports.subsidyId'),
    )
    .select([...REPORT_COLUMNS, 'subsidies.associationId', 'subsidies.state as subsidyState'])
    .where('subsidyReports.communeId', '=', communeId)
    .where('subsidyReports.id', '=', reportId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Replaces a subsidy's plan (before it is signed: afterwards the signed text is what binds). */
export async function replacePlan(
  trx: Db,
  communeId: string,
  id: string,
  plan: {
    deliverables: SubsidyText[];
    tranches: { amountMad: number; dueOn: string; afterReport: SubsidyReportKind | null }[];
    reports: { kind: SubsidyReportKind; dueOn: string }[];
  },
) {
  await trx
    .updateTable('subsidies')
    .set({ deliverables: JSON.stringify(plan.deliverables) })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
  await trx.deleteFrom('subsidyTranches').where('communeId', '=', communeId).where('subsidyId', '=', id).execute();
  await trx.deleteFrom('subsidyReports').where('communeId', '=', communeId).where('subsidyId', '=', id).execute();
  await trx
    .insertInto('subsidyTranches')
    .values(plan.tranches.map((t, i) => ({ communeId, subsidyId: id, n: i + 1, ...t })))
    .execute();
  await trx
    .insertInto('subsidyReports')
    .values(plan.reports.map((r) => ({ communeId, subsidyId: id, kind: r.kind, dueOn: r.dueOn })))
    .execute();
}

export function updateSubsidy(
  trx: Db,
  communeId: string,
  id: string,
  set: Partial<Pick<SubsidyRow, 'state' | 'documentCode' | 'signedAt' | 'closedAt' | 'closeReason'>>,
) {
  return trx.updateTable('subsidies').set(set).where('communeId', '=', communeId).where('id', '=', id).execute();
}

export function markPaid(
  trx: Db,
  communeId: string,
  id: string,
  n: number,
  paid: { paidOn: string; paymentRef: string; paidBy: string },
) {
  return trx
    .updateTable('subsidyTranches')
    .set(paid)
    .where('communeId', '=', communeId)
    .where('subsidyId', '=', id)
    .where('n', '=', n)
    .where('paidOn', 'is', null)
    .executeTakeFirst();
}

export function updateReport(
  trx: Db,
  communeId: string,
  reportId: string,
  set: {
    state: SubsidyReportState;
    narrative?: string;
    narrativeFileId?: string | null;
    financialFileId?: string;
    filedBy?: string;
    filedAt?: Date;
    reviewedBy?: string;
    reviewedAt?: Date;
    reviewNote?: string | null;
  },
) {
  return trx
    .updateTable('subsidyReports')
    .set(set)
    .where('communeId', '=', communeId)
    .where('id', '=', reportId)
    .execute();
}

export interface LedgerFilter {
  year?: number | undefined;
  associationId?: string | undefined;
  state?: SubsidyState | undefined;
  /** The public ledger leaves out what was cancelled before any payment. */
  publicOnly?: boolean;
}

function ledgerQuery(db: Db, communeIds: readonly string[], f: LedgerFilter) {
  let q = db
    .selectFrom('subsidies')
    .innerJoin('associations', (j) =>
      j
        .onRef('associations.communeId', '=', 'subsidies.communeId')
        .onRef('associations.id', '=', 'subsidies.associationId'),
    )
    .where('subsidies.communeId', 'in', communeIds);
  if (f.year !== undefined) q = q.where('subsidies.year', '=', f.year);
  if (f.associationId) q = q.where('subsidies.associationId', '=', f.associationId);
  if (f.state) q = q.where('subsidies.state', '=', f.state);
  if (f.publicOnly) q = q.where('subsidies.state', '!=', 'cancelled');
  return q;
}

/** One page of subsidies with their association's names, newest year first, largest amounts first. */
export function ledgerPage(
  db: Db,
  communeIds: readonly string[],
  f: LedgerFilter,
  page: { limit: number; offset: number },
) {
  return ledgerQuery(db, communeIds, f)
    .leftJoin('calls', (j) =>
      j.onRef('calls.communeId', '=', 'subsidies.communeId').onRef('calls.id', '=', 'subsidies.callId'),
    )
    .select([...SUBSIDY_COLUMNS, 'associations.names as associationNames', 'calls.title as callTitle'])
    .orderBy('subsidies.year', 'desc')
    .orderBy('subsidies.amountMad', 'desc')
    .orderBy('subsidies.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Per commune: how many subsidies the filter holds, and the amounts committed and paid over all of them. */
export async function ledgerTotals(db: Db, communeIds: readonly string[], f: LedgerFilter) {
  const rows = await ledgerQuery(db, communeIds, f)
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('subsidyTranches as t')
          .select((e) => e.fn.sum<string>('t.amountMad').as('paid'))
          .whereRef('t.communeId', '=', 'subsidies.communeId')
          .whereRef('t.subsidyId', '=', 'subsidies.id')
          .where('t.paidOn', 'is not', null)
          .as('p'),
      (j) => j.onTrue(),
    )
    .select((eb) => [
      'subsidies.communeId',
      eb.fn.countAll<string>().as('count'),
      eb.fn.sum<string>('subsidies.amountMad').as('committed'),
      eb.fn.sum<string>(eb.fn.coalesce('p.paid', sql<string>`0`)).as('paid'),
    ])
    .groupBy('subsidies.communeId')
    .execute();
  return rows.map((r) => ({
    communeId: r.communeId,
    count: Number(r.count),
    committedMad: Number(r.committed ?? 0),
    paidMad: Number(r.paid ?? 0),
  }));
}

/** The reports of a commune's associations still owed after their due day (the block and the flag). */
export function overdueReports(db: Db, communeId: string, associationId: string, today: string) {
  return db
    .selectFrom('subsidyReports')
    .innerJoin('subsidies', (j) =>
      j
        .onRef('subsidies.communeId', '=', 'subsidyReports.communeId')
        .onRef('subsidies.id', '=', 'subsidyReports.subsidyId'),
    )
    .select([
      'subsidyReports.id',
      'subsidyReports.kind',
      'subsidyReports.dueOn',
      'subsidies.id as subsidyId',
      'subsidies.project',
    ])
    .where('subsidyReports.communeId', '=', communeId)
    .where('subsidies.associationId', '=', associationId)
    .where('subsidies.state', '=', 'signed')
    .where('subsidyReports.state', 'in', ['due', 'returned'])
    .where('subsidyReports.dueOn', '<', today)
    .orderBy('subsidyReports.dueOn')
    .execute();
}

/** The years an association was subsidised (art. 32: accounts are due for each). */
export async function subsidisedYears(db: Db, communeId: string, associationId: string) {
  const rows = await db
    .selectFrom('subsidies')
    .select('year')
    .distinct()
    .where('communeId', '=', communeId)
    .where('associationId', '=', associationId)
    .where('state', 'in', ['signed', 'completed'])
    .orderBy('year')
    .execute();
  return rows.map((r) => r.year);
}

/** The associations an account is a verified representative of, in this commune. */
export async function representedBy(db: Db, communeId: string, accountId: string) {
  const rows = await db
    .selectFrom('associationRepresentatives')
    .select('associationId')
    .where('communeId', '=', communeId)
    .where('accountId', '=', accountId)
    .where('state', '=', 'verified')
    .execute();
  return rows.map((r) => r.associationId);
}

/**
 * Per commune, for the network overview: this year's subsidies committed and paid, how many
 * associations hold a signed subsidy, and how many of those owe no overdue report.
 */
export async function figureRows(db: Db, year: number, today: string) {
  const result = await sql<{
    communeId: string;
    committed: string | null;
    paid: string | null;
    followed: string;
    upToDate: string;
  }>`
    with s as (
      select commune_id, id, association_id, amount_mad, state from subsidies
      where year = ${year} and state <> 'cancelled'
    ), paid as (
      select t.commune_id, sum(t.amount_mad) as paid from subsidy_tranches t
      join s on s.commune_id = t.commune_id and s.id = t.subsidy_id
      where t.paid_on is not null group by t.commune_id
    ), late as (
      select distinct x.commune_id, x.association_id from subsidies x
      join subsidy_reports r on r.commune_id = x.commune_id and r.subsidy_id = x.id
      where x.state = 'signed' and r.state in ('due', 'returned') and r.due_on < ${today}::date
    ), followed as (
      select distinct commune_id, association_id from s where state in ('signed', 'completed')
    )
    select s.commune_id as "communeId", sum(s.amount_mad) as committed,
      (select p.paid from paid p where p.commune_id = s.commune_id) as paid,
      (select count(*) from followed f where f.commune_id = s.commune_id) as followed,
      (select count(*) from followed f where f.commune_id = s.commune_id
        and not exists (select 1 from late l where l.commune_id = f.commune_id and l.association_id = f.association_id)) as "upToDate"
    from s group by s.commune_id`.execute(db);
  return result.rows.map((r) => ({
    communeId: r.communeId,
    committedMad: Number(r.committed ?? 0),
    paidMad: Number(r.paid ?? 0),
    followed: Number(r.followed),
    upToDate: Number(r.upToDate),
  }));
}
