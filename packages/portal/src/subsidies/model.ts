import type { RouterOutputs } from '@shabaka/client';
import type { Language } from '@shabaka/ui';
import { saveBase64 } from '../download';

export type Ledger = RouterOutputs['subsidies']['ledger'];
export type LedgerEntry = Ledger['items'][number];
export type StaffSubsidy = RouterOutputs['subsidies']['staffList'][number];
export type MySubsidy = RouterOutputs['subsidies']['mine'][number];
export type Report = StaffSubsidy['reports'][number];

/** A text kept in Arabic and French, in the reader's language (French for Spanish readers). */
export const inLanguage = (text: { ar: string; fr: string }, lang: Language) => (lang === 'ar' ? text.ar : text.fr);

/** The ledger as open data (apps/server/src/open-data.ts): the same lines, for a year or all. */
export const openDataHref = (slug: string, format: 'csv' | 'json', year: number | undefined) =>
  `/open-data/${slug}/subsidies.${format}${year ? `?year=${year}` : ''}`;

/** A signed document's public verification page, at the server's root (not under the portal). */
export const verifyHref = (code: string) => `/verify/${encodeURIComponent(code)}`;

/** Saves a file the API returned as base64 (a report's accounts), under `name`. */
export function saveFile(file: { dataBase64: string; mime: string }, name: string) {
  saveBase64(file, `${name}${file.mime === 'application/pdf' ? '.pdf' : '.jpg'}`);
}
