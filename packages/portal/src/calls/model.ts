import type { RouterOutputs } from '@shabaka/client';
import { isShabakaError } from '@shabaka/client';
import { useI18n } from '@shabaka/ui';

export type PublicCall = RouterOutputs['calls']['list'][number];
export type CallDetail = RouterOutputs['calls']['detail'];
export type Result = NonNullable<CallDetail['results']>[number];
export type MyCalls = RouterOutputs['calls']['mine'];
export type Sheet = RouterOutputs['calls']['dossiers'];
export type SheetDossier = Sheet['dossiers'][number];

export { inLanguage, saveFile } from '../subsidies/model';

/** "12 500 MAD" in the reader's digits and grouping. */
export function useMad() {
  const { t, formatNumber } = useI18n();
  return (amount: number) => t('calls.mad', { amount: formatNumber(amount) });
}

/** Dates of a call as Moroccans read them: its days are Moroccan days, its deadline an instant in Morocco. */
export function useCallDates() {
  const { formatDate } = useI18n();
  return {
    day: (d: string) => formatDate(`${d}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }),
    deadline: (d: Date | string) =>
      formatDate(d, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Africa/Casablanca' }),
  };
}

/** A refusal's facts the screen words itself (a late dossier's deadline), from the API's error detail. */
export function detailOf(error: unknown): Record<string, string> {
  return (isShabakaError(error) && error.data?.detail) || {};
}
