import type { AssociationDocumentKind, AssociationSector, BureauMember, Db } from '@shabaka/db';
import { sql } from 'kysely';
import type { AssociationRecord } from './schemas';

/** Every query names the commune: it leads each table's key. */

const COLUMNS = [
  'id',
  'names',
  'object',
  'sectors',
  'seatNeighbourhood',
  'seatLat',
  'seatLon',
  'branches',
  'publicUtilityDecree',
  'contactEmail',
  'contactPhone',
  'bureau',
  'rib',
  'constitutedOn',
  'declaredOn',
  'provisionalReceiptOn',
  'definitiveReceiptOn',
  'lastGeneralAssemblyOn',
  'bureauRenewedOn',
  'changesDeclaredOn',
  'version',
  'updatedAt',
] as const;

export interface AssociationRow {
  id: string;
  names: { ar: string; fr: string };
  object: string;
  sectors: AssociationSector[];
  seatNeighbourhood: string | null;
  seatLat: number | null;
  seatLon: number | null;
  branches: string[];
  publicUtilityDecree: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  bureau: BureauMember[];
  rib: string | null;
  constitutedOn: string | null;
  declaredOn: string | null;
  provisionalReceiptOn: string | null;
  definitiveReceiptOn: string | null;
  lastGeneralAssemblyOn: string | null;
  bureauRenewedOn: string | null;
  changesDeclaredOn: string | null;
  version: number;
  updatedAt: Date;
}

/** The row's record as the schemas name it (seat point as one object). */
export function recordOf(a: AssociationRow): AssociationRecord {
  const { id: _id, version: _v, updatedAt: _u, seatLat, seatLon, ...rest } = a;
  return { ...rest, seatLocation: seatLat !== null && seatLon !== null ? { lat: seatLat, lon: seatLon } : null };
}

const values = (r: AssociationRecord) => {
  const { seatLocation, names, sectors, branches, bureau, ...rest } = r;
  return {
    ...rest,
    names: JSON.stringify(names),
    sectors: JSON.stringify(sectors),
    branches: JSON.stringify(branches),
    bureau: JSON.stringify(bureau),
    seatLat: seatLocation?.lat ?? null,
    seatLon: seatLocation?.lon ?? null,
  };
};

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface DirectoryFilter {
  q?: string | undefined;
  sector?: AssociationSector | undefined;
  neighbourhood?: string | undefined;
}

function filtered(db: Db, communeId: string, f: DirectoryFilter) {
  let q = db.selectFrom('associations').where('communeId', '=', communeId);
  if (f.q) {
    const p = likePattern(f.q);
    q = q.where((eb) => eb.or([eb(sql`names->>'ar'`, 'ilike', p), eb(sql`names->>'fr'`, 'ilike', p)]));
  }
  if (f.sector) q = q.where(sql<boolean>`sectors @> ${JSON.stringify([f.sector])}::jsonb`);
  if (f.neighbourhood) {
    const n = f.neighbourhood;
    q = q.where((eb) =>
      eb.or([eb('seatNeighbourhood', '=', n), eb(sql`branches`, '@>', sql`${JSON.stringify([n])}::jsonb`)]),
    );
  }
  return q;
}

/** One page of the directory, by Arabic name, and how many match in all. */
export async function listAssociations(
  db: Db,
  communeId: string,
  f: DirectoryFilter,
  page: { limit: number; offset: number },
) {
  const [rows, total] = await Promise.all([
    filtered(db, communeId, f)
      .select(COLUMNS)
      .orderBy(sql`names->>'ar'`)
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute() as Promise<AssociationRow[]>,
    filtered(db, communeId, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The neighbourhoods the directory can filter by: seats and branches in use. */
export async function neighbourhoods(db: Db, communeId: string) {
  const rows = await sql<{ n: string }>`
    select distinct n from (
      select seat_neighbourhood as n from associations where commune_id = ${communeId} and seat_neighbourhood is not null
      union all
      select jsonb_array_elements_text(branches) from associations where commune_id = ${communeId}
    ) x order by n`.execute(db);
  return rows.rows.map((r) => r.n);
}

export function findAssociation(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('associations')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst() as Promise<AssociationRow | undefined>;
}

export function lockAssociation(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('associations')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst() as Promise<AssociationRow | undefined>;
}

export function insertAssociation(db: Db, communeId: string, r: AssociationRecord, at: Date) {
  return db
    .insertInto('associations')
    .values({ communeId, ...values(r), createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateAssociation(
  db: Db,
  communeId: string,
  id: string,
  r: AssociationRecord,
  version: number,
  at: Date,
) {
  await db
    .updateTable('associations')
    .set({ ...values(r), version, updatedAt: at })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export async function insertVersion(
  db: Db,
  communeId: string,
  v: { associationId: string; version: number; record: AssociationRecord; authorId: string; changeId: string | null },
) {
  await db
    .insertInto('associationVersions')
    .values({ communeId, ...v, record: JSON.stringify(v.record) })
    .execute();
}

export function listVersions(db: Db, communeId: string, associationId: string) {
  return db
    .selectFrom('associationVersions')
    .select(['version', 'record', 'authorId', 'changeId', 'createdAt'])
    .where('communeId', '=', communeId)
    .where('associationId', '=', associationId)
    .orderBy('version', 'desc')
    .execute();
}

// ——— Documents ———

export function listDocuments(db: Db, communeId: string, associationIds: string[]) {
  if (associationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('associationDocuments')
    .innerJoin('files', (j) =>
      j
        .onRef('files.communeId', '=', 'associationDocuments.communeId')
        .onRef('files.id', '=', 'associationDocuments.fileId'),
    )
    .select([
      'associationDocuments.id',
      'associationDocuments.associationId',
      'associationDocuments.kind',
      'associationDocuments.name',
      'associationDocuments.uploadedAt',
      'files.mime',
      'files.size',
    ])
    .where('associationDocuments.communeId', '=', communeId)
    .where('associationDocuments.associationId', 'in', associationIds)
    .orderBy('associationDocuments.uploadedAt', 'desc')
    .execute();
}

export function insertDocument(
  db: Db,
  communeId: string,
  d: { associationId: string; kind: AssociationDocumentKind; fileId: string; name: string | null; uploadedBy: string },
  at: Date,
) {
  return db
    .insertInto('associationDocuments')
    .values({ communeId, ...d, uploadedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findDocument(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('associationDocuments')
    .innerJoin('files', (j) =>
      j
        .onRef('files.communeId', '=', 'associationDocuments.communeId')
        .onRef('files.id', '=', 'associationDocuments.fileId'),
    )
    .select([
      'associationDocuments.associationId',
      'associationDocuments.kind',
      'associationDocuments.name',
      'files.mime',
      'files.bytes',
    ])
    .where('associationDocuments.communeId', '=', communeId)
    .where('associationDocuments.id', '=', id)
    .executeTakeFirst();
}

// ——— Representatives ———

/** Whether this account is a verified representative of this association. */
export async function isVerifiedRepresentative(db: Db, communeId: string, accountId: string, associationId: string) {
  const row = await db
    .selectFrom('associationRepresentatives')
    .select('id')
    .where('communeId', '=', communeId)
    .where('accountId', '=', accountId)
    .where('associationId', '=', associationId)
    .where('state', '=', 'verified')
    .executeTakeFirst();
  return !!row;
}

export function findOpenRequest(db: Db, communeId: string, associationId: string, accountId: string) {
  return db
    .selectFrom('associationRepresentatives')
    .select(['id', 'state'])
    .where('communeId', '=', communeId)
    .where('associationId', '=', associationId)
    .where('accountId', '=', accountId)
    .where('state', 'in', ['requested', 'verified'])
    .executeTakeFirst();
}

export function insertRequest(
  db: Db,
  communeId: string,
  r: { associationId: string; accountId: string; role: string; message: string | null },
  at: Date,
) {
  return db
    .insertInto('associationRepresentatives')
    .values({ communeId, ...r, createdAt: at })
    .returning(['id', 'state', 'createdAt'])
    .executeTakeFirstOrThrow();
}

const REPRESENTATIVE_COLUMNS = [
  'associationRepresentatives.id',
  'associationRepresentatives.associationId',
  'associationRepresentatives.role',
  'associationRepresentatives.message',
  'associationRepresentatives.state',
  'associationRepresentatives.reason',
  'associationRepresentatives.decidedAt',
  'associationRepresentatives.createdAt',
  'associations.names',
] as const;

/** The staff queue (requests first, oldest first) with who asked. */
export function listRequests(db: Db, communeId: string, state: 'requested' | 'verified' | 'refused') {
  return db
    .selectFrom('associationRepresentatives')
    .innerJoin('associations', (j) =>
      j
        .onRef('associations.communeId', '=', 'associationRepresentatives.communeId')
        .onRef('associations.id', '=', 'associationRepresentatives.associationId'),
    )
    .innerJoin('users', 'users.id', 'associationRepresentatives.accountId')
    .select([...REPRESENTATIVE_COLUMNS, 'users.displayName', 'users.email'])
    .where('associationRepresentatives.communeId', '=', communeId)
    .where('associationRepresentatives.state', '=', state)
    .orderBy('associationRepresentatives.createdAt')
    .limit(200)
    .execute();
}

/** An account's requests and links in one commune, newest first. */
export function requestsOf(db: Db, communeId: string, accountId: string) {
  return db
    .selectFrom('associationRepresentatives')
    .innerJoin('associations', (j) =>
      j
        .onRef('associations.communeId', '=', 'associationRepresentatives.communeId')
        .onRef('associations.id', '=', 'associationRepresentatives.associationId'),
    )
    .select(REPRESENTATIVE_COLUMNS)
    .where('associationRepresentatives.communeId', '=', communeId)
    .where('associationRepresentatives.accountId', '=', accountId)
    .orderBy('associationRepresentatives.createdAt', 'desc')
    .execute();
}

export function lockRequest(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('associationRepresentatives')
    .select(['id', 'associationId', 'accountId', 'state', 'role'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function decideRequest(
  db: Db,
  communeId: string,
  id: string,
  d: { state: 'verified' | 'refused'; reason: string | null; decidedBy: string },
  at: Date,
) {
  await db
    .updateTable('associationRepresentatives')
    .set({ ...d, decidedAt: at })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

// ——— Proposed changes ———

export function insertChange(
  db: Db,
  communeId: string,
  c: { associationId: string; proposedBy: string; baseVersion: number; patch: Record<string, unknown> },
  at: Date,
) {
  return db
    .insertInto('associationChanges')
    .values({ communeId, ...c, patch: JSON.stringify(c.patch), createdAt: at })
    .returning(['id', 'state', 'createdAt'])
    .executeTakeFirstOrThrow();
}

const CHANGE_COLUMNS = [
  'associationChanges.id',
  'associationChanges.associationId',
  'associationChanges.baseVersion',
  'associationChanges.patch',
  'associationChanges.state',
  'associationChanges.reason',
  'associationChanges.decidedAt',
  'associationChanges.createdAt',
  'associations.names',
] as const;

const changes = (db: Db, communeId: string) =>
  db
    .selectFrom('associationChanges')
    .innerJoin('associations', (j) =>
      j
        .onRef('associations.communeId', '=', 'associationChanges.communeId')
        .onRef('associations.id', '=', 'associationChanges.associationId'),
    )
    .select(CHANGE_COLUMNS)
    .where('associationChanges.communeId', '=', communeId);

export function pendingChanges(db: Db, communeId: string) {
  return changes(db, communeId)
    .innerJoin('users', 'users.id', 'associationChanges.proposedBy')
    .select(['users.displayName'])
    .where('associationChanges.state', '=', 'pending')
    .orderBy('associationChanges.createdAt')
    .limit(200)
    .execute();
}

export function changesOf(db: Db, communeId: string, associationId: string) {
  return changes(db, communeId)
    .where('associationChanges.associationId', '=', associationId)
    .orderBy('associationChanges.createdAt', 'desc')
    .limit(50)
    .execute();
}

export function lockChange(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('associationChanges')
    .select(['id', 'associationId', 'proposedBy', 'patch', 'state', 'baseVersion'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function decideChange(
  db: Db,
  communeId: string,
  id: string,
  d: { state: 'accepted' | 'rejected'; reason: string | null; decidedBy: string },
  at: Date,
) {
  await db
    .updateTable('associationChanges')
    .set({ ...d, decidedAt: at })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

// ——— Figures ———

/** Registered associations per sector and commune (an association counts once in each of its sectors). */
export async function countsBySector(db: Db) {
  const rows = await sql<{ communeId: string; sector: string; n: number }>`
    select commune_id as "communeId", s.sector, count(*)::int as n
    from associations, jsonb_array_elements_text(sectors) as s(sector)
    group by commune_id, s.sector`.execute(db);
  return rows.rows;
}

export async function countsByCommune(db: Db) {
  return db
    .selectFrom('associations')
    .select(['communeId', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('communeId')
    .execute();
}
