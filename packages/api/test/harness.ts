import type { Db, DbHandle } from '@shabaka/db';
import { createTestDb } from '@shabaka/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { runAdminCommand } from '../src/admin';
import { fixedClock } from '../src/clock';
import { createAppDeps, createInnerContext, type AppDeps } from '../src/context';
import { createEventBus } from '../src/events';
import { memoryLimitStore, type LimitStore } from '../src/limits';
import { createCaller } from '../src/root';
import type { SigningSetup } from '../src/signing';

export const PASSWORD = 'correct horse battery';

/**
 * One migrated database per test file, with helpers to act as anonymous or as a given account.
 * Its dependencies are built by `createAppDeps`, as the server builds its own (apps/server/src/deps.ts).
 */
export function useHarness(options: { signing?: SigningSetup } = {}) {
  const h = {} as {
    handle: DbHandle;
    clock: ReturnType<typeof fixedClock>;
    events: ReturnType<typeof createEventBus>;
    /** One limit store per file, as one server process has one. */
    limits: LimitStore;
    /** Everything procedures use, built once for this file's database. */
    deps: AppDeps;
    /** An anonymous caller, from a network address when given (as the HTTP layer sets it). */
    anon(ip?: string): ReturnType<typeof createCaller>;
    as(token: string): Promise<ReturnType<typeof createCaller>>;
    /** Creates an account with roles (e.g. 'tetouan:agent') and returns its caller and token. */
    user(
      email: string,
      roles?: string[],
    ): Promise<{ caller: ReturnType<typeof createCaller>; token: string; id: string }>;
  };
  beforeAll(async () => {
    h.handle = await createTestDb();
    h.clock = fixedClock('2026-03-07T10:00:00Z');
    h.events = createEventBus();
    h.limits = memoryLimitStore();
    h.deps = createAppDeps({
      db: h.handle.db,
      clock: h.clock,
      events: h.events,
      limits: h.limits,
      config: { environment: 'test', sessionTtlDays: 30 },
      signing: options.signing,
    });
  });
  afterAll(() => h.handle?.close());
  h.anon = (ip) => createCaller(() => createInnerContext(h.deps, { ip: ip ?? null }));
  h.as = async (token) => createCaller(await createInnerContext(h.deps, { token }));
  h.user = async (email, roles = []) => {
    const created = (await runAdminCommand(h.deps, 'user:add', {
      email,
      password: PASSWORD,
      displayName: email.split('@')[0],
      roles,
    })) as { id: string };
    const { token } = await h.anon().auth.signIn({ email, password: PASSWORD });
    return { caller: await h.as(token), token, id: created.id };
  };
  return h;
}

/**
 * Runs `run` with a commune's settings changed (each section given merged over the one it
 * has), then puts them back as they were, even when `run` fails: the other tests of the file
 * share the database.
 */
export async function withCommuneSettings<T>(
  db: Db,
  slug: string,
  sections: Record<string, Record<string, unknown>>,
  run: () => Promise<T>,
): Promise<T> {
  const row = await db.selectFrom('communes').select('settings').where('slug', '=', slug).executeTakeFirstOrThrow();
  const before = (row.settings ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const changed = { ...before };
  for (const [name, values] of Object.entries(sections)) changed[name] = { ...before[name], ...values };
  const write = (settings: object) =>
    db
      .updateTable('communes')
      .set({ settings: JSON.stringify(settings) })
      .where('slug', '=', slug)
      .execute();
  await write(changed);
  try {
    return await run();
  } finally {
    await write(before);
  }
}
