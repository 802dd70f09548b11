import type { RouterOutputs } from '@shabaka/client';
import { useI18n } from '@shabaka/ui';

export type Rules = RouterOutputs['petitions']['rules'];
export type RegisterItem = RouterOutputs['petitions']['register']['items'][number];
export type Petition = RouterOutputs['petitions']['detail'];
export type Dossier = RouterOutputs['petitions']['dossier'];

/** Council days are Moroccan days ('YYYY-MM-DD'); receipts and deadlines are instants read in Morocco. */
export function usePetitionDates() {
  const { formatDate } = useI18n();
  return {
    day: (d: string) => formatDate(`${d}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }),
    month: (d: string) => formatDate(`${d}T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    at: (d: Date | string) => formatDate(d, { dateStyle: 'long', timeZone: 'Africa/Casablanca' }),
  };
}

/** The timeline steps the public reads (petitions/service.ts PUBLIC_KINDS), each with its catalog text. */
export type PublicEvent =
  | 'collecting'
  | 'filed'
  | 'admissible'
  | 'rejected'
  | 'scheduled'
  | 'debated'
  | 'decided'
  | 'answered'
  | 'follow_up'
  | 'referenced'
  | 'withdrawn';
