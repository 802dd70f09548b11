import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMESPACES, translate } from '@shabaka/ui/i18n';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumPath } from './chromium-setup';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from '../scripts/free-port';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The built server (dist/main.js) as an operator runs it, on a fresh embedded data
 * directory, plus Debian's Chromium driven by playwright-core; `env` adds settings (read in
 * the server's beforeAll, after the journey's own beforeAll hooks registered before it).
 */
export function useBuiltServer(options: { env?: () => Record<string, string> } = {}) {
  const ctx = {} as {
    url: string;
    dataDir: string;
    browser: Browser;
    proc: ChildProcess;
    output: string;
    /** Runs the operator CLI (dist/cli.js) against this server's data directory. */
    cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
    page(lang?: string): Promise<Page>;
  };
  beforeAll(async () => {
    ctx.dataDir = mkdtempSync(join(tmpdir(), 'shabaka-e2e-'));
    const port = await freePort();
    ctx.url = `http://127.0.0.1:${port}`;
    // As an operator runs it: with its public URL (required in production).
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SHABAKA_DATA_DIR: ctx.dataDir,
      SHABAKA_PUBLIC_URL: ctx.url,
      DATABASE_URL: '',
      // A journey's own settings (its SMTP server, SMS gateway), read once the servers it starts first are up.
      ...options.env?.(),
    };
    delete (env as Record<string, string | undefined>).DATABASE_URL;
    ctx.output = '';
    ctx.proc = spawn(process.execPath, [join(serverDir, 'dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    ctx.proc.stdout!.on('data', (d) => (ctx.output += d));
    ctx.proc.stderr!.on('data', (d) => (ctx.output += d));
    for (let i = 0; ; i++) {
      if (ctx.proc.exitCode !== null) throw new Error(`server exited:\n${ctx.output}`);
      const ok = await fetch(`${ctx.url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      // First boot creates, migrates and seeds PGlite: seconds when idle, far more on a loaded 2-core machine.
      if (i > 700) throw new Error(`server did not start:\n${ctx.output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    ctx.cli = (args) =>
      new Promise((resolve) => {
        const p = spawn(process.execPath, [join(serverDir, 'dist/cli.js'), ...args], {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (d) => (stdout += d));
        p.stderr.on('data', (d) => (stderr += d));
        p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      });
    ctx.browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    });
    ctx.page = async (locale = 'ar-MA') => {
      const context = await ctx.browser.newContext({ locale });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('pageerror', page.url(), e));
      return page;
    };
  });
  afterAll(async () => {
    await ctx.browser?.close();
    if (ctx.proc && ctx.proc.exitCode === null) {
      const exited = new Promise((r) => ctx.proc.once('exit', r));
      ctx.proc.kill('SIGTERM');
      await exited;
    }
    if (ctx.dataDir) rmSync(ctx.dataDir, { recursive: true, force: true });
  });
  return ctx;
}

/**
 * Signs in through a commune portal's own form, in `lang` (sent as `?lang=`), as a person would — the session
 * cookie is the browser's — and waits for the account link that says it worked.
 */
export async function signInAs(
  page: Page,
  portal: string,
  who: { email: string; password: string },
  lang: 'ar' | 'fr' | 'es' = 'ar',
) {
  await page.goto(`${portal}/sign-in?lang=${lang}`);
  await page.getByLabel(translate(lang, 'portal.field.email')).fill(who.email);
  await page.getByLabel(translate(lang, 'portal.field.password')).fill(who.password);
  await page.getByRole('button', { name: translate(lang, 'portal.signIn.submit') }).click();
  await page.getByRole('link', { name: translate(lang, 'portal.nav.account') }).waitFor();
}

/** The narrowest phone the network designs for: nothing may scroll sideways on it. */
export const PHONE = { width: 360, height: 740 };

/**
 * What sticks out of a 360 px page: the document's width, and the outermost elements wider
 * than the viewport that no scroll container of their own holds (to name the culprit).
 */
export function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element) => /auto|scroll|hidden|clip/.test(getComputedStyle(el).overflowX);
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
      let inside = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) inside = true;
      const parentSticksOut = el.parentElement && culprits.some((c) => c === describe(el.parentElement!));
      if (!inside && !parentSticksOut) culprits.push(describe(el));
      if (culprits.length >= 5) break;
    }
    function describe(el: Element) {
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
}

/** Fails when the page is wider than the phone, naming what sticks out. */
export async function expectFitsPhone(page: Page, where = page.url()) {
  const o = await overflowOf(page);
  expect(o.scrollWidth, `${where} is ${o.scrollWidth} px wide: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(o.width);
}

/**
 * Text a citizen must never read (issue 12 §3): a developer's doubt ("to verify", "à vérifier",
 * "يتعين التحقق"…), a catalog key (`portal.home.region`), a figure's or event's code name
 * (`informationMedianDays`, `signing.key_created`, `document.issued`). Addresses and links are
 * left out first: "tetouan.ma" is not a key.
 */
const DOUBT = /to verify|to be verified|à vérifier|a verificar|por verificar|يتعين التحقق|\[verify\]/i;
const RAW = [
  new RegExp(`\\b(?:${NAMESPACES.join('|')})\\.[A-Za-z_]+`),
  /\b[a-z]+[A-Z][a-z]+[A-Za-z]*\b/,
  /\b[a-z]+\.[a-z]{3,}(?:_[a-z]+)*\b/,
];
const LINKS = /\S+@\S+|\b(?:https?:\/\/)?(?:[\w-]+\.)+(?:ma|com|org|net|es|fr|eu|int|cat)\b\S*/g;

/**
 * Fails on text shown or announced (screen-reader-only text too, not hidden elements) with a
 * note or a raw key. Text nodes one by one: "guichet" and a "Propre à…" tag beside it are two
 * words, not "guichetPropre".
 */
export async function expectNoDeveloperText(
  page: Page,
  where = page.url(),
  /** Staff pages warn of values to confirm on purpose: check them for raw keys only. */
  { staff = false }: { staff?: boolean } = {},
) {
  const shown = await page.evaluate(() => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const el = walk.currentNode.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName) || !el.checkVisibility()) continue;
      out.push(walk.currentNode.textContent ?? '');
    }
    return out.join('\n');
  });
  const text = shown.replace(LINKS, ' ');
  if (!staff) expect(text, `${where}: a note for staff`).not.toMatch(DOUBT);
  for (const r of RAW) expect(text.match(r)?.[0], `${where}: a raw key`).toBeUndefined();
}

/** axe-core's browser build, injected into the page under test (it ships its own engine, no network). */
let axeSource: string | undefined;

/**
 * Fails on what axe-core finds on the page as shown (WCAG 2.1 A and AA rules), naming each rule and
 * the first elements it flags: labels, names, contrast, landmarks, ARIA.
 */
export async function expectAxeClean(page: Page, where = page.url()) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the portal's CSP (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  });
  expect(violations, `${where}: axe`).toEqual([]);
}
