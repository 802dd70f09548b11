import type { Db, SubsidyReportKind, SubsidyText } from '@shabaka/db';
import { isRepresentative } from '../associations';
import { recordAudit, type AuditAction } from '../audit';
import { localDate } from '../calendar';
import { networkCommunes, type CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { processScan, putFile } from '../files';
import * as documents from '../documents';
import { issueSubsidyDocument, subsidyDocumentKey } from './documents';
import * as repo from './repository';
import type { LedgerInput, PrepareInput } from './schemas';
import { subsidySettings } from './settings';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../audit/actions' {
  interface DomainAuditActions {
    'subsidy.granted': true;
    'subsidy.prepared': true;
    'subsidy.signed': true;
    'subsidy.tranche_paid': true;
    'subsidy.report_filed': true;
    'subsidy.report_accepted': true;
    'subsidy.report_returned': true;
    'subsidy.completed': true;
    'subsidy.cancelled': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock'>;
type AccessCtx = Ctx & Pick<InnerContext, 'access'>;
type Commune = Pick<CommuneRow, 'id'>;
import type { Viewer } from '../viewer';
export type { Viewer };

/** The commune's day: deadlines and due dates are Moroccan calendar days, never UTC ones. */
const today = (ctx: Pick<InnerContext, 'clock'>) => localDate(ctx.clock.now());

async function audit(db: Db, communeId: string, actorId: string, action: AuditAction, id: string, data = {}) {
  await recordAudit(db, { communeId, actorId, action, targetType: 'subsidy', targetId: id, data });
}

// ——— Granting (calls for projects, or a council deliberation) ———

export interface GrantArgs {
  communeId: string;
  associationId: string;
  /** The call and dossier it was awarded on; both null for a subsidy the council decided outside any call. */
  callId: string | null;
  applicationId: string | null;
  deliberation?: string | null;
  project: SubsidyText;
  amountMad: number;
  year: number;
  actorId: string;
  now: Date;
}

/**
 * Enters a subsidy in the ledger, inside the caller's transaction (a call's publication of its
 * results grants every awarded dossier with it, or none). Convention or decision is fixed now,
 * from the commune's threshold in force (PM circular 7/2003). Granting a dossier twice returns
 * the first subsidy: a retried publication never commits the money twice.
 */
export async function grantSubsidy(trx: Db, g: GrantArgs): Promise<{ id: string; kind: 'convention' | 'decision' }> {
  const settings = await subsidySettings(trx, g.communeId);
  const kind = g.amountMad >= settings.conventionThresholdMad ? 'convention' : 'decision';
  const { id, created } = await repo.insertSubsidy(trx, {
    communeId: g.communeId,
    associationId: g.associationId,
    callId: g.callId,
    applicationId: g.applicationId,
    deliberation: g.deliberation ?? null,
    year: g.year,
    project: g.project,
    amountMad: g.amountMad,
    kind,
    grantedBy: g.actorId,
    grantedAt: g.now,
  });
  if (created)
    await audit(trx, g.communeId, g.actorId, 'subsidy.granted', id, {
      amountMad: g.amountMad,
      kind,
      callId: g.callId,
      applicationId: g.applicationId,
    });
  return { id, kind };
}

/** A subsidy the council decided by deliberation, entered by staff. */
export async function grant(
  ctx: Ctx,
  commune: Commune,
  input: { associationId: string; project: SubsidyText; amountMad: number; year: number; deliberation: string },
  actorId: string,
) {
  const known = await ctx.db
    .selectFrom('associations')
    .select('id')
    .where('communeId', '=', commune.id)
    .where('id', '=', input.associationId)
    .executeTakeFirst();
  if (!known)
    throw badRequest('unknown_association', 'No such association in this commune’s registry.', 'associationId');
  return ctx.db.transaction().execute((trx) =>
    grantSubsidy(trx, {
      communeId: commune.id,
      associationId: input.associationId,
      callId: null,
      applicationId: null,
      deliberation: input.deliberation,
      project: input.project,
      amountMad: input.amountMad,
      year: input.year,
      actorId,
      now: ctx.clock.now(),
    }),
  );
}

async function locked(trx: Db, commune: Commune, id: string) {
  const s = await repo.findSubsidy(trx, commune.id, id, true);
  if (!s) throw notFound('unknown_subsidy', 'No such subsidy in this commune.');
  return s;
}

/** Deliverables, tranches and reports: what the convention or decision will say, until it is signed. */
export async function prepare(ctx: Ctx, commune: Commune, input: PrepareInput, actorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await locked(trx, commune, input.id);
    if (s.state !== 'awarded')
      throw conflict('already_signed', 'This subsidy is signed: its plan is the signed text and cannot change.');
    const sum = input.tranches.reduce((t, x) => t + x.amountMad, 0);
    if (sum !== s.amountMad)
      throw badRequest(
        'tranches_mismatch',
        `The tranches add up to ${sum} dirhams; the subsidy is ${s.amountMad} dirhams.`,
        'tranches',
      );
    const tranches = [...input.tranches].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
    const reports = [...input.reports].sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
    await repo.replacePlan(trx, commune.id, s.id, { deliverables: input.deliverables, tranches, reports });
    await audit(trx, commune.id, actorId, 'subsidy.prepared', s.id, {
      tranches: tranches.length,
      reports: reports.map((r) => r.kind),
    });
    return { id: s.id };
  });
}

/**
 * Signs the convention (or the decision) with the commune's key: the PDF verifies at
 * /verify/<code> like every signed document. Issued once per subsidy (its idempotency key), so a
 * retried click finds the same document; the subsidy then binds the plan it prints.
 */
export async function sign(
  ctx: Ctx & Pick<InnerContext, 'events' | 'signing'>,
  commune: CommuneRow,
  id: string,
  actorId: string,
) {
  const s = await repo.findSubsidy(ctx.db, commune.id, id);
  if (!s) throw notFound('unknown_subsidy', 'No such subsidy in this commune.');
  if (s.state === 'cancelled') throw conflict('subsidy_closed', 'This subsidy was cancelled.');
  if (s.state !== 'awarded' && s.documentCode) {
    const signed = await documents.findByKey(ctx, commune, subsidyDocumentKey(s.id));
    if (signed)
      return {
        id: s.id,
        kind: s.kind,
        code: signed.code,
        verifyUrl: signed.verifyUrl,
        downloadPath: signed.downloadPath,
      };
  }
  const [tranches, reports] = await Promise.all([
    repo.tranchesOf(ctx.db, commune.id, [s.id]),
    repo.reportsOf(ctx.db, commune.id, [s.id]),
  ]);
  if (tranches.length === 0)
    throw conflict('not_prepared', 'Plan the deliverables, tranches and reports before signing.');
  const document = await issueSubsidyDocument(ctx, commune, actorId, s, tranches, reports);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await locked(trx, commune, id);
    if (row.state !== 'awarded') return;
    await repo.updateSubsidy(trx, commune.id, id, {
      state: 'signed',
      documentCode: document.code,
      signedAt: ctx.clock.now(),
    });
    await audit(trx, commune.id, actorId, 'subsidy.signed', id, { code: document.code, kind: s.kind });
  });
  return {
    id: s.id,
    kind: s.kind,
    code: document.code,
    verifyUrl: document.verifyUrl,
    downloadPath: document.downloadPath,
  };
}

/**
 * Records a tranche paid. Refused while a report of this subsidy is overdue (the signed text says
 * so), and a tranche tied to a report waits for every report of that kind due by its date to be
 * accepted.
 */
export async function pay(
  ctx: Ctx,
  commune: Commune,
  input: { id: string; n: number; paidOn: string; paymentRef: string },
  actorId: string,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await locked(trx, commune, input.id);
    if (s.state !== 'signed') throw conflict('not_signed', 'Only a signed subsidy is paid.');
    const [tranches, reports] = await Promise.all([
      repo.tranchesOf(trx, commune.id, [s.id]),
      repo.reportsOf(trx, commune.id, [s.id]),
    ]);
    const t = tranches.find((x) => x.n === input.n);
    if (!t) throw badRequest('unknown_tranche', `This subsidy has no tranche ${input.n}.`, 'n');
    if (t.paidOn) throw conflict('already_paid', `Tranche ${input.n} was paid on ${t.paidOn}.`, 'n');
    const day = today(ctx);
    if (input.paidOn > day) throw badRequest('future_date', 'A payment is recorded once made.', 'paidOn');
    // Overdue on the day the money left, so a payment made in time is recorded late without a false refusal.
    const overdue = reports.filter((r) => isOverdue(r, input.paidOn));
    if (overdue.length > 0)
      throw conflict(
        'report_overdue',
        `A report is overdue (due ${overdue[0]!.dueOn}): payments wait until it is filed and accepted.`,
        'n',
      );
    if (t.afterReport) {
      const kind = t.afterReport;
      const owed = reports.filter((r) => r.kind === kind && (r.dueOn <= t.dueOn || kind === 'final'));
      const waiting = (owed.length > 0 ? owed : reports.filter((r) => r.kind === kind)).filter(
        (r) => r.state !== 'accepted',
      );
      if (waiting.length > 0)
        throw conflict('report_not_accepted', `Tranche ${input.n} is paid once the ${kind} report is accepted.`, 'n');
    }
    await repo.markPaid(trx, commune.id, s.id, input.n, {
      paidOn: input.paidOn,
      paymentRef: input.paymentRef,
      paidBy: actorId,
    });
    await audit(trx, commune.id, actorId, 'subsidy.tranche_paid', s.id, { n: input.n, amountMad: t.amountMad });
    await completeIfDone(trx, commune, s.id, actorId, ctx.clock.now());
    return { id: s.id, n: input.n };
  });
}

/** A subsidy is completed once every tranche is paid and every report accepted. */
async function completeIfDone(trx: Db, commune: Commune, id: string, actorId: string, now: Date) {
  const [tranches, reports] = await Promise.all([
    repo.tranchesOf(trx, commune.id, [id]),
    repo.reportsOf(trx, commune.id, [id]),
  ]);
  if (tranches.every((t) => t.paidOn) && reports.every((r) => r.state === 'accepted')) {
    await repo.updateSubsidy(trx, commune.id, id, { state: 'completed', closedAt: now });
    await audit(trx, commune.id, actorId, 'subsidy.completed', id);
  }
}

const isOverdue = (r: { state: string; dueOn: string }, day: string) =>
  (r.state === 'due' || r.state === 'returned') && r.dueOn < day;

/** Cancels a subsidy nothing was paid on (a withdrawn project), with the reason kept. */
export async function cancel(ctx: Ctx, commune: Commune, input: { id: string; reason: string }, actorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await locked(trx, commune, input.id);
    if (s.state === 'cancelled' || s.state === 'completed')
      throw conflict('subsidy_closed', 'This subsidy is already closed.');
    const tranches = await repo.tranchesOf(trx, commune.id, [s.id]);
    if (tranches.some((t) => t.paidOn))
      throw conflict('already_paid', 'Money was paid on this subsidy: it is followed to its final report.');
    await repo.updateSubsidy(trx, commune.id, s.id, {
      state: 'cancelled',
      closedAt: ctx.clock.now(),
      closeReason: input.reason,
    });
    await audit(trx, commune.id, actorId, 'subsidy.cancelled', s.id, { reason: input.reason });
    return { id: s.id };
  });
}

// ——— Reports (dahir 1-58-376 art. 32) ———

const isStaff = (ctx: AccessCtx, v: Viewer) => ctx.access.communeAllows('subsidies:manage', v.roles, v.networkRoles);

/** Staff of the commune, or a verified representative of the subsidised association. */
async function requireReportAccess(ctx: AccessCtx, commune: Commune, associationId: string, v: Viewer) {
  if (isStaff(ctx, v)) return;
  if (!(await isRepresentative(ctx.db, commune.id, v.userId, associationId)))
    throw forbidden('not_representative', 'Only the commune’s staff and the association’s representatives see this.');
}

/**
 * A representative files a report (or staff key in the one brought to the counter): the narrative,
 * and the accounts of the money as a document (PDF or scan). Files are checked before anything is
 * stored; a refused file stores nothing.
 */
export async function fileReport(
  ctx: AccessCtx & Pick<InnerContext, 'language'>,
  commune: Commune,
  input: {
    reportId: string;
    narrative: string;
    narrativeFile?: { name?: string | undefined; dataBase64: string } | undefined;
    financialFile: { name?: string | undefined; dataBase64: string };
  },
  v: Viewer,
) {
  const found = await repo.findReport(ctx.db, commune.id, input.reportId);
  if (!found) throw notFound('unknown_report', 'No such report in this commune.');
  await requireReportAccess(ctx, commune, found.associationId, v);
  const scan = async (file: { dataBase64: string }, field: string) => {
    const data = Buffer.from(file.dataBase64, 'base64');
    if (data.length === 0) throw badRequest('empty_file', 'The file is empty.', field);
    return (await processScan(data, field, ctx)).main;
  };
  const financial = await scan(input.financialFile, 'financialFile');
  const narrativeFile = input.narrativeFile ? await scan(input.narrativeFile, 'narrativeFile') : null;
  return ctx.db.transaction().execute(async (trx) => {
    const r = await repo.findReport(trx, commune.id, input.reportId, true);
    if (!r || r.subsidyState !== 'signed')
      throw conflict('subsidy_closed', 'Reports are filed on a signed subsidy that is still followed.');
    if (r.state !== 'due' && r.state !== 'returned')
      throw conflict('already_filed', 'This report was filed; staff review it.', 'reportId');
    const financialFileId = await putFile(trx, commune.id, financial);
    const narrativeFileId = narrativeFile ? await putFile(trx, commune.id, narrativeFile) : null;
    const now = ctx.clock.now();
    await repo.updateReport(trx, commune.id, r.id, {
      state: 'filed',
      narrative: input.narrative,
      narrativeFileId,
      financialFileId,
      filedBy: v.userId,
      filedAt: now,
      reviewNote: null,
    });
    await audit(trx, commune.id, v.userId, 'subsidy.report_filed', r.subsidyId, { report: r.id, kind: r.kind });
    return { id: r.id, state: 'filed' as const, filedAt: now };
  });
}

/** Staff accept a filed report, or return it saying what it lacks (it is owed again, by its due day). */
export async function reviewReport(
  ctx: Ctx,
  commune: Commune,
  input: { reportId: string; decision: 'accept' | 'return'; note?: string | undefined },
  actorId: string,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const r = await repo.findReport(trx, commune.id, input.reportId, true);
    if (!r) throw notFound('unknown_report', 'No such report in this commune.');
    if (r.state !== 'filed') throw conflict('not_filed', 'Only a filed report is reviewed.', 'reportId');
    const state = input.decision === 'accept' ? 'accepted' : 'returned';
    await repo.updateReport(trx, commune.id, r.id, {
      state,
      reviewedBy: actorId,
      reviewedAt: ctx.clock.now(),
      reviewNote: input.note ?? null,
    });
    await audit(
      trx,
      commune.id,
      actorId,
      state === 'accepted' ? 'subsidy.report_accepted' : 'subsidy.report_returned',
      r.subsidyId,
      { report: r.id, kind: r.kind },
    );
    if (state === 'accepted') await completeIfDone(trx, commune, r.subsidyId, actorId, ctx.clock.now());
    return { id: r.id, state };
  });
}

/** One of a report's files, for staff and the association's representatives. */
export async function reportFile(
  ctx: AccessCtx,
  commune: Commune,
  input: { reportId: string; which: 'narrative' | 'financial' },
  v: Viewer,
) {
  const r = await repo.findReport(ctx.db, commune.id, input.reportId);
  if (!r) throw notFound('unknown_report', 'No such report in this commune.');
  await requireReportAccess(ctx, commune, r.associationId, v);
  const fileId = input.which === 'narrative' ? r.narrativeFileId : r.financialFileId;
  if (!fileId) throw notFound('unknown_document', 'This report has no such file.');
  const f = await ctx.db
    .selectFrom('files')
    .select(['mime', 'bytes'])
    .where('communeId', '=', commune.id)
    .where('id', '=', fileId)
    .executeTakeFirstOrThrow();
  return { mime: f.mime, dataBase64: Buffer.from(f.bytes).toString('base64') };
}

// ——— What other domains ask ———

/**
 * The reports an association owes past their due day in this commune: a call refuses its next
 * application while any is (the setting `blockApplicationsWhileReportsOverdue`), the registry flags it.
 */
export async function overdueReports(db: Db, communeId: string, associationId: string, now: Date) {
  const [rows, settings] = await Promise.all([
    repo.overdueReports(db, communeId, associationId, localDate(now)),
    subsidySettings(db, communeId),
  ]);
  return {
    overdue: rows.length > 0,
    blocksApplications: rows.length > 0 && settings.blockApplicationsWhileReportsOverdue,
    reports: rows.map((r) => ({ id: r.id, kind: r.kind, dueOn: r.dueOn, subsidyId: r.subsidyId, project: r.project })),
  };
}

/** The years an association was subsidised here (art. 32: its budget and accounts are due for each). */
export const subsidisedYears = (db: Db, communeId: string, associationId: string) =>
  repo.subsidisedYears(db, communeId, associationId);

// ——— Reading the ledger ———

type ReportStatus = 'none_due' | 'up_to_date' | 'overdue' | 'completed';

/** Where an association stands on a subsidy's reports, as the public ledger says it. */
function reportStatus(s: repo.SubsidyRow, reports: readonly repo.ReportRow[], day: string): ReportStatus {
  if (s.state === 'completed') return 'completed';
  if (reports.some((r) => isOverdue(r, day))) return 'overdue';
  return reports.some((r) => r.dueOn < day) ? 'up_to_date' : 'none_due';
}

/**
 * A ledger line as anyone may read it: beneficiary, project, source, amounts committed and paid
 * per tranche, year, report status. No person's data: no bureau, no bank details, no payment
 * references, no report contents.
 */
export interface LedgerEntry {
  id: string;
  year: number;
  association: { id: string; names: { ar: string; fr: string } };
  project: SubsidyText;
  callId: string | null;
  /** The call's title when the subsidy was granted on one (its results page is /calls/<callId>). */
  callTitle: SubsidyText | null;
  deliberation: string | null;
  kind: 'convention' | 'decision';
  state: 'awarded' | 'signed' | 'completed' | 'cancelled';
  amountMad: number;
  paidMad: number;
  tranches: { n: number; amountMad: number; dueOn: string; paidOn: string | null }[];
  reportStatus: ReportStatus;
  /** The signed convention or decision, verifiable by anyone at /verify/<code>. */
  documentCode: string | null;
}

async function entriesOf(
  db: Db,
  communeId: string,
  rows: (repo.SubsidyRow & { associationNames: { ar: string; fr: string }; callTitle: SubsidyText | null })[],
  day: string,
) {
  const ids = rows.map((r) => r.id);
  const [tranches, reports] = await Promise.all([
    repo.tranchesOf(db, communeId, ids),
    repo.reportsOf(db, communeId, ids),
  ]);
  return rows.map((s) => {
    const own = tranches.filter((t) => t.subsidyId === s.id);
    const entry: LedgerEntry = {
      id: s.id,
      year: s.year,
      association: { id: s.associationId, names: s.associationNames },
      project: s.project,
      callId: s.callId,
      callTitle: s.callTitle,
      deliberation: s.deliberation,
      kind: s.kind,
      state: s.state,
      amountMad: s.amountMad,
      paidMad: own.filter((t) => t.paidOn).reduce((a, t) => a + t.amountMad, 0),
      tranches: own.map((t) => ({ n: t.n, amountMad: t.amountMad, dueOn: t.dueOn, paidOn: t.paidOn })),
      reportStatus: reportStatus(
        s,
        reports.filter((r) => r.subsidyId === s.id),
        day,
      ),
      documentCode: s.documentCode,
    };
    return { entry, reports: reports.filter((r) => r.subsidyId === s.id), tranches: own, row: s };
  });
}

/** The commune's public ledger: one page, with the totals of everything the filter holds. */
export async function ledger(ctx: Ctx, commune: Commune, input: LedgerInput) {
  const filter = { year: input.year, associationId: input.associationId, publicOnly: true };
  const [rows, totals, years] = await Promise.all([
    repo.ledgerPage(ctx.db, [commune.id], filter, {
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    }),
    repo.ledgerTotals(ctx.db, [commune.id], filter),
    ledgerYears(ctx.db, [commune.id]),
  ]);
  const t = totals[0] ?? { count: 0, committedMad: 0, paidMad: 0 };
  return {
    items: (await entriesOf(ctx.db, commune.id, rows, today(ctx))).map((e) => e.entry),
    total: t.count,
    committedMad: t.committedMad,
    paidMad: t.paidMad,
    page: input.page,
    pageSize: input.pageSize,
    years,
  };
}

async function ledgerYears(db: Db, communeIds: readonly string[]) {
  const rows = await db
    .selectFrom('subsidies')
    .select('year')
    .distinct()
    .where('communeId', 'in', communeIds)
    .where('state', '!=', 'cancelled')
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => r.year);
}

/**
 * Every commune's totals for a year (this year when absent), for the network's pages: subsidies,
 * amounts committed and paid, and how many subsidised associations owe no overdue report.
 */
export async function networkLedger(ctx: Ctx, input: { year?: number | undefined }) {
  const day = today(ctx);
  const year = input.year ?? Number(day.slice(0, 4));
  const communes = await networkCommunes(ctx.db);
  const ids = communes.map((c) => c.id);
  const [totals, follow, years] = await Promise.all([
    repo.ledgerTotals(ctx.db, ids, { year, publicOnly: true }),
    repo.figureRows(ctx.db, year, day),
    ledgerYears(ctx.db, ids),
  ]);
  const rows = communes.map((c) => {
    const t = totals.find((x) => x.communeId === c.id);
    const f = follow.find((x) => x.communeId === c.id);
    return {
      commune: c.slug,
      names: c.names,
      count: t?.count ?? 0,
      committedMad: t?.committedMad ?? 0,
      paidMad: t?.paidMad ?? 0,
      subsidisedAssociations: f?.followed ?? 0,
      reportsUpToDate: f?.upToDate ?? 0,
    };
  });
  const sum = (k: 'count' | 'committedMad' | 'paidMad') => rows.reduce((a, r) => a + r[k], 0);
  return {
    year,
    communes: rows,
    count: sum('count'),
    committedMad: sum('committedMad'),
    paidMad: sum('paidMad'),
    years,
  };
}

/** At most this many lines in one download: a commune's decade fits many times over. */
export const EXPORT_MAX_ROWS = 20_000;

/** Every public line of the ledger (one commune, or the network when `communeIds` holds them all), for CSV/JSON. */
export async function ledgerExport(
  db: Db,
  communes: readonly Pick<CommuneRow, 'id' | 'slug'>[],
  year: number | undefined,
  now: Date,
) {
  const day = localDate(now);
  const out: (LedgerEntry & { commune: string })[] = [];
  for (const c of communes) {
    const rows = await repo.ledgerPage(db, [c.id], { year, publicOnly: true }, { limit: EXPORT_MAX_ROWS, offset: 0 });
    for (const e of await entriesOf(db, c.id, rows, day)) out.push({ commune: c.slug, ...e.entry });
  }
  return out;
}

/** The staff desk's list: every subsidy with its plan, reports and internal references. */
export async function staffList(
  ctx: Ctx,
  commune: Commune,
  input: { state?: 'awarded' | 'signed' | 'completed' | 'cancelled' | undefined; year?: number | undefined },
) {
  const rows = await repo.ledgerPage(ctx.db, [commune.id], input, { limit: 500, offset: 0 });
  return (await entriesOf(ctx.db, commune.id, rows, today(ctx))).map(({ entry, reports, tranches, row }) => ({
    ...entry,
    deliverables: row.deliverables,
    closeReason: row.closeReason,
    tranches: tranches.map((t) => ({
      n: t.n,
      amountMad: t.amountMad,
      dueOn: t.dueOn,
      afterReport: t.afterReport,
      paidOn: t.paidOn,
      paymentRef: t.paymentRef,
    })),
    reports: reports.map(reportView),
  }));
}

const reportView = (r: repo.ReportRow) => ({
  id: r.id,
  kind: r.kind,
  dueOn: r.dueOn,
  state: r.state,
  narrative: r.narrative,
  hasNarrativeFile: r.narrativeFileId !== null,
  hasFinancialFile: r.financialFileId !== null,
  filedAt: r.filedAt,
  reviewedAt: r.reviewedAt,
  reviewNote: r.reviewNote,
});

/** The subsidies of the associations an account represents here, with the reports they owe. */
export async function mine(ctx: Ctx, commune: Commune, accountId: string) {
  const associations = await repo.representedBy(ctx.db, commune.id, accountId);
  if (associations.length === 0) return [];
  const day = today(ctx);
  const out = [];
  for (const associationId of associations) {
    const rows = await repo.ledgerPage(ctx.db, [commune.id], { associationId }, { limit: 200, offset: 0 });
    for (const { entry, reports, row } of await entriesOf(ctx.db, commune.id, rows, day))
      out.push({
        ...entry,
        deliverables: row.deliverables,
        reports: reports.map((r) => ({ ...reportView(r), overdue: isOverdue(r, day) })),
      });
  }
  return out;
}

export type ReportKind = SubsidyReportKind;
