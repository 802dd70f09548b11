import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAdminCommand, type Clock } from '@shabaka/api';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from '../scripts/free-port';
import { buildApp } from '../src/app';
import { repoRoot } from '../src/paths';
import { openDatabase } from '../src/runtime';
import { testDeps } from '../test/server';
import { chromiumPath } from './chromium-setup';
import { CHROMIUM_ARGS } from './harness';

const DAY_MS = 86_400_000;

/**
 * The real server (buildApp, the built frontends, a fresh embedded data directory opened as main.ts opens it) in this process, with a
 * clock the journey moves forward: a call's deadline, a report's due day, come in days, not in a run.
 * The clock is the one seam the app is built around (`deps.clock`); everything else is what
 * dist/main.js serves. Chromium drives it as in `useBuiltServer`.
 */
export function useClockedServer() {
  let offset = 0;
  const clock: Clock = { now: () => new Date(Date.now() + offset) };
  const ctx = {} as {
    url: string;
    browser: Browser;
    /** Moves the server's clock `days` days ahead. */
    advanceDays(days: number): void;
    now(): Date;
    /** Creates an account with a password (and roles such as 'tetouan:agent'), as the operator CLI does. */
    user(email: string, password: string, roles?: string[]): Promise<void>;
    page(locale?: string): Promise<Page>;
  };
  let close = async () => {};
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-e2e-clocked-'));
    const handle = await openDatabase({ databaseUrl: undefined, dataDir });
    const port = await freePort();
    ctx.url = `http://127.0.0.1:${port}`;
    const deps = testDeps(handle.db, { clock, publicUrl: ctx.url, environment: 'test', dataDir });
    const app = await buildApp({ handle, deps, root: repoRoot });
    await app.listen({ port, host: '127.0.0.1' });
    ctx.advanceDays = (days) => void (offset += days * DAY_MS);
    ctx.now = () => clock.now();
    ctx.user = async (email, password, roles = []) => {
      await runAdminCommand(deps, 'user:add', { email, password, displayName: email.split('@')[0]!, roles });
    };
    ctx.browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    ctx.page = async (locale = 'ar-MA') => {
      const context = await ctx.browser.newContext({ locale });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('pageerror', page.url(), e));
      return page;
    };
    close = async () => {
      await ctx.browser?.close();
      await app.close();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
  });
  afterAll(() => close());
  return ctx;
}
