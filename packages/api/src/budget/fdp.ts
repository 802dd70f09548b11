import type { Localized } from '@shabaka/db';
import type { DatasetField } from '../open-data';
import { toCsv } from '../procedures';
import type { FileLine } from './csv';
import { BUDGET_DIRECTIONS, BUDGET_PARTS, CODE_PATTERN, formatMad } from './schemas';

/*
 * The published budget as a Fiscal Data Package (Frictionless): one CSV resource with a Table Schema, and the
 * fiscal model naming its measures (forecast, committed, paid, collected, in MAD) and dimensions (the commune as
 * administrative classification, the nomenclature as economic classification, the fiscal year, the direction).
 * The same field list describes the open-data dataset (dataset.ts), so the two never disagree.
 */

/** A field of the published table: open-data's dataset field, so the catalogue and the package agree. */
export type BudgetField = DatasetField;

const amount = (name: string, title: Localized, description: Localized, required: boolean): BudgetField => ({
  name,
  type: 'number',
  title,
  description,
  constraints: { required, minimum: 0 },
});
const code = (name: string, title: Localized): BudgetField => ({
  name,
  type: 'string',
  title,
  description: {
    ar: 'رمز في تبويب ميزانية الجماعة (أرقام ونقط).',
    fr: 'Code de la nomenclature budgétaire communale (chiffres et points).',
    es: 'Código de la nomenclatura presupuestaria municipal (cifras y puntos).',
  },
  constraints: { required: true, pattern: CODE_PATTERN },
});

export const BUDGET_FIELDS: BudgetField[] = [
  {
    name: 'commune',
    type: 'string',
    title: { ar: 'الجماعة', fr: 'Commune', es: 'Municipio' },
    description: {
      ar: 'المعرف المختصر للجماعة (tetouan…).',
      fr: 'Identifiant court de la commune (tetouan…).',
      es: 'Identificador corto del municipio (tetouan…).',
    },
    constraints: { required: true, pattern: '^[a-z][a-z0-9-]*$' },
  },
  {
    name: 'fiscal_year',
    type: 'year',
    title: { ar: 'السنة المالية', fr: 'Exercice', es: 'Ejercicio' },
    description: {
      ar: 'السنة المالية (من يناير إلى دجنبر).',
      fr: 'Exercice budgétaire (janvier à décembre).',
      es: 'Ejercicio presupuestario (enero a diciembre).',
    },
    constraints: { required: true, minimum: 2000, maximum: 2100 },
  },
  {
    name: 'direction',
    type: 'string',
    title: { ar: 'المداخيل أو النفقات', fr: 'Recette ou dépense', es: 'Ingreso o gasto' },
    description: { ar: 'revenue أو expenditure.', fr: 'revenue ou expenditure.', es: 'revenue o expenditure.' },
    constraints: { required: true, enum: [...BUDGET_DIRECTIONS] },
  },
  {
    name: 'part',
    type: 'string',
    title: { ar: 'الجزء', fr: 'Partie', es: 'Parte' },
    description: {
      ar: 'functioning (التسيير) أو investment (التجهيز).',
      fr: 'functioning (fonctionnement) ou investment (équipement).',
      es: 'functioning (funcionamiento) o investment (inversión).',
    },
    constraints: { required: true, enum: [...BUDGET_PARTS] },
  },
  code('chapter', { ar: 'الفصل', fr: 'Chapitre', es: 'Capítulo' }),
  code('article', { ar: 'المادة', fr: 'Article', es: 'Artículo' }),
  code('paragraph', { ar: 'الفقرة', fr: 'Paragraphe', es: 'Párrafo' }),
  code('line', { ar: 'السطر', fr: 'Ligne', es: 'Línea' }),
  ...(['ar', 'fr', 'es'] as const).map((l): BudgetField => ({
    name: `label_${l}`,
    type: 'string',
    title: {
      ar: `التسمية (${l})`,
      fr: `Libellé (${l})`,
      es: `Denominación (${l})`,
    },
    description: {
      ar: 'تسمية سطر الميزانية.',
      fr: 'Libellé de la ligne budgétaire.',
      es: 'Denominación de la línea presupuestaria.',
    },
    constraints: { required: l !== 'es' },
  })),
  amount(
    'forecast_initial',
    { ar: 'التقديرات الأولية', fr: 'Prévisions initiales', es: 'Previsiones iniciales' },
    { ar: 'بالدرهم، كما صودق عليها.', fr: 'En dirhams, telles que votées.', es: 'En dírhams, tal como se votaron.' },
    true,
  ),
  amount(
    'forecast_amended',
    { ar: 'التقديرات المعدلة', fr: 'Prévisions modifiées', es: 'Previsiones modificadas' },
    {
      ar: 'بالدرهم، بعد التعديلات؛ يقاس بها التنفيذ.',
      fr: 'En dirhams, après modifications ; l’exécution s’y mesure.',
      es: 'En dírhams, tras las modificaciones; la ejecución se mide con ellas.',
    },
    true,
  ),
  amount(
    'committed',
    { ar: 'الملتزم به', fr: 'Engagé', es: 'Comprometido' },
    {
      ar: 'بالدرهم، النفقات فقط.',
      fr: 'En dirhams, dépenses seulement.',
      es: 'En dírhams, solo gastos.',
    },
    false,
  ),
  amount(
    'paid',
    { ar: 'المؤدى', fr: 'Payé', es: 'Pagado' },
    {
      ar: 'بالدرهم، النفقات فقط، لا يتجاوز الملتزم به.',
      fr: 'En dirhams, dépenses seulement, au plus l’engagé.',
      es: 'En dírhams, solo gastos, como máximo lo comprometido.',
    },
    false,
  ),
  amount(
    'collected',
    { ar: 'المحصل', fr: 'Recouvré', es: 'Recaudado' },
    {
      ar: 'بالدرهم، المداخيل فقط.',
      fr: 'En dirhams, recettes seulement.',
      es: 'En dírhams, solo ingresos.',
    },
    false,
  ),
];

/** One line as the published table writes it (amounts in dirhams, null for a measure the direction lacks). */
export type BudgetRow = Record<string, string | number | null>;
export function rowOf(commune: string, year: number, l: FileLine): BudgetRow {
  const mad = (c: number | null) => (c === null ? null : c / 100);
  return {
    commune,
    fiscal_year: year,
    direction: l.direction,
    part: l.part,
    chapter: l.chapter,
    article: l.article,
    paragraph: l.paragraph,
    line: l.line,
    label_ar: l.label.ar,
    label_fr: l.label.fr,
    label_es: l.label.es ?? null,
    forecast_initial: mad(l.forecastInitial),
    forecast_amended: mad(l.forecastAmended),
    committed: mad(l.committed),
    paid: mad(l.paid),
    collected: mad(l.collected),
  };
}

/** The resource's CSV: amounts written with a dot and two decimals, empty for null. */
export function rowsToCsv(rows: BudgetRow[]): string {
  const cell = (name: string, v: string | number | null) => {
    if (v === null) return '';
    if (typeof v === 'number' && BUDGET_FIELDS.find((f) => f.name === name)?.type === 'number')
      return formatMad(Math.round(v * 100));
    return String(v);
  };
  return toCsv([
    BUDGET_FIELDS.map((f) => f.name),
    ...rows.map((r) => BUDGET_FIELDS.map((f) => cell(f.name, r[f.name]!))),
  ]);
}

/** The Frictionless Table Schema of the resource. */
export function tableSchema() {
  return {
    fields: BUDGET_FIELDS.map((f) => ({
      name: f.name,
      type: f.type,
      title: f.title.fr,
      description: f.description.fr,
      // Extra properties are allowed by Table Schema: every language of the title, Arabic first.
      titles: f.title,
      ...(f.type === 'number' ? { decimalChar: '.', groupChar: '' } : {}),
      ...(f.constraints ? { constraints: f.constraints } : {}),
    })),
    missingValues: [''],
    primaryKey: ['commune', 'fiscal_year', 'direction', 'part', 'chapter', 'article', 'paragraph', 'line'],
  };
}

/**
 * The datapackage.json of one published version: the resource's path is the CSV's file name, so the two
 * downloads side by side form the package.
 */
export function dataPackage(p: {
  commune: { slug: string; names: Localized };
  year: number;
  version: number;
  publishedAt: Date;
  csvName: string;
  homepage: string;
}) {
  const name = `${p.commune.slug}-budget-${p.year}`;
  const measure = (source: string, phase: string, direction?: 'expenditure' | 'revenue') => ({
    source,
    currency: 'MAD',
    factor: 1,
    phase,
    ...(direction ? { direction } : {}),
  });
  return {
    profile: 'fiscal-data-package',
    name,
    title: `${p.commune.names.fr} — budget ${p.year} (version ${p.version})`,
    description:
      'Communal budget and its execution, as published by the commune. Amounts in Moroccan dirhams (MAD). ' +
      'Nomenclature codes are the commune’s own, checked for shape only.',
    version: String(p.version),
    created: p.publishedAt.toISOString(),
    homepage: p.homepage,
    countryCode: 'MA',
    fiscalPeriod: { start: `${p.year}-01-01`, end: `${p.year}-12-31` },
    resources: [
      {
        name,
        path: p.csvName,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: tableSchema(),
      },
    ],
    model: {
      measures: {
        forecast_initial: measure('forecast_initial', 'approved'),
        forecast_amended: measure('forecast_amended', 'adjusted'),
        committed: measure('committed', 'executed', 'expenditure'),
        paid: measure('paid', 'executed', 'expenditure'),
        collected: measure('collected', 'executed', 'revenue'),
      },
      dimensions: {
        'administrative-classification': {
          dimensionType: 'classification',
          classificationType: 'administrative',
          attributes: { commune: { source: 'commune' } },
          primaryKey: ['commune'],
        },
        'economic-classification': {
          dimensionType: 'classification',
          classificationType: 'economic',
          attributes: {
            part: { source: 'part' },
            chapter: { source: 'chapter', parent: 'part' },
            article: { source: 'article', parent: 'chapter' },
            paragraph: { source: 'paragraph', parent: 'article' },
            line: { source: 'line', parent: 'paragraph' },
            label_ar: { source: 'label_ar', labelfor: 'line' },
            label_fr: { source: 'label_fr', labelfor: 'line' },
            label_es: { source: 'label_es', labelfor: 'line' },
          },
          primaryKey: ['part', 'chapter', 'article', 'paragraph', 'line'],
        },
        date: {
          dimensionType: 'datetime',
          attributes: { fiscal_year: { source: 'fiscal_year' } },
          primaryKey: ['fiscal_year'],
        },
        direction: {
          dimensionType: 'other',
          attributes: { direction: { source: 'direction' } },
          primaryKey: ['direction'],
        },
      },
    },
  };
}
export type DataPackage = ReturnType<typeof dataPackage>;
