import type { Db } from '@shabaka/db';
import { z } from 'zod';
import { communeForApiKey } from '../apikeys';
import { communeOfCode } from '../cases';
import { findCommuneBySlug, listCommunes, type CommuneRow } from '../communes';
import * as complaints from '../complaints';
import { complaintCode, complaintSettings } from '../complaints';
import type { InnerContext } from '../context';
import {
  MAX_RESULTS,
  badInput,
  createdRecord,
  discoveryDocument,
  flatParams,
  forbiddenKey,
  jurisdictionParam,
  parseCreateParams,
  parseListParams,
  pickLocale,
  requestRecord,
  serviceDefinition as definitionOf,
  serviceRecord,
  toSubmitInput,
  unknown,
  type Document,
} from './mapping';
import * as repo from './repository';

export { errorsOf, parseFormat, render, splitFile, Open311Error, type Document, type Format } from './mapping';

/*
 * GeoReport v2 on top of the complaints domain. Each function takes the raw query or
 * form parameters, validates them with zod and returns a document to render; errors are
 * Open311Errors (or domain/zod errors) that `errorsOf` turns into the spec's format.
 * Intake goes through complaints.submit, so idempotency, rollups and events all apply.
 */

type Deps = Pick<InnerContext, 'db' | 'clock' | 'events'>;

/** What the HTTP layer knows about the request. */
export interface HttpInfo {
  /** Absolute origin, e.g. https://shabaka.example.ma, for media and tracking URLs. */
  baseUrl: string;
  acceptLanguage?: string | undefined;
}

const localeOf = (p: Record<string, string>, http: HttpInfo) => pickLocale(p.locale, http.acceptLanguage);

/** jurisdiction_id is a commune slug; it may be left out only when one commune exists. */
async function jurisdiction(db: Db, slug: string | undefined): Promise<CommuneRow> {
  if (slug) {
    const commune = await findCommuneBySlug(db, slug);
    if (!commune) throw unknown(`Unknown jurisdiction_id "${slug}".`);
    return commune;
  }
  const all = await listCommunes(db);
  if (all.length === 1) return all[0]!;
  throw badInput(`jurisdiction_id is required: one of ${all.map((c) => c.slug).join(', ')}.`);
}

const parseJurisdiction = (p: Record<string, string>) => {
  const parsed = jurisdictionParam.safeParse(p.jurisdiction_id);
  if (!parsed.success) throw badInput(`jurisdiction_id: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
};

const serviceCode = z.string().trim().min(1).max(100);

export function discovery(http: HttpInfo, type: 'production' | 'test' = 'production'): Document {
  return { root: 'discovery', body: discoveryDocument(http.baseUrl, type) };
}

export async function services(db: Db, query: unknown, http: HttpInfo): Promise<Document> {
  const p = flatParams(query);
  const commune = await jurisdiction(db, parseJurisdiction(p));
  const rows = await repo.servicesOf(db, commune.id, { activeOnly: true });
  const locale = localeOf(p, http);
  return { root: 'services', body: rows.map((r) => serviceRecord(r, locale)) };
}

export async function serviceDefinition(db: Db, code: string, query: unknown, http: HttpInfo): Promise<Document> {
  const p = flatParams(query);
  const commune = await jurisdiction(db, parseJurisdiction(p));
  const parsed = serviceCode.safeParse(code);
  const [row] = parsed.success ? await repo.servicesOf(db, commune.id, { codes: [parsed.data], activeOnly: true }) : [];
  if (!row) throw unknown(`Unknown service_code "${code}" in ${commune.slug}.`);
  return { root: 'service_definition', body: definitionOf(row.code, localeOf(p, http)) };
}

/** POST requests: the api_key decides the commune; a jurisdiction_id naming another one is refused. */
export async function createRequest(deps: Deps, body: unknown, http: HttpInfo): Promise<Document> {
  const p = flatParams(body);
  if (!p.api_key) throw forbiddenKey('api_key is required to create a service request.');
  const owner = await communeForApiKey(deps.db, p.api_key);
  if (!owner) throw forbiddenKey('Invalid or revoked api_key.');
  const slug = parseJurisdiction(p);
  if (slug && slug !== owner.slug) throw forbiddenKey(`This api_key is not valid for jurisdiction_id "${slug}".`);
  const params = parseCreateParams(p);
  const commune = (await findCommuneBySlug(deps.db, owner.slug))!;
  const [category] = await repo.servicesOf(deps.db, commune.id, { codes: [params.service_code], activeOnly: true });
  if (!category) throw badInput(`service_code: unknown service "${params.service_code}" in ${commune.slug}.`);
  const receipt = await complaints.submit(deps, commune, toSubmitInput(params, category.id), {
    channel: 'open311',
    authorId: null,
    registeredBy: null,
  });
  const record = createdRecord(receipt, {
    baseUrl: http.baseUrl,
    locale: localeOf(p, http),
    mediaUrlIgnored: !!params.media_url,
  });
  return { root: 'service_requests', body: [record] };
}

async function recordsOf(
  db: Db,
  commune: CommuneRow,
  rows: Awaited<ReturnType<typeof repo.requests>>,
  p: Record<string, string>,
  http: HttpInfo,
) {
  const { coarsenMeters } = await complaintSettings(db, commune.id);
  const x = {
    baseUrl: http.baseUrl,
    commune: { slug: commune.slug, names: commune.names },
    locale: localeOf(p, http),
    coarsenMeters,
  };
  return rows.map((r) => requestRecord(r, x));
}

export async function listRequests(
  deps: Pick<Deps, 'db' | 'clock'>,
  query: unknown,
  http: HttpInfo,
): Promise<Document> {
  const p = flatParams(query);
  const { jurisdictionId, ...filter } = parseListParams(p, deps.clock.now());
  const commune = await jurisdiction(deps.db, jurisdictionId);
  let categoryIds: string[] | undefined;
  if (filter.serviceCodes.length > 0) {
    const categories = await repo.servicesOf(deps.db, commune.id, { codes: filter.serviceCodes, activeOnly: false });
    const missing = filter.serviceCodes.filter((code) => !categories.some((c) => c.code === code));
    if (missing.length > 0)
      throw badInput(`service_code: unknown service ${missing.map((c) => `"${c}"`).join(', ')} in ${commune.slug}.`);
    categoryIds = categories.map((c) => c.id);
  }
  const rows = await repo.requests(deps.db, commune.id, { ...filter, categoryIds }, MAX_RESULTS);
  return { root: 'service_requests', body: await recordsOf(deps.db, commune, rows, p, http) };
}

/** One request by tracking code; without jurisdiction_id the code itself names the commune. */
export async function getRequest(db: Db, id: string, query: unknown, http: HttpInfo): Promise<Document> {
  const p = flatParams(query);
  const slug = parseJurisdiction(p);
  const code = complaintCode.safeParse(id);
  const notFound = () => unknown(`No service request has the id "${id}".`);
  if (!code.success) throw notFound();
  let commune: CommuneRow | undefined;
  if (slug) commune = await jurisdiction(db, slug);
  else {
    // The code's prefix names its commune (prefixes are unique); the request is then looked up inside it.
    const owner = await communeOfCode(db, code.data);
    if (!owner) throw notFound();
    commune = (await listCommunes(db)).find((c) => c.id === owner.id);
  }
  if (!commune) throw notFound();
  const filter = { codes: [code.data], serviceCodes: [], from: undefined, to: undefined, open: undefined };
  const rows = await repo.requests(db, commune.id, filter, 1);
  if (rows.length === 0) throw notFound();
  return { root: 'service_requests', body: await recordsOf(db, commune, rows, p, http) };
}

/** Tokens are the complaint ids returned by POST requests next to the service_request_id. */
export async function token(db: Db, tokenId: string, query: unknown): Promise<Document> {
  const p = flatParams(query);
  const commune = await jurisdiction(db, parseJurisdiction(p));
  const id = z.uuid().safeParse(tokenId);
  const row = id.success ? await repo.codeById(db, commune.id, id.data) : undefined;
  if (!row) throw unknown(`Unknown token "${tokenId}".`);
  return { root: 'service_requests', body: [{ service_request_id: row.code, token: row.id }] };
}
