/** Tables of PAC prioritisation (issue 15, migration 2026-12-11T0501-pac-proposals), added to Database below. */
import type { Generated } from 'kysely';
import type { BallotChannel, ConsultationMethod, ProposalState, ResidenceCheck } from '../enums';
import type { Json, Timestamp } from '../types';
import type { PacText } from './pac';

/** A prioritisation consultation of a PAC: its proposal window, its vote window, its method and who may vote. */
export interface PacConsultationsTable {
  communeId: string;
  id: Generated<string>;
  planId: string;
  title: Json<PacText>;
  question: Json<PacText>;
  method: ConsultationMethod;
  /** How many proposals a voter ranks or supports at most. */
  maxChoices: number;
  proposalsOpenOn: string;
  proposalsCloseOn: string;
  votesOpenOn: string;
  votesCloseOn: string;
  /** The first instant of votesOpenOn and the last of votesCloseOn, in Morocco. */
  votesOpenAt: Timestamp;
  votesCloseAt: Timestamp;
  proposalsCloseAt: Timestamp;
  /** The population the participation rate is read against, and where the figure comes from. */
  eligiblePopulation: number;
  eligibleSource: string;
  minAge: number;
  residenceCheck: ResidenceCheck;
  /** Distinct voters per channel, moved in each ballot's transaction. */
  votersOnline: Generated<number>;
  votersPaper: Generated<number>;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** The technical admissibility criteria, each met or not. */
export interface ProposalCriteria {
  competence: boolean;
  cost: boolean;
  legality: boolean;
}

export interface PacProposalsTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  consultationId: string;
  authorId: string;
  title: string;
  description: string;
  neighbourhood: string;
  estimatedCostMad: number | null;
  state: Generated<ProposalState>;
  criteria: Json<ProposalCriteria> | null;
  /** The published reason of the admissibility decision. */
  admissibilityReason: string | null;
  reviewedAt: Timestamp | null;
  reviewedBy: string | null;
  submittedAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PacProposalEventsTable {
  communeId: string;
  id: Generated<string>;
  proposalId: string;
  seq: Generated<number>;
  at: Timestamp;
  actorId: string | null;
  kind: string;
  fromState: ProposalState | null;
  toState: ProposalState | null;
  publicNote: string | null;
  internalNote: string | null;
  data: Json<Record<string, unknown>>;
}

export interface PacProposalStateCountsTable {
  communeId: string;
  state: ProposalState;
  n: Generated<number>;
}

/** One person's ballot in one consultation; `dedupKey` is the HMAC of their CIN (never the CIN). */
export interface PacBallotsTable {
  communeId: string;
  id: Generated<string>;
  consultationId: string;
  dedupKey: string;
  channel: BallotChannel;
  accountId: string | null;
  /** The paper sheet or batch a counter ballot was keyed from, and by whom. */
  sheet: string | null;
  keyedBy: string | null;
  castAt: Timestamp;
}

/** One choice of a ballot: the proposal and its rank (1 first; supports are ranked in the order given). */
export interface PacBallotChoicesTable {
  communeId: string;
  ballotId: string;
  consultationId: string;
  proposalId: string;
  rank: number;
  points: number;
}

declare module '../types' {
  interface Database {
    pacConsultations: PacConsultationsTable;
    pacProposals: PacProposalsTable;
    pacProposalEvents: PacProposalEventsTable;
    pacProposalStateCounts: PacProposalStateCountsTable;
    pacBallots: PacBallotsTable;
    pacBallotChoices: PacBallotChoicesTable;
  }
}
