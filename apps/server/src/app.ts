import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import {
  appRouter,
  createInnerContext,
  documentShortLinkTarget,
  informationShortLinkTarget,
  LimitError,
  LIMITS,
  shortLinkTarget,
  unsubscribeNotifications,
  type AppDeps,
  type AppRouter,
} from '@shabaka/api';
import type { DbHandle } from '@shabaka/db';
import type { FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { incomingMessageToRequest } from '@trpc/server/adapters/node-http';
import { resolveResponse, type TRPCRequestInfo } from '@trpc/server/http';
import { PAGES_MANIFEST, pageFile } from '@shabaka/portal/pages';
import { createTranslator, isLanguage, languageOfCookies, type Language } from '@shabaka/ui/i18n';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { sql } from 'kysely';
import { compression } from './compression';
import { documentRoutes } from './documents';
import { fileRoutes } from './files';
import { pageLanguage } from './language';
import { renderLanding } from './landing';
import { open311Routes } from './open311';
import { procedureSheetRoutes } from './procedure-sheets';
import { publicBase } from './public-url';
import { frontendDirs } from './paths';
import { openDataRoutes } from './open-data';
import { openDataFileRoutes } from './open-data-files';
import { receiptRoutes } from './receipts';
import { roomFeedRoutes } from './room-feeds';
import { MAX_BATCH_CALLS, requestGuards, routeLimits, trpcBodies } from './limits';
import { requestLanguage, securityPlugin } from './security';
import { trpcFastPath } from './trpc-fast-path';

export const SESSION_COOKIE = 'shabaka_session';

export interface AppOptions {
  handle: DbHandle;
  /**
   * Everything procedures and routes use (database, clock, events, limits, public URL,
   * signing, commune cache, mailer), built once by the caller: main.ts with `serverDeps`
   * from its one `loadConfig`, tests with the same function (deps.ts).
   */
  deps: AppDeps;
  /** Fastify's logger: see logging.ts for the options main.ts passes (redaction of secrets). */
  logger?: FastifyServerOptions['logger'];
  /** Folder holding apps/ and packages/ with built frontends (tests point it elsewhere). */
  root?: string;
  /**
   * Which proxies' X-Forwarded-For to believe (SHABAKA_TRUST_PROXY): none by default, so
   * the socket's address is the caller's; a hop count or a list of addresses/CIDRs.
   */
  trustProxy?: false | number | string[];
  /**
   * Off only in the parity test (test/trpc-fast-path.test.ts), which replays the same calls
   * with and without the fast path: every call then takes tRPC's generic path.
   */
  fastPath?: boolean;
}

function tokenFrom(req: FastifyRequest, connectionParams: Record<string, string | undefined> | null | undefined) {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return connectionParams?.token ?? req.cookies[SESSION_COOKIE] ?? null;
}

/** A route declaring a JSON schema fails at start-up, loudly, instead of going unchecked. */
const noSchemaCompiler = () => () => {
  throw new Error('Route JSON schemas are not used here: validate inputs with zod.');
};

export async function buildApp(opts: AppOptions) {
  const app = Fastify({
    logger: opts.logger ?? false,
    // A hop count trusts that many proxies nearest to the server (as Fastify does for numbers).
    trustProxy:
      typeof opts.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (opts.trustProxy as number)
        : (opts.trustProxy ?? false),
    // Batched tRPC GETs put several procedure names in the path.
    routerOptions: { maxParamLength: 5000 },
    // Other routes' bodies; tRPC bodies are bounded per procedure (limits.ts).
    bodyLimit: 1024 * 1024,
    // Inputs are checked by zod (procedures) or by hand (the few plain routes), never by a
    // route's JSON schema: without these, Fastify loads Ajv and fast-json-stringify on
    // construction, a fifth of a cold start spent on compilers no route uses.
    schemaController: { compilersFactory: { buildValidator: noSchemaCompiler, buildSerializer: noSchemaCompiler } },
  });
  await app.register(fastifyCookie);
  await compression(app);
  await app.register(requestGuards);
  // Heavy work refused by a full queue (PDFs, images) outside tRPC: 503 with Retry-After, not a 500.
  app.setErrorHandler((err, req, reply) => {
    if (!(err instanceof LimitError)) return reply.send(err);
    const { t } = createTranslator(requestLanguage(req));
    const status = err.code === 'TOO_MANY_REQUESTS' ? 429 : 503;
    const text = status === 429 ? t('server.rateLimited', { seconds: err.retryAfterSeconds }) : t('server.busy');
    return reply
      .code(status)
      .header('retry-after', String(err.retryAfterSeconds))
      .type('text/plain; charset=utf-8')
      .send(text);
  });
  await app.register(securityPlugin, { cookieName: SESSION_COOKIE });
  // Cache headers are ours: hashed assets forever, HTML revalidated. Built files go as their
  // brotli/gzip twin (written at build time, precompress.ts) when the browser accepts it.
  await app.register(fastifyStatic, {
    root: opts.root ?? process.cwd(),
    serve: false,
    cacheControl: false,
    preCompressed: true,
  });

  const { deps } = opts;

  const trpcOptions = {
    router: appRouter,
    createContext: ({ req, res, info }: { req: FastifyRequest; res: FastifyReply; info: TRPCRequestInfo }) =>
      createInnerContext(deps, {
        // A token in the URL (EventSource cannot send headers) opens subscriptions only, never a call that acts.
        token: tokenFrom(req, info.type === 'subscription' ? info.connectionParams : null),
        ip: req.ip,
        language: requestLanguage(req),
        userAgent: req.headers['user-agent']?.slice(0, 500),
        response: {
          setSessionCookie: (token, expiresAt) =>
            void res.setCookie(SESSION_COOKIE, token, {
              path: '/',
              httpOnly: true,
              sameSite: 'lax',
              secure: req.protocol === 'https',
              expires: expiresAt,
            }),
          clearSessionCookie: () => void res.clearCookie(SESSION_COOKIE, { path: '/' }),
        },
      }),
    onError({ error, path, req }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        (req?.log ?? app.log).error({ path, req, err: error.cause ?? error }, 'procedure failed');
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'];
  // Most calls (one query or mutation, unbatched) are answered by the fast path; the rest by tRPC's generic one.
  const fastPath = opts.fastPath === false ? null : trpcFastPath(trpcOptions);

  await app.register(
    async (scope) => {
      // What @trpc/server's Fastify adapter does, minus its per-call costs that showed in
      // profiles: the options object is not copied on every call, and a JSON answer (every
      // query and mutation) is sent as one buffer instead of piping a web stream through Node.
      // Bodies reach tRPC as raw strings, as with the adapter, within their procedure's limit.
      await trpcBodies(scope);
      scope.all('/:path', async (req, reply) => {
        const quick = fastPath && (await fastPath(req, reply, (req.params as { path: string }).path));
        if (quick) return reply.send(quick);
        const raw = req.raw as typeof req.raw & { body?: unknown };
        if ('body' in req) raw.body = req.body;
        const res = await resolveResponse({
          router: trpcOptions.router,
          req: incomingMessageToRequest(raw, reply.raw, { maxBodySize: null }),
          path: (req.params as { path: string }).path,
          error: null,
          maxBatchSize: MAX_BATCH_CALLS, // refused earlier with a clearer message (limits.ts)
          createContext: ({ info }) => trpcOptions.createContext({ req, res: reply, info }),
          onError: (o) => trpcOptions.onError({ ...o, req }),
        });
        const type = res.headers.get('content-type') ?? '';
        if (!res.body || !type.startsWith('application/json')) return reply.send(res); // subscriptions stream
        reply.code(res.status);
        res.headers.forEach((value, name) => void reply.header(name, value));
        return reply.send(Buffer.from(await res.arrayBuffer()));
      });
    },
    { prefix: '/trpc' },
  );

  app.get('/healthz', async (_req, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { ok: true, database: opts.handle.kind };
    } catch {
      return reply.code(503).send({ ok: false, database: opts.handle.kind });
    }
  });

  // The short tracking link notices carry (/t/<code>, short enough for one SMS): the case's page.
  app.get('/t/:code', async (req, reply) => {
    const code = (req.params as { code: string }).code;
    const target =
      (await shortLinkTarget(deps.db, code)) ??
      (await informationShortLinkTarget(deps.db, code)) ??
      (await documentShortLinkTarget(deps.db, code));
    if (target) return reply.redirect(target);
    const { t } = createTranslator(requestLanguage(req));
    return reply.code(404).type('text/plain; charset=utf-8').send(t('notifications.link.unknown'));
  });

  // One-click unsubscribe (RFC 8058): the mail client POSTs `List-Unsubscribe=One-Click` to the
  // link of an engagement email's List-Unsubscribe header; a GET of the same link is the
  // portal's page, which asks for a press (mail scanners open links; they do not POST).
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_req, body, done) => done(null, body),
    );
    scope.post('/:slug/unsubscribe', { preHandler: routeLimits(deps, LIMITS.unsubscribe) }, async (req, reply) => {
      const token = new URLSearchParams(req.url.split('?')[1] ?? '').get('t') ?? '';
      const { t } = createTranslator(requestLanguage(req));
      reply.type('text/plain; charset=utf-8');
      if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return reply.code(400).send(t('notifications.unsubscribe.invalid'));
      try {
        await unsubscribeNotifications({ db: deps.db, clock: deps.clock }, token);
      } catch (error) {
        // An unknown token is the caller's fault; anything else (the database away) is ours.
        if ((error as { code?: unknown }).code !== 'BAD_REQUEST') throw error;
        return reply.code(400).send(t('notifications.unsubscribe.invalid'));
      }
      return t('notifications.unsubscribe.done');
    });
  });

  await app.register(fileRoutes, deps);
  const base = publicBase(deps.publicUrl, deps.config.environment);
  await app.register(open311Routes, {
    prefix: '/open311/v2',
    db: deps.db,
    events: deps.events,
    clock: deps.clock,
    publicBase: base,
  });
  await app.register(receiptRoutes, { ...deps, publicBase: base });
  await app.register(procedureSheetRoutes, { db: deps.db, clock: deps.clock, publicBase: base });
  await app.register(documentRoutes, deps);
  await app.register(roomFeedRoutes, { ...deps, publicBase: base });
  await app.register(openDataRoutes, deps);
  await app.register(openDataFileRoutes, deps);
  registerFrontends(app, opts);
  return app;
}

/**
 * The file a path names inside an app's folder, or null. Nothing outside the folder, no
 * hidden files, no folders: every other path gets the app itself, so no answer tells
 * whether a file exists elsewhere on the server (@fastify/static would answer 403 there).
 */
function fileIn(root: string, rest: string): string | null {
  if (!rest || rest.split('/').some((segment) => segment === '' || segment.startsWith('.'))) return null;
  const full = resolve(root, rest);
  if (!full.startsWith(resolve(root) + sep)) return null;
  return statSync(full, { throwIfNoEntry: false })?.isFile() ? relative(root, full) : null;
}

/**
 * Built frontends: each city app at /<slug>/, the dashboard at /dashboard/, and for
 * communes without an app of their own the generic portal (assets under /_portal/),
 * looked up in the database on each request so a commune added by the CLI gets a
 * portal without restart or rebuild.
 */
function registerFrontends(app: FastifyInstance, opts: AppOptions) {
  const dirs = () => frontendDirs(opts.root);
  const sendFrom = (reply: FastifyReply, root: string, rest: string) => {
    const file = fileIn(root, rest) ?? 'index.html';
    const immutable = file.startsWith('assets/');
    reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.sendFile(file, root);
  };

  /**
   * A city portal's page: a built file, else the page its build wrote ahead in the language the
   * portal will open in (its words show before any script runs), else the app (index.html).
   */
  const sendPortal = (req: FastifyRequest, reply: FastifyReply, root: string, rest: string) => {
    const page = fileIn(root, rest) ? null : fileIn(root, pageFile(portalLanguage(req, root), `/${rest}`));
    if (!page) return sendFrom(reply, root, rest);
    reply.header('cache-control', 'no-cache').header('vary', 'cookie');
    return reply.sendFile(page, root);
  };

  app.get('/', async (req, reply) => {
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'cookie, accept-language');
    return renderLanding(opts.deps.db, pageLanguage(req, reply));
  });

  app.get('/dashboard', (_req, reply) => reply.redirect('/dashboard/'));
  app.get('/dashboard/*', (req, reply) => sendFrom(reply, dirs().dashboard, (req.params as { '*': string })['*']));
  app.get('/_portal/*', (req, reply) => sendFrom(reply, dirs().genericPortal, (req.params as { '*': string })['*']));

  const communeExists = async (slug: string) =>
    /^[a-z][a-z0-9-]{1,39}$/.test(slug) &&
    !!(await opts.deps.db.selectFrom('communes').select('id').where('slug', '=', slug).executeTakeFirst());

  app.get('/:slug', async (req, reply) => {
    const { slug } = req.params as { slug: string };
    if (!(await communeExists(slug))) return reply.callNotFound();
    return reply.redirect(`/${slug}/`);
  });
  app.get('/:slug/*', async (req, reply) => {
    const { slug, '*': rest } = req.params as { slug: string; '*': string };
    const d = dirs();
    const own = d.cityApps.get(slug);
    if (own) return sendPortal(req, reply, own, rest);
    if (!(await communeExists(slug))) return reply.callNotFound();
    if (!existsSync(join(d.genericPortal, 'index.html')))
      return reply.code(503).send('Portal not built: run pnpm build');
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    return readFileSync(join(d.genericPortal, 'index.html'), 'utf8');
  });
}

/**
 * The language a portal opens in, as its script decides it (the ui's I18nProvider): `?lang=`,
 * else the language chosen before on this site (LANGUAGE_COOKIE), else the portal's own
 * (written by its build). Not the browser's languages: the portal does not read them, and the
 * page sent must be the one the script shows.
 */
function portalLanguage(req: FastifyRequest, root: string): Language {
  const asked = (req.query as { lang?: unknown } | undefined)?.lang;
  if (isLanguage(asked)) return asked;
  const chosen = languageOfCookies(req.headers.cookie);
  if (chosen) return chosen;
  try {
    const { defaultLanguage } = JSON.parse(readFileSync(join(root, PAGES_MANIFEST), 'utf8')) as {
      defaultLanguage?: unknown;
    };
    return isLanguage(defaultLanguage) ? defaultLanguage : 'ar';
  } catch {
    return 'ar'; // built without pages (or not built): index.html answers anyway
  }
}
