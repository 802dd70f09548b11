import type { Db, Language } from '@shabaka/db';
import { createTranslator, isLanguage, type TranslationKey } from '@shabaka/ui/i18n';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { DomainError, notFound, toTRPCError } from '../errors';
import * as repo from './repository';
import { evidenceRows } from './evidence-repository';
import { moroccoDay } from './settings';

/*
 * The delivery log as evidence (issue 13): what proves a notice went out within a legal
 * period, shown to staff beside a case's timeline and exported as CSV (one case, or every
 * notice of the commune over a period). Reads only: the log is written by the worker.
 */

type Ctx = Pick<InnerContext, 'db' | 'language'>;

/** The case types whose notices staff read here, and where their codes are. */
export const EVIDENCE_SUBJECTS = {
  complaint: 'complaints',
  information_request: 'informationRequests',
} as const;
export type EvidenceSubject = keyof typeof EVIDENCE_SUBJECTS;

/**
 * A recipient as the log shows it: enough to tell two contacts apart and match the case's
 * contact card, not enough to copy an address out of an export. The content hash covers the
 * full address, so the notice is still provable against the case's own record.
 */
export function maskRecipient(channel: string, address: string): string {
  if (channel === 'email') {
    const at = address.lastIndexOf('@');
    if (at < 1) return '•••';
    return `${address[0]}•••@${address.slice(at + 1)}`;
  }
  // E.164: the country code and the operator's digit, then the last two digits.
  if (/^\+\d{8,15}$/.test(address)) return `${address.slice(0, 5)}•••••${address.slice(-2)}`;
  return '•••';
}

async function caseCode(db: Db, communeId: string, subject: EvidenceSubject, id: string) {
  const row = await db
    .selectFrom(EVIDENCE_SUBJECTS[subject])
    .select('code')
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw toTRPCError(notFound('unknown_case', 'This case does not exist in this commune.'));
  return row.code;
}

/** A case's notices, each with its attempts, recipients masked (the desk's evidence panel). */
export async function caseLog(ctx: Ctx, commune: Pick<CommuneRow, 'id'>, subject: EvidenceSubject, id: string) {
  const code = await caseCode(ctx.db, commune.id, subject, id);
  const notices = await repo.noticesOf(ctx.db, commune.id, subject, id);
  const deliveries = await repo.deliveriesOf(
    ctx.db,
    commune.id,
    notices.map((n) => n.id),
  );
  return {
    code,
    notices: notices.map(({ recipient, ...n }) => ({
      ...n,
      recipient: maskRecipient(n.channel, recipient),
      deliveries: deliveries
        .filter((d) => d.notificationId === n.id)
        .map(({ notificationId: _, idempotencyKey: __, ...d }) => d),
    })),
  };
}

/** The columns of an export, in order; headers in the reader's language. */
const COLUMNS = [
  'case',
  'caseType',
  'notice',
  'template',
  'class',
  'channel',
  'recipient',
  'language',
  'written',
  'state',
  'attempt',
  'at',
  'atMorocco',
  'version',
  'key',
  'hash',
  'provider',
  'status',
  'error',
] as const;

const moroccoTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Africa/Casablanca',
  dateStyle: 'short',
  timeStyle: 'medium',
});

type LogRow = Awaited<ReturnType<typeof evidenceRows>>[number];

/**
 * The CSV: UTF-8 with a byte-order mark (Excel otherwise reads Arabic as Latin-1), CRLF line
 * ends, every field quoted when it needs it, and formulas neutralised (a provider's error text
 * starting with `=` must not run in the reader's spreadsheet). One row per attempt; a notice
 * not yet tried has one row with empty attempt columns.
 */
export async function toCsv(language: Language, rows: LogRow[]) {
  // Loaded on first export, not when the server starts (apps/server/build.mjs checks it).
  const { stringify } = await import('csv-stringify/sync');
  const { t } = createTranslator(language);
  const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : '');
  const records = rows.map((r) => [
    r.code ?? '',
    r.subjectType ?? '',
    r.id,
    r.template,
    r.class,
    r.channel,
    maskRecipient(r.channel, r.recipient),
    r.language,
    iso(r.createdAt),
    r.state,
    r.attempt ?? '',
    iso(r.at),
    r.at ? moroccoTime.format(new Date(r.at)) : '',
    r.templateVersion ?? '',
    r.idempotencyKey,
    r.contentSha256 ?? '',
    r.providerId ?? '',
    r.status ?? '',
    r.error ?? '',
  ]);
  const header = COLUMNS.map((c) => t(`noticeLog.col.${c}` as TranslationKey));
  return `\uFEFF${stringify([header, ...records], { record_delimiter: 'windows', escape_formulas: true })}`;
}

const languageOf = (ctx: Pick<InnerContext, 'language'>): Language => (isLanguage(ctx.language) ? ctx.language : 'ar');

/** One case's delivery log as a CSV file. */
export async function caseCsv(
  ctx: Ctx,
  commune: Pick<CommuneRow, 'id' | 'slug'>,
  subject: EvidenceSubject,
  id: string,
) {
  const code = await caseCode(ctx.db, commune.id, subject, id);
  const rows = await evidenceRows(ctx.db, { communeId: commune.id, subject: { type: subject, id } });
  return {
    filename: `notices-${code}.csv`,
    contentType: 'text/csv; charset=utf-8',
    csv: await toCsv(languageOf(ctx), rows),
  };
}

/** At most this many rows in one period's export: a month of a large commune fits, a decade does not. */
export const PERIOD_MAX_ROWS = 50_000;

/** The first instant of a Moroccan calendar day (YYYY-MM-DD). */
const moroccoDayStart = (day: string) => moroccoDay(new Date(`${day}T12:00:00Z`)).start;

/** Every notice the commune wrote between two Moroccan days (inclusive), with its attempts, as a CSV file. */
export async function periodCsv(
  ctx: Ctx,
  commune: Pick<CommuneRow, 'id' | 'slug'>,
  input: { from: string; to: string; legalOnly: boolean },
) {
  const from = moroccoDayStart(input.from);
  const until = moroccoDay(new Date(`${input.to}T12:00:00Z`)).next;
  const rows = await evidenceRows(ctx.db, {
    communeId: commune.id,
    period: { from, until },
    legalOnly: input.legalOnly,
    limit: PERIOD_MAX_ROWS + 1,
  });
  if (rows.length > PERIOD_MAX_ROWS) {
    throw toTRPCError(
      new DomainError(
        'BAD_REQUEST',
        'too_many_rows',
        `More than ${PERIOD_MAX_ROWS} rows: choose a shorter period.`,
        'to',
      ),
    );
  }
  return {
    filename: `notices-${commune.slug}-${input.from}_${input.to}.csv`,
    contentType: 'text/csv; charset=utf-8',
    csv: await toCsv(languageOf(ctx), rows),
  };
}
