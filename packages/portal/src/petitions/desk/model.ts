import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import type { Translator } from '@shabaka/ui';
import { usePortal } from '../../config';
import { describeError, describeIssues, type ErrorText } from '../../errors';
import type { FieldTexts, Schema } from '../../forms/kit';
import { usePetitionsDeskI18n } from './i18n';

export type QueueItem = RouterOutputs['petitions']['queue']['items'][number];
export type Dossier = RouterOutputs['petitions']['dossier'];
export type Session = RouterOutputs['petitions']['sessions'][number];

type I18n = Pick<Translator, 't' | 'has'>;

/** A list item's path as the desk's field texts are keyed (`signers.2.cin` → `signers.cin`). */
export const slot = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

/**
 * A form's check with the procedure's own schema, each issue worded by the desk (`petitionsDesk.error.field.<slot>`,
 * which says what the box expects) or else as the server's would be; under both spellings of the path
 * (`signers.0.cin`, the form's `signers[0].cin`).
 */
export function deskCheck<V>(schema: Schema, toInput: (value: V) => unknown, i18n: I18n) {
  return (value: V): FieldTexts => {
    const parsed = schema.safeParse(toInput(value));
    if (parsed.success) return {};
    const out: FieldTexts = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const own = `petitionsDesk.error.field.${slot(path)}`;
      const text = i18n.has(own)
        ? i18n.t(own)
        : (describeIssues([issue], i18n, { section: 'petitions', router: 'petitions', slot })[path] ??
          i18n.t('portal.error.field.generic'));
      out[path] ??= text;
      out[path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')] ??= text;
    }
    return out;
  };
}

/**
 * The server's refusal of a desk form: the reason under the field it names (a paper line's `signers.3.activity`),
 * the desk's own wording of a field first; only the field itself, not its parents (the whole sheet is not wrong).
 */
export function describeDesk(error: unknown, i18n: I18n): ErrorText {
  const said = describeError(error, i18n, { section: 'petitions', slot });
  const fields: Record<string, string> = {};
  for (const [path, text] of Object.entries(said.fields)) {
    const own = `petitionsDesk.error.field.${slot(path)}`;
    // A reason's text (activity_required) says more than the box's rule; zod's issues read the desk's words.
    fields[path] = text === i18n.t('portal.error.field.generic') && i18n.has(own) ? i18n.t(own) : text;
  }
  return { message: said.message, fields };
}

/** The sentence for a refused action (a button, not a form), whatever field the reason names. */
export function refusalText(error: unknown, i18n: I18n) {
  const said = describeError(error, i18n, { section: 'petitions' });
  return Object.values(said.fields)[0] ?? said.message;
}

/** A day (YYYY-MM-DD) as the reader writes dates: read at noon UTC, so no zone moves it to the day before. */
export function useDay() {
  const { formatDate } = usePetitionsDeskI18n();
  return (d: string) => formatDate(`${d}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** An instant as a date (the receipt, the answer's deadline). */
export function useDate() {
  const { formatDate } = usePetitionsDeskI18n();
  return (d: Date | string) => formatDate(d, { dateStyle: 'medium' });
}

/** Read afresh on each screen: agents key sheets and the bureau decides while the desk is open. */
export const FRESH = { staleTime: 0 } as const;

export function useDossier(id: string) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  return useQuery(trpc.petitions.dossier.queryOptions({ commune: slug, id }, FRESH));
}

export function useSessions() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  return useQuery(trpc.petitions.sessions.queryOptions({ commune: slug }, FRESH));
}

/** Codes are Latin text in an Arabic sentence: isolated (FSI…PDI), so a code's dashes do not reorder it. */
export const isolate = (s: string) => `\u2068${s}\u2069`;
