import type {
  CallApplicationState,
  CallApplicationsTable,
  CallChecklistItem,
  CallCriterion,
  CallEligibility,
  CallState,
  CallText,
  CallsTable,
  Db,
} from '@shabaka/db';
import type { Insertable, Selectable } from 'kysely';
import { caseRows } from '../cases';

/** Every query names the commune: it leads each table's key. */

export type CallRow = Omit<Selectable<CallsTable>, 'createdBy' | 'publishedBy'>;
export type ApplicationRow = Selectable<CallApplicationsTable>;

const CALL_COLUMNS = [
  'communeId',
  'id',
  'title',
  'description',
  'themes',
  'year',
  'envelopeMad',
  'maxPerProjectMad',
  'eligibility',
  'criteria',
  'checklist',
  'opensOn',
  'closesOn',
  'closesAt',
  'state',
  'createdAt',
  'updatedAt',
  'openedAt',
  'publishedAt',
] as const;

export interface CallValues {
  title: CallText;
  description: CallText;
  themes: CallText[];
  year: number;
  envelopeMad: number;
  maxPerProjectMad: number | null;
  eligibility: CallEligibility;
  criteria: CallCriterion[];
  checklist: CallChecklistItem[];
  opensOn: string;
  closesOn: string;
  closesAt: Date;
}
const jsonOf = (v: CallValues) => ({
  ...v,
  title: JSON.stringify(v.title),
  description: JSON.stringify(v.description),
  themes: JSON.stringify(v.themes),
  eligibility: JSON.stringify(v.eligibility),
  criteria: JSON.stringify(v.criteria),
  checklist: JSON.stringify(v.checklist),
});

export async function insertCall(db: Db, communeId: string, v: CallValues, actorId: string, now: Date) {
  const row = await db
    .insertInto('calls')
    .values({ ...jsonOf(v), communeId, createdBy: actorId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCall(
  db: Db,
  communeId: string,
  id: string,
  set: Partial<Omit<Selectable<CallsTable>, 'communeId' | 'id'>> | ReturnType<typeof jsonOf>,
) {
  await db
    .updateTable('calls')
    .set(set as never)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}
export const callJson = jsonOf;

export function findCall(db: Db, communeId: string, id: string, lock = false): Promise<CallRow | undefined> {
  let q = db.selectFrom('calls').select(CALL_COLUMNS).where('communeId', '=', communeId).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The commune's calls, newest deadline first; `states` narrows them (the public never sees drafts). */
export function listCalls(db: Db, communeId: string, states: readonly CallState[]) {
  return db
    .selectFrom('calls')
    .select(CALL_COLUMNS)
    .where('communeId', '=', communeId)
    .where('state', 'in', states)
    .orderBy('closesAt', 'desc')
    .limit(200)
    .execute();
}

// ——— Committee ———

export function members(db: Db, communeId: string, callId: string) {
  return db
    .selectFrom('callCommittee')
    .innerJoin('users', 'users.id', 'callCommittee.userId')
    .select(['callCommittee.userId', 'users.displayName', 'users.email', 'callCommittee.addedAt'])
    .where('callCommittee.communeId', '=', communeId)
    .where('callCommittee.callId', '=', callId)
    .orderBy('callCommittee.addedAt')
    .execute();
}

export async function addMember(db: Db, communeId: string, callId: string, userId: string, by: string, now: Date) {
  await db
    .insertInto('callCommittee')
    .values({ communeId, callId, userId, addedBy: by, addedAt: now })
    .onConflict((oc) => oc.columns(['communeId', 'callId', 'userId']).doNothing())
    .execute();
}

export async function removeMember(db: Db, communeId: string, callId: string, userId: string) {
  const r = await db
    .deleteFrom('callCommittee')
    .where('communeId', '=', communeId)
    .where('callId', '=', callId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function isMember(db: Db, communeId: string, callId: string, userId: string) {
  const row = await db
    .selectFrom('callCommittee')
    .select('userId')
    .where('communeId', '=', communeId)
    .where('callId', '=', callId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return !!row;
}

/** The calls an account sits on the committee of, in this commune. */
export function callsOfMember(db: Db, communeId: string, userId: string) {
  return db
    .selectFrom('callCommittee')
    .innerJoin('calls', (j) =>
      j.onRef('calls.communeId', '=', 'callCommittee.communeId').onRef('calls.id', '=', 'callCommittee.callId'),
    )
    .select(['calls.id', 'calls.title', 'calls.state', 'calls.closesAt', 'calls.criteria'])
    .where('callCommittee.communeId', '=', communeId)
    .where('callCommittee.userId', '=', userId)
    .orderBy('calls.closesAt', 'desc')
    .execute();
}

// ——— Dossiers ———

export const applications = caseRows('callApplications');

export async function insertApplication(
  db: Db,
  a: Omit<Insertable<CallApplicationsTable>, 'project'> & { project: CallText },
) {
  return db
    .insertInto('callApplications')
    .values({ ...a, project: JSON.stringify(a.project) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateApplication(db: Db, communeId: string, id: string, set: Record<string, unknown>) {
  await db.updateTable('callApplications').set(set).where('communeId', '=', communeId).where('id', '=', id).execute();
}

/** A call's dossiers with their association's public names, in the order they were filed. */
export function applicationsOfCall(
  db: Db,
  communeId: string,
  callId: string,
  states?: readonly CallApplicationState[],
) {
  let q = db
    .selectFrom('callApplications')
    .innerJoin('associations', (j) =>
      j
        .onRef('associations.communeId', '=', 'callApplications.communeId')
        .onRef('associations.id', '=', 'callApplications.associationId'),
    )
    .selectAll('callApplications')
    .select('associations.names as associationNames')
    .where('callApplications.communeId', '=', communeId)
    .where('callApplications.callId', '=', callId);
  if (states) q = q.where('callApplications.state', 'in', states);
  return q.orderBy('callApplications.receivedAt').limit(2000).execute();
}

/** The dossiers of these associations, newest first, with their call's title. */
export function applicationsOfAssociations(db: Db, communeId: string, associationIds: readonly string[]) {
  if (associationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('callApplications')
    .innerJoin('calls', (j) =>
      j.onRef('calls.communeId', '=', 'callApplications.communeId').onRef('calls.id', '=', 'callApplications.callId'),
    )
    .innerJoin('associations', (j) =>
      j
        .onRef('associations.communeId', '=', 'callApplications.communeId')
        .onRef('associations.id', '=', 'callApplications.associationId'),
    )
    .selectAll('callApplications')
    .select(['calls.title as callTitle', 'calls.state as callState', 'associations.names as associationNames'])
    .where('callApplications.communeId', '=', communeId)
    .where('callApplications.associationId', 'in', associationIds)
    .orderBy('callApplications.receivedAt', 'desc')
    .limit(200)
    .execute();
}

export function events(db: Db, communeId: string, applicationId: string) {
  return db
    .selectFrom('callApplicationEvents')
    .select(['at', 'kind', 'fromState', 'toState', 'publicNote', 'internalNote'])
    .where('communeId', '=', communeId)
    .where('applicationId', '=', applicationId)
    .orderBy('seq')
    .execute();
}

// ——— Documents, conflicts, scores ———

export async function insertDocument(
  db: Db,
  d: { communeId: string; applicationId: string; item: string; fileId: string; name: string | null },
) {
  await db.insertInto('callApplicationDocuments').values(d).execute();
}

export function documentsOf(db: Db, communeId: string, applicationId: string) {
  return db
    .selectFrom('callApplicationDocuments')
    .innerJoin('files', (j) =>
      j
        .onRef('files.communeId', '=', 'callApplicationDocuments.communeId')
        .onRef('files.id', '=', 'callApplicationDocuments.fileId'),
    )
    .select(['callApplicationDocuments.item', 'callApplicationDocuments.name', 'files.mime'])
    .where('callApplicationDocuments.communeId', '=', communeId)
    .where('callApplicationDocuments.applicationId', '=', applicationId)
    .execute();
}

export function documentFile(db: Db, communeId: string, applicationId: string, item: string) {
  return db
    .selectFrom('callApplicationDocuments')
    .innerJoin('files', (j) =>
      j
        .onRef('files.communeId', '=', 'callApplicationDocuments.communeId')
        .onRef('files.id', '=', 'callApplicationDocuments.fileId'),
    )
    .select(['files.mime', 'files.bytes'])
    .where('callApplicationDocuments.communeId', '=', communeId)
    .where('callApplicationDocuments.applicationId', '=', applicationId)
    .where('callApplicationDocuments.item', '=', item)
    .executeTakeFirst();
}

export async function insertConflict(
  db: Db,
  c: { communeId: string; applicationId: string; userId: string; note: string; declaredAt: Date },
) {
  const r = await db
    .insertInto('callConflicts')
    .values(c)
    .onConflict((oc) => oc.columns(['communeId', 'applicationId', 'userId']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function hasConflict(db: Db, communeId: string, applicationId: string, userId: string) {
  const row = await db
    .selectFrom('callConflicts')
    .select('userId')
    .where('communeId', '=', communeId)
    .where('applicationId', '=', applicationId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return !!row;
}

export async function upsertScore(
  db: Db,
  s: {
    communeId: string;
    applicationId: string;
    userId: string;
    marks: Record<string, number>;
    total: number;
    comment: string | null;
    scoredAt: Date;
  },
) {
  await db
    .insertInto('callScores')
    .values({ ...s, marks: JSON.stringify(s.marks) })
    .onConflict((oc) =>
      oc.columns(['communeId', 'applicationId', 'userId']).doUpdateSet({
        marks: JSON.stringify(s.marks),
        total: s.total,
        comment: s.comment,
        scoredAt: s.scoredAt,
      }),
    )
    .execute();
}

/** Every member's score and declared conflict on a call's dossiers (the committee's sheet). */
export async function sheetOf(db: Db, communeId: string, callId: string) {
  const [scores, conflicts] = await Promise.all([
    db
      .selectFrom('callScores')
      .innerJoin('callApplications', (j) =>
        j
          .onRef('callApplications.communeId', '=', 'callScores.communeId')
          .onRef('callApplications.id', '=', 'callScores.applicationId'),
      )
      .innerJoin('users', 'users.id', 'callScores.userId')
      .select([
        'callScores.applicationId',
        'callScores.userId',
        'users.displayName',
        'callScores.marks',
        'callScores.total',
        'callScores.comment',
        'callScores.scoredAt',
      ])
      .where('callScores.communeId', '=', communeId)
      .where('callApplications.callId', '=', callId)
      .execute(),
    db
      .selectFrom('callConflicts')
      .innerJoin('callApplications', (j) =>
        j
          .onRef('callApplications.communeId', '=', 'callConflicts.communeId')
          .onRef('callApplications.id', '=', 'callConflicts.applicationId'),
      )
      .innerJoin('users', 'users.id', 'callConflicts.userId')
      .select(['callConflicts.applicationId', 'callConflicts.userId', 'users.displayName', 'callConflicts.note'])
      .where('callConflicts.communeId', '=', communeId)
      .where('callApplications.callId', '=', callId)
      .execute(),
  ]);
  return { scores, conflicts };
}

/** The associations an account is a verified representative of here, with their names. */
export function representedAssociations(db: Db, communeId: string, accountId: string) {
  return db
    .selectFrom('associationRepresentatives')
    .innerJoin('associations', (j) =>
      j
        .onRef('associations.communeId', '=', 'associationRepresentatives.communeId')
        .onRef('associations.id', '=', 'associationRepresentatives.associationId'),
    )
    .select(['associations.id', 'associations.names'])
    .where('associationRepresentatives.communeId', '=', communeId)
    .where('associationRepresentatives.accountId', '=', accountId)
    .where('associationRepresentatives.state', '=', 'verified')
    .execute();
}

export function findAssociation(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('associations')
    .select(['id', 'names', 'seatNeighbourhood', 'constitutedOn'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Per commune, for one budget year: calls opened and their envelopes; dossiers filed, asked, selected and granted. */
export async function networkRows(db: Db, year: number) {
  const [calls, dossiers, years] = await Promise.all([
    db
      .selectFrom('calls')
      .select(['communeId'])
      .select((eb) => [eb.fn.countAll<number>().as('calls'), eb.fn.sum<number>('envelopeMad').as('envelopeMad')])
      .where('year', '=', year)
      .where('state', 'in', ['open', 'published'])
      .groupBy('communeId')
      .execute(),
    db
      .selectFrom('callApplications')
      .innerJoin('calls', (j) =>
        j.onRef('calls.communeId', '=', 'callApplications.communeId').onRef('calls.id', '=', 'callApplications.callId'),
      )
      .select(['callApplications.communeId'])
      .select((eb) => [
        eb.fn.countAll<number>().as('dossiers'),
        eb.fn.sum<number>('callApplications.requestedMad').as('requestedMad'),
        eb.fn.count<number>('callApplications.grantedMad').as('selected'),
        eb.fn.sum<number>('callApplications.grantedMad').as('grantedMad'),
      ])
      .where('calls.year', '=', year)
      .where('callApplications.state', '!=', 'withdrawn')
      .groupBy('callApplications.communeId')
      .execute(),
    db
      .selectFrom('calls')
      .select('year')
      .distinct()
      .where('state', 'in', ['open', 'published'])
      .orderBy('year', 'desc')
      .execute(),
  ]);
  return { calls, dossiers, years: years.map((y) => y.year) };
}
