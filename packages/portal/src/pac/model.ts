import type { RouterOutputs } from '@shabaka/client';
import { useI18n } from '@shabaka/ui';

export type Plan = NonNullable<RouterOutputs['pac']['plan']>;
export type Draft = NonNullable<RouterOutputs['pac']['draft']>;
export type Paragraph = Draft['sections'][number]['paragraphs'][number];
export type Contribution = Paragraph['contributions'][number];
export type Queue = RouterOutputs['pac']['queue'];
export type QueueItem = Queue['items'][number];

export { inLanguage } from '../subsidies/model';

/** The plan's days are Moroccan days; answer dates are instants in Morocco. */
export function usePacDates() {
  const { formatDate } = useI18n();
  return {
    day: (d: string) => formatDate(`${d}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }),
    at: (d: Date | string) => formatDate(d, { dateStyle: 'long', timeZone: 'Africa/Casablanca' }),
  };
}

/** "2.3": section 2, paragraph 3. */
export const paragraphNumber = (section: number, number: number) => `${section}.${number}`;
