import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAdminCommand } from '@shabaka/api';
import { describe, expect, it } from 'vitest';
import { precompressDir } from '../src/precompress';
import { getEncoded, useServer } from './server';

// A miniature repo layout with "built" frontends, so routing is tested without a build.
const root = mkdtempSync(join(tmpdir(), 'shabaka-root-'));
const write = (path: string, body: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), body);
};
write('apps/tetouan/package.json', JSON.stringify({ name: '@shabaka/app-tetouan' }));
write('apps/tetouan/dist/index.html', '<html>tetouan app</html>');
write('apps/tetouan/dist/assets/app.js', 'console.log(1)');
// Pages the build wrote ahead (packages/portal/src/vite.ts): the home page and the form, in each language.
for (const lang of ['ar', 'fr', 'es']) {
  write(`apps/tetouan/dist/pages/${lang}/index.html`, `<html>home ${lang}</html>`);
  write(`apps/tetouan/dist/pages/${lang}/complaints/new.html`, `<html>form ${lang}</html>`);
}
write('apps/tetouan/dist/pages/manifest.json', JSON.stringify({ defaultLanguage: 'ar' }));
write('apps/dashboard/dist/index.html', '<html>dashboard</html>');
write('packages/portal/dist/index.html', '<html>generic portal</html>');

const s = useServer({ root });

describe('frontend hosting', () => {
  it('serves a city app, its assets with long caching, and deep links', async () => {
    expect(await (await fetch(`${s.url}/tetouan/staff`)).text()).toBe('<html>tetouan app</html>');
    expect(await (await fetch(`${s.url}/tetouan/track/TET-2026-000001`)).text()).toBe('<html>tetouan app</html>');
    const asset = await fetch(`${s.url}/tetouan/assets/app.js`);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${s.url}/tetouan`, { redirect: 'manual' })).headers.get('location')).toBe('/tetouan/');
  });

  it('sends a page its build wrote ahead in the language the portal will open in: ?lang=, the remembered choice, its own', async () => {
    const page = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${s.url}${path}`, { headers });
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      return res.text();
    };
    // The portal's own language, not the browser's: its script does not read Accept-Language.
    expect(await page('/tetouan/', { 'accept-language': 'fr' })).toBe('<html>home ar</html>');
    expect(await page('/tetouan/complaints/new')).toBe('<html>form ar</html>');
    expect(await page('/tetouan/complaints/new/')).toBe('<html>form ar</html>');
    expect(await page('/tetouan/complaints/new', { cookie: 'shabaka_lang=es' })).toBe('<html>form es</html>');
    expect(await page('/tetouan/complaints/new?lang=fr', { cookie: 'shabaka_lang=es' })).toBe('<html>form fr</html>');
    expect((await fetch(`${s.url}/tetouan/complaints/new`)).headers.get('vary')).toMatch(/cookie/);
    // Nothing written for it: the app itself; a path never reaches outside the pages.
    expect(await page('/tetouan/complaints/new?lang=xx')).toBe('<html>form ar</html>');
    expect(await page('/tetouan/procedures')).toBe('<html>tetouan app</html>');
    expect(await page('/tetouan/..%2Fpages%2Far%2Findex')).toBe('<html>tetouan app</html>');
  });

  it('serves the dashboard and a landing page listing the communes', async () => {
    expect(await (await fetch(`${s.url}/dashboard/`)).text()).toBe('<html>dashboard</html>');
    const landing = await (await fetch(`${s.url}/`)).text();
    expect(landing).toContain('dir="rtl"');
    expect(landing).toContain('href="/mdiq/"');
    // In the portals' kit: their header, skip link and main landmark, their stylesheet, and
    // each language as a link to this page in it.
    for (const page of [landing, await (await fetch(`${s.url}/verify?lang=es`)).text()]) {
      expect(page).toMatch(/<header class="shb-header">/);
      expect(page).toMatch(/<a class="shb-skip" href="#main">/);
      expect(page).toMatch(/<main id="main" class="shb-main"/);
      expect(page).toContain('--color-primary');
      expect(page).toMatch(/<a href="[^"]*\?lang=fr" hreflang="fr" lang="fr">Français<\/a>/);
    }
    expect(await (await fetch(`${s.url}/?lang=fr`)).text()).toContain('Tétouan');
    // Partners in the reader's alphabetical order: "تيراسا" (t) before "سانت فيليو" (s) in
    // Arabic; LocalMed, Sant Feliu, Terrassa in French.
    const order = (page: string, names: string[]) => names.map((n) => page.indexOf(n));
    const ar = order(landing, ['لوكال ميد', 'تيراسا', 'سانت فيليو']);
    expect(ar.every((i) => i > 0)).toBe(true);
    expect(ar[1]).toBeLessThan(ar[2]!);
    const fr = order(await (await fetch(`${s.url}/?lang=fr`)).text(), ['LocalMed', 'Sant Feliu', 'Terrassa']);
    expect(fr).toEqual([...fr].sort((a, b) => a - b));
  });

  it('remembers a language chosen with ?lang= for the landing and verification pages, over the browser’s', async () => {
    const chosen = await fetch(`${s.url}/?lang=es`);
    const cookie = chosen.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^shabaka_lang=es; Path=\/; Max-Age=\d+; SameSite=Lax/);
    const headers = { cookie: cookie.split(';')[0]!, 'accept-language': 'fr-FR,fr;q=0.9' };
    expect(await (await fetch(`${s.url}/`, { headers })).text()).toContain('<html lang="es" dir="ltr">');
    expect(await (await fetch(`${s.url}/verify`, { headers })).text()).toContain('<html lang="es" dir="ltr">');
    // Without a choice the browser's language counts; ?lang= still wins over the cookie.
    expect(await (await fetch(`${s.url}/`, { headers: { 'accept-language': 'fr' } })).text()).toContain('lang="fr"');
    expect(await (await fetch(`${s.url}/?lang=ar`, { headers })).text()).toContain('<html lang="ar" dir="rtl">');
  });

  it('gives a commune added later the generic portal without restart, and 404s unknown slugs', async () => {
    expect((await fetch(`${s.url}/larache/`)).status).toBe(404);
    await runAdminCommand({ db: s.handle.db, events: s.events }, 'commune:add', {
      slug: 'larache',
      names: { ar: 'العرائش', fr: 'Larache', es: 'Larache' },
      lat: 35.19,
      lon: -6.15,
      population: 125008,
      populationSource: 'RGPH 2014',
    });
    const res = await fetch(`${s.url}/larache/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<html>generic portal</html>');
    expect((await fetch(`${s.url}/larache/../../etc/passwd`)).status).not.toBe(200);
  });

  it('answers alike whether a path names a file elsewhere on the server or nothing at all', async () => {
    write('apps/tetouan/dist/.secret', 'dotfile');
    // Each pair: a file that exists outside the app's folder (or a hidden one) and one that does not.
    const pairs = [
      ['..%2fpackage.json', '..%2fnothing.json'],
      ['..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd', '..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fnothing'],
      [
        '..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fhostname',
        '..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fnothing',
      ],
      ['..%5c..%5cpackage.json', '..%5c..%5cnothing.json'],
      ['.secret', '.nothing'],
      ['assets', 'nothing'],
    ];
    for (const app of ['tetouan', 'dashboard']) {
      for (const [exists, missing] of pairs) {
        const [a, b] = await Promise.all([fetch(`${s.url}/${app}/${exists}`), fetch(`${s.url}/${app}/${missing}`)]);
        const answer = async (r: Response) => ({
          status: r.status,
          type: r.headers.get('content-type'),
          body: await r.text(),
        });
        const [ra, rb] = [await answer(a), await answer(b)];
        expect(ra, `${app}/${exists}`).toEqual(rb);
        expect(ra.body).not.toMatch(/dotfile|root:|@shabaka\/app-tetouan/);
      }
    }
    // Real files are still served.
    expect(await (await fetch(`${s.url}/tetouan/assets/app.js`)).text()).toBe('console.log(1)');
  });

  it('sends built files as their brotli or gzip twin when the browser accepts one, the same bytes once decoded', async () => {
    // Text that compresses as a bundle does; a page over the threshold.
    const bundle = Array.from({ length: 400 }, (_, i) => `export const v${i} = "${'value '.repeat(i % 7)}${i}";`);
    const page = `<!doctype html><html><body>${'<p>مرحبا Bienvenue</p>'.repeat(100)}</body></html>`;
    write('apps/dashboard/dist/assets/index-abc123.js', bundle.join('\n'));
    write('apps/dashboard/dist/index.html', page);
    write('apps/dashboard/dist/assets/tiny-abc123.js', 'export{}');
    precompressDir(join(root, 'apps/dashboard/dist'));

    for (const [path, immutable] of [
      ['/dashboard/assets/index-abc123.js', true],
      ['/dashboard/', false],
      ['/dashboard/some/deep/link', false],
    ] as const) {
      const plain = await getEncoded(`${s.url}${path}`, 'identity');
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.headers.vary, path).toMatch(/accept-encoding/i);
      for (const [accept, encoding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip, deflate', 'gzip'],
      ] as const) {
        const res = await getEncoded(`${s.url}${path}`, accept);
        expect(res.status, path).toBe(200);
        expect(res.headers['content-encoding'], `${path} ${accept}`).toBe(encoding);
        expect(res.headers.vary, path).toMatch(/accept-encoding/i);
        expect(res.headers['content-type'], path).toBe(plain.headers['content-type']);
        expect(res.headers['cache-control'], path).toBe(immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        expect(res.wire.length, path).toBeLessThan(plain.wire.length / 3);
        expect(res.body.equals(plain.wire), path).toBe(true);
      }
    }
    expect((await getEncoded(`${s.url}/dashboard/`, 'br')).body.toString()).toBe(page);
    // Below the threshold no twin is written (the file still arrives whole).
    expect(existsSync(join(root, 'apps/dashboard/dist/assets/tiny-abc123.js.br'))).toBe(false);
    expect((await getEncoded(`${s.url}/dashboard/assets/tiny-abc123.js`, 'br')).body.toString()).toBe('export{}');
  });

  it('compresses on the fly a built file whose twins are missing, and a page the server renders', async () => {
    const late = 'console.log("no twin written for this one");\n'.repeat(100);
    write('apps/tetouan/dist/assets/late-abc123.js', late);
    const res = await getEncoded(`${s.url}/tetouan/assets/late-abc123.js`, 'br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.toString()).toBe(late);

    const landing = await getEncoded(`${s.url}/?lang=fr`, 'identity');
    expect(landing.wire.length).toBeGreaterThan(1024);
    const gz = await getEncoded(`${s.url}/?lang=fr`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('no-cache');
    expect(gz.body.equals(landing.wire)).toBe(true);
  });
});
