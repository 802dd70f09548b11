/**
 * Tables of proactive publication (Law 31-13 art. 10; migration 2026-12-12T0101-publication), added to
 * Database below.
 */
import type { Generated } from 'kysely';
import type { PublicationCategory } from '../enums';
import type { Json, Timestamp } from '../types';

/** An item's name in the commune's languages (Spanish optional: the partner towns read it). */
export type PublicationText = { ar: string; fr: string; es?: string | undefined };

export interface PublicationItemsTable {
  communeId: string;
  id: Generated<string>;
  position: number;
  category: PublicationCategory;
  title: Json<PublicationText>;
  departmentId: string | null;
  url: string | null;
  updatedOn: string | null;
  refreshMonths: number;
  nextDueOn: string | null;
  /** The staff member who keeps it up to date: told when it falls due or goes stale. */
  keeperId: string | null;
  /** The published file (files table), when the commune publishes it itself rather than (or beside) a link. */
  fileId: string | null;
  fileName: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  updatedBy: string;
}

export interface PublicationItemVersionsTable {
  communeId: string;
  itemId: string;
  version: number;
  values: Json<Record<string, unknown>>;
  actorId: string;
  at: Timestamp;
}

declare module '../types' {
  interface Database {
    publicationItems: PublicationItemsTable;
    publicationItemVersions: PublicationItemVersionsTable;
  }
}
