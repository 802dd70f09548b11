/** Tables of the PAC's projects (issue 15, migration 2026-12-11T0601-pac-projects), added to Database below. */
import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../types';

/** A project's text: Arabic and French always, Spanish when staff give it. */
export type ProjectText = { ar: string; fr: string; es?: string | undefined };
export type PacProjectStatus = 'planned' | 'under_way' | 'completed' | 'suspended';

export interface PacProjectsTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  title: Json<ProjectText>;
  axis: Json<ProjectText>;
  neighbourhood: Json<ProjectText>;
  lat: number | null;
  lon: number | null;
  startsOn: string;
  endsOn: string;
  status: PacProjectStatus;
  ownProgress: Generated<number>;
  budgetPlanned: Generated<number>;
  budgetCommitted: Generated<number>;
  budgetPaid: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PacSubprojectsTable {
  communeId: string;
  id: Generated<string>;
  projectId: string;
  code: string;
  title: Json<ProjectText>;
  weight: number;
  progress: Generated<number>;
}

export interface PacMilestonesTable {
  communeId: string;
  id: Generated<string>;
  projectId: string;
  title: Json<ProjectText>;
  plannedOn: string;
  doneOn: string | null;
}

export interface PacMilestonePhotosTable {
  communeId: string;
  id: Generated<string>;
  milestoneId: string;
  fileId: string;
  thumbFileId: string;
  addedBy: string;
  addedAt: Timestamp;
}

export interface PacProjectComplaintsTable {
  communeId: string;
  projectId: string;
  complaintId: string;
  linkedBy: string;
  linkedAt: Timestamp;
}

/** One changed value: what it was and what it became (`field` names the CSV column, a sub-project's prefixed). */
export interface ProjectChange {
  field: string;
  from: string | number | null;
  to: string | number | null;
}

export interface PacProjectHistoryTable {
  communeId: string;
  id: Generated<string>;
  projectId: string;
  at: Timestamp;
  actorId: string;
  source: 'screen' | 'csv' | 'demo';
  changes: Json<ProjectChange[]>;
}

export interface PacReportsTable {
  communeId: string;
  id: Generated<string>;
  year: number;
  language: 'ar' | 'fr' | 'both' | 'es';
  documentCode: string;
  sessionId: string | null;
  createdBy: string;
  createdAt: Timestamp;
}

declare module '../types' {
  interface Database {
    pacProjects: PacProjectsTable;
    pacSubprojects: PacSubprojectsTable;
    pacMilestones: PacMilestonesTable;
    pacMilestonePhotos: PacMilestonePhotosTable;
    pacProjectComplaints: PacProjectComplaintsTable;
    pacProjectHistory: PacProjectHistoryTable;
    pacReports: PacReportsTable;
  }
}
