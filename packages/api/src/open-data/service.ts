import { createHash } from 'node:crypto';
import type { Db } from '@shabaka/db';
import { recordAudit } from '../audit';
import { findCommuneBySlug, networkCommunes, type CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { conflict, isUniqueViolation, notFound } from '../errors';
import { communeCatalog, networkCatalog, type CatalogCommune } from './dcat';
import { datapackage, fileNames, metaOf, readme, tableSchema, writeCsv, type TableSchema } from './files';
import { datasetSpec, datasetSpecs } from './registry';
import * as repo from './repository';
import type { DatasetSpec } from './spec';
import { validateCsv } from './validate';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../audit/actions' {
  interface DomainAuditActions {
    'open-data.published': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock'>;
type Commune = Pick<CommuneRow, 'id' | 'slug' | 'names'>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function requireSpec(id: string): DatasetSpec {
  const spec = datasetSpec(id);
  if (!spec) throw notFound('unknown_dataset', `No dataset is called "${id}".`);
  return spec;
}

const versionView = (v: Pick<repo.VersionRow, 'version' | 'sha256' | 'bytes' | 'rows' | 'publishedAt'>) => ({
  version: v.version,
  sha256: v.sha256,
  bytes: v.bytes,
  rows: v.rows,
  publishedAt: v.publishedAt,
});

const fieldView = (f: DatasetSpec['fields'][number]) => ({
  name: f.name,
  type: f.type,
  title: f.title,
  description: f.description,
  constraints: f.constraints ?? null,
});

/** The commune's catalogue as the portal lists it: every dataset, its latest version if any. */
export async function catalogue(ctx: Ctx, commune: Commune) {
  const latest = new Map((await repo.latestVersions(ctx.db, [commune.id])).map((v) => [v.dataset, v]));
  return datasetSpecs().map((s) => {
    const v = latest.get(s.id);
    return {
      id: s.id,
      title: s.title,
      description: s.description,
      theme: s.theme,
      accrualPeriodicity: s.accrualPeriodicity,
      latest: v ? versionView(v) : null,
    };
  });
}

/** One dataset's page: its description, fields, every version and the latest README. */
export async function dataset(ctx: Ctx, commune: Commune, id: string) {
  const spec = requireSpec(id);
  const versions = await repo.versions(ctx.db, commune.id, spec.id);
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    keywords: spec.keywords,
    theme: spec.theme,
    accrualPeriodicity: spec.accrualPeriodicity,
    fields: spec.fields.map(fieldView),
    versions: versions.map(versionView),
    readme: versions[0]?.readme ?? null,
  };
}

/** Everything a version is made of, from the dataset's rows today. */
export async function buildVersion(db: Db, commune: Commune, spec: DatasetSpec, version: number, now: Date) {
  const rows = await spec.rows(db, commune.id, now);
  const csv = writeCsv(spec.fields, rows);
  const schema = tableSchema(spec);
  // A contract and its rows that disagree must never reach the public: checked before it is stored.
  const errors = validateCsv(csv, schema);
  if (errors.length > 0)
    throw new Error(`open data ${spec.id}: the file does not match its schema (${JSON.stringify(errors.slice(0, 3))})`);
  const meta = metaOf(spec);
  return {
    csv,
    sha256: sha256(csv),
    rows: rows.length,
    schema,
    meta,
    readme: readme({
      commune,
      dataset: spec.id,
      version,
      rows: rows.length,
      publishedAt: now,
      meta,
      fields: spec.fields,
    }),
  };
}

/**
 * Publishes the next version of a dataset: its rows now, frozen with their hash. Refused when the
 * file would be the same bytes as the latest version (a new number for nothing would read as news).
 */
export async function publish(db: Db, commune: Commune, id: string, actorId: string | null, now: Date) {
  const spec = requireSpec(id);
  const last = await repo.lastVersion(db, commune.id, spec.id);
  const version = last.version + 1;
  // Read before the transaction: the rows come from other tables, and PGlite has one connection.
  const built = await buildVersion(db, commune, spec, version, now);
  if (built.sha256 === last.sha256)
    throw conflict('unchanged', `Version ${last.version} of ${spec.id} already holds exactly these data.`);
  try {
    await db.transaction().execute(async (trx) => {
      await repo.insertVersion(trx, {
        communeId: commune.id,
        dataset: spec.id,
        version,
        ...built,
        schema: built.schema as unknown as Record<string, unknown>,
        publishedAt: now,
        publishedBy: actorId,
      });
      if (actorId)
        await recordAudit(trx, {
          communeId: commune.id,
          actorId,
          action: 'open-data.published',
          targetType: 'open_data_version',
          targetId: null,
          data: { dataset: spec.id, version, sha256: built.sha256, rows: built.rows },
        });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'open_data_versions_pkey'))
      throw conflict('version_taken', `Version ${version} of ${spec.id} was published meanwhile.`);
    throw error;
  }
  return { dataset: spec.id, version, sha256: built.sha256, rows: built.rows, bytes: built.csv.byteLength };
}

/** Staff publish a version (the desk's button). */
export function publishVersion(ctx: Ctx, commune: Commune, id: string, actorId: string) {
  return publish(ctx.db, commune, id, actorId, ctx.clock.now());
}

/** Every commune's published datasets and last publication (the network dashboard). */
export async function network(ctx: Ctx) {
  const communes = await networkCommunes(ctx.db);
  const latest = await repo.latestVersions(
    ctx.db,
    communes.map((c) => c.id),
  );
  const total = datasetSpecs().length;
  return communes.map((c) => {
    const mine = latest.filter((v) => v.communeId === c.id);
    const last = mine.reduce<Date | null>((m, v) => (!m || v.publishedAt > m ? v.publishedAt : m), null);
    return { commune: c.slug, names: c.names, published: mine.length, datasets: total, lastPublishedAt: last };
  });
}

// ——— Files for the HTTP routes (apps/server) and the export bundle ———

export type FileKind = 'csv' | 'schema' | 'datapackage' | 'readme';
export interface OpenDataFile {
  filename: string;
  contentType: string;
  body: Uint8Array | string;
  /** The version's own address when the request said `latest` (Content-Location). */
  version: number;
}

const CONTENT_TYPES: Record<FileKind, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  schema: 'application/json; charset=utf-8',
  datapackage: 'application/json; charset=utf-8',
  readme: 'text/markdown; charset=utf-8',
};

type StoredVersion = NonNullable<Awaited<ReturnType<typeof repo.versionFile>>>;

function render(commune: Commune, v: StoredVersion, kind: FileKind): OpenDataFile {
  const names = fileNames(v.version);
  const body =
    kind === 'csv'
      ? v.csv
      : kind === 'readme'
        ? v.readme
        : JSON.stringify(
            kind === 'schema'
              ? v.schema
              : datapackage({
                  commune,
                  dataset: v.dataset,
                  version: v.version,
                  sha256: v.sha256,
                  bytes: v.bytes,
                  rows: v.rows,
                  publishedAt: v.publishedAt,
                  schema: v.schema as unknown as TableSchema,
                  meta: v.meta,
                }),
            null,
            2,
          );
  return {
    filename: `${commune.slug}-${v.dataset}-${names[kind]}`,
    contentType: CONTENT_TYPES[kind],
    body,
    version: v.version,
  };
}

/** One file of a published version (`version` null: the latest); null when there is none. */
export async function versionFile(db: Db, slug: string, dataset: string, version: number | null, kind: FileKind) {
  const commune = await findCommuneBySlug(db, slug);
  if (!commune || !datasetSpec(dataset)) return null;
  const v = await repo.versionFile(db, commune.id, dataset, version);
  return v ? render(commune, v, kind) : null;
}

async function catalogCommunes(db: Db, slug: string | null): Promise<(CatalogCommune & { id: string })[] | null> {
  const all = await networkCommunes(db);
  const communes = slug === null ? all : all.filter((c) => c.slug === slug);
  if (communes.length === 0) return null;
  const ids = communes.map((c) => c.id);
  const [latest, issued] = await Promise.all([repo.latestVersions(db, ids), repo.firstIssued(db, ids)]);
  const firstOf = new Map(issued.map((i) => [`${i.communeId}/${i.dataset}`, new Date(i.issued as Date)]));
  // Catalogue order is the registry's (the portal lists them the same way).
  const order = new Map(datasetSpecs().map((s, i) => [s.id as string, i]));
  const rank = (d: string) => order.get(d) ?? order.size;
  return communes.map((c) => ({
    id: c.id,
    slug: c.slug,
    names: c.names,
    versions: latest
      .filter((v) => v.communeId === c.id)
      .sort((a, b) => rank(a.dataset) - rank(b.dataset))
      .map((v) => ({ ...v, issued: firstOf.get(`${c.id}/${v.dataset}`) ?? v.publishedAt })),
  }));
}

/** The DCAT catalogue (JSON-LD) of a commune, or of the network when `slug` is null. */
export async function catalogJsonLd(db: Db, slug: string | null, base: string) {
  const communes = await catalogCommunes(db, slug);
  if (!communes) return null;
  if (slug !== null) return communeCatalog(base, communes[0]!);
  const network = await repo.networkNames(db);
  return networkCatalog(base, communes, network);
}

/**
 * The bundle for the national portal (data.gov.ma): catalog.jsonld and, for each dataset's latest
 * version, its CSV, Table Schema, datapackage.json and README under `<commune>/<dataset>/`. A zip
 * (fflate, loaded on first use) with fixed timestamps, so the same catalogue gives the same bytes.
 */
export async function exportBundle(db: Db, slug: string | null, base: string) {
  const communes = await catalogCommunes(db, slug);
  if (!communes) return null;
  const catalog =
    slug !== null ? communeCatalog(base, communes[0]!) : networkCatalog(base, communes, await repo.networkNames(db));
  const enc = new TextEncoder();
  const mtime = new Date('2026-01-01T00:00:00Z');
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    'catalog.jsonld': [enc.encode(JSON.stringify(catalog, null, 2)), { mtime }],
  };
  for (const c of communes) {
    for (const meta of c.versions) {
      const v = (await repo.versionFile(db, c.id, meta.dataset, meta.version))!;
      for (const kind of ['csv', 'schema', 'datapackage', 'readme'] as const) {
        const f = render(c, v, kind);
        const path = `${c.slug}/${v.dataset}/${fileNames(v.version)[kind]}`;
        files[path] = [typeof f.body === 'string' ? enc.encode(f.body) : f.body, { mtime }];
      }
    }
  }
  const { zipSync } = await import('fflate');
  return {
    filename: `open-data-${slug ?? 'network'}.zip`,
    contentType: 'application/zip',
    body: zipSync(files, { level: 6 }),
  };
}

/** Publishes every dataset of a commune once (the demo), skipping those already at their data. */
export async function publishAll(db: Db, commune: Commune, now: Date) {
  const out: { dataset: string; version: number }[] = [];
  for (const spec of datasetSpecs()) {
    try {
      out.push(await publish(db, commune, spec.id, null, now));
    } catch (error) {
      if ((error as { reason?: string }).reason !== 'unchanged') throw error;
    }
  }
  return out;
}
