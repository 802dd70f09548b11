/**
 * Tables of the associations registry (issue 14, migration 2026-12-08T0101-associations), added to Database below.
 * Dates of the 1958 dahir's arc are 'YYYY-MM-DD' strings (`date` columns, parsers in create-db.ts).
 */
import type { Generated } from 'kysely';
import type { AssociationChangeState, AssociationDocumentKind, AssociationSector, RepresentativeState } from '../enums';
import type { DefaultTimestamp, Json, Timestamp } from '../types';

/** A bureau member: private (the CIN never leaves staff and the association's verified representatives). */
export interface BureauMember {
  name: string;
  role: string;
  cin: string;
}

export interface AssociationsTable {
  communeId: string;
  id: Generated<string>;
  names: Json<{ ar: string; fr: string }>;
  object: string;
  sectors: Json<AssociationSector[]>;
  seatNeighbourhood: string | null;
  seatLat: number | null;
  seatLon: number | null;
  branches: Json<string[]>;
  publicUtilityDecree: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  bureau: Json<BureauMember[]>;
  rib: string | null;
  constitutedOn: string | null;
  declaredOn: string | null;
  provisionalReceiptOn: string | null;
  definitiveReceiptOn: string | null;
  lastGeneralAssemblyOn: string | null;
  bureauRenewedOn: string | null;
  changesDeclaredOn: string | null;
  version: Generated<number>;
  createdAt: DefaultTimestamp;
  updatedAt: DefaultTimestamp;
}

export interface AssociationVersionsTable {
  communeId: string;
  associationId: string;
  version: number;
  record: Json<Record<string, unknown>>;
  authorId: string | null;
  changeId: string | null;
  createdAt: DefaultTimestamp;
}

export interface AssociationDocumentsTable {
  communeId: string;
  id: Generated<string>;
  associationId: string;
  kind: AssociationDocumentKind;
  fileId: string;
  name: string | null;
  uploadedBy: string | null;
  uploadedAt: DefaultTimestamp;
}

export interface AssociationRepresentativesTable {
  communeId: string;
  id: Generated<string>;
  associationId: string;
  accountId: string;
  role: string;
  message: string | null;
  state: Generated<RepresentativeState>;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: Timestamp | null;
  createdAt: DefaultTimestamp;
}

export interface AssociationChangesTable {
  communeId: string;
  id: Generated<string>;
  associationId: string;
  proposedBy: string;
  baseVersion: number;
  patch: Json<Record<string, unknown>>;
  state: Generated<AssociationChangeState>;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: Timestamp | null;
  createdAt: DefaultTimestamp;
}

declare module '../types' {
  interface Database {
    associations: AssociationsTable;
    associationVersions: AssociationVersionsTable;
    associationDocuments: AssociationDocumentsTable;
    associationRepresentatives: AssociationRepresentativesTable;
    associationChanges: AssociationChangesTable;
  }
}
