import { createHash } from 'node:crypto';
import { COMPLAINT_KINDS, type ComplaintKind, type ComplaintStage, type Language, type Localized } from '@shabaka/db';
import { translatorFor } from '@shabaka/ui/i18n';
import { z, ZodError } from 'zod';
import { codePattern } from '../cases';
import { communeSlug } from '../communes';
import { open311SubmitInput, type SubmitInput, coarsen, isOpen, open311Status } from '../complaints';
import { DomainError } from '../errors';

/*
 * Open311 GeoReport v2 (open311.org, frozen spec): pure functions from our complaints
 * and categories to its records, its parameters to our intake input, and its documents
 * to XML or JSON. No database access here.
 */

// ——— Errors and formats ———

/** An error the spec defines: 400 bad input, 403 bad or missing api_key, 404 unknown resource. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}
export const badInput = (message: string) => new Open311Error(400, message);
export const forbiddenKey = (message: string) => new Open311Error(403, message);
export const unknown = (message: string) => new Open311Error(404, message);

export type Format = 'xml' | 'json';

export function parseFormat(ext: string | undefined): Format {
  if (ext === 'xml' || ext === 'json') return ext;
  throw badInput(`Unknown format "${ext ?? ''}": use .xml or .json.`);
}

/** `TET-2026-000081.json` → { id: 'TET-2026-000081', format: 'json' } (the format is checked). */
export function splitFile(file: string): { id: string; format: Format } {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) throw badInput('Add the format to the path: .xml or .json.');
  return { id: file.slice(0, dot), format: parseFormat(file.slice(dot + 1)) };
}

/** A document: its XML root element and the value JSON serialises as-is. */
export interface Document {
  root: 'discovery' | 'services' | 'service_definition' | 'service_requests' | 'errors';
  body: unknown;
}

/** XML element names of list items: JSON arrays become a wrapper with these children. */
const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

// Characters XML 1.0 forbids even escaped (control characters a citizen's text may carry).
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (s: string) => s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function element(name: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return `<${name}/>`;
  if (Array.isArray(v)) return `<${name}>${v.map((item) => element(ITEM[name] ?? 'item', item)).join('')}</${name}>`;
  if (v instanceof Date) return `<${name}>${v.toISOString()}</${name}>`;
  if (typeof v === 'object')
    return `<${name}>${Object.entries(v)
      .map(([k, x]) => element(k, x))
      .join('')}</${name}>`;
  return `<${name}>${escapeXml(String(v))}</${name}>`;
}

export function render(format: Format, doc: Document): { contentType: string; payload: string } {
  return format === 'json'
    ? { contentType: 'application/json; charset=utf-8', payload: JSON.stringify(doc.body) }
    : {
        contentType: 'text/xml; charset=utf-8',
        payload: `<?xml version="1.0" encoding="utf-8"?>\n${element(doc.root, doc.body)}`,
      };
}

/** Our field paths → the Open311 parameter the client sent, so messages name what it can fix. */
const PARAM_OF: Record<string, string> = {
  location: 'lat',
  'location.lat': 'lat',
  'location.lon': 'long',
  address: 'address_string',
  'contact.name': 'first_name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  contact: 'email',
  kind: 'attribute[kind]',
  categoryId: 'service_code',
};
const zodMessage = (err: ZodError) =>
  err.issues
    .map((i) => {
      const path = i.path.map(String).join('.');
      return `${PARAM_OF[path] ?? (path || 'request')}: ${i.message}`;
    })
    .join('; ');

/**
 * Any error → the spec's error document and HTTP status. Validation and domain errors
 * become 400/403/404 with a readable description; anything unexpected is a 500 that
 * never shows internals.
 */
export function errorsOf(err: unknown): { status: 400 | 403 | 404 | 500; doc: Document } {
  const out = (status: 400 | 403 | 404 | 500, description: string) => ({
    status,
    doc: { root: 'errors' as const, body: [{ code: status, description }] },
  });
  if (err instanceof Open311Error) return out(err.status, err.message);
  if (err instanceof ZodError) return out(400, zodMessage(err));
  if (err instanceof DomainError) {
    const status = err.code === 'NOT_FOUND' ? 404 : err.code === 'FORBIDDEN' || err.code === 'UNAUTHORIZED' ? 403 : 400;
    return out(status, err.field ? `${PARAM_OF[err.field] ?? err.field}: ${err.message}` : err.message);
  }
  // Fastify's own client errors (unsupported content type, body too large, bad body).
  const statusCode = (err as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const status = statusCode === 403 || statusCode === 404 ? statusCode : 400;
    return out(
      status,
      statusCode === 415 ? 'Send the request as application/x-www-form-urlencoded.' : (err as Error).message,
    );
  }
  return out(500, 'Internal server error.');
}

// ——— Parameters ———

/** Query strings and form bodies as flat strings: repeated parameters keep their first value. */
export function flatParams(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [k, v] of Object.entries(raw)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string' || typeof first === 'number' || typeof first === 'boolean') out[k] = String(first);
  }
  return out;
}

const LANGS: readonly Language[] = ['ar', 'fr', 'es'];
/** `locale` (fr, ar_MA, es-ES…) first, then Accept-Language; French by default. */
export function pickLocale(locale: string | undefined, acceptLanguage: string | undefined): Language {
  for (const candidate of [locale, ...(acceptLanguage?.split(',') ?? [])]) {
    const lang = candidate?.trim().slice(0, 2).toLowerCase() as Language | undefined;
    if (lang && LANGS.includes(lang)) return lang;
  }
  return 'fr';
}

/** Empty parameters count as absent (HTML forms send `field=`). */
const opt = (max: number, name: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${name} is at most ${max} characters` })
    .optional()
    .transform((v) => v || undefined);

const decimal = (min: number, max: number, name: string) =>
  z
    .string()
    .trim()
    .regex(/^[+-]?\d{1,3}(\.\d{1,15})?$/, { message: `${name} must be a decimal number of degrees` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { message: `${name} must be between ${min} and ${max}` })
        .max(max, { message: `${name} must be between ${min} and ${max}` }),
    )
    .optional();

export const jurisdictionParam = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .pipe(communeSlug.optional());

const createParams = z
  .object({
    jurisdiction_id: jurisdictionParam,
    service_code: z
      .string({ message: 'service_code is required' })
      .trim()
      .min(1, { message: 'service_code is required' })
      .max(100),
    lat: z.preprocess((v) => v || undefined, decimal(-90, 90, 'lat')),
    long: z.preprocess((v) => v || undefined, decimal(-180, 180, 'long')),
    address_string: opt(300, 'address_string'),
    address_id: opt(100, 'address_id'),
    email: opt(254, 'email'),
    device_id: opt(200, 'device_id'),
    account_id: opt(200, 'account_id'),
    first_name: opt(60, 'first_name'),
    last_name: opt(60, 'last_name'),
    phone: opt(40, 'phone'),
    description: opt(4000, 'description'),
    media_url: opt(2000, 'media_url'),
  })
  .refine((p) => (p.lat === undefined) === (p.long === undefined), { message: 'give both lat and long', path: ['lat'] })
  .refine((p) => p.lat !== undefined || !!p.address_string, {
    message: 'give lat and long, or address_string (address_id is not supported)',
    path: ['lat'],
  });

export type CreateParams = z.infer<typeof createParams> & { attributes: Record<string, string> };

/** POST requests parameters, validated (api_key is checked by the caller before this). */
export function parseCreateParams(raw: Record<string, string>): CreateParams {
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const m = /^attribute\[([^\]]{1,100})\](?:\[\])?$/.exec(k);
    if (m) attributes[m[1]!] = v.trim();
  }
  const parsed = createParams.safeParse(raw);
  if (!parsed.success) throw badInput(zodMessage(parsed.error));
  return { ...parsed.data, attributes };
}

/**
 * The complaints intake input for validated parameters. Only the `kind` attribute is
 * ours; other attributes are ignored. A device_id makes a retry of the same report
 * idempotent (same device + same content → the first request's id).
 */
export function toSubmitInput(p: CreateParams, categoryId: string): SubmitInput {
  const name = [p.first_name, p.last_name].filter(Boolean).join(' ') || undefined;
  const kind = p.attributes.kind || undefined;
  const publish = p.attributes.public_description || undefined;
  if (publish !== undefined && publish !== 'true' && publish !== 'false')
    throw badInput('attribute[public_description]: give true or false');
  const content = [
    p.service_code,
    p.lat,
    p.long,
    p.address_string,
    p.description,
    p.email,
    p.phone,
    name,
    kind,
    publish,
  ];
  const candidate = {
    kind,
    categoryId,
    description: p.description ?? '',
    location: p.lat !== undefined && p.long !== undefined ? { lat: p.lat, lon: p.long } : undefined,
    address: p.address_string,
    photos: [],
    contact: { name, email: p.email, phone: p.phone },
    // A client that gave an email expects the answer there.
    replyChannel: p.email ? 'email' : 'portal',
    publicDescription: publish === 'true',
    idempotencyKey: p.device_id
      ? `o311-${createHash('sha256')
          .update(JSON.stringify([p.device_id, ...content]))
          .digest('hex')
          .slice(0, 40)}`
      : undefined,
  };
  const parsed = open311SubmitInput.safeParse(candidate);
  if (!parsed.success) throw badInput(zodMessage(parsed.error));
  return parsed.data;
}

const DAY = 86_400_000;
export const MAX_RANGE_DAYS = 90;
export const MAX_RESULTS = 1000;

const isoDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .pipe(
    z
      .union([z.iso.datetime({ offset: true }), z.iso.date()], {
        message: 'use an ISO 8601 date, e.g. 2026-03-07T10:00:00Z',
      })
      .transform((v) => new Date(v))
      .optional(),
  );

const listParams = z.object({
  jurisdiction_id: jurisdictionParam,
  service_request_id: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.string().regex(codePattern('complaint'), { message: 'a service_request_id looks like TET-2026-000081' }),
        )
        .max(200),
    ),
  // GeoReport v2: "Multiple service codes can be specified in a comma delimited list".
  service_code: z
    .string()
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(100, { message: 'a service_code has at most 100 characters' }))
        .max(100, { message: 'give at most 100 service codes' }),
    ),
  start_date: isoDate,
  end_date: isoDate,
  status: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['open', 'closed'], { message: 'status is open or closed' }))),
});

export interface ListFilter {
  codes: string[];
  /** Empty: every service. */
  serviceCodes: string[];
  from: Date | undefined;
  to: Date | undefined;
  /** undefined: both open and closed. */
  open: boolean | undefined;
}

/**
 * GET requests filters. A service_request_id list overrides the rest; otherwise the
 * window is at most 90 days (the last 90 by default, per the spec's recommendation).
 */
export function parseListParams(
  raw: Record<string, string>,
  now: Date,
): ListFilter & { jurisdictionId: string | undefined } {
  const parsed = listParams.safeParse(raw);
  if (!parsed.success) throw badInput(zodMessage(parsed.error));
  const p = parsed.data;
  if (p.service_request_id.length > 0) {
    return {
      jurisdictionId: p.jurisdiction_id,
      codes: p.service_request_id,
      serviceCodes: [],
      from: undefined,
      to: undefined,
      open: undefined,
    };
  }
  const { start_date: start, end_date: end } = p;
  if (start && end && end < start) throw badInput('end_date: must not be before start_date');
  if (start && end && end.getTime() - start.getTime() > MAX_RANGE_DAYS * DAY) {
    throw badInput(`end_date: start_date and end_date may be at most ${MAX_RANGE_DAYS} days apart`);
  }
  const range = MAX_RANGE_DAYS * DAY;
  return {
    jurisdictionId: p.jurisdiction_id,
    codes: [],
    serviceCodes: p.service_code,
    from: start ?? new Date((end ?? now).getTime() - range),
    to: end ?? (start ? new Date(start.getTime() + range) : undefined),
    open: p.status.includes('open') === p.status.includes('closed') ? undefined : p.status.includes('open'),
  };
}

// ——— Records ———

// Stage and kind names are the portal's (complaintsGlossary): one wording for citizens, staff and partners' apps.
const stageLabel = (stage: ComplaintStage, locale: Language) =>
  translatorFor(locale).t(`complaintsGlossary.stage.${stage}`);
const kindLabel = (kind: ComplaintKind, locale: Language) => translatorFor(locale).t(`complaintsGlossary.kind.${kind}`);

/**
 * Open311 knows open/closed only: the detailed stage (label and code) goes in status_notes,
 * followed by the latest note staff wrote for the public (what the tracking page shows).
 */
export function statusNotes(
  stage: ComplaintStage,
  locale: Language,
  referredTo: string | null,
  publicNote: string | null = null,
) {
  const base = `${stageLabel(stage, locale)} (${stage})`;
  const stageText = stage === 'referred' && referredTo ? `${base}: ${referredTo}` : base;
  return publicNote ? `${stageText} — ${publicNote}` : stageText;
}

export interface CategoryRow {
  code: string;
  names: Localized;
  departmentNames: Localized | null;
}

const REPORT: Localized = { ar: 'تقديم شكاية: ', fr: 'Signaler un problème : ', es: 'Comunicar un problema: ' };

export function serviceRecord(c: CategoryRow, locale: Language) {
  return {
    service_code: c.code,
    service_name: c.names[locale],
    description: REPORT[locale] + c.names[locale],
    metadata: true,
    type: 'realtime',
    keywords: [c.names.fr, c.names.ar, c.names.es].join(', '),
    group: c.departmentNames?.[locale] ?? '',
  };
}

const PUBLISH: Localized = {
  ar: 'نشر وصف المشكلة (لا يُنشر إلا بموافقة المواطن)',
  fr: 'Publier la description (seulement si le citoyen l’accepte)',
  es: 'Publicar la descripción (solo si el ciudadano lo acepta)',
};
const YES_NO: Record<'true' | 'false', Localized> = {
  true: { ar: 'نعم', fr: 'Oui', es: 'Sí' },
  false: { ar: 'لا', fr: 'Non', es: 'No' },
};

/**
 * The attributes we take: what kind of submission this is (a complaint by default), and
 * whether the citizen agreed to publish the description (not unless they said so).
 */
export function serviceDefinition(code: string, locale: Language) {
  const description: Localized = { ar: 'نوع الطلب', fr: 'Nature de la demande', es: 'Tipo de solicitud' };
  return {
    service_code: code,
    attributes: [
      {
        variable: true,
        code: 'kind',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: 'complaint (default), observation or suggestion',
        order: 1,
        description: description[locale],
        values: COMPLAINT_KINDS.map((k) => ({ key: k, name: kindLabel(k, locale) })),
      },
      {
        variable: true,
        code: 'public_description',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description:
          'true only if the citizen agreed to publish the description (default false: only the commune reads it)',
        order: 2,
        description: PUBLISH[locale],
        values: (['false', 'true'] as const).map((k) => ({ key: k, name: YES_NO[k][locale] })),
      },
    ],
  };
}

export interface RequestRow {
  id: string;
  code: string;
  stage: ComplaintStage;
  description: string;
  publicDescription: boolean;
  descriptionRedactedAt: Date | null;
  lat: number | null;
  lon: number | null;
  createdAt: Date;
  updatedAt: Date;
  answerDueAt: Date;
  referredTo: string | null;
  categoryCode: string;
  categoryNames: Localized;
  departmentNames: Localized | null;
  /** The first photo still visible to the public, if any (hidden ones never reach here). */
  photoId: string | null;
  /** The latest note staff wrote for the public, if any. */
  publicNote: string | null;
}

export interface RecordContext {
  baseUrl: string;
  commune: { slug: string; names: Localized };
  locale: Language;
  coarsenMeters: number;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * One service request as the public sees it: the coarsened position (never the exact
 * one nor the typed address), the description only when the citizen made it public and
 * staff did not hide it, no contact details, and the first visible photo's absolute URL.
 */
export function requestRecord(r: RequestRow, x: RecordContext) {
  const where = r.lat !== null && r.lon !== null ? coarsen(r.lat, r.lon, x.coarsenMeters) : null;
  return {
    service_request_id: r.code,
    status: open311Status(r.stage),
    status_notes: statusNotes(r.stage, x.locale, r.referredTo, r.publicNote),
    service_name: r.categoryNames[x.locale],
    service_code: r.categoryCode,
    description: r.publicDescription && !r.descriptionRedactedAt ? r.description : null,
    agency_responsible: r.departmentNames?.[x.locale] ?? x.commune.names[x.locale],
    service_notice: null,
    requested_datetime: r.createdAt.toISOString(),
    updated_datetime: r.updatedAt.toISOString(),
    expected_datetime: isOpen(r.stage) ? r.answerDueAt.toISOString() : null,
    address: null,
    address_id: null,
    zipcode: null,
    lat: where ? round6(where.lat) : null,
    long: where ? round6(where.lon) : null,
    media_url: r.photoId ? `${x.baseUrl}/files/${x.commune.slug}/${r.photoId}` : null,
  };
}

/** The secret (the citizen's proof of ownership) goes only to the app that filed the request, in this notice. */
const NOTICE: Record<Language, (code: string, secret: string, url: string, due: string) => string> = {
  ar: (code, secret, url, due) =>
    `سُجّلت تحت الرقم ${code}. الرمز السري (للتصرف في الطلب): ${secret}. التتبع: ${url}. الجواب قبل ${due}.`,
  fr: (code, secret, url, due) =>
    `Enregistrée sous ${code}. Code secret (pour agir sur la demande) : ${secret}. Suivi : ${url}. Réponse attendue avant le ${due}.`,
  es: (code, secret, url, due) =>
    `Registrada con el código ${code}. Código secreto (para actuar sobre la solicitud): ${secret}. Seguimiento: ${url}. Respuesta prevista antes del ${due}.`,
};
const NO_MEDIA: Localized = {
  ar: ' لا يتم جلب media_url: أرفق الصور عبر البوابة.',
  fr: ' media_url n’est pas récupérée : joignez les photos depuis le portail.',
  es: ' media_url no se descarga: adjunte las fotos desde el portal.',
};

export function createdRecord(
  r: { id: string; code: string; secret: string; answerDueAt: Date; trackingPath: string },
  x: { baseUrl: string; locale: Language; mediaUrlIgnored: boolean },
) {
  const due = r.answerDueAt.toISOString().slice(0, 10);
  return {
    service_request_id: r.code,
    // Also a token, for clients written for servers that answer with tokens only.
    token: r.id,
    service_notice:
      NOTICE[x.locale](r.code, r.secret, `${x.baseUrl}${r.trackingPath}#s=${r.secret}`, due) +
      (x.mediaUrlIgnored ? NO_MEDIA[x.locale] : ''),
    account_id: null,
  };
}

export function discoveryDocument(baseUrl: string, type: 'production' | 'test') {
  return {
    changeset: '2026-11-29T00:00:00Z',
    contact: 'Shabaka — Strategic Cities Network. Ask the commune through its portal for help with this API.',
    key_service: 'API keys are issued per commune by its administrators, from the staff area (API keys).',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${baseUrl}/open311/v2`,
        changeset: '2026-11-29T00:00:00Z',
        type,
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}
