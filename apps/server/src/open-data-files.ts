import {
  LIMITS,
  openDataBundle,
  openDataCatalog,
  openDataFile,
  type AppDeps,
  type OpenDataFileKind,
} from '@shabaka/api';
import { createTranslator } from '@shabaka/ui/i18n';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { routeLimits } from './limits';
import { publicBase } from './public-url';
import { requestLanguage } from './security';

const slug = z.string().regex(/^[a-z0-9-]{2,40}$/);
const dataset = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/);
/** v3.csv, latest.schema.json, v1.datapackage.json, latest.README.md */
const FILE = /^(?:v([1-9]\d{0,5})|latest)\.(csv|schema\.json|datapackage\.json|README\.md)$/;
const KIND: Record<string, OpenDataFileKind> = {
  csv: 'csv',
  'schema.json': 'schema',
  'datapackage.json': 'datapackage',
  'README.md': 'readme',
};

/**
 * Open data as files (issue 16): each published version of a commune's dataset at a stable address,
 * its Table Schema, datapackage.json and README beside it, the DCAT catalogue (JSON-LD) of a commune
 * and of the network, and the export bundle for the national portal:
 *   /open-data/<commune>/<dataset>/v<n>.csv (.schema.json, .datapackage.json, .README.md), latest.*
 *   /open-data/<commune>/catalog.jsonld, /open-data/catalog.jsonld
 *   /open-data/<commune>/export.zip, /open-data/export.zip
 * Public, readable from any site (harvesters, notebooks), counted against the download limits. A
 * version never changes, so its files are cached for a year; `latest` and the catalogues for minutes.
 */
export const openDataFileRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const base = publicBase(deps.publicUrl, deps.config.environment);
  const limits = { preHandler: routeLimits(deps, LIMITS.openData) };
  const notFound = (req: FastifyRequest, reply: FastifyReply) =>
    reply
      .code(404)
      .type('text/plain; charset=utf-8')
      .send(createTranslator(requestLanguage(req)).t('openData.files.unknown'));
  // A catalogue naming the request's own host must not be kept by a shared cache for another host.
  const shortCache = base.fromRequest ? 'private, max-age=300' : 'public, max-age=300';
  const open = (reply: FastifyReply) => reply.header('access-control-allow-origin', '*');

  const catalog = async (req: FastifyRequest, reply: FastifyReply, commune: string | null) => {
    const out = await openDataCatalog(deps.db, commune, base(req));
    if (!out) return notFound(req, reply);
    return open(reply)
      .type('application/ld+json; charset=utf-8')
      .header('cache-control', shortCache)
      .send(JSON.stringify(out, null, 2));
  };
  const bundle = async (req: FastifyRequest, reply: FastifyReply, commune: string | null) => {
    const out = await openDataBundle(deps.db, commune, base(req));
    if (!out) return notFound(req, reply);
    return open(reply)
      .type(out.contentType)
      .header('content-disposition', `attachment; filename="${out.filename}"`)
      .header('cache-control', shortCache)
      .send(Buffer.from(out.body));
  };

  app.get('/open-data/catalog.jsonld', limits, (req, reply) => catalog(req, reply, null));
  app.get('/open-data/export.zip', limits, (req, reply) => bundle(req, reply, null));
  app.get('/open-data/:slug/catalog.jsonld', limits, (req, reply) => {
    const s = slug.safeParse((req.params as { slug: string }).slug);
    return s.success ? catalog(req, reply, s.data) : notFound(req, reply);
  });
  app.get('/open-data/:slug/export.zip', limits, (req, reply) => {
    const s = slug.safeParse((req.params as { slug: string }).slug);
    return s.success ? bundle(req, reply, s.data) : notFound(req, reply);
  });
  app.get('/open-data/:slug/:dataset/:file', limits, async (req, reply) => {
    const p = req.params as { slug: string; dataset: string; file: string };
    const s = slug.safeParse(p.slug);
    const d = dataset.safeParse(p.dataset);
    const m = FILE.exec(p.file);
    if (!s.success || !d.success || !m) return notFound(req, reply);
    const version = m[1] ? Number(m[1]) : null;
    const out = await openDataFile(deps.db, s.data, d.data, version, KIND[m[2]!]!);
    if (!out) return notFound(req, reply);
    open(reply)
      .type(out.contentType)
      .header('content-disposition', `inline; filename="${out.filename}"`)
      .header('cache-control', version === null ? 'public, max-age=300' : 'public, max-age=31536000, immutable');
    if (version === null)
      reply.header('content-location', `/open-data/${s.data}/${d.data}/${p.file.replace('latest', `v${out.version}`)}`);
    return reply.send(typeof out.body === 'string' ? out.body : Buffer.from(out.body));
  });
};
