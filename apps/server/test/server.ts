import { createEventBus, systemClock } from '@shabaka/api';
import { createTestDb } from '@shabaka/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../src/app';

/** The real Fastify app listening on a free port of 127.0.0.1. */
export async function listening(options: AppOptions) {
  const app = await buildApp(options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address() as { port: number };
  return { app, url: `http://127.0.0.1:${addr.port}` };
}

/** The real Fastify app on a fresh test database, listening on a free port. */
export function useServer(options: { root?: string; publicUrl?: string; environment?: 'production' | 'test'; trustProxy?: false | number | string[] } = {}) {
  const s = {} as { url: string; app: Awaited<ReturnType<typeof buildApp>>; handle: Awaited<ReturnType<typeof createTestDb>>; events: ReturnType<typeof createEventBus> };
  beforeAll(async () => {
    s.handle = await createTestDb();
    s.events = createEventBus();
    Object.assign(
      s,
      await listening({
        handle: s.handle,
        db: s.handle.db,
        clock: systemClock,
        events: s.events,
        config: { environment: options.environment ?? 'test', sessionTtlDays: 30 },
        ...(options.root ? { root: options.root } : {}),
        ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
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
