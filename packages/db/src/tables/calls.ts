/** Tables of calls for projects (issue 14, migration 2026-12-10T0101-calls), added to Database below. */
import type { ColumnType, Generated } from 'kysely';
import type { CallApplicationState, CallChannel, CallState } from '../enums';
import type { Json, Timestamp } from '../types';

/** A text in Arabic and French, as staff write a call and an association its project. */
export type CallText = { ar: string; fr: string };
/** Who may file: a seat in the commune (else a branch suffices), years since constitution. */
export interface CallEligibility {
  seatInCommune: boolean;
  minYearsConstituted: number;
}
export interface CallCriterion {
  key: string;
  label: CallText;
  /** Its share of the total (weights need not sum to 100: the total is normalised). */
  weight: number;
}
export interface CallChecklistItem {
  key: string;
  label: CallText;
  required: boolean;
}

export interface CallsTable {
  communeId: string;
  id: Generated<string>;
  title: Json<CallText>;
  description: Json<CallText>;
  themes: ColumnType<CallText[], string | undefined, string>;
  year: number;
  envelopeMad: number;
  maxPerProjectMad: number | null;
  eligibility: Json<CallEligibility>;
  criteria: Json<CallCriterion[]>;
  checklist: Json<CallChecklistItem[]>;
  /** 'YYYY-MM-DD'. */
  opensOn: string;
  closesOn: string;
  closesAt: Timestamp;
  state: Generated<CallState>;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  openedAt: Timestamp | null;
  publishedAt: Timestamp | null;
  publishedBy: string | null;
}

export interface CallCommitteeTable {
  communeId: string;
  callId: string;
  userId: string;
  addedBy: string;
  addedAt: Timestamp;
}

export interface CallApplicationsTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  callId: string;
  associationId: string;
  project: Json<CallText>;
  summary: string;
  requestedMad: number;
  state: Generated<CallApplicationState>;
  channel: CallChannel;
  submittedBy: string;
  receivedAt: Timestamp;
  updatedAt: Timestamp;
  proposal: 'select' | 'refuse' | null;
  proposedMad: number | null;
  decisionReason: string | null;
  score: number | null;
  rank: number | null;
  grantedMad: number | null;
  decidedAt: Timestamp | null;
}

export interface CallApplicationEventsTable {
  communeId: string;
  id: Generated<string>;
  applicationId: string;
  seq: Generated<number>;
  at: Timestamp;
  actorId: string | null;
  kind: string;
  fromState: CallApplicationState | null;
  toState: CallApplicationState | null;
  publicNote: string | null;
  internalNote: string | null;
  data: Json<Record<string, unknown>>;
}

export interface CallApplicationStateCountsTable {
  communeId: string;
  state: CallApplicationState;
  n: Generated<number>;
}

export interface CallApplicationDocumentsTable {
  communeId: string;
  applicationId: string;
  item: string;
  fileId: string;
  name: string | null;
}

export interface CallConflictsTable {
  communeId: string;
  applicationId: string;
  userId: string;
  note: string;
  declaredAt: Timestamp;
}

export interface CallScoresTable {
  communeId: string;
  applicationId: string;
  userId: string;
  marks: Json<Record<string, number>>;
  total: number;
  comment: string | null;
  scoredAt: Timestamp;
}

declare module '../types' {
  interface Database {
    calls: CallsTable;
    callCommittee: CallCommitteeTable;
    callApplications: CallApplicationsTable;
    callApplicationEvents: CallApplicationEventsTable;
    callApplicationStateCounts: CallApplicationStateCountsTable;
    callApplicationDocuments: CallApplicationDocumentsTable;
    callConflicts: CallConflictsTable;
    callScores: CallScoresTable;
  }
}
