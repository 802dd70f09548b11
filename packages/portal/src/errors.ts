import { fieldErrors, isShabakaError } from '@shabaka/client';
import type { Translator } from '@shabaka/ui';

export interface ErrorText {
  /** One sentence for the form or page. */
  message: string;
  /** Per input name, a translated message to show under that field. */
  fields: Record<string, string>;
}

/**
 * Translates a tRPC error: a domain `reason` first (wrong_credentials, email_taken…),
 * then the code (FORBIDDEN…), then a generic message. The server's own English texts
 * are never shown: they are not in the reader's language.
 */
export function describeError(error: unknown, { t, has }: Pick<Translator, 't' | 'has'>): ErrorText {
  if (!isShabakaError(error)) return { message: t('common.error.generic'), fields: {} };
  // No `data`: the request never got a tRPC answer (offline, proxy error page).
  if (!error.data) return { message: t('common.error.offline'), fields: {} };
  const { code } = error.data;
  const reason = (error.data as { reason?: string }).reason;
  const reasonKey = reason ? `portal.error.reason.${reason}` : '';
  const byReason = reasonKey && has(reasonKey) ? t(reasonKey) : null;

  const fields: Record<string, string> = {};
  for (const field of Object.keys(fieldErrors(error))) {
    const fieldKey = `portal.error.field.${field}`;
    fields[field] = byReason ?? (has(fieldKey) ? t(fieldKey) : t('portal.error.field.generic'));
  }
  const codeKey = `portal.error.code.${code}`;
  const message = Object.keys(fields).length
    ? t('portal.error.form')
    : (byReason ?? (has(codeKey) ? t(codeKey) : t('common.error.generic')));
  return { message, fields };
}

/** The tRPC code of an error, if any (to branch on FORBIDDEN, NOT_FOUND…). */
export const errorCode = (error: unknown): string | undefined => (isShabakaError(error) ? error.data?.code : undefined);
