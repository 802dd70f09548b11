import { PROCEDURE_CHANNELS, type Db, type Localized, type ProcedureChannel } from '@shabaka/db';
import { ZodError, z } from 'zod';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, DomainError } from '../errors';
import { parseCsv, toCsv, type CsvRecord } from './csv';
import { hoursToText, parseHoursText } from './hours';
import * as repo from './repository';
import { legalReference, overridePatch, procedureCode, procedureForm, type OverridePatch } from './schemas';
import { applyOverride, overrideStateOf } from './service';

/*
 * CSV import and export of a commune's overrides: one row per procedure, a header row.
 * An empty cell means "the network template applies" (the export writes empty cells
 * for inherited values), so exporting then importing changes nothing. A column left
 * out of the header leaves that field as it is. Each imported row is its own
 * versioned change; a bad row is reported by line and reason and the others go in.
 */

export const CSV_COLUMNS = [
  'code',
  'name_fr',
  'name_ar',
  'fee_mad',
  'processing_days',
  'channels',
  'electronic_delivery',
  'office_ar',
  'office_fr',
  'office_es',
  'hours',
  'documents_ar',
  'documents_fr',
  'documents_es',
  'forms',
  'legal_basis',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
/** Shown for people editing the file; ignored on import. */
const INFORMATIONAL: Column[] = ['name_fr', 'name_ar'];
const GROUPS: Record<'office' | 'documents', Column[]> = {
  office: ['office_ar', 'office_fr', 'office_es'],
  documents: ['documents_ar', 'documents_fr', 'documents_es'],
};
const COLUMN_OF_FIELD: Record<string, string> = {
  feeMad: 'fee_mad',
  processingDays: 'processing_days',
  channels: 'channels',
  electronicDelivery: 'electronic_delivery',
  office: 'office',
  hours: 'hours',
  documents: 'documents',
  forms: 'forms',
  legalBasis: 'legal_basis',
};
const LIST_SEPARATOR = ' | ';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
type Commune = Pick<CommuneRow, 'id' | 'slug' | 'names'>;

export async function exportCsv(db: Db, commune: Commune) {
  const [templates, overrides] = await Promise.all([repo.listTemplates(db), repo.overridesOf(db, commune.id)]);
  const byCode = new Map(overrides.map((o) => [o.procedureCode, overrideStateOf(o)]));
  const rows = templates.map((t) => {
    const o = byCode.get(t.code) ?? overrideStateOf(null);
    const list = (items: Localized[] | null, lang: keyof Localized) =>
      items ? items.map((d) => d[lang]).join(LIST_SEPARATOR) : '';
    return [
      t.code,
      t.names.fr,
      t.names.ar,
      o.feeMad === null ? '' : o.feeMad.toFixed(2),
      o.processingDays === null ? '' : String(o.processingDays),
      o.channels ?? '',
      o.electronicDelivery === null ? '' : o.electronicDelivery ? 'yes' : 'no',
      o.office?.ar ?? '',
      o.office?.fr ?? '',
      o.office?.es ?? '',
      hoursToText(o.hours),
      list(o.documents, 'ar'),
      list(o.documents, 'fr'),
      list(o.documents, 'es'),
      o.forms ? JSON.stringify(o.forms) : '',
      o.legalBasis ? JSON.stringify(o.legalBasis) : '',
    ];
  });
  return { csv: toCsv([[...CSV_COLUMNS], ...rows]), rows: rows.length };
}

/** A reason a row cannot be imported, written for the person who prepared the file. */
class RowError extends Error {}

function readHeader(fields: string[]) {
  const header = fields.map((f) => f.trim().toLowerCase());
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) {
    throw badRequest(
      'bad_header',
      `Unknown column(s) in the header (line 1): ${unknown.join(', ')}. Known columns: ${CSV_COLUMNS.join(', ')}.`,
      'csv',
    );
  }
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw badRequest('bad_header', `The column "${dup}" appears twice in the header (line 1).`, 'csv');
  if (!header.includes('code')) throw badRequest('bad_header', 'The header (line 1) needs a "code" column.', 'csv');
  for (const [group, columns] of Object.entries(GROUPS)) {
    const present = columns.filter((c) => header.includes(c));
    if (present.length > 0 && present.length < columns.length) {
      throw badRequest(
        'bad_header',
        `The header (line 1) must have all of ${columns.join(', ')} or none (for ${group}).`,
        'csv',
      );
    }
  }
  if (header.every((h) => h === 'code' || INFORMATIONAL.includes(h as Column))) {
    throw badRequest('bad_header', 'The header (line 1) has no column to import besides code and names.', 'csv');
  }
  return header as Column[];
}

function parseJsonList<T>(column: string, cell: string, item: z.ZodType<T>): T[] {
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    throw new RowError(`${column}: not valid JSON (a list like [{"names":{"ar":"…","fr":"…","es":"…"},"url":null}])`);
  }
  const parsed = z.array(item).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RowError(`${column}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  }
  return parsed.data;
}

const YES = ['yes', 'y', 'true', '1', 'oui', 'si', 'sí', 'نعم'];
const NO = ['no', 'n', 'false', '0', 'non', 'لا'];

/** One CSV row to an override patch (every imported column; empty = back to the template). */
function rowToPatch(header: Column[], fields: string[]): { code: string; patch: OverridePatch } {
  const cell = (c: Column) => {
    const i = header.indexOf(c);
    return i < 0 ? undefined : fields[i]!.trim();
  };
  const code = procedureCode.safeParse(cell('code') ?? '');
  if (!cell('code')) throw new RowError('code: missing');
  if (!code.success) throw new RowError(`code: "${cell('code')}" is not a procedure code`);

  const patch: Record<string, unknown> = {};
  const fee = cell('fee_mad');
  if (fee !== undefined) {
    const normalised = fee
      .replace(/\s+/g, '')
      .replace(/(mad|dh|dhs|درهم)$/i, '')
      .replace(',', '.');
    if (fee === '') patch.feeMad = null;
    else if (!/^\d+(\.\d{1,2})?$/.test(normalised))
      throw new RowError(`fee_mad: "${fee}" is not an amount in MAD (e.g. 12.50)`);
    else patch.feeMad = Number(normalised);
  }
  const days = cell('processing_days');
  if (days !== undefined) {
    if (days === '') patch.processingDays = null;
    else if (!/^\d+$/.test(days)) throw new RowError(`processing_days: "${days}" is not a whole number of days`);
    else patch.processingDays = Number(days);
  }
  const channels = cell('channels');
  if (channels !== undefined) {
    const c = channels.toLowerCase();
    if (c === '') patch.channels = null;
    else if (!(PROCEDURE_CHANNELS as readonly string[]).includes(c)) {
      throw new RowError(`channels: "${channels}" is not one of ${PROCEDURE_CHANNELS.join(', ')}`);
    } else patch.channels = c as ProcedureChannel;
  }
  const electronic = cell('electronic_delivery');
  if (electronic !== undefined) {
    const e = electronic.toLowerCase();
    if (e === '') patch.electronicDelivery = null;
    else if (YES.includes(e)) patch.electronicDelivery = true;
    else if (NO.includes(e)) patch.electronicDelivery = false;
    else throw new RowError(`electronic_delivery: "${electronic}" is not yes or no`);
  }
  if (header.includes('office_ar')) {
    const [ar, fr, es] = GROUPS.office.map((c) => cell(c)!);
    if (!ar && !fr && !es) patch.office = null;
    else if (!ar || !fr || !es)
      throw new RowError('office: give office_ar, office_fr and office_es (or leave all three empty)');
    else patch.office = { ar, fr, es };
  }
  const hours = cell('hours');
  if (hours !== undefined) {
    if (hours === '') patch.hours = null;
    else {
      try {
        patch.hours = parseHoursText(hours);
      } catch (err) {
        throw new RowError(`hours: ${(err as Error).message}`);
      }
    }
  }
  if (header.includes('documents_ar')) {
    const split = (s: string) =>
      s
        .split('|')
        .map((d) => d.trim())
        .filter(Boolean);
    const [ar, fr, es] = GROUPS.documents.map((c) => split(cell(c)!));
    if (ar!.length + fr!.length + es!.length === 0) patch.documents = null;
    else if (ar!.length !== fr!.length || fr!.length !== es!.length) {
      throw new RowError(
        `documents: documents_ar, documents_fr and documents_es list ${ar!.length}, ${fr!.length} and ${es!.length} items; give each document in the three languages, separated by |`,
      );
    } else patch.documents = ar!.map((a, i) => ({ ar: a, fr: fr![i]!, es: es![i]! }));
  }
  const forms = cell('forms');
  if (forms !== undefined) patch.forms = forms === '' ? null : parseJsonList('forms', forms, procedureForm);
  const legal = cell('legal_basis');
  if (legal !== undefined) patch.legalBasis = legal === '' ? null : parseJsonList('legal_basis', legal, legalReference);

  const parsed = overridePatch.safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [field, ...rest] = issue.path.map(String);
    throw new RowError(
      `${COLUMN_OF_FIELD[field ?? ''] ?? field ?? 'row'}${rest.length ? `.${rest.join('.')}` : ''}: ${issue.message}`,
    );
  }
  return { code: code.data, patch: parsed.data };
}

export interface ImportReport {
  total: number;
  offset: number;
  processed: number;
  imported: number;
  unchanged: number;
  rejected: { line: number; code: string | null; reason: string }[];
  /** Where the next batch starts, or null when the file is done. */
  nextOffset: number | null;
}

/**
 * Imports the data rows [offset, offset + limit) of the file (all by default), so the
 * CLI can send a large file in batches and show its progress. Rows are numbered the
 * same way on every call; duplicates are judged against the whole file.
 */
export async function importCsv(
  ctx: Ctx,
  commune: Commune,
  csv: string,
  opts: {
    offset?: number;
    limit?: number;
    actorId?: string | null;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<ImportReport> {
  const { records, errors } = parseCsv(csv);
  const items: ({ kind: 'record'; record: CsvRecord } | { kind: 'error'; line: number; reason: string })[] = [
    ...records.map((record) => ({ kind: 'record' as const, record })),
    ...errors.map((e) => ({ kind: 'error' as const, line: e.line, reason: e.reason })),
  ].sort((a, b) => (a.kind === 'record' ? a.record.line : a.line) - (b.kind === 'record' ? b.record.line : b.line));
  const first = items.shift();
  if (!first)
    throw badRequest('empty_file', 'The file is empty: it needs a header row and one row per procedure.', 'csv');
  if (first.kind === 'error')
    throw badRequest('bad_header', `The header (line ${first.line}) cannot be read: ${first.reason}.`, 'csv');
  const header = readHeader(first.record.fields);

  const firstLineOf = new Map<string, number>();
  const offset = opts.offset ?? 0;
  const slice = items.slice(offset, opts.limit === undefined ? undefined : offset + opts.limit);
  const report: ImportReport = {
    total: items.length,
    offset,
    processed: 0,
    imported: 0,
    unchanged: 0,
    rejected: [],
    nextOffset: null,
  };
  for (const item of items.slice(0, offset)) {
    if (item.kind !== 'record') continue;
    const c = procedureCode.safeParse(item.record.fields[header.indexOf('code')] ?? '');
    if (c.success && !firstLineOf.has(c.data)) firstLineOf.set(c.data, item.record.line);
  }

  for (const item of slice) {
    report.processed++;
    if (item.kind === 'error') {
      report.rejected.push({ line: item.line, code: null, reason: item.reason });
    } else {
      const { line, fields } = item.record;
      const parsedCode = procedureCode.safeParse(fields[header.indexOf('code')] ?? '');
      let code: string | null = parsedCode.success ? parsedCode.data : null;
      try {
        if (fields.length !== header.length)
          throw new RowError(`expected ${header.length} fields, found ${fields.length}`);
        const row = rowToPatch(header, fields);
        code = row.code;
        const earlier = firstLineOf.get(row.code);
        if (earlier !== undefined) throw new RowError(`code "${row.code}" is already given on line ${earlier}`);
        firstLineOf.set(row.code, line);
        const result = await applyOverride(
          ctx,
          commune,
          row.code,
          row.patch,
          { userId: opts.actorId ?? null },
          { source: 'import' },
        );
        if (result.changed.length > 0) report.imported++;
        else report.unchanged++;
      } catch (err) {
        if (err instanceof RowError) report.rejected.push({ line, code, reason: err.message });
        else if (err instanceof DomainError) {
          const reason = err.reason === 'unknown_procedure' ? `unknown procedure code "${code}"` : err.message;
          report.rejected.push({ line, code, reason });
        } else if (err instanceof ZodError)
          report.rejected.push({ line, code, reason: err.issues[0]?.message ?? 'invalid row' });
        else throw err;
      }
    }
    opts.onProgress?.(offset + report.processed, items.length);
  }
  const end = offset + report.processed;
  report.nextOffset = end < items.length ? end : null;
  return report;
}
