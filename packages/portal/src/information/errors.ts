import { errorReason, fieldErrors, isShabakaError } from '@shabaka/client';
import type { Translator } from '@shabaka/ui';
import { describeError, type ErrorText } from '../errors';

type T = Pick<Translator, 't' | 'has'>;

/**
 * The portal's `describeError` with this section's texts first: the domain reason
 * (`information.error.reason.<reason>`: already_extended, future_receipt…), then each
 * field by its path (`information.error.field.requester.email`). A reason tied to a field
 * (the server names it) is shown on that field. Fields keep their API path as key, which
 * is also the input's name in the forms.
 */
export function describeInformationError(error: unknown, i18n: T): ErrorText {
  const base = describeError(error, i18n);
  if (!isShabakaError(error) || !error.data) return base;
  const { t, has } = i18n;
  const reason = errorReason(error);
  const reasonKey = `information.error.reason.${reason}`;
  const byReason = reason && has(reasonKey) ? t(reasonKey) : null;
  const fields: Record<string, string> = {};
  for (const path of Object.keys(fieldErrors(error))) {
    // `id`/`code` name the request itself, not an input: the reason is the message.
    if ((path === 'id' || path === 'code') && byReason) continue;
    const key = `information.error.field.${path}`;
    fields[path] = byReason ?? (has(key) ? t(key) : base.fields[path]!);
  }
  const hasFields = Object.keys(fields).length > 0;
  return { message: hasFields ? t('portal.error.form') : (byReason ?? base.message), fields };
}

/** The first field of `order` that has an error, to move the focus there. */
export const firstInvalid = (fields: Record<string, string>, order: readonly string[]) => order.find((f) => fields[f]);

/** Focuses a named control of a form (the first radio of a group). */
export function focusField(form: HTMLFormElement | null, name: string) {
  const item = form?.elements.namedItem(name);
  const el = item instanceof RadioNodeList ? item[0] : item;
  if (el instanceof HTMLElement) el.focus();
}
