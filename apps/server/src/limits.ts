import { appRouter, spendCall, type AppDeps, type CallLimit, type Meta } from '@shabaka/api';
import { createTranslator } from '@shabaka/ui/i18n';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { requestLanguage, trpcError } from './security';

/**
 * HTTP-level guards in front of tRPC, so that no single request stalls the server. Limits
 * on how often a procedure may be called are counted per call inside the API
 * (packages/api/src/limits); these bound what one request may carry.
 */

/** Calls in one batched request; the SDK's batch link splits at the same number (packages/client). */
export const MAX_BATCH_CALLS = 10;
/** Body of a procedure that carries no files. */
export const SMALL_BODY = 64 * 1024;
/** Body of a procedure declared `body: 'files'`: up to 3 photos or 10 scanned pages as base64 (the portal downscales them). */
export const FILES_BODY = 48 * 1024 * 1024;
/** JSON nesting: our inputs (with superjson's wrapper) stay under 15 levels. */
export const MAX_JSON_DEPTH = 64;
/** Live subscriptions (SSE) open at once from one address. */
export const MAX_STREAMS_PER_ADDRESS = 20;

type ProcedureDef = { _def: { type: 'query' | 'mutation' | 'subscription'; meta?: Partial<Meta> } };
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef | undefined>;

const isTrpc = (req: FastifyRequest) => req.routeOptions.url === '/trpc/:path';
/** The procedure paths a tRPC request names (decoded by the router, so any encoding counts). */
export const calledPaths = (req: FastifyRequest) => ((req.params as { path?: string }).path ?? '').split(',');
const isBatch = (req: FastifyRequest) => new URLSearchParams(req.url.split('?')[1] ?? '').get('batch') === '1';

/** The largest body the procedures of this request accept. */
export const bodyLimitOf = (req: FastifyRequest) =>
  Math.max(
    ...calledPaths(req).map((p) => {
      const meta = procedures[p]?._def.meta;
      return meta?.body === 'files' ? Math.min(FILES_BODY, meta.maxBodyBytes ?? FILES_BODY) : SMALL_BODY;
    }),
  );

/**
 * A path with another, canonical spelling: an encoded unreserved character (`/%74rpc`,
 * `%2E`), a dot segment, an empty segment or a backslash. Browsers and our clients never
 * send these; refusing them means any check that looks at a path sees what the router
 * routes. (Encoded reserved characters such as `%2F` or `%3C` stay: they are data inside
 * a segment, and the checks themselves use the route the router matched.)
 */
export function nonCanonicalPath(url: string) {
  const path = url.split('?')[0]!;
  if (/%(?:[46][1-9A-F]|[57][0-9A]|3[0-9]|2[DE]|5F|7E)/i.test(path)) return true;
  if (path.includes('\\') || path.includes('//')) return true;
  return path.split('/').some((segment) => segment === '.' || segment === '..');
}

/**
 * Deepest nesting of `[`/`{` in a JSON text (outside strings), stopping as soon as it
 * passes `max`: a body of nested brackets is refused in one linear scan instead of
 * parsing into millions of arrays and recursing through them.
 */
export function jsonDepthExceeds(text: string, max: number) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`);

/** An error the tRPC scope's error handler answers in tRPC's shape. */
class RefusedError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

function refuse(req: FastifyRequest, reply: FastifyReply, e: RefusedError) {
  return reply.code(e.statusCode).send(trpcError(req, e.statusCode, e.code, e.message, e.reason));
}

const tooLarge = (req: FastifyRequest, limit: number) =>
  new RefusedError(
    413,
    'PAYLOAD_TOO_LARGE',
    'body_too_large',
    createTranslator(requestLanguage(req)).t('server.bodyTooLarge', { size: sizeText(limit) }),
  );
const tooDeep = (req: FastifyRequest) =>
  new RefusedError(
    400,
    'BAD_REQUEST',
    'too_deep',
    createTranslator(requestLanguage(req)).t('server.tooDeep', { max: MAX_JSON_DEPTH }),
  );

/**
 * Reads a tRPC body as text within the request's limit (refusing at once by
 * Content-Length, or as soon as a chunked body passes it), then refuses deep nesting
 * before anything parses it.
 */
function readBody(
  req: FastifyRequest,
  payload: NodeJS.ReadableStream,
  done: (err: Error | null, body?: string) => void,
) {
  const limit = bodyLimitOf(req);
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (err: Error | null, body?: string) => {
    if (finished) return;
    finished = true;
    done(err, body);
  };
  payload.on('data', (chunk: Buffer) => {
    if (finished) return;
    size += chunk.length;
    if (size > limit) return finish(tooLarge(req, limit));
    chunks.push(chunk);
  });
  payload.on('error', (err: Error) => finish(err));
  payload.on('end', () => {
    if (finished) return;
    const body = Buffer.concat(chunks).toString('utf8');
    finish(jsonDepthExceeds(body, MAX_JSON_DEPTH) ? tooDeep(req) : null, body);
  });
}

/** Registered inside the /trpc scope: body parsing with per-procedure limits and tRPC-shaped refusals. */
export async function trpcBodies(scope: FastifyInstance) {
  for (const type of ['application/json', 'multipart/form-data']) {
    scope.removeContentTypeParser(type);
    scope.addContentTypeParser(type, (req, payload, done) => readBody(req, payload, done));
  }
  scope.setErrorHandler((err, req, reply) => {
    if (err instanceof RefusedError) return refuse(req, reply, err);
    return reply.send(err);
  });
}

/**
 * Before any body is read: canonical paths only, at most MAX_BATCH_CALLS calls per
 * request, bodies within their procedure's limit (by Content-Length), GET inputs not too
 * deep, and at most MAX_STREAMS_PER_ADDRESS live subscriptions per address.
 */
export const requestGuards = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (req, reply) => {
    if (nonCanonicalPath(req.url)) {
      const message = createTranslator(requestLanguage(req)).t('server.badPath');
      return refuse(req, reply, new RefusedError(400, 'BAD_REQUEST', 'non_canonical_path', message));
    }
    if (!isTrpc(req)) return;
    const calls = calledPaths(req).length;
    if (isBatch(req) && calls > MAX_BATCH_CALLS) {
      const message = createTranslator(requestLanguage(req)).t('server.batchTooLarge', {
        max: MAX_BATCH_CALLS,
        count: calls,
      });
      return refuse(req, reply, new RefusedError(400, 'BAD_REQUEST', 'batch_too_large', message));
    }
    const length = Number(req.headers['content-length'] ?? 0);
    const limit = bodyLimitOf(req);
    if (length > limit) return refuse(req, reply, tooLarge(req, limit));
    const input = new URLSearchParams(req.url.split('?')[1] ?? '').get('input');
    if (input && jsonDepthExceeds(input, MAX_JSON_DEPTH)) return refuse(req, reply, tooDeep(req));
    if (calledPaths(req).some((p) => procedures[p]?._def.type === 'subscription')) return countStream(req, reply);
  });

  const streams = new Map<string, number>();
  function countStream(req: FastifyRequest, reply: FastifyReply) {
    const open = streams.get(req.ip) ?? 0;
    if (open >= MAX_STREAMS_PER_ADDRESS) {
      const message = createTranslator(requestLanguage(req)).t('server.tooManyStreams', {
        max: MAX_STREAMS_PER_ADDRESS,
      });
      return refuse(req, reply, new RefusedError(429, 'TOO_MANY_REQUESTS', 'too_many_streams', message));
    }
    streams.set(req.ip, open + 1);
    reply.raw.once('close', () => {
      const left = (streams.get(req.ip) ?? 1) - 1;
      if (left > 0) streams.set(req.ip, left);
      else streams.delete(req.ip);
    });
  }
});

/**
 * A preHandler counting an HTTP route outside tRPC against call limits, in the same store and
 * by the same rules as the procedures (per address here: such routes carry no session). A
 * refusal is a LimitError, which the app's error handler answers with 429 and Retry-After.
 */
export const routeLimits = (deps: Pick<AppDeps, 'limits' | 'clock'>, limits: readonly CallLimit[]) =>
  async function countRoute(req: FastifyRequest) {
    await spendCall(
      { limits: deps.limits, clock: deps.clock, ip: req.ip, session: null, language: requestLanguage(req) },
      limits,
    );
  };
