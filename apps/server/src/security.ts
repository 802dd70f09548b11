import { createTranslator, isLanguage, type Language } from '@shabaka/ui/i18n';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

/** Map tiles the portals may load (Leaflet); everything else comes from this origin. */
const TILE_HOSTS = ['https://tile.openstreetmap.org', 'https://*.tile.openstreetmap.org'];

/** The caller's language for server-made messages: Accept-Language, Arabic by default. */
export function requestLanguage(req: FastifyRequest): Language {
  for (const part of (req.headers['accept-language'] ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return 'ar';
}

/** JSON-RPC error numbers tRPC uses for the codes the HTTP layer answers itself. */
const RPC_CODES: Record<string, number> = {
  BAD_REQUEST: -32600,
  FORBIDDEN: -32003,
  PAYLOAD_TOO_LARGE: -32013,
  TOO_MANY_REQUESTS: -32029,
};

/**
 * A tRPC-shaped error (one per call of a batch, as tRPC answers) so the SDK and the
 * portals report its code, reason and message like any procedure's error.
 */
export function trpcError(req: FastifyRequest, status: number, code: string, message: string, reason?: string) {
  const error = {
    json: {
      message,
      code: RPC_CODES[code] ?? -32600,
      data: { code, httpStatus: status, ...(reason ? { reason } : {}) },
    },
  };
  const query = new URLSearchParams(req.url.split('?')[1] ?? '');
  const path = (req.params as { path?: string } | undefined)?.path;
  return query.get('batch') === '1' && path ? path.split(',').map(() => ({ error })) : { error };
}

const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Leaflet and React set inline style attributes; no inline script is allowed.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:', ...TILE_HOSTS],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
  // The PDF receipts open in the browser's viewer from the same origin.
  crossOriginEmbedderPolicy: false,
};

/**
 * The headers helmet sends with HELMET_OPTIONS, taken from helmet itself (its middleware run
 * once against a response that only records headers), so they cannot drift from it. Helmet's
 * middleware is synchronous and reads nothing of the request for these options.
 */
function helmetHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(HELMET_OPTIONS)({} as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/**
 * Security headers with a Content-Security-Policy the built apps satisfy, and CSRF
 * protection for cookie-authenticated calls. (Limits count procedure calls inside the
 * API; what one request may carry is bounded in limits.ts.)
 */
export const securityPlugin = fp(async (app: FastifyInstance, opts: { cookieName: string }) => {
  // Our policy never varies, so its headers are computed once and copied to every answer
  // (@fastify/helmet would rebuild the whole middleware, CSP string included, per request).
  const headers = helmetHeaders();
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });

  // CSRF: a cookie rides along on cross-site requests; a bearer token never does. A
  // mutation carried by the cookie must come from this origin (Origin or Sec-Fetch-Site).
  // The route is the one the router matched (so no encoding of the path escapes this),
  // and an Origin that is not a URL (`null` from sandboxed frames, garbage) is another site.
  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'POST' || req.routeOptions.url !== '/trpc/:path') return;
    if (req.headers.authorization || !req.cookies?.[opts.cookieName]) return;
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    const sameOrigin =
      origin !== undefined
        ? hostOf(origin) === req.headers.host
        : site === undefined || site === 'same-origin' || site === 'none';
    if (!sameOrigin) {
      const { t } = createTranslator(requestLanguage(req));
      return reply.code(403).send(trpcError(req, 403, 'FORBIDDEN', t('server.crossSite'), 'cross_site'));
    }
  });
});

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};
