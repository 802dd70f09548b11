import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { DefaultTimestamp, Json, Localized, Timestamp } from '../types';
import type {
  LifeEvent,
  OverrideField,
  ProcedureChannel,
  ProcedureTheme,
  ServicePointKind,
  ServicePointUncertain,
  Weekday,
} from '../enums';

/** Tables of the procedures catalogue and service points (issue 4). */

/** One opening period: these days, from `opens` to `closes` (HH:MM, Africa/Casablanca). */
export type OpeningPeriod = { days: Weekday[]; opens: string; closes: string };
export type OpeningHours = OpeningPeriod[];

/** A form to fill in: its name in the three languages and where to download it, if online. */
export type ProcedureForm = { names: Localized; url: string | null };
/** A legal text and article; `toVerify` marks references taken from memory, to be checked by an administrator. */
export type LegalReference = { text: Localized; article: string | null; toVerify: boolean };

export const THEME_LABELS: Record<ProcedureTheme, Localized> = {
  'civil-status': { ar: 'الحالة المدنية', fr: 'État civil', es: 'Registro civil' },
  certification: {
    ar: 'تصحيح الإمضاء ومطابقة النسخ',
    fr: 'Légalisation et copies conformes',
    es: 'Legalización y copias compulsadas',
  },
  'administrative-certificates': {
    ar: 'الشواهد الإدارية',
    fr: 'Certificats administratifs',
    es: 'Certificados administrativos',
  },
  'urban-planning': { ar: 'التعمير والبناء', fr: 'Urbanisme et construction', es: 'Urbanismo y construcción' },
  economy: { ar: 'الأنشطة الاقتصادية والتجارية', fr: 'Économie et commerce', es: 'Economía y comercio' },
  'public-space': { ar: 'الملك العمومي الجماعي', fr: 'Domaine public communal', es: 'Dominio público municipal' },
  utilities: { ar: 'الماء والكهرباء', fr: 'Eau et électricité', es: 'Agua y electricidad' },
};

export const LIFE_EVENT_LABELS: Record<LifeEvent, Localized> = {
  birth: { ar: 'ازدياد مولود', fr: 'Une naissance', es: 'Un nacimiento' },
  marriage: { ar: 'الزواج', fr: 'Se marier', es: 'Casarse' },
  death: { ar: 'وفاة قريب', fr: "Décès d'un proche", es: 'Fallecimiento de un familiar' },
  'moving-house': { ar: 'تغيير محل السكنى', fr: 'Déménager', es: 'Mudarse' },
  'building-house': { ar: 'بناء مسكن', fr: 'Construire sa maison', es: 'Construir una vivienda' },
  'opening-business': { ar: 'فتح محل أو نشاط تجاري', fr: 'Ouvrir un commerce', es: 'Abrir un negocio' },
  'job-or-studies': {
    ar: 'ملف شغل أو دراسة',
    fr: "Dossier d'emploi ou d'études",
    es: 'Expediente de empleo o estudios',
  },
  'organising-event': { ar: 'تنظيم تظاهرة', fr: 'Organiser un événement', es: 'Organizar un evento' },
};

type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;
/** numeric(10,2) in MAD: both drivers hand it to services as a number; null when not set. */
type Money = ColumnType<number | null, number | string | null | undefined, number | string | null>;

/** Network-level procedure template, shared by every commune (not tenant-owned). */
export interface ProcedureTemplateTable {
  code: string;
  names: Json<Localized>;
  summaries: Json<Localized>;
  themes: Json<ProcedureTheme[]>;
  lifeEvents: Json<LifeEvent[]>;
  /** Other names people use for it (search synonyms). */
  keywords: Json<string[]>;
  documents: Json<Localized[]>;
  forms: Json<ProcedureForm[]>;
  legalBasis: Json<LegalReference[]>;
  /** Default fee in MAD; null when each commune's fiscal decision sets it. */
  feeMad: Money;
  office: NullableJson<Localized>;
  hours: NullableJson<OpeningHours>;
  processingDays: number;
  channels: ProcedureChannel;
  electronicDelivery: boolean;
  /** Fields whose default values come from memory and must be checked (see REFERENCE.md). */
  toVerify: Json<OverrideField[]>;
  active: Generated<boolean>;
  version: number;
  /** Plain text the search document is built from (maintained by the service). */
  searchTitle: string;
  searchBody: string;
  searchDoc: GeneratedAlways<string>;
  titleNorm: GeneratedAlways<string>;
  bodyNorm: GeneratedAlways<string>;
  createdAt: Generated<Date>;
  updatedAt: DefaultTimestamp;
}

/** A commune's differences from a template; null fields inherit the template. */
export interface ProcedureOverrideTable {
  communeId: string;
  id: Generated<string>;
  procedureCode: string;
  feeMad: Money;
  office: NullableJson<Localized>;
  hours: NullableJson<OpeningHours>;
  processingDays: number | null;
  documents: NullableJson<Localized[]>;
  forms: NullableJson<ProcedureForm[]>;
  legalBasis: NullableJson<LegalReference[]>;
  channels: ProcedureChannel | null;
  electronicDelivery: boolean | null;
  version: Generated<number>;
  searchBody: Generated<string>;
  searchDoc: GeneratedAlways<string>;
  bodyNorm: GeneratedAlways<string>;
  updatedAt: DefaultTimestamp;
  updatedBy: string | null;
}

export type VersionSource = 'edit' | 'import' | 'seed' | 'revert' | 'create';

/** Every change to a commune's override: who, when, the override before and after. */
export interface ProcedureOverrideVersionTable {
  communeId: string;
  id: Generated<string>;
  procedureCode: string;
  version: number;
  actorId: string | null;
  source: VersionSource;
  at: Timestamp;
  before: Json<Record<string, unknown>>;
  after: Json<Record<string, unknown>>;
  changed: Json<OverrideField[]>;
}

/** Every change to a network template (the whole template before and after). */
export interface ProcedureTemplateVersionTable {
  code: string;
  version: number;
  actorId: string | null;
  source: VersionSource;
  at: Timestamp;
  before: NullableJson<Record<string, unknown>>;
  after: Json<Record<string, unknown>>;
  changed: Json<string[]>;
}

/** Offices, counters and annexes where citizens go; soft-deleted (who/when/why kept). */
export interface ServicePointTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  kind: ServicePointKind;
  names: Json<Localized>;
  /** The street address, as staff write it; null until they do (a neighbourhood is no address). */
  address: NullableJson<Localized>;
  /** How to get there (a landmark, a bus line), as staff write it; null when they have not. */
  directions: NullableJson<Localized>;
  lat: number;
  lon: number;
  hours: Json<OpeningHours>;
  /** Procedure codes handled here. */
  services: Json<string[]>;
  accessibility: NullableJson<Localized>;
  /** Values seeded as guesses that the commune's staff must check (the portal hides a guessed note). */
  toVerify: Json<ServicePointUncertain[]>;
  phone: string | null;
  createdAt: Generated<Date>;
  updatedAt: DefaultTimestamp;
  deletedAt: Timestamp | null;
  deletedBy: string | null;
  deletedReason: string | null;
}

/**
 * Every distinct word of the search documents (maintained by triggers) with the codes of the
 * active templates using it in their title or only in their body: typos are matched against
 * it, and a word used by few templates weighs more.
 */
export interface ProcedureSearchWordTable {
  word: string;
  title: string[];
  body: string[];
}

export interface ProcedureTables {
  procedureSearchWords: ProcedureSearchWordTable;
  procedureTemplates: ProcedureTemplateTable;
  procedureOverrides: ProcedureOverrideTable;
  procedureOverrideVersions: ProcedureOverrideVersionTable;
  procedureTemplateVersions: ProcedureTemplateVersionTable;
  servicePoints: ServicePointTable;
}

const localizedText = (l: Localized | null | undefined) => (l ? `${l.ar} ${l.fr} ${l.es}` : '');

/**
 * The plain text a template's search document is built from: the title part (names and
 * synonyms, ranked first) and the body (summary, documents, classification, legal basis,
 * office) in all three languages. The database normalises it (see the migration).
 */
export function templateSearchText(t: {
  code: string;
  names: Localized;
  summaries: Localized;
  keywords: string[];
  themes: readonly ProcedureTheme[];
  lifeEvents: readonly LifeEvent[];
  documents: Localized[];
  forms: ProcedureForm[];
  legalBasis: LegalReference[];
  office: Localized | null;
}): { searchTitle: string; searchBody: string } {
  return {
    searchTitle: [localizedText(t.names), ...t.keywords].join(' \n '),
    searchBody: [
      localizedText(t.summaries),
      ...t.documents.map(localizedText),
      ...t.forms.map((f) => localizedText(f.names)),
      ...t.themes.map((x) => localizedText(THEME_LABELS[x])),
      ...t.lifeEvents.map((x) => localizedText(LIFE_EVENT_LABELS[x])),
      ...t.legalBasis.map((l) => `${localizedText(l.text)} ${l.article ?? ''}`),
      localizedText(t.office),
      t.code.replace(/-/g, ' '),
    ].join(' \n '),
  };
}

/** The searchable text a commune's override adds (its own office, documents, forms, legal basis). */
export function overrideSearchText(o: {
  office?: Localized | null | undefined;
  documents?: Localized[] | null | undefined;
  forms?: ProcedureForm[] | null | undefined;
  legalBasis?: LegalReference[] | null | undefined;
}): string {
  return [
    localizedText(o.office),
    ...(o.documents ?? []).map(localizedText),
    ...(o.forms ?? []).map((f) => localizedText(f.names)),
    ...(o.legalBasis ?? []).map((l) => `${localizedText(l.text)} ${l.article ?? ''}`),
  ]
    .filter(Boolean)
    .join(' \n ');
}

declare module '../types' {
  interface Database extends ProcedureTables {}
}
