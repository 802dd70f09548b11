import type { BallotChannel, Db, PacConsultationsTable, PacProposalsTable, PacText } from '@shabaka/db';
import type { Insertable, Selectable } from 'kysely';
import { caseRows } from '../../cases';

/** Every query names the commune: it leads each table's key. */

export type ProposalRow = Selectable<PacProposalsTable>;

// ——— Consultations ———

const CONSULTATION_COLUMNS = [
  'id',
  'planId',
  'title',
  'question',
  'method',
  'maxChoices',
  'proposalsOpenOn',
  'proposalsCloseOn',
  'proposalsCloseAt',
  'votesOpenOn',
  'votesCloseOn',
  'votesOpenAt',
  'votesCloseAt',
  'eligiblePopulation',
  'eligibleSource',
  'minAge',
  'residenceCheck',
  'votersOnline',
  'votersPaper',
  'updatedAt',
] as const;

export type ConsultationValues = Omit<
  Insertable<PacConsultationsTable>,
  'communeId' | 'id' | 'createdBy' | 'createdAt' | 'updatedAt' | 'votersOnline' | 'votersPaper' | 'title' | 'question'
> & { title: PacText; question: PacText };
const consultationJson = (v: ConsultationValues) => ({
  ...v,
  title: JSON.stringify(v.title),
  question: JSON.stringify(v.question),
});

export async function insertConsultation(db: Db, communeId: string, v: ConsultationValues, actorId: string, now: Date) {
  const row = await db
    .insertInto('pacConsultations')
    .values({ ...consultationJson(v), communeId, createdBy: actorId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateConsultation(db: Db, communeId: string, id: string, v: ConsultationValues, now: Date) {
  await db
    .updateTable('pacConsultations')
    .set({ ...consultationJson(v), updatedAt: now })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export function findConsultation(db: Db, communeId: string, id: string, lock = false) {
  let q = db
    .selectFrom('pacConsultations')
    .select(CONSULTATION_COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type ConsultationRow = NonNullable<Awaited<ReturnType<typeof findConsultation>>>;

/** The commune's consultations, the latest vote first. */
export function listConsultations(db: Db, communeId: string) {
  return db
    .selectFrom('pacConsultations')
    .select(CONSULTATION_COLUMNS)
    .where('communeId', '=', communeId)
    .orderBy('votesOpenOn', 'desc')
    .orderBy('id')
    .limit(50)
    .execute();
}

/** Counts one more voter on a channel, in the ballot's transaction. */
export async function countVoters(db: Db, communeId: string, id: string, channel: BallotChannel, n: number) {
  if (n === 0) return;
  const column = channel === 'online' ? 'votersOnline' : 'votersPaper';
  await db
    .updateTable('pacConsultations')
    .set((eb) => ({ [column]: eb(column, '+', n) }))
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

// ——— Proposals ———

export const proposals = caseRows('pacProposals');

export function insertProposal(db: Db, p: Insertable<PacProposalsTable>) {
  return db.insertInto('pacProposals').values(p).returningAll().executeTakeFirstOrThrow();
}

export async function updateProposal(db: Db, communeId: string, id: string, set: Record<string, unknown>) {
  await db.updateTable('pacProposals').set(set).where('communeId', '=', communeId).where('id', '=', id).execute();
}

/** What anyone reads of a proposal: never who wrote it. */
const PUBLIC_COLUMNS = [
  'id',
  'code',
  'consultationId',
  'title',
  'description',
  'neighbourhood',
  'estimatedCostMad',
  'state',
  'criteria',
  'admissibilityReason',
  'reviewedAt',
  'submittedAt',
] as const;

export function proposalsOf(db: Db, communeId: string, consultationId: string, states?: readonly string[]) {
  let q = db
    .selectFrom('pacProposals')
    .select(PUBLIC_COLUMNS)
    .where('communeId', '=', communeId)
    .where('consultationId', '=', consultationId);
  if (states) q = q.where('state', 'in', states as never);
  return q.orderBy('submittedAt').orderBy('code').limit(1000).execute();
}
export type PublicProposal = Awaited<ReturnType<typeof proposalsOf>>[number];

/** The account's own proposals in every commune, newest first (the account page). */
export function proposalsOfAuthor(db: Db, authorId: string) {
  return db
    .selectFrom('pacProposals as p')
    .innerJoin('communes as c', 'c.id', 'p.communeId')
    .select([
      'p.id',
      'p.code',
      'p.consultationId',
      'p.title',
      'p.description',
      'p.neighbourhood',
      'p.estimatedCostMad',
      'p.state',
      'p.criteria',
      'p.admissibilityReason',
      'p.reviewedAt',
      'p.submittedAt',
      'c.slug as commune',
    ])
    .where('p.authorId', '=', authorId)
    .orderBy('p.submittedAt', 'desc')
    .limit(200)
    .execute();
}

/** The authors of a consultation's proposals (told when its vote opens and closes). */
export async function authorsOf(db: Db, communeId: string, consultationId: string) {
  const rows = await db
    .selectFrom('pacProposals')
    .select('authorId')
    .distinct()
    .where('communeId', '=', communeId)
    .where('consultationId', '=', consultationId)
    .where('state', '!=', 'withdrawn')
    .execute();
  return rows.map((r) => r.authorId);
}

/** The accounts that voted online (told when the results are out). */
export async function onlineVotersOf(db: Db, communeId: string, consultationId: string) {
  const rows = await db
    .selectFrom('pacBallots')
    .select('accountId')
    .where('communeId', '=', communeId)
    .where('consultationId', '=', consultationId)
    .where('accountId', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.accountId ? [r.accountId] : []));
}

// ——— Ballots ———

export async function hasVoted(db: Db, communeId: string, consultationId: string, accountId: string) {
  const row = await db
    .selectFrom('pacBallots')
    .select('id')
    .where('communeId', '=', communeId)
    .where('consultationId', '=', consultationId)
    .where('accountId', '=', accountId)
    .executeTakeFirst();
  return !!row;
}

/**
 * Writes a ballot and its choices, or returns null when this person (the CIN's key) already voted in the
 * consultation, online or on paper: the unique index decides, so two counters keying the same CIN at once
 * still count it once.
 */
export async function insertBallot(
  db: Db,
  b: {
    communeId: string;
    consultationId: string;
    dedupKey: string;
    channel: BallotChannel;
    accountId: string | null;
    sheet: string | null;
    keyedBy: string | null;
    castAt: Date;
  },
  choices: { proposalId: string; rank: number; points: number }[],
): Promise<string | null> {
  const row = await db
    .insertInto('pacBallots')
    .values(b)
    .onConflict((oc) => oc.columns(['communeId', 'consultationId', 'dedupKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return null;
  await db
    .insertInto('pacBallotChoices')
    .values(choices.map((c) => ({ ...c, communeId: b.communeId, ballotId: row.id, consultationId: b.consultationId })))
    .execute();
  return row.id;
}

/** Per proposal: its points and the ballots that chose it, per channel. */
export function tally(db: Db, communeId: string, consultationId: string) {
  return db
    .selectFrom('pacBallotChoices as c')
    .innerJoin('pacBallots as b', (j) => j.onRef('b.communeId', '=', 'c.communeId').onRef('b.id', '=', 'c.ballotId'))
    .select((eb) => [
      'c.proposalId',
      eb.fn.sum<string>('c.points').as('points'),
      eb.fn.countAll<string>().as('ballots'),
      eb.fn
        .sum<string>(eb.case().when('b.channel', '=', 'online').then(eb.ref('c.points')).else(0).end())
        .as('pointsOnline'),
    ])
    .where('c.communeId', '=', communeId)
    .where('c.consultationId', '=', consultationId)
    .groupBy('c.proposalId')
    .execute();
}

/** Every commune's consultations with their voters, for the network's comparison. */
export function networkConsultations(db: Db) {
  return db
    .selectFrom('pacConsultations as k')
    .innerJoin('communes as c', 'c.id', 'k.communeId')
    .select([
      'c.slug',
      'k.id',
      'k.votesOpenAt',
      'k.votesCloseAt',
      'k.votersOnline',
      'k.votersPaper',
      'k.eligiblePopulation',
      'k.eligibleSource',
    ])
    .orderBy('c.slug')
    .orderBy('k.votesOpenAt', 'desc')
    .orderBy('k.createdAt', 'desc')
    .limit(1000)
    .execute();
}

/** Consultations whose vote window opened or closed in the last days (the timed notices read them). */
export function consultationsAround(db: Db, column: 'votesOpenAt' | 'votesCloseAt', from: Date, to: Date) {
  return db
    .selectFrom('pacConsultations')
    .select(['communeId', 'id', 'title', 'votesOpenAt', 'votesCloseAt'])
    .where(column, '>', from)
    .where(column, '<=', to)
    .limit(500)
    .execute();
}
