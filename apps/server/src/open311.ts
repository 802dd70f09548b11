import { open311, type Clock, type EventBus } from '@shabaka/api';
import type { Db } from '@shabaka/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PublicBase } from './public-url';

export interface Open311Options {
  db: Db;
  events: EventBus;
  clock: Clock;
  /** Where links in answers point (public-url.ts: never a forged Host header in production). */
  publicBase: PublicBase;
  /** Endpoint type announced by discovery. */
  type?: 'production' | 'test';
}

type Format = open311.Format;

/** The format an error is written in: the path's extension when it is .json, XML (required by the spec) otherwise. */
const formatOfUrl = (url: string): Format => (url.split('?')[0]!.endsWith('.json') ? 'json' : 'xml');

function send(reply: FastifyReply, format: Format, doc: open311.Document, status = 200) {
  const { contentType, payload } = open311.render(format, doc);
  return reply.code(status).type(contentType).header('cache-control', 'no-store').send(payload);
}

const httpInfo = (req: FastifyRequest, base: PublicBase): open311.HttpInfo => ({
  baseUrl: base(req),
  acceptLanguage: req.headers['accept-language'],
});

/**
 * Open311 GeoReport v2 at /open311/v2/ (register with that prefix). Routing and formats
 * only: validation, tenancy by api_key and the records live in @shabaka/api's open311.
 * The plugin is encapsulated, so its form parser and error handler touch no other route.
 */
export async function open311Routes(app: FastifyInstance, opts: Open311Options) {
  const deps = { db: opts.db, events: opts.events, clock: opts.clock };

  // The spec's POST body; URLSearchParams never throws, zod judges the values.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  // Every failure in the spec's error format: 400/403/404, and a bare 500 for bugs only.
  app.setErrorHandler((err, req, reply) => {
    const { status, doc } = open311.errorsOf(err);
    if (status === 500) req.log.error({ err }, 'open311 request failed');
    return send(reply, formatOfUrl(req.url), doc, status);
  });

  type WithFormat = { Params: { format: string } };
  type WithFile = { Params: { file: string } };

  app.get<WithFormat>('/discovery.:format', async (req, reply) =>
    send(reply, open311.parseFormat(req.params.format), open311.discovery(httpInfo(req, opts.publicBase), opts.type)),
  );

  app.get<WithFormat>('/services.:format', async (req, reply) => {
    const format = open311.parseFormat(req.params.format);
    return send(reply, format, await open311.services(opts.db, req.query, httpInfo(req, opts.publicBase)));
  });

  app.get<WithFile>('/services/:file', async (req, reply) => {
    const { id, format } = open311.splitFile(req.params.file);
    return send(reply, format, await open311.serviceDefinition(opts.db, id, req.query, httpInfo(req, opts.publicBase)));
  });

  app.get<WithFormat>('/requests.:format', async (req, reply) => {
    const format = open311.parseFormat(req.params.format);
    return send(reply, format, await open311.listRequests(deps, req.query, httpInfo(req, opts.publicBase)));
  });

  app.post<WithFormat>('/requests.:format', async (req, reply) => {
    const format = open311.parseFormat(req.params.format);
    // Some clients put api_key in the query string; body parameters win.
    const params = { ...(req.query as object), ...(typeof req.body === 'object' && req.body ? req.body : {}) };
    return send(reply, format, await open311.createRequest(deps, params, httpInfo(req, opts.publicBase)));
  });

  app.get<WithFile>('/requests/:file', async (req, reply) => {
    const { id, format } = open311.splitFile(req.params.file);
    return send(reply, format, await open311.getRequest(opts.db, id, req.query, httpInfo(req, opts.publicBase)));
  });

  app.get<WithFile>('/tokens/:file', async (req, reply) => {
    const { id, format } = open311.splitFile(req.params.file);
    return send(reply, format, await open311.token(opts.db, id, req.query));
  });

  // Anything else under the prefix is an unknown resource, answered in the spec's format.
  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
    url: '/*',
    handler: async (req) => {
      throw new open311.Open311Error(404, `No Open311 endpoint at ${req.url.split('?')[0]}.`);
    },
  });
}
