import { errorReason, fieldErrors, isShabakaError } from '@shabaka/client';
import type { ReasonDomain } from '@shabaka/api/schemas';
import type { MessageValues, Translator } from '@shabaka/ui';

export interface ErrorText {
  /** One sentence for the form or page. */
  message: string;
  /**
   * Per field, a translated message to show under it. Keyed by the input's path as the server names it
   * ("requester.email", "scans.2.dataBase64"), and by each of its parents ("requester", "scans"), so a form
   * finds the error of a field under the name it gives that field.
   */
  fields: Record<string, string>;
}

/** A catalog namespace that words errors (`<section>.error.reason.*`, `.field.*`). */
export type ErrorSection = 'portal' | 'desk' | 'complaints' | 'information' | 'documents' | 'procedures';

/**
 * The reason catalog: which catalog sections word each API domain's reasons (`<section>.error.reason.<reason>`),
 * in order, before the portal's texts every screen falls back to. test/reasons.test.ts checks each reason has an
 * Arabic, French and Spanish text in one of them.
 */
export const REASON_SECTIONS: Record<ReasonDomain, readonly ErrorSection[]> = {
  access: [],
  limits: [],
  admin: [],
  auth: [],
  communes: [],
  apikeys: ['desk'],
  cases: ['complaints', 'information'],
  complaints: ['complaints', 'desk'],
  documents: ['documents'],
  files: ['complaints', 'desk'],
  informationRequests: ['information'],
  moderation: ['complaints', 'desk'],
  procedures: ['procedures'],
  servicePoints: ['procedures'],
  signing: ['documents'],
  staff: ['desk'],
};

/** The API domain behind each router (the first segment of a procedure's path, which every error carries). */
const ROUTER_DOMAINS: Record<string, ReasonDomain> = {
  apiKeys: 'apikeys',
  auth: 'auth',
  communes: 'communes',
  complaints: 'complaints',
  documents: 'documents',
  informationRequests: 'informationRequests',
  moderation: 'moderation',
  photos: 'moderation',
  procedures: 'procedures',
  servicePoints: 'procedures',
  signing: 'signing',
  staff: 'staff',
};

export interface DescribeOptions {
  /**
   * The screen's own section, read first: the desk words a refused complaint for staff, the citizen's screens
   * for citizens. Without it, the sections of the procedure's domain come first.
   */
  section?: ErrorSection;
  /** The object a form edits inside the input (`patch`): field paths lose that first segment. */
  within?: string;
  /** Numbers a field's text quotes ({min}, {max}), per field path. */
  values?: (field: string) => MessageValues;
}

/** "scans.2.dataBase64" → ["scans.2.dataBase64", "scans.2", "scans"]: a field's path and its parents. */
const pathsOf = (path: string) => path.split('.').map((_, i, parts) => parts.slice(0, parts.length - i).join('.'));

const httpStatus = (error: unknown): number | undefined =>
  (error as { meta?: { response?: { status?: number } } }).meta?.response?.status;

/**
 * The one error translator: a tRPC error's typed reason, then its code, then a generic message, each looked up
 * in the catalog sections of the screen and of the procedure's domain before the portal's; a field error (zod's
 * path, or the field a domain error names) lands under that field. The server's own English texts are never
 * shown: they are not in the reader's language.
 */
export function describeError(
  error: unknown,
  i18n: Pick<Translator, 't' | 'has'>,
  options: DescribeOptions = {},
): ErrorText {
  const { t, has } = i18n;
  if (!isShabakaError(error)) return { message: t('common.error.generic'), fields: {} };
  const path = error.data?.path?.split('.')[0];
  const domain = path ? ROUTER_DOMAINS[path] : undefined;
  const sections = [
    ...new Set<ErrorSection>([
      ...(options.section ? [options.section] : []),
      ...(domain ? REASON_SECTIONS[domain] : []),
      'portal',
    ]),
  ];
  const first = (suffixes: string[], values?: MessageValues) => {
    for (const section of sections) {
      for (const suffix of suffixes) {
        const key = `${section}.error.${suffix}`;
        if (has(key)) return t(key, values);
      }
    }
    return null;
  };

  // No `data`: the request never got a tRPC answer (offline, a proxy's error page, or the server's body limit).
  if (!error.data) {
    const tooLarge = httpStatus(error) === 413 ? first(['tooLarge', 'code.PAYLOAD_TOO_LARGE']) : null;
    return { message: tooLarge ?? t('common.error.offline'), fields: {} };
  }
  const reason = errorReason(error);
  const byReason = reason && reason !== 'invalid_input' ? first([`reason.${reason}`]) : null;

  const fields: Record<string, string> = {};
  for (const raw of Object.keys(fieldErrors(error))) {
    const field = options.within && raw.startsWith(`${options.within}.`) ? raw.slice(options.within.length + 1) : raw;
    // A reason about the record itself (`id`, `code`: unknown, already revoked) is the message, not an input's.
    if (byReason && (field === 'id' || field === 'code')) continue;
    const paths = pathsOf(field);
    const text =
      byReason ??
      first(
        paths.map((p) => `field.${p}`),
        options.values?.(field),
      ) ??
      t('portal.error.field.generic');
    for (const p of paths) fields[p] ??= text;
  }
  // With fields, the form's summary points at them and each field says what is wrong (once on the page).
  const message = Object.keys(fields).length
    ? t('portal.error.form')
    : (byReason ?? first([`code.${error.data.code}`]));
  return { message: message ?? t('common.error.generic'), fields };
}

/** The tRPC code of an error, if any (to branch on FORBIDDEN, NOT_FOUND…). */
export const errorCode = (error: unknown): string | undefined => (isShabakaError(error) ? error.data?.code : undefined);
