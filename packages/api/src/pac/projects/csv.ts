import { z } from 'zod';
import { parseCsv, toCsv } from '../../procedures';
import {
  day,
  mad,
  percent,
  PROJECT_STATUSES,
  projectCode,
  projectRules,
  rollUp,
  subprojectCode,
  weight,
  type ProjectFields,
  type SubprojectFields,
} from './schemas';

/*
 * The projects' file: one row per project, then one per sub-project under it (kind = subproject), the same
 * columns on export and import, so a file exported, edited in a spreadsheet and sent back round-trips. Empty
 * cells in a project's columns of a sub-project row (and weight in a project row) are what the export writes.
 */
export const CSV_COLUMNS = [
  'kind',
  'code',
  'title_ar',
  'title_fr',
  'title_es',
  'axis_ar',
  'axis_fr',
  'axis_es',
  'neighbourhood_ar',
  'neighbourhood_fr',
  'neighbourhood_es',
  'lat',
  'lon',
  'starts_on',
  'ends_on',
  'status',
  'weight',
  'progress',
  'budget_planned',
  'budget_committed',
  'budget_paid',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** A project as the file holds it (progress: its own, or the roll-up the export wrote). */
export type FileProject = Omit<ProjectFields, 'subprojects'> & { subprojects: SubprojectFields[] };

export function projectsToCsv(projects: FileProject[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const n = (v: number | null) => (v === null ? '' : String(v));
  for (const p of projects) {
    rows.push([
      'project',
      p.code,
      p.title.ar,
      p.title.fr,
      p.title.es ?? '',
      p.axis.ar,
      p.axis.fr,
      p.axis.es ?? '',
      p.neighbourhood.ar,
      p.neighbourhood.fr,
      p.neighbourhood.es ?? '',
      n(p.lat),
      n(p.lon),
      p.startsOn,
      p.endsOn,
      p.status,
      '',
      String(rollUp(p.progress, p.subprojects)),
      String(p.budgetPlanned),
      String(p.budgetCommitted),
      String(p.budgetPaid),
    ]);
    for (const s of p.subprojects)
      rows.push([
        'subproject',
        s.code,
        s.title.ar,
        s.title.fr,
        s.title.es ?? '',
        ...Array<string>(11).fill(''),
        String(s.weight),
        String(s.progress),
        '',
        '',
        '',
      ]);
  }
  // The BOM lets a spreadsheet read the Arabic as UTF-8; toCsv writes formula-like cells as text.
  return `\uFEFF${toCsv(rows)}`;
}

/** One refused cell (or line, when `column` is null): the import lists them all and applies nothing. */
export interface CsvIssue {
  line: number;
  column: string | null;
  message: string;
}

export interface ParsedFile {
  total: number;
  /** The file line each data row starts on, in order (a slice is [offset, offset + limit) of these). */
  lines: number[];
  issues: CsvIssue[];
  /** The projects named in the file, each with the line of its row (sub-projects keep their lines too). */
  projects: { line: number; project: FileProject; subLines: number[] }[];
}

const num = (s: z.ZodNumber) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      const x = Number(v.replace(/\s/g, '').replace(',', '.'));
      if (v === '' || !Number.isFinite(x)) {
        ctx.addIssue({ code: 'custom', message: 'Write a number' });
        return z.NEVER;
      }
      return x;
    })
    .pipe(s);
const optionalNum = (s: z.ZodNumber) =>
  z
    .literal('')
    .transform(() => null)
    .or(num(s));
const textCell = (what: string, required: boolean) =>
  required
    ? z
        .string()
        .trim()
        .min(2, { message: `Write the ${what}` })
        .max(200, { message: 'Use at most 200 characters' })
    : z.string().trim().max(200, { message: 'Use at most 200 characters' });

const CELL: Partial<Record<Column, z.ZodType>> = {
  title_ar: textCell('title in Arabic', true),
  title_fr: textCell('title in French', true),
  title_es: textCell('title in Spanish', false),
  axis_ar: textCell('axis in Arabic', true),
  axis_fr: textCell('axis in French', true),
  axis_es: textCell('axis in Spanish', false),
  neighbourhood_ar: textCell('neighbourhood in Arabic', true),
  neighbourhood_fr: textCell('neighbourhood in French', true),
  neighbourhood_es: textCell('neighbourhood in Spanish', false),
  lat: optionalNum(z.number().min(-90).max(90)),
  lon: optionalNum(z.number().min(-180).max(180)),
  starts_on: z.string().trim().pipe(day),
  ends_on: z.string().trim().pipe(day),
  status: z
    .string()
    .trim()
    .pipe(z.enum(PROJECT_STATUSES, { message: `Write one of ${PROJECT_STATUSES.join(', ')}` })),
  weight: num(weight),
  progress: num(percent),
  budget_planned: num(mad),
  budget_committed: num(mad),
  budget_paid: num(mad),
};
const PROJECT_CELLS: Column[] = [
  'title_ar',
  'title_fr',
  'title_es',
  'axis_ar',
  'axis_fr',
  'axis_es',
  'neighbourhood_ar',
  'neighbourhood_fr',
  'neighbourhood_es',
  'lat',
  'lon',
  'starts_on',
  'ends_on',
  'status',
  'progress',
  'budget_planned',
  'budget_committed',
  'budget_paid',
];
const SUB_CELLS: Column[] = ['title_ar', 'title_fr', 'title_es', 'weight', 'progress'];
/** The zod path of projectRules → the file's column. */
const COLUMN_OF: Record<string, Column> = {
  endsOn: 'ends_on',
  budgetPaid: 'budget_paid',
  lat: 'lat',
  lon: 'lon',
  status: 'status',
};

/**
 * Reads the whole file and checks every line (the same rules as the screen); `range` limits which lines report
 * their issues, so the portal can check a file in slices and move its progress bar. The header must be exactly
 * the export's.
 */
export function readFile(csv: string, range?: { offset: number; limit: number }): ParsedFile {
  const { records, errors } = parseCsv(csv);
  const issues: CsvIssue[] = errors.map((e) => ({ line: e.line, column: null, message: e.reason }));
  const header = records.shift();
  if (!header)
    return { total: 0, lines: [], issues: [{ line: 1, column: null, message: 'The file is empty' }], projects: [] };
  const missing = CSV_COLUMNS.filter((c, i) => header.fields[i]?.trim() !== c);
  if (missing.length > 0 || header.fields.length !== CSV_COLUMNS.length)
    return {
      total: records.length,
      lines: records.map((r) => r.line),
      issues: [
        {
          line: header.line,
          column: missing[0] ?? null,
          message: `The header must be the export’s: ${CSV_COLUMNS.join(',')}`,
        },
      ],
      projects: [],
    };
  const out: ParsedFile['projects'] = [];
  const seen = new Map<string, number>();
  let current: ParsedFile['projects'][number] | null = null;
  records.forEach((r) => {
    const add = (column: string | null, message: string) => {
      issues.push({ line: r.line, column, message });
    };
    if (r.fields.length !== CSV_COLUMNS.length) {
      add(null, `Expected ${CSV_COLUMNS.length} fields, found ${r.fields.length}`);
      return;
    }
    const cell = (c: Column) => r.fields[CSV_COLUMNS.indexOf(c)]!;
    const kind = cell('kind').trim();
    const values: Partial<Record<Column, unknown>> = {};
    const read = (cols: Column[]) => {
      let ok = true;
      for (const c of cols) {
        const parsed = CELL[c]!.safeParse(cell(c));
        if (parsed.success) values[c] = parsed.data;
        else {
          ok = false;
          add(c, parsed.error.issues[0]?.message ?? 'Invalid value');
        }
      }
      return ok;
    };
    const code = (kind === 'subproject' ? subprojectCode : projectCode).safeParse(cell('code'));
    if (kind !== 'project' && kind !== 'subproject') {
      add('kind', 'Write project or subproject');
      return;
    }
    if (!code.success) {
      add('code', code.error.issues[0]?.message ?? 'Invalid code');
      return;
    }
    const earlier = seen.get(code.data);
    if (earlier !== undefined) {
      add('code', `${code.data} is already on line ${earlier}`);
      return;
    }
    seen.set(code.data, r.line);
    const t = (base: 'title' | 'axis' | 'neighbourhood') => ({
      ar: values[`${base}_ar`] as string,
      fr: values[`${base}_fr`] as string,
      es: (values[`${base}_es`] as string) || undefined,
    });
    if (kind === 'subproject') {
      if (!current || !code.data.startsWith(`${current.project.code}.`)) {
        add('code', 'A sub-project row comes right after its project’s rows (its code starts with the project’s)');
        return;
      }
      if (!read(SUB_CELLS)) return;
      current.project.subprojects.push({
        code: code.data,
        title: t('title'),
        weight: values.weight as number,
        progress: values.progress as number,
      });
      current.subLines.push(r.line);
      return;
    }
    current = null;
    if (!read(PROJECT_CELLS)) return;
    current = {
      line: r.line,
      subLines: [],
      project: {
        code: code.data,
        title: t('title'),
        axis: t('axis'),
        neighbourhood: t('neighbourhood'),
        lat: values.lat as number | null,
        lon: values.lon as number | null,
        startsOn: values.starts_on as string,
        endsOn: values.ends_on as string,
        status: values.status as FileProject['status'],
        progress: values.progress as number,
        budgetPlanned: values.budget_planned as number,
        budgetCommitted: values.budget_committed as number,
        budgetPaid: values.budget_paid as number,
        subprojects: [],
      },
    };
    out.push(current);
  });
  // The rules across a project's values, once its sub-projects are read; each names the line and column.
  for (const entry of out) {
    const ctx = {
      addIssue: (issue: { path?: (string | number)[]; message?: string }) => {
        const [head, index, field] = issue.path ?? [];
        if (head === 'subprojects' && typeof index === 'number')
          issues.push({
            line: entry.subLines[index]!,
            column: field === 'code' ? 'code' : null,
            message: issue.message ?? '',
          });
        else issues.push({ line: entry.line, column: COLUMN_OF[String(head)] ?? null, message: issue.message ?? '' });
      },
    } as unknown as z.RefinementCtx;
    projectRules(entry.project, ctx);
  }
  issues.sort((a, b) => a.line - b.line);
  const lines = records.map((r) => r.line);
  if (!range) return { total: records.length, lines, issues, projects: out };
  // A slice reports its own lines; lines that never became a record (unreadable quoting) go with the first slice.
  const all = new Set(records.map((r) => r.line));
  const mine = new Set(records.slice(range.offset, range.offset + range.limit).map((r) => r.line));
  const shown = issues.filter((x) => mine.has(x.line) || (range.offset === 0 && !all.has(x.line)));
  return { total: records.length, lines, issues: shown, projects: out };
}
