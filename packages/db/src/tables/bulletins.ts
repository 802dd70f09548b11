/**
 * Tables of the bulletins of management results (issue 16; migration 2026-12-12T0301-bulletins), added to
 * Database below, and the complaints' monthly rollup the bulletins read.
 */
import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../types';

/** A text in the commune's languages (Spanish optional: the partner towns read it). */
export type BulletinText = { ar: string; fr: string; es?: string | undefined };
/** The editors' free sections. */
export type BulletinTexts = { editorial?: BulletinText | undefined; notes?: BulletinText | undefined };

export type BulletinUnit = 'count' | 'percent' | 'hours' | 'days' | 'mad' | 'rating';
/** One figure: its key (worded by the catalogs), its value, its unit, and a name when it is one of a list. */
export interface BulletinFigure {
  key: string;
  value: number | null;
  unit: BulletinUnit;
  names?: { ar: string; fr: string; es?: string | undefined } | undefined;
}
/** One section's figures and the open dataset they come from (`/open-data/<dataset>`). */
export interface BulletinSection {
  key: string;
  dataset: string;
  figures: BulletinFigure[];
}
/** The figures of a bulletin, frozen at approval. */
export interface BulletinSnapshot {
  year: number;
  quarter: number;
  /** The period's first and last days, Morocco's calendar. */
  from: string;
  to: string;
  computedAt: string;
  sections: BulletinSection[];
}

/** A signed document of a published bulletin: its code (`/verify/<code>`) and the public download path. */
export interface BulletinDocument {
  code: string;
  path: string;
}

export interface BulletinsTable {
  communeId: string;
  id: Generated<string>;
  year: number;
  /** 1–4, or 0 for the whole year. */
  quarter: number;
  state: Generated<'draft' | 'published'>;
  texts: Json<BulletinTexts>;
  figures: Json<BulletinSnapshot> | null;
  documents: Json<Record<string, BulletinDocument>> | null;
  version: Generated<number>;
  createdBy: string;
  createdAt: Timestamp;
  updatedBy: string;
  updatedAt: Timestamp;
  approvedBy: string | null;
  approvedAt: Timestamp | null;
}

/** Per Moroccan month: resolutions per log-hour bucket ('resolve') and reopenings ('reopened', value 0). */
export interface ComplaintMonthCountsTable {
  communeId: string;
  month: string;
  measure: 'resolve' | 'reopened';
  value: number;
  n: Generated<number>;
}

declare module '../types' {
  interface Database {
    bulletins: BulletinsTable;
    complaintMonthCounts: ComplaintMonthCountsTable;
  }
}
