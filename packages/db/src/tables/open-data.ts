/**
 * Tables of open data (issue 16, migration 2026-12-12T0501-open-data), added to Database below.
 */
import type { Json, Localized, Timestamp } from '../types';

/** A dataset's catalogue description as it was published (open-data's DatasetSpec, without the rows). */
export interface OpenDataMeta {
  title: Localized;
  description: Localized;
  keywords: Localized[];
  theme: string;
  accrualPeriodicity: string;
}

export interface OpenDataVersionsTable {
  communeId: string;
  dataset: string;
  version: number;
  csv: Uint8Array;
  sha256: string;
  bytes: number;
  rows: number;
  schema: Json<Record<string, unknown>>;
  readme: string;
  meta: Json<OpenDataMeta>;
  publishedAt: Timestamp;
  publishedBy: string | null;
}

declare module '../types' {
  interface Database {
    openDataVersions: OpenDataVersionsTable;
  }
}
