import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COMMUNES, REGION_NAME } from '@shabaka/db';
import { INTL_LOCALES, translate } from '@shabaka/ui/i18n';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths';
import { expectNoDeveloperText, useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e agent passphrase';

describe('foundation in Chromium', () => {
  it('renders every city portal in Arabic (rtl) and switches to French and Spanish', async () => {
    const page = await s.page();
    for (const c of COMMUNES) {
      await page.goto(`${s.url}/${c.slug}/`);
      await page.waitForSelector('html[lang="ar"][dir="rtl"]');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.textContent('body')).toContain(c.names.ar);
      await page.getByText(translate('ar', 'portal.home.population')).first().waitFor();
      await page.getByText(REGION_NAME.ar, { exact: true }).waitFor();
      await expectNoDeveloperText(page);
      const select = page.getByLabel(translate('ar', 'common.language'));
      await select.selectOption('fr');
      await page.waitForSelector('html[lang="fr"][dir="ltr"]');
      expect(await page.textContent('body')).toContain(c.names.fr);
      await page.getByText(translate('fr', 'portal.home.population')).first().waitFor();
      await page.getByText(REGION_NAME.fr, { exact: true }).waitFor();
      await expectNoDeveloperText(page);
      await page.getByLabel(translate('fr', 'common.language')).selectOption('es');
      await page.waitForSelector('html[lang="es"][dir="ltr"]');
      expect(await page.textContent('body')).toContain(c.names.es);
      await page.getByText(translate('es', 'portal.home.population')).first().waitFor();
      await page.getByText(REGION_NAME.es, { exact: true }).waitFor();
      await expectNoDeveloperText(page);
      // Back to Arabic so the next portal starts from the default language.
      await page.getByLabel(translate('es', 'common.language')).selectOption('ar');
      await page.waitForSelector('html[lang="ar"][dir="rtl"]');
    }
    // A choice follows across the site: made in a portal, it holds on the landing page, the
    // verification page, the dashboard and another portal; ?lang= works everywhere.
    await page.getByLabel(translate('ar', 'common.language')).selectOption('es');
    await page.waitForSelector('html[lang="es"][dir="ltr"]');
    for (const path of ['/', '/verify', '/dashboard/', '/asilah/']) {
      await page.goto(`${s.url}${path}`);
      await page.waitForSelector('html[lang="es"][dir="ltr"]');
    }
    await page.goto(`${s.url}/dashboard/?lang=fr`);
    await page.waitForSelector('html[lang="fr"][dir="ltr"]');
    await page.goto(`${s.url}/tetouan/`);
    await page.waitForSelector('html[lang="fr"][dir="ltr"]');
    await page.goto(`${s.url}/?lang=ar`);
    await page.waitForSelector('html[lang="ar"][dir="rtl"]');
    await page.goto(`${s.url}/mdiq/`);
    await page.waitForSelector('html[lang="ar"][dir="rtl"]');
    await page.context().close();
  });

  it('lets an agent created with the CLI into the staff area of their own commune only', async () => {
    const add = await s.cli([
      'user:add',
      '--email',
      'agent@tetouan.example',
      '--name',
      'Agent Tétouan',
      '--password',
      PASSWORD,
      '--role',
      'tetouan:agent',
    ]);
    expect(add.code, add.stderr).toBe(0);
    const page = await s.page();
    await page.goto(`${s.url}/tetouan/sign-in`);
    await page.getByLabel(translate('ar', 'portal.field.email')).fill('agent@tetouan.example');
    await page.getByLabel(translate('ar', 'portal.field.password')).fill(PASSWORD);
    await page.getByRole('button', { name: translate('ar', 'portal.signIn.submit') }).click();
    await page.getByRole('link', { name: translate('ar', 'portal.nav.staff') }).click();
    await page.getByRole('heading', { name: translate('ar', 'portal.staff.heading') }).waitFor();
    // The team tab lists the commune's staff, this agent included.
    await page.goto(`${s.url}/tetouan/staff/team`);
    await page.getByText('Agent Tétouan').first().waitFor();
    // The same account in another commune's portal: no staff link, and the area refuses.
    await page.goto(`${s.url}/asilah/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('link', { name: translate('ar', 'portal.nav.staff') }).count()).toBe(0);
    await page.goto(`${s.url}/asilah/staff`);
    await page.getByText(translate('ar', 'portal.staff.notAuthorised')).waitFor();
    await page.context().close();
  });

  it('shows the five communes on the dashboard, and a commune added by the CLI appears live with its own portal', async () => {
    const page = await s.page();
    await page.goto(`${s.url}/dashboard/`);
    await page.waitForSelector('html[dir="rtl"]');
    const table = page.locator('table', { has: page.getByText(translate('ar', 'dashboard.overview.caption')) });
    for (const c of COMMUNES) await table.getByRole('link', { name: c.names.ar }).first().waitFor();
    await expectNoDeveloperText(page);
    const add = await s.cli([
      'commune:add',
      '--slug',
      'larache',
      '--name-ar',
      'العرائش',
      '--name-fr',
      'Larache',
      '--name-es',
      'Larache',
      '--lat',
      '35.1932',
      '--lon',
      '-6.1557',
      '--population',
      '125008',
      '--source',
      'RGPH 2014',
    ]);
    expect(add.code, add.stderr).toBe(0);
    await table.getByRole('link', { name: 'العرائش' }).first().waitFor({ timeout: 15_000 });
    const portal = await s.page();
    await portal.goto(`${s.url}/larache/`);
    await portal.waitForSelector('html[lang="ar"][dir="rtl"]');
    await portal.getByText('العرائش').first().waitFor();
    await page.context().close();
    await portal.context().close();
  });

  it('answers /healthz and lists the communes on the landing page', async () => {
    expect(await (await fetch(`${s.url}/healthz`)).json()).toMatchObject({ ok: true, database: 'pglite' });
    const landing = await (await fetch(`${s.url}/`)).text();
    for (const c of COMMUNES) expect(landing).toContain(`href="/${c.slug}/"`);
    const page = await s.page();
    for (const lang of ['ar', 'fr', 'es'] as const) {
      await page.goto(`${s.url}/?lang=${lang}`);
      expect(await page.textContent('main')).toContain(REGION_NAME[lang]);
      // The communes in the page language's alphabetical order (Intl.Collator).
      const listed = await page.locator('main ul').first().getByRole('link').allTextContents();
      const names = COMMUNES.map((c) => c.names[lang]);
      expect(listed.filter((n) => names.includes(n))).toEqual(
        [...names].sort(new Intl.Collator(INTL_LOCALES[lang]).compare),
      );
      await expectNoDeveloperText(page);
    }
    await page.context().close();
  });
});

/** Server-only code that must never reach a browser bundle (the SDK imports the router's type only). */
const SERVER_MARKERS = [
  'kysely',
  'pglite',
  'fastify',
  'scrypt',
  'createCallerFactory',
  'password_hash',
  'audit_log_append_only',
  'pdf-lib',
  'sharp',
];

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : [];
  });
}

describe('frontend bundles', () => {
  const dists = [
    ...COMMUNES.map((c) => join(repoRoot, 'apps', c.slug, 'dist')),
    join(repoRoot, 'apps', 'dashboard', 'dist'),
    join(repoRoot, 'packages', 'portal', 'dist'),
  ];
  it.each(dists)('%s carries no server code', (dist) => {
    const files = jsFiles(dist);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      for (const marker of SERVER_MARKERS) expect(code.includes(marker), `${marker} in ${f}`).toBe(false);
    }
  });

  it('city apps share the portal instead of copying components', () => {
    for (const c of COMMUNES) {
      const src = readdirSync(join(repoRoot, 'apps', c.slug, 'src')).sort();
      // Its name and colours (identity.ts, also read by vite.config.ts), its configuration, its entry.
      expect(src).toEqual(['city.ts', 'identity.ts', 'main.tsx']);
    }
  });
});
