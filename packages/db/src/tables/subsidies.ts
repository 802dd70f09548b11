/** Tables of the open subsidy ledger (issue 14, migration 2026-12-09T0301-subsidies), added to Database below. */
import type { ColumnType, Generated } from 'kysely';
import type { SubsidyKind, SubsidyReportKind, SubsidyReportState, SubsidyState } from '../enums';
import type { Json, Timestamp } from '../types';

/** A text in Arabic and French, as staff write a project's title and deliverables. */
export type SubsidyText = { ar: string; fr: string };

export interface SubsidiesTable {
  communeId: string;
  id: Generated<string>;
  associationId: string;
  callId: string | null;
  applicationId: string | null;
  deliberation: string | null;
  year: number;
  project: Json<SubsidyText>;
  amountMad: number;
  kind: SubsidyKind;
  state: Generated<SubsidyState>;
  deliverables: ColumnType<SubsidyText[], string | undefined, string>;
  documentCode: string | null;
  grantedBy: string;
  grantedAt: Timestamp;
  signedAt: Timestamp | null;
  closedAt: Timestamp | null;
  closeReason: string | null;
}

export interface SubsidyTranchesTable {
  communeId: string;
  subsidyId: string;
  n: number;
  amountMad: number;
  /** 'YYYY-MM-DD'. */
  dueOn: string;
  afterReport: SubsidyReportKind | null;
  paidOn: string | null;
  paymentRef: string | null;
  paidBy: string | null;
}

export interface SubsidyReportsTable {
  communeId: string;
  id: Generated<string>;
  subsidyId: string;
  kind: SubsidyReportKind;
  dueOn: string;
  state: Generated<SubsidyReportState>;
  narrative: string | null;
  narrativeFileId: string | null;
  financialFileId: string | null;
  filedBy: string | null;
  filedAt: Timestamp | null;
  reviewedBy: string | null;
  reviewedAt: Timestamp | null;
  reviewNote: string | null;
}

declare module '../types' {
  interface Database {
    subsidies: SubsidiesTable;
    subsidyTranches: SubsidyTranchesTable;
    subsidyReports: SubsidyReportsTable;
  }
}
