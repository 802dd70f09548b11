import type { Db, Language, Localized } from '@shabaka/db';
import type { DatasetId } from './schemas';

/**
 * The dataset contract: what every open dataset of a commune declares once, and from which the
 * CSV, its Frictionless Table Schema, its datapackage.json, its README (ar/fr/es) and its DCAT
 * description are all derived. A domain that publishes a dataset (budget, bulletins…) exports a
 * `DatasetSpec` from its public index; open-data registers it by id.
 *
 * Rules the contract encodes (issue 16, and Decidim's known defects it avoids):
 * - a multilingual text is one column per language (`name_ar`, `name_fr`, `name_es`: `textFields`),
 *   never one per locale variant, never a JSON blob in a cell;
 * - no personal data: no names of people, CINs, phone numbers, emails, free text written by the
 *   public or exact positions of a citizen's report (open-data's tests scan every published cell);
 * - a dataset with no rows is still a valid file (header only) — its README says what it would hold.
 */

// The fixed dataset ids live with the isomorphic schemas (forms and links import them).
export { DATASET_IDS, type DatasetId } from './schemas';

/**
 * The EU data theme vocabulary (DCAT-AP's dcat:theme,
 * http://publications.europa.eu/resource/authority/data-theme/<code>).
 */
export const DATA_THEMES = [
  'AGRI',
  'ECON',
  'EDUC',
  'ENER',
  'ENVI',
  'GOVE',
  'HEAL',
  'INTR',
  'JUST',
  'REGI',
  'SOCI',
  'TECH',
  'TRAN',
] as const;
export type DataTheme = (typeof DATA_THEMES)[number];

/**
 * The EU frequency vocabulary's codes we use (DCAT-AP's dct:accrualPeriodicity,
 * http://publications.europa.eu/resource/authority/frequency/<code>).
 */
export const ACCRUAL_PERIODICITIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL', 'IRREG'] as const;
export type AccrualPeriodicity = (typeof ACCRUAL_PERIODICITIES)[number];

/**
 * Frictionless Table Schema field types we publish. `date` cells are `YYYY-MM-DD`, `year` cells
 * four digits, `boolean` cells `true`/`false`, `number` cells a dot decimal without grouping.
 */
export const FIELD_TYPES = ['string', 'integer', 'number', 'date', 'boolean', 'year'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Table Schema constraints (the subset we check; a missing one is no constraint). */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  /** A regular expression the whole cell must match (Table Schema: XML Schema flavour, anchored). */
  pattern?: string;
  enum?: readonly string[];
}

export interface DatasetField {
  /** The CSV header: lower snake case, English, stable across versions. */
  name: string;
  type: FieldType;
  title: Localized;
  description: Localized;
  constraints?: FieldConstraints;
}

/** One cell before it is written: null is an empty cell (Table Schema's default missing value ""). */
export type Cell = string | number | boolean | null;
export type DatasetRow = Record<string, Cell>;

export interface DatasetSpec {
  id: DatasetId;
  title: Localized;
  description: Localized;
  /** dcat:keyword, one entry per keyword in every language. */
  keywords: readonly Localized[];
  theme: DataTheme;
  accrualPeriodicity: AccrualPeriodicity;
  /** The columns, in file order. */
  fields: readonly DatasetField[];
  /** Table Schema primaryKey, when the rows have one. */
  primaryKey?: readonly string[];
  /**
   * The commune's rows as published at `now` (keys are the field names). Reads only: never
   * inside a transaction of the caller (PGlite has one connection).
   */
  rows(db: Db, communeId: string, now: Date): Promise<DatasetRow[]>;
}

/** Languages every multilingual text column comes in, in column order. */
export const TEXT_LANGUAGES = ['ar', 'fr', 'es'] as const satisfies readonly Language[];

/**
 * One column per language for a multilingual text (`<base>_ar`, `<base>_fr`, `<base>_es`): the title
 * and description name the language in each language.
 */
export function textFields(
  base: string,
  title: Localized,
  description: Localized,
  constraints?: FieldConstraints,
): DatasetField[] {
  const inLanguage: Record<Language, Localized> = {
    ar: { ar: 'بالعربية', fr: 'en arabe', es: 'en árabe' },
    fr: { ar: 'بالفرنسية', fr: 'en français', es: 'en francés' },
    es: { ar: 'بالإسبانية', fr: 'en espagnol', es: 'en español' },
  };
  return TEXT_LANGUAGES.map((l) => ({
    name: `${base}_${l}`,
    type: 'string' as const,
    title: {
      ar: `${title.ar} (${inLanguage[l].ar})`,
      fr: `${title.fr} (${inLanguage[l].fr})`,
      es: `${title.es} (${inLanguage[l].es})`,
    },
    description,
    ...(constraints ? { constraints } : {}),
  }));
}

/** The cells of `textFields(base, …)` from a `{ ar, fr, es }` value (a missing language is empty). */
export function textCells(base: string, value: Partial<Localized> | null | undefined): DatasetRow {
  const out: DatasetRow = {};
  for (const l of TEXT_LANGUAGES) out[`${base}_${l}`] = value?.[l]?.trim() || null;
  return out;
}

/** Helper for a spec's literal: checks the shape at compile time, returns it unchanged. */
export const defineDataset = (spec: DatasetSpec): DatasetSpec => spec;
