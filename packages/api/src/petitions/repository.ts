import type {
  CouncilSessionKind,
  CouncilVote,
  Db,
  PetitionSignaturesTable,
  PetitionState,
  PetitionsTable,
  SignatureChannel,
} from '@shabaka/db';
import { sql, type Insertable, type Selectable } from 'kysely';
import { caseRows } from '../cases';

/** Every query names the commune: it leads each table's key. */

export type PetitionRow = Selectable<PetitionsTable>;
export const petitions = caseRows('petitions');

export const findPetition = (db: Db, communeId: string, id: string) =>
  petitions.findById(db, communeId, id) as Promise<PetitionRow | undefined>;

export type PetitionValues = Omit<Insertable<PetitionsTable>, 'vote'>;

export async function insertPetition(trx: Db, v: PetitionValues) {
  return trx.insertInto('petitions').values(v).returningAll().executeTakeFirstOrThrow();
}

/** A row's columns, the vote written as JSON (the kernel's moves pass their `set` through here). */
export async function updatePetition(trx: Db, communeId: string, id: string, set: Record<string, unknown>) {
  const { vote, ...rest } = set as { vote?: CouncilVote } & Record<string, unknown>;
  await trx
    .updateTable('petitions')
    .set({ ...rest, ...(vote ? { vote: JSON.stringify(vote) } : {}) })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export const events = (db: Db, communeId: string, petitionId: string) =>
  db
    .selectFrom('petitionEvents')
    .select(['at', 'kind', 'fromState', 'toState', 'publicNote', 'internalNote', 'data'])
    .where('communeId', '=', communeId)
    .where('petitionId', '=', petitionId)
    .orderBy('seq')
    .execute();

// ——— Signatures ———

/** One signature, unless the person (by the de-duplication key) already signed: then nothing, and null. */
export async function insertSignature(trx: Db, v: Insertable<PetitionSignaturesTable>) {
  const row = await trx
    .insertInto('petitionSignatures')
    .values(v)
    .onConflict((oc) => oc.columns(['communeId', 'petitionId', 'dedupKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function hasSigned(db: Db, communeId: string, petitionId: string, accountId: string) {
  const row = await db
    .selectFrom('petitionSignatures')
    .select('id')
    .where('communeId', '=', communeId)
    .where('petitionId', '=', petitionId)
    .where('accountId', '=', accountId)
    .executeTakeFirst();
  return !!row;
}

export async function countSignatures(trx: Db, communeId: string, id: string, channel: SignatureChannel, n: number) {
  const column = channel === 'online' ? 'signaturesOnline' : 'signaturesPaper';
  await trx
    .updateTable('petitions')
    .set((eb) => ({ [column]: eb(column, '+', n) }))
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

/** The public's view of who signed: how many, per neighbourhood (never names). */
export const byNeighbourhood = (db: Db, communeId: string, petitionId: string) =>
  db
    .selectFrom('petitionSignatures')
    .select(['neighbourhood', sql<number>`count(*)::int`.as('count')])
    .where('communeId', '=', communeId)
    .where('petitionId', '=', petitionId)
    .groupBy('neighbourhood')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('neighbourhood')
    .execute();

/** Every signature with its sealed identity and the sheet it was keyed from (the mandataire's and bureau's list). */
export const signatures = (db: Db, communeId: string, petitionId: string) =>
  db
    .selectFrom('petitionSignatures')
    .leftJoin('petitionSignatureBatches', (j) =>
      j
        .onRef('petitionSignatureBatches.communeId', '=', 'petitionSignatures.communeId')
        .onRef('petitionSignatureBatches.id', '=', 'petitionSignatures.batchId'),
    )
    .select([
      'petitionSignatures.id',
      'petitionSignatures.channel',
      'petitionSignatures.basis',
      'petitionSignatures.neighbourhood',
      'petitionSignatures.identity',
      'petitionSignatures.signedAt',
      'petitionSignatureBatches.sheet',
    ])
    .where('petitionSignatures.communeId', '=', communeId)
    .where('petitionSignatures.petitionId', '=', petitionId)
    .orderBy('petitionSignatures.signedAt')
    .orderBy('petitionSignatures.id')
    .execute();

export async function onlineSigners(db: Db, communeId: string, petitionId: string) {
  const rows = await db
    .selectFrom('petitionSignatures')
    .select('accountId')
    .where('communeId', '=', communeId)
    .where('petitionId', '=', petitionId)
    .where('accountId', 'is not', null)
    .execute();
  return rows.map((r) => r.accountId!);
}

export async function insertBatch(
  trx: Db,
  v: { communeId: string; petitionId: string; sheet: string; keyedBy: string; keyedAt: Date },
) {
  const row = await trx
    .insertInto('petitionSignatureBatches')
    .values({ ...v, accepted: 0, duplicates: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function closeBatch(trx: Db, communeId: string, id: string, accepted: number, duplicates: number) {
  await trx
    .updateTable('petitionSignatureBatches')
    .set({ accepted, duplicates })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export const batches = (db: Db, communeId: string, petitionId: string) =>
  db
    .selectFrom('petitionSignatureBatches')
    .select(['id', 'sheet', 'keyedAt', 'accepted', 'duplicates'])
    .where('communeId', '=', communeId)
    .where('petitionId', '=', petitionId)
    .orderBy('keyedAt')
    .execute();

// ——— Lists ———

/** The columns the public register shows (no identity, no mandataire). */
const PUBLIC = [
  'petitions.id',
  'petitions.code',
  'petitions.track',
  'petitions.petitioner',
  'petitions.associationId',
  'petitions.subject',
  'petitions.reasons',
  'petitions.request',
  'petitions.theme',
  'petitions.language',
  'petitions.state',
  'petitions.threshold',
  'petitions.signaturesOnline',
  'petitions.signaturesPaper',
  'petitions.createdAt',
  'petitions.collectingAt',
  'petitions.receivedAt',
  'petitions.answerDueAt',
  'petitions.reviewedAt',
  'petitions.decidedAt',
  'petitions.bureauText',
  'petitions.committee',
  'petitions.vote',
  'petitions.decisionText',
  'petitions.decisionRecord',
  'petitions.followUp',
  'petitions.eparticipationRef',
  'councilSessions.opensOn as sessionOn',
] as const;

const publicRows = (db: Db) =>
  db
    .selectFrom('petitions')
    .leftJoin('councilSessions', (j) =>
      j
        .onRef('councilSessions.communeId', '=', 'petitions.communeId')
        .onRef('councilSessions.id', '=', 'petitions.sessionId'),
    )
    .select(PUBLIC);

/** What the register lists: never a draft (it is the mandataire's own until collecting opens). */
export async function register(
  db: Db,
  communeId: string,
  f: { states: readonly PetitionState[]; track?: 'petition' | 'proposal' | undefined; limit: number; offset: number },
) {
  let q = publicRows(db).where('petitions.communeId', '=', communeId).where('petitions.state', 'in', f.states);
  if (f.track) q = q.where('petitions.track', '=', f.track);
  return q
    .orderBy(sql`coalesce(petitions.received_at, petitions.collecting_at)`, 'desc')
    .orderBy('petitions.code', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}
export type RegisterRow = Awaited<ReturnType<typeof register>>[number];

export const publicPetition = (db: Db, communeId: string, id: string) =>
  publicRows(db).where('petitions.communeId', '=', communeId).where('petitions.id', '=', id).executeTakeFirst();

/** The account's petitions as mandataire, and those it signed online, in this commune. */
export async function mine(db: Db, communeId: string, userId: string) {
  const own = await publicRows(db)
    .where('petitions.communeId', '=', communeId)
    .where('petitions.mandataireId', '=', userId)
    .orderBy('petitions.createdAt', 'desc')
    .execute();
  const signed = await publicRows(db)
    .innerJoin('petitionSignatures', (j) =>
      j
        .onRef('petitionSignatures.communeId', '=', 'petitions.communeId')
        .onRef('petitionSignatures.petitionId', '=', 'petitions.id'),
    )
    .where('petitions.communeId', '=', communeId)
    .where('petitionSignatures.accountId', '=', userId)
    .orderBy('petitionSignatures.signedAt', 'desc')
    .execute();
  return { own, signed };
}

/** Every commune's petitions received in a year, for the network's register and figures. */
export const network = (db: Db, from: Date, to: Date) =>
  publicRows(db)
    .innerJoin('communes', 'communes.id', 'petitions.communeId')
    .select(['communes.slug as commune', 'communes.names as communeNames'])
    .where('petitions.state', '!=', 'draft')
    .where('petitions.state', '!=', 'withdrawn')
    .where(sql<boolean>`coalesce(petitions.received_at, petitions.collecting_at) >= ${from}`)
    .where(sql<boolean>`coalesce(petitions.received_at, petitions.collecting_at) < ${to}`)
    .orderBy('communes.slug')
    .orderBy('petitions.code')
    .execute();

/** The years the network's petitions were received (or opened to signatures) in, newest first. */
export async function networkYears(db: Db) {
  const rows = await db
    .selectFrom('petitions')
    .select(sql<number>`extract(year from coalesce(received_at, collecting_at))::int`.as('year'))
    .where(sql<boolean>`coalesce(received_at, collecting_at) is not null`)
    .distinct()
    .execute();
  return rows.map((r) => Number(r.year)).sort((a, b) => b - a);
}

// ——— The council's sessions ———

export const sessions = (db: Db, communeId: string, fromDay: string) =>
  db
    .selectFrom('councilSessions')
    .select(['id', 'kind', 'opensOn', 'note'])
    .where('communeId', '=', communeId)
    .where('opensOn', '>=', fromDay)
    .orderBy('opensOn')
    .limit(24)
    .execute();

export const findSession = (db: Db, communeId: string, id: string) =>
  db
    .selectFrom('councilSessions')
    .select(['id', 'kind', 'opensOn', 'note'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function insertSession(
  trx: Db,
  v: { communeId: string; kind: CouncilSessionKind; opensOn: string; note: string | null; createdBy: string },
) {
  return trx
    .insertInto('councilSessions')
    .values(v)
    .returning(['id', 'kind', 'opensOn', 'note'])
    .executeTakeFirstOrThrow();
}

export async function updateSession(
  trx: Db,
  communeId: string,
  id: string,
  set: { kind: CouncilSessionKind; opensOn: string; note: string | null },
) {
  const row = await trx
    .updateTable('councilSessions')
    .set(set)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

// ——— Time ———

/** Petitions filed and not yet reviewed, with their receipt: the bureau's reminders read these. */
export const awaitingReview = (db: Db) =>
  db
    .selectFrom('petitions')
    .select(['communeId', 'id', 'code', 'subject', 'receivedAt', 'answerDueAt'])
    .where('state', '=', 'filed')
    .execute();

/** Closed petitions whose signers' identities are past their retention and not yet erased. */
export const identitiesToPurge = (db: Db, before: Date) =>
  db
    .selectFrom('petitions')
    .select(['communeId', 'id', 'state', 'decidedAt', 'updatedAt'])
    .where('identitiesPurgedAt', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('state', 'in', ['rejected', 'decided', 'answered']), eb('decidedAt', '<', before)]),
        eb.and([eb('state', '=', 'withdrawn'), eb('updatedAt', '<', before)]),
      ]),
    )
    .limit(100)
    .execute();

export async function purgeIdentities(trx: Db, communeId: string, petitionId: string, now: Date) {
  const erased = await trx
    .updateTable('petitionSignatures')
    .set({ identity: null })
    .where('communeId', '=', communeId)
    .where('petitionId', '=', petitionId)
    .where('identity', 'is not', null)
    .executeTakeFirst();
  await trx
    .updateTable('petitions')
    .set({ identitiesPurgedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', petitionId)
    .execute();
  return Number(erased.numUpdatedRows);
}
