import type { AssociationDocumentKind, Db } from '@shabaka/db';
import { recordAudit, type AuditAction } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, forbidden, isUniqueViolation, notFound } from '../errors';
import { processScan, putFile } from '../files';
import { overdueReports, subsidisedYears } from '../subsidies';
import { associationFlags, type SubsidyStanding } from './flags';
import * as repo from './repository';
import {
  RECORD_KEYS,
  type AssociationRecord,
  type CreateAssociationInput,
  type DirectoryInput,
  type RecordPatch,
} from './schemas';
import { associationSettings } from './settings';

type Ctx = Pick<InnerContext, 'db' | 'clock'>;
type Commune = Pick<CommuneRow, 'id'>;
import type { Viewer } from '../viewer';
export type { Viewer };
type AccessCtx = Ctx & Pick<InnerContext, 'access'>;

/**
 * Whether an account is a verified representative of an association of this commune's
 * registry (rooms and petitions ask this): an association registered elsewhere is not one.
 */
export const isRepresentative = (db: Db, communeId: string, accountId: string, associationId: string) =>
  repo.isVerifiedRepresentative(db, communeId, accountId, associationId);

const today = (ctx: Ctx) => ctx.clock.now().toISOString().slice(0, 10);

/** What anyone may read: no bureau, no bank details, no documents, no private dates. */
export function publicAssociation(a: repo.AssociationRow) {
  return {
    id: a.id,
    names: a.names,
    object: a.object,
    sectors: a.sectors,
    seatNeighbourhood: a.seatNeighbourhood,
    seatLocation: a.seatLat !== null && a.seatLon !== null ? { lat: a.seatLat, lon: a.seatLon } : null,
    branches: a.branches,
    publicUtility: a.publicUtilityDecree !== null,
    publicUtilityDecree: a.publicUtilityDecree,
    contactEmail: a.contactEmail,
    contactPhone: a.contactPhone,
  };
}
export type PublicAssociation = ReturnType<typeof publicAssociation>;

export async function directory(ctx: Ctx, commune: Commune, input: DirectoryInput) {
  const { page, pageSize, ...filter } = input;
  const [{ rows, total }, neighbourhoods] = await Promise.all([
    repo.listAssociations(ctx.db, commune.id, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.neighbourhoods(ctx.db, commune.id),
  ]);
  return { items: rows.map(publicAssociation), total, page, pageSize, neighbourhoods };
}

async function found(db: Db, commune: Commune, id: string) {
  const a = await repo.findAssociation(db, commune.id, id);
  if (!a) throw notFound('unknown_association', 'No such association in this commune.');
  return a;
}

export async function detail(ctx: Ctx, commune: Commune, id: string) {
  return publicAssociation(await found(ctx.db, commune, id));
}

const isStaff = (ctx: AccessCtx, v: Viewer) => ctx.access.communeAllows('associations:manage', v.roles, v.networkRoles);

/** Staff of the commune, or a verified representative of this association; anyone else is refused. */
async function requirePrivateAccess(ctx: AccessCtx, commune: Commune, id: string, v: Viewer) {
  const a = await found(ctx.db, commune, id);
  const staff = isStaff(ctx, v);
  if (!staff && !(await isRepresentative(ctx.db, commune.id, v.userId, a.id)))
    throw forbidden(
      'not_representative',
      'Only the commune’s staff and the association’s verified representatives see this.',
    );
  return { a, staff };
}

/**
 * Where an association stands with the commune's subsidies (art. 32 accounts), asked of the subsidies domain.
 * (subsidies/ imports the registry too; the two meet only inside functions, so the module cycle is harmless.)
 */
async function subsidyStanding(ctx: Ctx, commune: Commune, associationId: string): Promise<SubsidyStanding> {
  const years = await subsidisedYears(ctx.db, commune.id, associationId);
  // Reports are owed under signed subsidies only, which count among the years: most of a register never asks twice.
  if (years.length === 0) return { years, overdue: [] };
  const owed = await overdueReports(ctx.db, commune.id, associationId, ctx.clock.now());
  return { years, overdue: owed.reports };
}

/**
 * One association's record and its flags on today's date, for another domain's checks (petitions ask whether it
 * may petition, and which condition fails); undefined when the commune has no such association.
 */
export async function standingOf(ctx: Ctx, commune: Commune, id: string) {
  const a = await repo.findAssociation(ctx.db, commune.id, id);
  if (!a) return undefined;
  const [documents, settings, subsidies] = await Promise.all([
    repo.listDocuments(ctx.db, commune.id, [a.id]),
    associationSettings(ctx.db, commune.id),
    subsidyStanding(ctx, commune, a.id),
  ]);
  const flags = associationFlags(
    a,
    documents.map((d) => d.kind),
    settings,
    today(ctx),
    subsidies,
  );
  // The kinds on file and whether the bureau is listed: what a petition's annexes (decree 2.16.403) are checked
  // against, without the documents or the members themselves leaving this domain.
  return {
    association: publicAssociation(a),
    flags,
    documentKinds: documents.map((d) => d.kind),
    bureauListed: a.bureau.length > 0,
  };
}

/** The whole record with its flags (and why), documents, and changes under review: staff and representatives. */
export async function privateView(ctx: AccessCtx, commune: Commune, id: string, v: Viewer) {
  const { a, staff } = await requirePrivateAccess(ctx, commune, id, v);
  const [documents, settings, changes, subsidies] = await Promise.all([
    repo.listDocuments(ctx.db, commune.id, [a.id]),
    associationSettings(ctx.db, commune.id),
    repo.changesOf(ctx.db, commune.id, a.id),
    subsidyStanding(ctx, commune, a.id),
  ]);
  return {
    ...publicAssociation(a),
    record: repo.recordOf(a),
    version: a.version,
    updatedAt: a.updatedAt,
    flags: associationFlags(
      a,
      documents.map((d) => d.kind),
      settings,
      today(ctx),
      subsidies,
    ),
    settings,
    documents,
    changes: changes.map(({ names: _n, ...c }) => c),
    asStaff: staff,
  };
}

/** The desk's list: every association with its flags (one documents query for the page). */
export async function staffList(ctx: Ctx, commune: Commune, q: string | undefined) {
  const { rows } = await repo.listAssociations(ctx.db, commune.id, { q }, { limit: 500, offset: 0 });
  const [documents, settings] = await Promise.all([
    repo.listDocuments(
      ctx.db,
      commune.id,
      rows.map((r) => r.id),
    ),
    associationSettings(ctx.db, commune.id),
  ]);
  // One small indexed read per association (two for a subsidised one: the subsidies domain answers per
  // association); a commune's register is a few hundred at most.
  const standings = await Promise.all(rows.map((a) => subsidyStanding(ctx, commune, a.id)));
  const day = today(ctx);
  return rows.map((a, i) => ({
    ...publicAssociation(a),
    version: a.version,
    flags: associationFlags(
      a,
      documents.filter((d) => d.associationId === a.id).map((d) => d.kind),
      settings,
      day,
      standings[i],
    ),
  }));
}

async function audit(db: Db, commune: Commune, actorId: string, action: AuditAction, id: string, data = {}) {
  await recordAudit(db, { communeId: commune.id, actorId, action, targetType: 'association', targetId: id, data });
}

/** Staff register an association; its first version is kept like every later one. */
export async function create(ctx: Ctx, commune: Commune, given: CreateAssociationInput, actorId: string) {
  const input = Object.fromEntries(RECORD_KEYS.map((k) => [k, given[k]])) as AssociationRecord;
  const now = ctx.clock.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertAssociation(trx, commune.id, input, now);
    await repo.insertVersion(trx, commune.id, {
      associationId: id,
      version: 1,
      record: input,
      authorId: actorId,
      changeId: null,
    });
    await audit(trx, commune, actorId, 'association.created', id);
    return id;
  });
  return { id, version: 1 };
}

const changedKeys = (patch: RecordPatch) => RECORD_KEYS.filter((k) => patch[k] !== undefined);

/** A new version of the record: row, version and audit in one transaction (the row locked by the caller). */
async function applyPatch(
  trx: Db,
  commune: Commune,
  a: repo.AssociationRow,
  patch: RecordPatch,
  actorId: string,
  at: Date,
  changeId: string | null,
) {
  const record: AssociationRecord = { ...repo.recordOf(a) };
  for (const k of changedKeys(patch)) (record as Record<string, unknown>)[k] = patch[k];
  const version = a.version + 1;
  await repo.updateAssociation(trx, commune.id, a.id, record, version, at);
  await repo.insertVersion(trx, commune.id, { associationId: a.id, version, record, authorId: actorId, changeId });
  return version;
}

async function locked(trx: Db, commune: Commune, id: string) {
  const a = await repo.lockAssociation(trx, commune.id, id);
  if (!a) throw notFound('unknown_association', 'No such association in this commune.');
  return a;
}

export async function update(ctx: Ctx, commune: Commune, id: string, patch: RecordPatch, actorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const a = await locked(trx, commune, id);
    const version = await applyPatch(trx, commune, a, patch, actorId, ctx.clock.now(), null);
    await audit(trx, commune, actorId, 'association.updated', id, { version, fields: changedKeys(patch) });
    return { id, version };
  });
}

export async function versions(ctx: Ctx, commune: Commune, id: string) {
  await found(ctx.db, commune, id);
  return repo.listVersions(ctx.db, commune.id, id);
}

// ——— Representatives ———

/** A signed-in person asks to represent an association (their role in its bureau); staff verify against the registry. */
export async function requestRepresentation(
  ctx: Ctx,
  commune: Commune,
  input: { id: string; role: string; message?: string | undefined },
  accountId: string,
) {
  await found(ctx.db, commune, input.id);
  if (await repo.findOpenRequest(ctx.db, commune.id, input.id, accountId))
    throw conflict('already_requested', 'You already asked to represent this association, or represent it.');
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const r = await repo.insertRequest(
        trx,
        commune.id,
        { associationId: input.id, accountId, role: input.role, message: input.message ?? null },
        ctx.clock.now(),
      );
      await audit(trx, commune, accountId, 'association.representative_requested', input.id, { request: r.id });
      return r;
    });
  } catch (e) {
    // Two taps at once: the partial unique index keeps one open request.
    if (isUniqueViolation(e, 'association_representatives_open'))
      throw conflict('already_requested', 'You already asked to represent this association, or represent it.');
    throw e;
  }
}

export const myRequests = (ctx: Ctx, commune: Commune, accountId: string) =>
  repo.requestsOf(ctx.db, commune.id, accountId);

export const representativeQueue = (ctx: Ctx, commune: Commune, state: 'requested' | 'verified' | 'refused') =>
  repo.listRequests(ctx.db, commune.id, state);

export async function decideRepresentative(
  ctx: Ctx,
  commune: Commune,
  input: { id: string; decision: 'verify' | 'refuse'; reason?: string | undefined },
  actorId: string,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const r = await repo.lockRequest(trx, commune.id, input.id);
    if (!r) throw notFound('unknown_request', 'No such representation request in this commune.');
    if (r.state !== 'requested') throw conflict('already_decided', 'This request was already decided.');
    const state = input.decision === 'verify' ? 'verified' : 'refused';
    await repo.decideRequest(
      trx,
      commune.id,
      r.id,
      { state, reason: input.reason ?? null, decidedBy: actorId },
      ctx.clock.now(),
    );
    await audit(
      trx,
      commune,
      actorId,
      state === 'verified' ? 'association.representative_verified' : 'association.representative_refused',
      r.associationId,
      { request: r.id, account: r.accountId, reason: input.reason ?? null },
    );
    return { id: r.id, state };
  });
}

// ——— Proposed changes ———

/** A representative proposes changes; nothing changes in the record until staff accept them. */
export async function proposeChange(ctx: AccessCtx, commune: Commune, id: string, patch: RecordPatch, v: Viewer) {
  const a = await found(ctx.db, commune, id);
  if (!(await isRepresentative(ctx.db, commune.id, v.userId, a.id)))
    throw forbidden('not_representative', 'Only the association’s verified representatives propose changes.');
  return ctx.db.transaction().execute(async (trx) => {
    const c = await repo.insertChange(
      trx,
      commune.id,
      { associationId: a.id, proposedBy: v.userId, baseVersion: a.version, patch },
      ctx.clock.now(),
    );
    await audit(trx, commune, v.userId, 'association.change_proposed', a.id, {
      change: c.id,
      fields: changedKeys(patch),
    });
    return c;
  });
}

export async function changeQueue(ctx: Ctx, commune: Commune) {
  return repo.pendingChanges(ctx.db, commune.id);
}

export async function reviewChange(
  ctx: Ctx,
  commune: Commune,
  input: { id: string; decision: 'accept' | 'reject'; reason?: string | undefined },
  actorId: string,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const c = await repo.lockChange(trx, commune.id, input.id);
    if (!c) throw notFound('unknown_change', 'No such proposed change in this commune.');
    if (c.state !== 'pending') throw conflict('already_decided', 'This change was already reviewed.');
    const now = ctx.clock.now();
    const state = input.decision === 'accept' ? 'accepted' : 'rejected';
    let version: number | null = null;
    if (state === 'accepted') {
      const a = await locked(trx, commune, c.associationId);
      // Accepted over a record staff changed since: the fields it names are applied, the others stay as they are now.
      version = await applyPatch(trx, commune, a, c.patch as RecordPatch, actorId, now, c.id);
    }
    await repo.decideChange(trx, commune.id, c.id, { state, reason: input.reason ?? null, decidedBy: actorId }, now);
    await audit(
      trx,
      commune,
      actorId,
      state === 'accepted' ? 'association.change_accepted' : 'association.change_rejected',
      c.associationId,
      { change: c.id, version, reason: input.reason ?? null },
    );
    return { id: c.id, state, version };
  });
}

// ——— Documents ———

/** Statutes, minutes and receipts: checked and stored by the files machinery (PDF kept, photos re-encoded). */
export async function addDocument(
  ctx: AccessCtx & Pick<InnerContext, 'language'>,
  commune: Commune,
  input: { id: string; kind: AssociationDocumentKind; file: { name?: string | undefined; dataBase64: string } },
  v: Viewer,
) {
  const { a } = await requirePrivateAccess(ctx, commune, input.id, v);
  const data = Buffer.from(input.file.dataBase64, 'base64');
  if (data.length === 0) throw badRequest('empty_file', 'The file is empty.', 'file');
  const { main } = await processScan(data, 'file', ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const fileId = await putFile(trx, commune.id, main);
    const d = await repo.insertDocument(
      trx,
      commune.id,
      { associationId: a.id, kind: input.kind, fileId, name: input.file.name ?? null, uploadedBy: v.userId },
      ctx.clock.now(),
    );
    await audit(trx, commune, v.userId, 'association.document_added', a.id, { document: d.id, kind: input.kind });
    return { id: d.id, kind: input.kind, mime: main.mime, size: main.bytes.length };
  });
}

export async function document(ctx: AccessCtx, commune: Commune, documentId: string, v: Viewer) {
  const d = await repo.findDocument(ctx.db, commune.id, documentId);
  if (!d) throw notFound('unknown_document', 'No such document in this commune.');
  await requirePrivateAccess(ctx, commune, d.associationId, v);
  return { kind: d.kind, name: d.name, mime: d.mime, dataBase64: Buffer.from(d.bytes).toString('base64') };
}
