import type { BudgetDirection, BudgetLabel, BudgetPart } from '@shabaka/db';
import { parseCsv, toCsv } from '../procedures';
import { BUDGET_DIRECTIONS, BUDGET_PARTS, CODE_PATTERN, formatMad, parseMad } from './schemas';

/*
 * The budget's file, one row per budget line of the communal nomenclature (docs/budget.md documents each column):
 * the same columns in the template, the import and the staff export, so a file round-trips through a
 * spreadsheet. Amounts are dirhams with at most two decimals; the lines store integer centimes.
 */
export const CSV_COLUMNS = [
  'direction',
  'part',
  'chapter',
  'article',
  'paragraph',
  'line',
  'label_ar',
  'label_fr',
  'label_es',
  'forecast_initial',
  'forecast_amended',
  'committed',
  'paid',
  'collected',
] as const;
export type Column = (typeof CSV_COLUMNS)[number];

/** One budget line as read from the file (amounts in centimes). */
export interface FileLine {
  direction: BudgetDirection;
  part: BudgetPart;
  chapter: string;
  article: string;
  paragraph: string;
  line: string;
  label: BudgetLabel;
  forecastInitial: number;
  forecastAmended: number;
  committed: number | null;
  paid: number | null;
  collected: number | null;
}

/**
 * What a refused (or warned) cell breaks: a stable rule the portal words in the reader's language
 * (`budget.csv.rule.<rule>`), the line and column it names, and an English message for SDK users.
 */
export const ISSUE_RULES = [
  'syntax',
  'empty',
  'header',
  'field_count',
  'direction',
  'part',
  'code',
  'label',
  'label_es',
  'amount',
  'required',
  'revenue_only',
  'expenditure_only',
  'paid_over_committed',
  'duplicate',
  'committed_over_forecast',
] as const;
export type IssueRule = (typeof ISSUE_RULES)[number];
export interface CsvIssue {
  /** 1-based line of the file. */
  line: number;
  /** The column's header name, or null for the whole line. */
  column: Column | null;
  rule: IssueRule;
  message: string;
  /** The earlier line a duplicate repeats. */
  earlier?: number;
}

export interface ParsedFile {
  total: number;
  /** The file line each data row starts on, in order (a slice is [offset, offset + limit) of these). */
  lines: number[];
  issues: CsvIssue[];
  warnings: CsvIssue[];
  rows: { line: number; value: FileLine }[];
}

const CODE = new RegExp(CODE_PATTERN);

/**
 * Reads the whole file and checks every line; `range` limits which lines report, so the portal checks a file in
 * slices and moves its progress bar. The header must be exactly the template's.
 *
 * Errors and warnings, and why:
 * - paid > committed is an error: a payment settles a commitment (engagement, then payment), so paying more than
 *   was committed means a figure is mistyped; the database refuses it too.
 * - committed > forecast (amended) is only a warning: credits carried over from the previous year (reports de
 *   crédits) and transfers between lines decided after the last amended forecast show up as commitments above the
 *   line's forecast in real execution statements; refusing them would make staff falsify the file to import it.
 * - collected above a revenue forecast is nothing at all: a revenue forecast is an estimate, not a ceiling.
 */
export function readFile(csv: string, range?: { offset: number; limit: number }): ParsedFile {
  const { records, errors } = parseCsv(csv);
  const issues: CsvIssue[] = errors.map((e) => ({ line: e.line, column: null, rule: 'syntax', message: e.reason }));
  const warnings: CsvIssue[] = [];
  const header = records.shift();
  if (!header)
    return {
      total: 0,
      lines: [],
      issues: [{ line: 1, column: null, rule: 'empty', message: 'The file is empty' }],
      warnings,
      rows: [],
    };
  const wrong = CSV_COLUMNS.find((c, i) => header.fields[i]?.trim() !== c);
  if (wrong || header.fields.length !== CSV_COLUMNS.length)
    return {
      total: records.length,
      lines: records.map((r) => r.line),
      issues: [
        {
          line: header.line,
          column: wrong ?? null,
          rule: 'header',
          message: `The header must be the template’s: ${CSV_COLUMNS.join(',')}`,
        },
      ],
      warnings,
      rows: [],
    };
  const rows: ParsedFile['rows'] = [];
  const seen = new Map<string, number>();
  for (const r of records) {
    const add = (column: Column | null, rule: IssueRule, message: string, earlier?: number) =>
      issues.push({ line: r.line, column, rule, message, ...(earlier ? { earlier } : {}) });
    if (r.fields.length !== CSV_COLUMNS.length) {
      add(null, 'field_count', `Expected ${CSV_COLUMNS.length} fields, found ${r.fields.length}`);
      continue;
    }
    const cell = (c: Column) => r.fields[CSV_COLUMNS.indexOf(c)]!.trim();
    const before = issues.length;
    const direction = cell('direction') as BudgetDirection;
    if (!BUDGET_DIRECTIONS.includes(direction)) add('direction', 'direction', 'Write revenue or expenditure');
    const part = cell('part') as BudgetPart;
    if (!BUDGET_PARTS.includes(part)) add('part', 'part', 'Write functioning or investment');
    const codes = (['chapter', 'article', 'paragraph', 'line'] as const).map((c) => {
      const v = cell(c);
      if (!CODE.test(v)) add(c, 'code', 'Write a code of digits (dots allowed), 16 characters at most');
      return v;
    });
    const label = (c: 'label_ar' | 'label_fr' | 'label_es', required: boolean) => {
      const v = cell(c);
      if ((required && v.length < 2) || v.length > 300)
        add(c, required ? 'label' : 'label_es', required ? 'Write the label (2 to 300 characters)' : 'At most 300');
      return v;
    };
    const labelAr = label('label_ar', true);
    const labelFr = label('label_fr', true);
    const labelEs = label('label_es', false);
    /** An amount cell: required, forbidden (the other direction's measure) or optional. */
    const amount = (c: Column, need: 'required' | 'empty' | 'optional'): number | null => {
      const v = cell(c);
      if (v === '') {
        if (need === 'required') add(c, 'required', 'Write an amount in dirhams');
        return null;
      }
      if (need === 'empty') {
        if (direction === 'revenue') add(c, 'expenditure_only', 'Leave empty on a revenue line');
        else add(c, 'revenue_only', 'Leave empty on an expenditure line');
        return null;
      }
      const centimes = parseMad(v);
      if (centimes === null) add(c, 'amount', 'Write an amount in dirhams, at most two decimals (1234.50)');
      return centimes;
    };
    const spending = direction === 'expenditure';
    // Which measures a line takes depends on its direction: with an unknown one, only the forecasts are checked.
    const known = BUDGET_DIRECTIONS.includes(direction);
    const forecastInitial = amount('forecast_initial', 'required');
    // An empty amended forecast means the budget was not amended: the initial one stands.
    const forecastAmended = amount('forecast_amended', 'optional') ?? forecastInitial;
    const committed = known ? amount('committed', spending ? 'required' : 'empty') : null;
    const paid = known ? amount('paid', spending ? 'required' : 'empty') : null;
    const collected = known ? amount('collected', spending ? 'empty' : 'required') : null;
    if (spending && paid !== null && committed !== null && paid > committed)
      add('paid', 'paid_over_committed', 'Paid is above committed: a payment settles a commitment');
    const key = [direction, part, ...codes].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) add('line', 'duplicate', `This line’s codes are already on line ${earlier}`, earlier);
    else seen.set(key, r.line);
    if (issues.length > before) continue;
    if (spending && committed! > forecastAmended!)
      warnings.push({
        line: r.line,
        column: 'committed',
        rule: 'committed_over_forecast',
        message: 'Committed is above the amended forecast (carried-over credits?)',
      });
    rows.push({
      line: r.line,
      value: {
        direction,
        part,
        chapter: codes[0]!,
        article: codes[1]!,
        paragraph: codes[2]!,
        line: codes[3]!,
        label: { ar: labelAr, fr: labelFr, ...(labelEs ? { es: labelEs } : {}) },
        forecastInitial: forecastInitial!,
        forecastAmended: forecastAmended!,
        committed,
        paid,
        collected,
      },
    });
  }
  issues.sort((a, b) => a.line - b.line);
  const lines = records.map((r) => r.line);
  if (!range) return { total: records.length, lines, issues, warnings, rows };
  // A slice reports its own lines; lines that never became a record (unreadable quoting) go with the first slice.
  const all = new Set(lines);
  const mine = new Set(lines.slice(range.offset, range.offset + range.limit));
  const shown = (x: CsvIssue) => mine.has(x.line) || (range.offset === 0 && !all.has(x.line));
  return { total: records.length, lines, issues: issues.filter(shown), warnings: warnings.filter(shown), rows };
}

const money = (c: number | null) => (c === null ? '' : formatMad(c));

/** Lines → the import's file (a BOM so a spreadsheet reads the Arabic as UTF-8; formula-like cells as text). */
export function linesToCsv(lines: FileLine[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const l of lines)
    rows.push([
      l.direction,
      l.part,
      l.chapter,
      l.article,
      l.paragraph,
      l.line,
      l.label.ar,
      l.label.fr,
      l.label.es ?? '',
      money(l.forecastInitial),
      money(l.forecastAmended),
      money(l.committed),
      money(l.paid),
      money(l.collected),
    ]);
  return `\uFEFF${toCsv(rows)}`;
}

/** The template staff download from the desk: the header and one example line of each kind (clearly examples). */
export const TEMPLATE_LINES: FileLine[] = [
  {
    direction: 'revenue',
    part: 'functioning',
    chapter: '10',
    article: '10',
    paragraph: '10',
    line: '11',
    label: {
      ar: 'مثال: الرسم على الأراضي الحضرية غير المبنية',
      fr: 'Exemple : taxe sur les terrains urbains non bâtis',
    },
    forecastInitial: 150_000_000,
    forecastAmended: 150_000_000,
    committed: null,
    paid: null,
    collected: 98_250_050,
  },
  {
    direction: 'expenditure',
    part: 'functioning',
    chapter: '20',
    article: '10',
    paragraph: '10',
    line: '11',
    label: { ar: 'مثال: أجور الموظفين', fr: 'Exemple : traitements du personnel' },
    forecastInitial: 420_000_000,
    forecastAmended: 425_000_000,
    committed: 410_000_000,
    paid: 395_500_000,
    collected: null,
  },
  {
    direction: 'expenditure',
    part: 'investment',
    chapter: '30',
    article: '20',
    paragraph: '10',
    line: '11',
    label: { ar: 'مثال: تهيئة الطرق', fr: 'Exemple : aménagement de la voirie' },
    forecastInitial: 200_000_000,
    forecastAmended: 180_000_000,
    committed: 120_000_000,
    paid: 64_000_000,
    collected: null,
  },
];
