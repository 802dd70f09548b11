import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths';

/**
 * Weight budget of a portal's first load: at most 120 KB (1 KB = 1,024 bytes) of
 * JavaScript, gzipped with node:zlib at level 9, for every city portal and the generic
 * portal. "First load" = the module script(s) of dist/index.html, its modulepreload links
 * and their static imports, transitively; lazy chunks (dynamic import()) are not counted.
 * Sizes of built files are deterministic, so this runs as a test (after the builds);
 * `pnpm bench -- weight` prints the same figures with the CSS and the dashboard.
 */
const BUDGET = 120 * 1024;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function firstLoadJs(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const toFile = (href: string) => {
    const i = href.indexOf('assets/');
    return i >= 0 ? join(dist, href.slice(i)) : join(dist, href.replace(/^\.?\//, ''));
  };
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const src = /\s(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (!src) continue;
    if (/^<script/i.test(tag) && /type\s*=\s*["']module["']/i.test(tag)) files.add(toFile(src));
    if (/^<link/i.test(tag) && /rel\s*=\s*["']modulepreload["']/i.test(tag)) files.add(toFile(src));
  }
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    const re = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
    const code = readFileSync(file, 'utf8');
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const dep = join(file, '..', m[1]!);
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...files];
}

function portals() {
  const out: { name: string; dist: string }[] = [];
  for (const dir of readdirSync(join(repoRoot, 'apps')).sort()) {
    const pkg = join(repoRoot, 'apps', dir, 'package.json');
    if (!existsSync(pkg)) continue;
    const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name ?? '';
    if (name.startsWith('@shabaka/app-')) out.push({ name, dist: join(repoRoot, 'apps', dir, 'dist') });
  }
  out.push({ name: '@shabaka/portal (generic)', dist: join(repoRoot, 'packages/portal/dist') });
  return out;
}

describe('first-load weight budget', () => {
  it('finds the five city portals and the generic portal', () => {
    expect(portals().length).toBeGreaterThanOrEqual(6);
  });

  it.each(portals())('$name loads at most 120 KB of gzipped JavaScript first', ({ dist }) => {
    expect(existsSync(join(dist, 'index.html')), `${dist}/index.html: build the apps first`).toBe(true);
    const files = firstLoadJs(dist);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(existsSync(f), `${f} is referenced but missing`).toBe(true);
    const sizes = files.map((f) => ({ file: f.slice(dist.length + 1), gzip: gz(f) }));
    const total = sizes.reduce((s, x) => s + x.gzip, 0);
    const detail = sizes.map((s) => `${s.file} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ');
    expect(
      total,
      `first-load JS ${(total / 1024).toFixed(1)} KB gzipped > ${BUDGET / 1024} KB: ${detail}`,
    ).toBeLessThanOrEqual(BUDGET);
  });
});

describe('written pages paint before their scripts', () => {
  const written = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? written(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );
  it.each(portals().filter(({ dist }) => existsSync(join(dist, 'pages'))))(
    '$name fetches its scripts at low priority on a written page, with the catalogs of its language',
    ({ dist }) => {
      const tags = (file: string) =>
        readFileSync(file, 'utf8').match(/<(script type="module"|link rel="modulepreload")[^>]*>/g) ?? [];
      const pages = written(join(dist, 'pages'));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        expect(tags(page).length, page).toBeGreaterThan(0);
        for (const tag of tags(page)) expect(tag, page).toContain('fetchpriority="low"');
        // pages/<lang>/…: the catalogs preloaded are that language's (chunks named after ar.ts, fr.ts, es.ts).
        const lang = /pages\/(ar|fr|es)\//.exec(page)![1];
        const catalogs = tags(page).flatMap((tag) => /assets\/(ar|fr|es)-[\w-]+\.js/.exec(tag)?.[1] ?? []);
        expect(catalogs.length, page).toBeGreaterThan(0);
        expect(new Set(catalogs), page).toEqual(new Set([lang]));
      }
      for (const tag of tags(join(dist, 'index.html'))) expect(tag).not.toContain('fetchpriority');
    },
  );
});

describe('index.html paints before its scripts', () => {
  // The generic portal learns its commune at run time: it has no emblem to paint ahead.
  const apps = [
    ...portals().filter(({ name }) => !name.includes('generic')),
    { name: '@shabaka/dashboard', dist: join(repoRoot, 'apps/dashboard/dist') },
  ];
  it.each(apps)('$name writes its header band with an emblem into #root, no words', ({ dist }) => {
    const root =
      /<div id="root">([\s\S]*?)<\/div>\s*<\/body>/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? '';
    expect(root).toMatch(/^<div class="shb-app"[^>]*><header class="shb-header">.*<svg [^>]*aria-hidden="true"/);
    // Words would be in one language before the script knows the reader's.
    expect(root.replace(/<text[^>]*>[A-Z]{1,3}<\/text>/g, '').replace(/<[^>]+>/g, '')).toBe('');
  });

  it('the dashboard fetches its scripts after its painted band, at low priority', () => {
    const html = readFileSync(join(repoRoot, 'apps/dashboard/dist/index.html'), 'utf8');
    const tags = html.match(/<(script type="module"|link rel="modulepreload")[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags) expect(tag).toContain('fetchpriority="low"');
  });
});
