import type { Db } from '@shabaka/db';
import { ledgerExport, type LedgerEntry } from './service';

/**
 * The ledger as open data: one line per subsidy, stable English column names, one column per
 * language for each text (never one per locale), no personal data. The open-data issue adds
 * the catalogue (DCAT) and the Table Schema around these same columns.
 */
export const LEDGER_COLUMNS = [
  'commune',
  'year',
  'association_id',
  'association_ar',
  'association_fr',
  'project_ar',
  'project_fr',
  'call_id',
  'deliberation',
  'kind',
  'state',
  'amount_committed_mad',
  'amount_paid_mad',
  'tranches',
  'report_status',
  'document_code',
] as const;

/** Tranches in one cell: `n:amount:due:paid` joined by `|` (paid empty while unpaid). */
const tranchesCell = (e: LedgerEntry) =>
  e.tranches.map((t) => `${t.n}:${t.amountMad}:${t.dueOn}:${t.paidOn ?? ''}`).join('|');

function row(e: LedgerEntry & { commune: string }): Record<(typeof LEDGER_COLUMNS)[number], string | number> {
  return {
    commune: e.commune,
    year: e.year,
    association_id: e.association.id,
    association_ar: e.association.names.ar,
    association_fr: e.association.names.fr,
    project_ar: e.project.ar,
    project_fr: e.project.fr,
    call_id: e.callId ?? '',
    deliberation: e.deliberation ?? '',
    kind: e.kind,
    state: e.state,
    amount_committed_mad: e.amountMad,
    amount_paid_mad: e.paidMad,
    tranches: tranchesCell(e),
    report_status: e.reportStatus,
    document_code: e.documentCode ?? '',
  };
}

/**
 * One commune's ledger (or the network's, every commune), for a year or all years, as a CSV or
 * JSON file. CSV in UTF-8 with a BOM (spreadsheets then read Arabic right), formulas escaped.
 */
export async function ledgerFile(
  db: Db,
  /** A commune's slug, or null for the whole network. */
  slug: string | null,
  year: number | undefined,
  format: 'csv' | 'json',
  now: Date,
) {
  let q = db.selectFrom('communes').select(['id', 'slug']).orderBy('slug');
  if (slug !== null) q = q.where('slug', '=', slug);
  const communes = await q.execute();
  if (communes.length === 0) return null;
  const scope = slug ?? 'network';
  const entries = await ledgerExport(db, communes, year, now);
  const filename = `subsidies-${scope}${year ? `-${year}` : ''}.${format}`;
  if (format === 'json')
    return {
      filename,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ scope, year: year ?? null, generatedAt: now.toISOString(), items: entries.map(row) }),
    };
  const { stringify } = await import('csv-stringify/sync');
  return {
    filename,
    contentType: 'text/csv; charset=utf-8',
    body: `\uFEFF${stringify(entries.map(row), { header: true, columns: [...LEDGER_COLUMNS], record_delimiter: 'windows', escape_formulas: true })}`,
  };
}
