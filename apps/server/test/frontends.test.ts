import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAdminCommand } from '@shabaka/api';
import { describe, expect, it } from 'vitest';
import { useServer } from './server';

// A miniature repo layout with "built" frontends, so routing is tested without a build.
const root = mkdtempSync(join(tmpdir(), 'shabaka-root-'));
const write = (path: string, body: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), body);
};
write('apps/tetouan/package.json', JSON.stringify({ name: '@shabaka/app-tetouan' }));
write('apps/tetouan/dist/index.html', '<html>tetouan app</html>');
write('apps/tetouan/dist/assets/app.js', 'console.log(1)');
write('apps/dashboard/dist/index.html', '<html>dashboard</html>');
write('packages/portal/dist/index.html', '<html>generic portal</html>');

const s = useServer({ root });

describe('frontend hosting', () => {
  it('serves a city app, its assets with long caching, and deep links', async () => {
    expect(await (await fetch(`${s.url}/tetouan/`)).text()).toBe('<html>tetouan app</html>');
    expect(await (await fetch(`${s.url}/tetouan/staff`)).text()).toBe('<html>tetouan app</html>');
    const asset = await fetch(`${s.url}/tetouan/assets/app.js`);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${s.url}/tetouan`, { redirect: 'manual' })).headers.get('location')).toBe('/tetouan/');
  });

  it('serves the dashboard and a landing page listing the communes', async () => {
    expect(await (await fetch(`${s.url}/dashboard/`)).text()).toBe('<html>dashboard</html>');
    const landing = await (await fetch(`${s.url}/`)).text();
    expect(landing).toContain('dir="rtl"');
    expect(landing).toContain('href="/mdiq/"');
    expect(await (await fetch(`${s.url}/?lang=fr`)).text()).toContain('Tétouan');
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
});
