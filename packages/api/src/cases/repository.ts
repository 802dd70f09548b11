import type { Database, Db, Selectable } from '@shabaka/db';
import type { Kysely } from 'kysely';

/** The tables that hold cases, each with the columns the kernel reads alike. */
export type CaseTable =
  | 'complaints'
  | 'informationRequests'
  | 'callApplications'
  | 'pacContributions'
  | 'petitions'
  | 'pacProposals'
  | 'instanceRecommendations'
  | 'instanceObservations';
interface CaseColumns {
  communeId: string;
  id: string;
  code: string;
  idempotencyKey: string | null;
}

/**
 * The reads every case table answers the same way — by id, by id locked for a move, by
 * code, by idempotency key — each scoped `(commune_id, …)` like every tenant query. One
 * generic here instead of a copy in each case domain's repository; a domain re-exports
 * them from its own repository so its services keep one place to read from.
 */
export function caseRows<T extends CaseTable>(table: T) {
  type Row = Selectable<Database[T]>;
  // Every case table has these columns; Kysely cannot see that through a generic table
  // name, so the query is built on their common shape and typed back to the table's row.
  const scoped = (db: Db, communeId: string) =>
    (db as unknown as Kysely<Record<CaseTable, CaseColumns>>)
      .selectFrom(table as CaseTable)
      .selectAll()
      .where('communeId', '=', communeId);
  return {
    findById: (db: Db, communeId: string, id: string) =>
      scoped(db, communeId).where('id', '=', id).executeTakeFirst() as Promise<Row | undefined>,
    /** Row lock for a move, so two agents acting at once cannot both move the case. */
    lockById: (db: Db, communeId: string, id: string) =>
      scoped(db, communeId).where('id', '=', id).forUpdate().executeTakeFirst() as Promise<Row | undefined>,
    findByCode: (db: Db, communeId: string, code: string) =>
      scoped(db, communeId).where('code', '=', code).executeTakeFirst() as Promise<Row | undefined>,
    findByIdempotencyKey: (db: Db, communeId: string, key: string) =>
      scoped(db, communeId).where('idempotencyKey', '=', key).executeTakeFirst() as Promise<Row | undefined>,
  };
}

/** The timeline tables that hold the kernel's entry shape, and the column naming their case. */
const TIMELINES = {
  informationRequests: { table: 'informationRequestEvents', caseColumn: 'requestId' },
  callApplications: { table: 'callApplicationEvents', caseColumn: 'applicationId' },
  pacContributions: { table: 'pacContributionEvents', caseColumn: 'contributionId' },
  petitions: { table: 'petitionEvents', caseColumn: 'petitionId' },
  pacProposals: { table: 'pacProposalEvents', caseColumn: 'proposalId' },
  instanceRecommendations: { table: 'instanceRecommendationEvents', caseColumn: 'recommendationId' },
  instanceObservations: { table: 'instanceObservationEvents', caseColumn: 'observationId' },
} as const;
export type TimelineTable = keyof typeof TIMELINES;

/** One entry on a case's timeline, as its table stores it (complaints keep their own shape). */
export interface TimelineEntry {
  communeId: string;
  caseId: string;
  at: Date;
  actorId: string | null;
  kind: string;
  fromState?: string | null | undefined;
  toState?: string | null | undefined;
  publicNote?: string | null | undefined;
  internalNote?: string | null | undefined;
  data?: Record<string, unknown> | undefined;
}

/**
 * Writes a timeline entry into the case type's table: one writer instead of a copy per case domain.
 * Kysely cannot check an insert into a table named by a parameter; the entry's type does.
 */
export async function insertTimelineEntry(db: Db, table: TimelineTable, e: TimelineEntry) {
  const t = TIMELINES[table];
  await (db as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto(t.table)
    .values({
      communeId: e.communeId,
      [t.caseColumn]: e.caseId,
      at: e.at,
      actorId: e.actorId,
      kind: e.kind,
      fromState: e.fromState ?? null,
      toState: e.toState ?? null,
      publicNote: e.publicNote ?? null,
      internalNote: e.internalNote ?? null,
      data: JSON.stringify(e.data ?? {}),
    })
    .execute();
}
