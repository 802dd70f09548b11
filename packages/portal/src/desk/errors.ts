import { isShabakaError } from '@shabaka/client';
import type { Translator } from '@shabaka/ui';
import { describeError, type ErrorText } from '../errors';

/**
 * The portal's `describeError`, with the desk's own texts first: `desk.error.reason.<reason>`
 * for the domain reasons staff meet (invalid_transition, unknown_original…) and
 * `desk.error.field.<field>` for the fields of the desk's forms.
 */
export function describeDeskError(error: unknown, i18n: Pick<Translator, 't' | 'has'>): ErrorText {
  const { t, has } = i18n;
  // The server refused the request body (HTTP 413) before tRPC saw it: too many or too big files.
  const status = isShabakaError(error)
    ? (error.meta as { response?: { status?: number } } | undefined)?.response?.status
    : undefined;
  if (status === 413) return { message: t('desk.error.tooLarge'), fields: {} };
  const base = describeError(error, i18n);
  const reason = isShabakaError(error) ? (error.data as { reason?: string } | undefined)?.reason : undefined;
  const reasonKey = reason ? `desk.error.reason.${reason}` : '';
  const byReason = reasonKey && has(reasonKey) ? t(reasonKey) : null;
  const fields: Record<string, string> = {};
  const pick = (...keys: string[]) => keys.map((k) => `desk.error.field.${k}`).find(has);
  for (const [path, text] of Object.entries(base.fields)) {
    // "contact.phone" is kept as is and also given to "contact"; "scans.2.dataBase64" to "scans".
    const top = path.split('.')[0] ?? path;
    const key = pick(path, top);
    const message = byReason ?? (key ? t(key) : text);
    fields[path] ??= message;
    fields[top] ??= message;
  }
  return { message: byReason ?? base.message, fields };
}
