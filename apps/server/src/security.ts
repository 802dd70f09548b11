import { createHash } from 'node:crypto';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { createTranslator, isLanguage, type Language } from '@shabaka/ui/i18n';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** Map tiles the portals may load (Leaflet); everything else comes from this origin. */
const TILE_HOSTS = ['https://tile.openstreetmap.org', 'https://*.tile.openstreetmap.org'];

interface Rule {
  procedures: string[];
  max: number;
  minutes: number;
  /** `ip`: per address; `account`: per signed-in session (anonymous calls skip it). */
  by: 'ip' | 'account';
}

// Abuse limits: generous for a family sharing one phone, tight for scripts.
const RULES: Rule[] = [
  { procedures: ['auth.signIn'], max: 10, minutes: 1, by: 'ip' },
  { procedures: ['auth.signUp'], max: 5, minutes: 10, by: 'ip' },
  { procedures: ['complaints.submit', 'informationRequests.submit'], max: 30, minutes: 10, by: 'ip' },
  { procedures: ['complaints.submit', 'informationRequests.submit'], max: 15, minutes: 10, by: 'account' },
  { procedures: ['photos.report'], max: 30, minutes: 10, by: 'ip' },
  { procedures: ['photos.report'], max: 20, minutes: 10, by: 'account' },
];

/** The caller's language for server-made messages: Accept-Language, Arabic by default. */
export function requestLanguage(req: FastifyRequest): Language {
  for (const part of (req.headers['accept-language'] ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return 'ar';
}

const procedurePaths = (req: FastifyRequest) => {
  const path = req.url.split('?')[0]!.slice('/trpc/'.length);
  return decodeURIComponent(path).split(',');
};

/** A tRPC-shaped error (one per call of a batch) so the SDK reports its code and message. */
function trpcError(req: FastifyRequest, status: number, code: string, message: string) {
  const error = { json: { message, code: status === 429 ? -32029 : -32003, data: { code, httpStatus: status } } };
  const batch = new URLSearchParams(req.url.split('?')[1] ?? '').get('batch') === '1';
  return batch ? procedurePaths(req).map(() => ({ error })) : { error };
}

const tokenHash = (req: FastifyRequest, cookieName: string) => {
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice(7) : req.cookies?.[cookieName];
  return token ? createHash('sha256').update(token).digest('base64url') : null;
};

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
 * The headers helmet sends with HELMET_OPTIONS, taken from helmet itself (one request to a
 * throwaway instance, minus what Fastify sends anyway), so they cannot drift from it.
 */
async function helmetHeaders(): Promise<Record<string, string>> {
  const probe = async (withHelmet: boolean) => {
    const app = Fastify();
    if (withHelmet) await app.register(fastifyHelmet, HELMET_OPTIONS);
    app.get('/', async () => 'ok');
    const res = await app.inject('/');
    await app.close();
    return res.headers;
  };
  const [plain, secured] = await Promise.all([probe(false), probe(true)]);
  return Object.fromEntries(Object.entries(secured).filter(([k, v]) => !(k in plain) && typeof v === 'string')) as Record<string, string>;
}

/**
 * Security headers with a Content-Security-Policy the built apps satisfy, rate limits
 * on the abuse-prone procedures, and CSRF protection for cookie-authenticated calls.
 */
export const securityPlugin = fp(async (app: FastifyInstance, opts: { rateLimits: boolean; cookieName: string }) => {
  // @fastify/helmet rebuilds the whole helmet middleware (CSP string included) on every
  // request; our policy never varies, so its headers are computed once and copied.
  const headers = await helmetHeaders();
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });

  // CSRF: a cookie rides along on cross-site requests; a bearer token never does. A
  // mutation carried by the cookie must come from this origin (Origin or Sec-Fetch-Site).
  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'POST' || !req.url.startsWith('/trpc/')) return;
    if (req.headers.authorization || !req.cookies?.[opts.cookieName]) return;
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    const sameOrigin = origin ? new URL(origin).host === req.headers.host : site === undefined || site === 'same-origin' || site === 'none';
    if (!sameOrigin) {
      const { t } = createTranslator(requestLanguage(req));
      return reply.code(403).send(trpcError(req, 403, 'FORBIDDEN', t('server.crossSite')));
    }
  });

  if (!opts.rateLimits) return;
  await app.register(fastifyRateLimit, { global: false });
  const limiters = RULES.map((rule) => ({
    rule,
    check: app.rateLimit({
      max: rule.max,
      timeWindow: rule.minutes * 60_000,
      keyGenerator: (req) => (rule.by === 'ip' ? req.ip : (tokenHash(req, opts.cookieName) ?? 'anonymous')),
      allowList: (req) => rule.by === 'account' && !tokenHash(req, opts.cookieName),
      groupId: `${rule.by}:${rule.procedures.join('+')}`,
      errorResponseBuilder: (req, ctx) => {
        const { t } = createTranslator(requestLanguage(req));
        const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000));
        return Object.assign(new Error(t('server.rateLimited', { seconds })), {
          statusCode: 429,
          body: trpcError(req, 429, 'TOO_MANY_REQUESTS', t('server.rateLimited', { seconds })),
        });
      },
    }),
  }));
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith('/trpc/')) return;
    const called = procedurePaths(req);
    for (const { rule, check } of limiters) {
      if (!rule.procedures.some((p) => called.includes(p))) continue;
      try {
        await check.call(app, req, reply);
      } catch (err) {
        const e = err as { statusCode?: number; body?: unknown };
        if (e.statusCode === 429) return reply.code(429).send(e.body);
        throw err;
      }
      if (reply.sent) return;
    }
  });
});
