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
export type ErrorSection =
  | 'portal'
  | 'desk'
  | 'complaints'
  | 'information'
  | 'documents'
  | 'procedures'
  | 'noticeLog'
  | 'associations'
  | 'rooms'
  | 'subsidies'
  | 'calls'
  | 'pac'
  | 'pacProjects'
  | 'pacProposals'
  | 'pacWorkshops'
  | 'petitions'
  | 'publication'
  | 'budget'
  | 'bulletins'
  | 'openData'
  | 'instances';

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
  associations: ['associations'],
  cases: ['complaints', 'information'],
  complaints: ['complaints', 'desk'],
  documents: ['documents'],
  files: ['complaints', 'desk'],
  informationRequests: ['information'],
  moderation: ['complaints', 'desk'],
  noticeLog: ['noticeLog'],
  procedures: ['procedures'],
  rooms: ['rooms'],
  servicePoints: ['procedures'],
  signing: ['documents'],
  staff: ['desk'],
  subsidies: ['subsidies'],
  calls: ['calls'],
  pac: ['pac', 'pacProposals'],
  pacProjects: ['pacProjects'],
  pacWorkshops: ['pacWorkshops'],
  petitions: ['petitions'],
  publication: ['publication'],
  budget: ['budget'],
  bulletins: ['bulletins'],
  openData: ['openData'],
  instances: ['instances'],
};

/** The API domain behind each router (the first segment of a procedure's path, which every error carries). */
const ROUTER_DOMAINS: Record<string, ReasonDomain> = {
  apiKeys: 'apikeys',
  associations: 'associations',
  auth: 'auth',
  communes: 'communes',
  complaints: 'complaints',
  documents: 'documents',
  informationRequests: 'informationRequests',
  moderation: 'moderation',
  noticeLog: 'noticeLog',
  phoneFollow: 'noticeLog',
  photos: 'moderation',
  procedures: 'procedures',
  rooms: 'rooms',
  servicePoints: 'procedures',
  signing: 'signing',
  staff: 'staff',
  subsidies: 'subsidies',
  calls: 'calls',
  pac: 'pac',
  petitions: 'petitions',
  publication: 'publication',
  budget: 'budget',
  bulletins: 'bulletins',
  openData: 'openData',
  instances: 'instances',
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
  /** The form field a path is shown under when the form names it otherwise ("location.lat" → "lat"). */
  slot?: (path: string) => string;
  /**
   * The form's own wording of its fields, read before the shared one (`<section>.error.field.<form>.<path>`):
   * sign-in asks for the password where sign-up states the rule a new one follows.
   */
  form?: string;
}

type I18n = Pick<Translator, 't' | 'has'>;

/** The catalog sections read, in order: the screen's, the domain's (from its router), the portal's. */
function sectionsOf(options: DescribeOptions, router: string | undefined): ErrorSection[] {
  const domain = router ? ROUTER_DOMAINS[router] : undefined;
  return [
    ...new Set<ErrorSection>([
      ...(options.section ? [options.section] : []),
      ...(domain ? REASON_SECTIONS[domain] : []),
      'portal',
    ]),
  ];
}

/** The first of `suffixes` (`<section>.error.<suffix>`) the sections have, translated. */
function firstText({ t, has }: I18n, sections: ErrorSection[], suffixes: string[], values?: MessageValues) {
  for (const section of sections) {
    for (const suffix of suffixes) {
      const key = `${section}.error.${suffix}`;
      if (has(key)) return t(key, values);
    }
  }
  return null;
}

/**
 * Texts for field paths (zod's, from the server or from a form's own parse of the same schema): each path's text
 * (`<section>.error.field.<path>`, then its slot's, then its parents'), under the path, its parents and its slot.
 */
function fieldTexts(
  i18n: I18n,
  sections: ErrorSection[],
  paths: string[],
  options: DescribeOptions,
  byReason?: string | null,
) {
  const fields: Record<string, string> = {};
  for (const raw of paths) {
    const field = options.within && raw.startsWith(`${options.within}.`) ? raw.slice(options.within.length + 1) : raw;
    // A reason about the record itself (`id`, `code`: unknown, already revoked) is the message, not an input's.
    if (byReason && (field === 'id' || field === 'code')) continue;
    // The slot's own text before the parents': "location.lat" shown under "lat" reads the latitude's rule.
    const [own, ...parents] = pathsOf(field);
    const names = [...new Set([own!, ...(options.slot ? [options.slot(field)] : []), ...parents])];
    const lookups = options.form ? [`${options.form}.${own}`, ...names] : names;
    const text =
      byReason ??
      firstText(
        i18n,
        sections,
        lookups.map((p) => `field.${p}`),
        options.values?.(field),
      ) ??
      i18n.t('portal.error.field.generic');
    for (const p of names) fields[p] ??= text;
  }
  return fields;
}

/**
 * A form's own check with the API's schema, in the words describeError uses for the server's: the issues of a failed
 * `safeParse`, keyed by field (path, parents, slot). `router` names the API domain whose sections word them.
 */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[] }[],
  i18n: I18n,
  options: DescribeOptions & { router?: string } = {},
): Record<string, string> {
  const paths = [...new Set(issues.map((issue) => issue.path.map(String).join('.')))];
  return fieldTexts(i18n, sectionsOf(options, options.router), paths, options);
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
export function describeError(error: unknown, i18n: I18n, options: DescribeOptions = {}): ErrorText {
  const { t } = i18n;
  if (!isShabakaError(error)) return { message: t('common.error.generic'), fields: {} };
  const sections = sectionsOf(options, error.data?.path?.split('.')[0]);
  // No `data`: the request never got a tRPC answer (offline, a proxy's error page, or the server's body limit).
  if (!error.data) {
    const tooLarge =
      httpStatus(error) === 413 ? firstText(i18n, sections, ['tooLarge', 'code.PAYLOAD_TOO_LARGE']) : null;
    return { message: tooLarge ?? t('common.error.offline'), fields: {} };
  }
  const reason = errorReason(error);
  const byReason = reason && reason !== 'invalid_input' ? firstText(i18n, sections, [`reason.${reason}`]) : null;
  const fields = fieldTexts(i18n, sections, Object.keys(fieldErrors(error)), options, byReason);
  // With fields, the form's summary points at them and each field says what is wrong (once on the page).
  const message = Object.keys(fields).length
    ? t('portal.error.form')
    : (byReason ?? firstText(i18n, sections, [`code.${error.data.code}`]));
  return { message: message ?? t('common.error.generic'), fields };
}

/** The tRPC code of an error, if any (to branch on FORBIDDEN, NOT_FOUND…). */
export const errorCode = (error: unknown): string | undefined => (isShabakaError(error) ? error.data?.code : undefined);
