import { isShabakaError, type RouterInputs, type RouterOutputs } from '@shabaka/client';
import type { Translator } from '@shabaka/ui';
import { describeError, type ErrorText } from '../errors';

export type IssueInput = RouterInputs['documents']['issue'];
export type Issued = RouterOutputs['documents']['issue'];
export type ListedDocument = RouterOutputs['documents']['list'][number];
export type Template = IssueInput['template'];
export type DocumentLanguage = NonNullable<IssueInput['language']>;
export type Delivery = NonNullable<IssueInput['delivery']>;

/** The languages in the order the form offers them (both side by side first). */
export const DOCUMENT_LANGUAGES = ['both', 'ar', 'fr'] as const satisfies readonly DocumentLanguage[];

/** Each template's own fields, in form order; `long` ones are textareas. */
export const TEMPLATE_FIELDS: Record<
  Template,
  { name: string; required: boolean; long?: boolean; type?: 'date'; max: number }[]
> = {
  residence_certificate: [
    { name: 'address', required: true, max: 300 },
    { name: 'since', required: false, type: 'date', max: 10 },
    { name: 'purpose', required: false, max: 200 },
  ],
  administrative_certificate: [
    { name: 'subject', required: true, max: 200 },
    { name: 'statement', required: true, long: true, max: 2000 },
  ],
  information_answer: [
    { name: 'requestCode', required: false, max: 40 },
    { name: 'question', required: true, long: true, max: 2000 },
    { name: 'answer', required: true, long: true, max: 6000 },
  ],
};

export const oneOf = <T extends string>(list: readonly T[], value: string | null | undefined): T | undefined =>
  value && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * `describeError` with the documents catalog first: `documents.error.reason.<reason>`,
 * then `documents.error.field.<path>` for each field path ("recipient.name", "fields.address").
 */
export function describeDocumentError(error: unknown, i18n: Pick<Translator, 't' | 'has'>): ErrorText {
  const { t, has } = i18n;
  const base = describeError(error, i18n);
  const reason = isShabakaError(error) ? (error.data as { reason?: string } | undefined)?.reason : undefined;
  const reasonKey = `documents.error.reason.${reason}`;
  const byReason = reason && has(reasonKey) ? t(reasonKey) : null;
  const fields: Record<string, string> = {};
  for (const [path, text] of Object.entries(base.fields)) {
    const key = `documents.error.field.${path}`;
    fields[path] = byReason ?? (has(key) ? t(key) : text);
  }
  // A known reason names the problem itself, even when its field is not on the form
  // (already_revoked comes back on `code`, which the revoke form does not show).
  return { message: byReason ?? base.message, fields };
}
