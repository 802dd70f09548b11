import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { AppDeps, Clock, EventBus } from '@shabaka/api';
import { createTestDb } from '@shabaka/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../src/app';
import { loadConfig, type ServerConfig } from '../src/config';
import { serverDeps } from '../src/deps';

/** The real Fastify app listening on a free port of 127.0.0.1. */
export async function listening(options: AppOptions) {
  const app = await buildApp(options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address() as { port: number };
  return { app, url: `http://127.0.0.1:${addr.port}` };
}

/**
 * A test server's configuration: the environment's (as the server reads it), with the
 * test's own values on top.
 */
export function testConfig(own: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadConfig(process.env), environment: 'test', ...own };
}

/** The server's dependencies for a test database, built by the function main.ts uses. */
export function testDeps(
  db: AppDeps['db'],
  own: Partial<ServerConfig> & { clock?: Clock; events?: EventBus } = {},
): AppDeps {
  const { clock, events, ...config } = own;
  return serverDeps(testConfig(config), db, { ...(clock ? { clock } : {}), ...(events ? { events } : {}) });
}

/** The real Fastify app on a fresh test database, listening on a free port. */
export function useServer(
  options: {
    root?: string;
    publicUrl?: string;
    environment?: 'production' | 'test';
    trustProxy?: false | number | string[];
  } = {},
) {
  const s = {} as {
    url: string;
    app: Awaited<ReturnType<typeof buildApp>>;
    handle: Awaited<ReturnType<typeof createTestDb>>;
    deps: AppDeps;
    events: EventBus;
  };
  beforeAll(async () => {
    s.handle = await createTestDb();
    s.deps = testDeps(s.handle.db, {
      environment: options.environment ?? 'test',
      publicUrl: options.publicUrl,
      // Tests count their limits as the server does, whatever SHABAKA_RATE_LIMITS says.
      rateLimits: true,
    });
    s.events = s.deps.events;
    Object.assign(
      s,
      await listening({
        handle: s.handle,
        deps: s.deps,
        ...(options.root ? { root: options.root } : {}),
        ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
      }),
    );
  });
  afterAll(async () => {
    await s.app?.close();
    await s.handle?.close();
  });
  return s;
}

/**
 * One GET as a browser sends it with the given Accept-Encoding, without the automatic
 * decoding of fetch: the bytes as they went on the wire, and those bytes decoded by the
 * Content-Encoding the server named.
 */
export function getEncoded(url: string, acceptEncoding: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; wire: Buffer; body: Buffer }>(
    (resolve, reject) => {
      const req = httpGet(url, { headers: { ...headers, 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const body = encoding === 'br' ? brotliDecompressSync(wire) : encoding === 'gzip' ? gunzipSync(wire) : wire;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, body });
        });
      });
      req.on('error', reject);
    },
  );
}
