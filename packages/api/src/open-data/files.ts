import type { Localized, OpenDataMeta } from '@shabaka/db';
import { csvField } from '../procedures';
import type { Cell, DatasetField, DatasetRow, DatasetSpec, FieldConstraints, FieldType } from './spec';

/**
 * Everything a published version is made of, derived from the dataset contract: the CSV bytes,
 * the Frictionless Table Schema, the datapackage.json and the README. Pure functions: the service
 * stores what they produce, the HTTP routes and the export bundle serve it.
 */

/** The licence every dataset is published under (the network's choice: attribution only). */
export const LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const;

/** A Table Schema field as published: `title`/`description` in French, every language beside them. */
export interface SchemaField {
  name: string;
  type: FieldType;
  format?: 'default';
  title: string;
  description: string;
  titles: Localized;
  descriptions: Localized;
  constraints?: FieldConstraints;
}
export interface TableSchema {
  fields: SchemaField[];
  primaryKey?: string[];
  missingValues: string[];
}

export function tableSchema(spec: Pick<DatasetSpec, 'fields' | 'primaryKey'>): TableSchema {
  return {
    fields: spec.fields.map((f) => ({
      name: f.name,
      type: f.type,
      title: f.title.fr,
      description: f.description.fr,
      titles: f.title,
      descriptions: f.description,
      ...(f.constraints ? { constraints: { ...f.constraints } } : {}),
    })),
    ...(spec.primaryKey ? { primaryKey: [...spec.primaryKey] } : {}),
    missingValues: [''],
  };
}

/** One cell as Table Schema reads it back for its type ("" for a missing value). */
export function cellText(field: Pick<DatasetField, 'name' | 'type'>, value: Cell): string {
  if (value === null || value === undefined) return '';
  switch (field.type) {
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error(`${field.name}: a boolean is expected, got ${String(value)}`);
      return value ? 'true' : 'false';
    case 'integer':
    case 'year':
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw new Error(`${field.name}: an integer is expected, got ${String(value)}`);
      return String(value);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new Error(`${field.name}: a number is expected, got ${String(value)}`);
      return String(value);
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
        throw new Error(`${field.name}: a YYYY-MM-DD date is expected, got ${String(value)}`);
      return value;
    case 'string':
      // Free text goes through the formula guard (a leading = + - @ gets an apostrophe).
      return String(value);
  }
}

/**
 * The CSV: RFC 4180 (comma, CRLF, quotes doubled), UTF-8 without a byte-order mark, a header of the
 * field names in the schema's order. Typed cells are written as Table Schema reads them; text cells
 * go through the procedures' formula guard, so a spreadsheet never runs a cell.
 */
export function writeCsv(fields: readonly DatasetField[], rows: readonly DatasetRow[]): Uint8Array {
  const lines = [fields.map((f) => csvField(f.name)).join(',')];
  for (const row of rows) {
    lines.push(
      fields
        .map((f) => {
          const text = cellText(f, row[f.name] ?? null);
          return f.type === 'string' ? csvField(text) : text;
        })
        .join(','),
    );
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

export function metaOf(spec: DatasetSpec): OpenDataMeta {
  return {
    title: spec.title,
    description: spec.description,
    keywords: [...spec.keywords],
    theme: spec.theme,
    accrualPeriodicity: spec.accrualPeriodicity,
  };
}

/** The names a version's files have beside each other (in the routes and in the export bundle). */
export const fileNames = (version: number) => ({
  csv: `v${version}.csv`,
  schema: `v${version}.schema.json`,
  datapackage: `v${version}.datapackage.json`,
  readme: `v${version}.README.md`,
});

export interface VersionFacts {
  commune: { slug: string; names: Localized };
  dataset: string;
  version: number;
  sha256: string;
  bytes: number;
  rows: number;
  publishedAt: Date;
  schema: TableSchema;
  meta: OpenDataMeta;
}

/** The Frictionless (tabular) data package of one version: the CSV beside it, its schema inline. */
export function datapackage(v: VersionFacts) {
  const names = fileNames(v.version);
  return {
    profile: 'tabular-data-package',
    name: `${v.commune.slug}-${v.dataset}`,
    id: `${v.commune.slug}/${v.dataset}/v${v.version}`,
    title: v.meta.title.fr,
    description: v.meta.description.fr,
    titles: v.meta.title,
    descriptions: v.meta.description,
    version: `${v.version}.0.0`,
    created: v.publishedAt.toISOString(),
    keywords: v.meta.keywords.flatMap((k) => [k.ar, k.fr, k.es]),
    licenses: [LICENSE],
    contributors: [{ title: v.commune.names.fr, role: 'publisher' }],
    resources: [
      {
        name: v.dataset,
        path: names.csv,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: v.bytes,
        hash: `sha256:${v.sha256}`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: v.schema,
      },
    ],
  };
}

const README_TEXT = {
  ar: {
    heading: 'البيانات المفتوحة',
    publisher: 'الناشر',
    version: 'النسخة',
    published: 'تاريخ النشر',
    rows: 'عدد الأسطر',
    hash: 'بصمة SHA-256',
    license: 'الرخصة',
    format: 'الصيغة',
    formatText:
      "CSV (RFC 4180): فاصلة، نهاية سطر CRLF، ترميز UTF-8؛ الخانة الفارغة قيمة غير متوفرة. نص يبدأ بـ = أو + أو - أو @ يسبقه فاصل علوي (') حتى لا يُنفَّذ في جدول حسابي.",
    fields: 'الحقول',
    name: 'الاسم',
    type: 'النوع',
    title: 'العنوان',
    description: 'الوصف',
    constraints: 'القيود',
    required: 'إلزامي',
    unique: 'فريد',
  },
  fr: {
    heading: 'Données ouvertes',
    publisher: 'Éditeur',
    version: 'Version',
    published: 'Publiée le',
    rows: 'Lignes',
    hash: 'Empreinte SHA-256',
    license: 'Licence',
    format: 'Format',
    formatText:
      "CSV (RFC 4180) : virgule, fin de ligne CRLF, UTF-8 ; une case vide est une valeur manquante. Un texte commençant par = + - ou @ est précédé d'une apostrophe (') pour qu'un tableur ne l'exécute pas.",
    fields: 'Champs',
    name: 'Nom',
    type: 'Type',
    title: 'Intitulé',
    description: 'Description',
    constraints: 'Contraintes',
    required: 'obligatoire',
    unique: 'unique',
  },
  es: {
    heading: 'Datos abiertos',
    publisher: 'Editor',
    version: 'Versión',
    published: 'Publicada el',
    rows: 'Filas',
    hash: 'Huella SHA-256',
    license: 'Licencia',
    format: 'Formato',
    formatText:
      "CSV (RFC 4180): coma, fin de línea CRLF, UTF-8; una celda vacía es un valor ausente. Un texto que empieza por = + - o @ va precedido de un apóstrofo (') para que una hoja de cálculo no lo ejecute.",
    fields: 'Campos',
    name: 'Nombre',
    type: 'Tipo',
    title: 'Título',
    description: 'Descripción',
    constraints: 'Restricciones',
    required: 'obligatorio',
    unique: 'único',
  },
} as const;

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function constraintText(c: FieldConstraints | undefined, w: (typeof README_TEXT)[keyof typeof README_TEXT]) {
  if (!c) return '';
  const parts: string[] = [];
  if (c.required) parts.push(w.required);
  if (c.unique) parts.push(w.unique);
  if (c.minimum !== undefined) parts.push(`≥ ${c.minimum}`);
  if (c.maximum !== undefined) parts.push(`≤ ${c.maximum}`);
  if (c.minLength !== undefined) parts.push(`length ≥ ${c.minLength}`);
  if (c.maxLength !== undefined) parts.push(`length ≤ ${c.maxLength}`);
  if (c.pattern) parts.push(`\`${c.pattern}\``);
  if (c.enum) parts.push(c.enum.map((e) => `\`${e}\``).join(', '));
  return parts.join('; ');
}

/** The README of one version, in Arabic, French and Spanish: what the file is and every field. */
export function readme(v: Omit<VersionFacts, 'sha256' | 'bytes' | 'schema'> & { fields: readonly DatasetField[] }) {
  const out: string[] = [];
  for (const lang of ['ar', 'fr', 'es'] as const) {
    const w = README_TEXT[lang];
    out.push(
      `# ${v.meta.title[lang]}`,
      '',
      v.meta.description[lang],
      '',
      `- ${w.publisher}: ${v.commune.names[lang]}`,
      `- ${w.version}: ${v.version}`,
      `- ${w.published}: ${v.publishedAt.toISOString().slice(0, 10)}`,
      `- ${w.rows}: ${v.rows}`,
      `- ${w.license}: ${LICENSE.title} (${LICENSE.path})`,
      `- ${w.format}: ${w.formatText}`,
      '',
      `## ${w.fields}`,
      '',
      `| ${w.name} | ${w.type} | ${w.title} | ${w.description} | ${w.constraints} |`,
      '|---|---|---|---|---|',
      ...v.fields.map(
        (f) =>
          `| \`${f.name}\` | ${f.type} | ${mdCell(f.title[lang])} | ${mdCell(f.description[lang])} | ${mdCell(constraintText(f.constraints, w))} |`,
      ),
      '',
    );
  }
  return out.join('\n');
}
