import type { RouterOutputs } from '@shabaka/client';
import { isShabakaError } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import type { Translator } from '@shabaka/ui';
import { usePortal } from '../../config';
import { describeError, describeIssues } from '../../errors';
import type { FieldTexts, Schema } from '../../forms/kit';
import { useCallsDeskI18n } from './i18n';

export { inLanguage, saveFile } from '../../subsidies/model';

export type StaffCall = RouterOutputs['calls']['staffList'][number];
export type Queue = RouterOutputs['calls']['queue'];
export type Dossier = Queue['dossiers'][number];

type I18n = Pick<Translator, 't' | 'has'>;

/** A list item's path as the desk's field texts are keyed (`criteria.2.weight` → `criteria.weight`). */
export const slot = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

/**
 * A form's check with the procedure's own schema, each issue worded by the desk (`callsDesk.error.field.<slot>`,
 * which says what the box expects) or else as the server's would be. A text goes under the issue's own path only,
 * in both spellings (`criteria.0.weight`, the form's `criteria[0].weight`): a list's own error ("at least one
 * criterion") is not repeated for a row's empty box.
 */
export function deskCheck<V>(schema: Schema, toInput: (value: V) => unknown, i18n: I18n) {
  return (value: V): FieldTexts => {
    const parsed = schema.safeParse(toInput(value));
    if (parsed.success) return {};
    const out: FieldTexts = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const own = `callsDesk.error.field.${slot(path)}`;
      const text = i18n.has(own)
        ? i18n.t(own)
        : (describeIssues([issue], i18n, { section: 'calls', router: 'calls', slot })[path] ??
          i18n.t('portal.error.field.generic'));
      out[path] ??= text;
      out[path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')] ??= text;
    }
    return out;
  };
}

/**
 * The sentence for a refused action (a button, not a form): the reason's text — a domain error that names a field
 * (`closesOn`, `applicationId`) is still one sentence here — and what the server adds to it (the dossiers concerned,
 * the amounts against the envelope, the deadline), so staff know what to fix.
 */
export function refusalText(error: unknown, i18n: I18n & Pick<Translator, 'formatNumber' | 'formatDate'>) {
  const said = describeError(error, i18n, { section: 'calls' });
  const first = Object.values(said.fields)[0];
  const lines = [first ?? said.message];
  const detail = isShabakaError(error) ? (error.data?.detail ?? {}) : {};
  // Codes are Latin text in an Arabic sentence: isolated (FSI…PDI), a code's dashes do not reorder or break it.
  if (detail.codes) lines.push(i18n.t('callsDesk.refusal.codes', { codes: `\u2068${detail.codes}\u2069` }));
  if (detail.committed && detail.envelope)
    lines.push(
      i18n.t('callsDesk.refusal.envelope', {
        committed: i18n.formatNumber(Number(detail.committed)),
        envelope: i18n.formatNumber(Number(detail.envelope)),
      }),
    );
  if (detail.closesAt)
    lines.push(
      i18n.t('callsDesk.refusal.closesAt', {
        date: i18n.formatDate(detail.closesAt, { dateStyle: 'medium', timeStyle: 'short' }),
      }),
    );
  if (detail.needed) lines.push(i18n.t('callsDesk.refusal.needed', { n: Number(detail.needed) }));
  return lines;
}

/** "12 500 MAD" in the reader's digits and grouping. */
export function useMad() {
  const { t, formatNumber } = useCallsDeskI18n();
  return (amount: number) => t('callsDesk.mad', { amount: formatNumber(amount) });
}

/** A day (YYYY-MM-DD) as the reader writes dates: read at noon UTC, so no zone moves it to the day before. */
export function useDay() {
  const { formatDate } = useCallsDeskI18n();
  return (d: string) => formatDate(`${d}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
}

/**
 * Read afresh on each screen: a head opens a call, members score, other staff decide while this desk is open, and
 * the counter must offer a call opened a minute ago.
 */
export const FRESH = { staleTime: 0 } as const;

/** Every call of the commune (one query the list, a call's pages and the counter share). */
export function useStaffCalls() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  return useQuery(trpc.calls.staffList.queryOptions({ commune: slug }, FRESH));
}
