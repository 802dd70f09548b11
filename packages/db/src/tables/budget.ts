/** Tables of the budget domain (issue 16, migration 2026-12-12T0401-budget), added to Database below. */
import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../types';

export type BudgetDirection = 'revenue' | 'expenditure';
export type BudgetPart = 'functioning' | 'investment';
/** A budget line's label: Arabic and French always, Spanish when staff give it. */
export type BudgetLabel = { ar: string; fr: string; es?: string | undefined };

export interface BudgetVersionsTable {
  communeId: string;
  id: Generated<string>;
  fiscalYear: number;
  version: number;
  fileName: string;
  lineCount: number;
  importedBy: string;
  importedAt: Timestamp;
  publishedBy: string | null;
  publishedAt: Timestamp | null;
}

/** Amounts in integer centimes. */
export interface BudgetLinesTable {
  communeId: string;
  versionId: string;
  position: number;
  direction: BudgetDirection;
  part: BudgetPart;
  chapter: string;
  article: string;
  paragraph: string;
  line: string;
  label: Json<BudgetLabel>;
  forecastInitial: number;
  forecastAmended: number;
  committed: number | null;
  paid: number | null;
  collected: number | null;
}

declare module '../types' {
  interface Database {
    budgetVersions: BudgetVersionsTable;
    budgetLines: BudgetLinesTable;
  }
}
