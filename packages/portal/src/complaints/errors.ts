import { fieldErrors, isShabakaError } from '@shabaka/client';
import type { Translator } from '@shabaka/ui';
import { describeError, type ErrorText } from '../errors';
import { contactNeeded, fieldSlot, limitsOf, photoNumber, type ReplyChannel } from './model';

type T = Pick<Translator, 't' | 'has'>;

const first = (i18n: T, keys: string[], field = '') => {
  const key = keys.find((k) => i18n.has(k));
  return key ? i18n.t(key, limitsOf(field)) : null;
};

/** HTTP status of a response that was not a tRPC answer (e.g. 413 from the server's body limit). */
const httpStatus = (error: unknown): number | undefined =>
  (error as { meta?: { response?: { status?: number } } }).meta?.response?.status;

/**
 * `describeError` for the complaints screens: a field error is translated by the
 * complaints catalog (reason, then field), then the portal's, and otherwise shows the
 * server's own message; each lands in the slot of the form that shows it (see fieldSlot).
 */
export function describeComplaintError(error: unknown, i18n: T, channel: ReplyChannel = 'portal'): ErrorText {
  const base = describeError(error, i18n);
  if (!isShabakaError(error)) return base;
  if (!error.data) {
    return httpStatus(error) === 413 ? { message: i18n.t('complaints.error.tooLarge'), fields: {} } : base;
  }
  const reason = (error.data as { reason?: string }).reason;
  const reasonKey = reason ? `complaints.error.reason.${reason}` : null;
  const fields: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fieldErrors(error))) {
    const slot = fieldSlot(field, channel);
    const keys = [
      ...(reasonKey ? [reasonKey] : []),
      ...(field === 'contact' ? [`complaints.error.contactRequired.${contactNeeded(channel) ?? 'phone'}`] : []),
      `complaints.error.field.${field}`,
      `complaints.error.field.${slot}`,
      `portal.error.field.${field}`,
    ];
    let text = first(i18n, keys, field) ?? messages[0] ?? i18n.t('portal.error.field.generic');
    const n = photoNumber(field);
    if (n !== null) text = i18n.t('complaints.error.photo', { n, message: text });
    fields[slot] = fields[slot] ? `${fields[slot]} ${text}` : text;
  }
  if (Object.keys(fields).length) return { message: i18n.t('portal.error.form'), fields };
  return { message: (reasonKey && first(i18n, [reasonKey])) || base.message, fields };
}
