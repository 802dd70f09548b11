/** Tables of the communal action plan (issue 15, migration 2026-12-11T0201-pac), added to Database below. */
import type { Generated } from 'kysely';
import type { ContributionKind, ContributionState, PacPhaseKind } from '../enums';
import type { Json, Timestamp } from '../types';

/** A text in Arabic and French, as staff write the plan (the calls' choice). */
export type PacText = { ar: string; fr: string };

/** One phase of the PAC cycle, in the plan's order. */
export interface PacPhase {
  kind: PacPhaseKind;
  /** 'YYYY-MM-DD', both days included. */
  startsOn: string;
  endsOn: string;
  legalBasis: PacText;
  /** Whether the law asks for the opinion of the equity, equal opportunity and gender body (113-14 art. 120). */
  ieecagRequired: boolean;
  /** The IEECAG's opinion once given: its text and date. */
  ieecagOpinion: { text: PacText; givenOn: string } | null;
}

export interface PacPlansTable {
  communeId: string;
  id: Generated<string>;
  title: Json<PacText>;
  mandateStart: number;
  mandateEnd: number;
  phases: Json<PacPhase[]>;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PacDraftsTable {
  communeId: string;
  id: Generated<string>;
  planId: string;
  title: Json<PacText>;
  opensOn: string;
  closesOn: string;
  closesAt: Timestamp;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PacParagraphsTable {
  communeId: string;
  id: Generated<string>;
  draftId: string;
  section: number;
  sectionTitle: Json<PacText>;
  number: number;
  text: Json<PacText>;
}

export interface PacContributionsTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  draftId: string;
  paragraphId: string;
  authorId: string;
  kind: ContributionKind;
  body: string;
  proposedText: string | null;
  state: Generated<ContributionState>;
  receivedAt: Timestamp;
  dueAt: Timestamp;
  updatedAt: Timestamp;
  answer: string | null;
  answeredAt: Timestamp | null;
  answeredBy: string | null;
}

export interface PacContributionEventsTable {
  communeId: string;
  id: Generated<string>;
  contributionId: string;
  seq: Generated<number>;
  at: Timestamp;
  actorId: string | null;
  kind: string;
  fromState: ContributionState | null;
  toState: ContributionState | null;
  publicNote: string | null;
  internalNote: string | null;
  data: Json<Record<string, unknown>>;
}

export interface PacContributionStateCountsTable {
  communeId: string;
  state: ContributionState;
  n: Generated<number>;
}

declare module '../types' {
  interface Database {
    pacPlans: PacPlansTable;
    pacDrafts: PacDraftsTable;
    pacParagraphs: PacParagraphsTable;
    pacContributions: PacContributionsTable;
    pacContributionEvents: PacContributionEventsTable;
    pacContributionStateCounts: PacContributionStateCountsTable;
  }
}
