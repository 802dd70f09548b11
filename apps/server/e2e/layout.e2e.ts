import { createShabakaClient } from '@shabaka/client';
import { LANGUAGES, translate, type Language } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectFitsPhone, expectNoDeveloperText, PHONE, useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e layout passphrase';
async function expectFits(page: Page, path: string, lang: Language, { staff = false } = {}) {
  await page.goto(`${s.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  await page.waitForSelector(`html[lang="${lang}"]`);
  await page.locator('main h1, body h1').first().waitFor();
  // Maps load only as they come near the screen: scrolled to, they are measured too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Lazy parts (lists, maps) settle before measuring: no spinner or map placeholder left.
  // (Not "network idle": live pages keep an event stream open.)
  await page.waitForFunction(() => !document.querySelector('.shb-loading, .shb-map-placeholder'), null, {
    timeout: 15_000,
  });
  // No raw key and, on a citizen's page, no note meant for staff, in any language.
  await expectNoDeveloperText(page, `${path} (${lang})`, { staff });
  await expectFitsPhone(page, `${path} (${lang})`);
}

describe('every page fits a 360 px phone, in Arabic, French and Spanish', () => {
  let code = '';
  const publicPaths = () => [
    '/',
    '/verify',
    '/dashboard/',
    '/tetouan/',
    '/tetouan/complaints',
    '/tetouan/complaints/new',
    `/tetouan/track/${code}`,
    '/tetouan/procedures',
    '/tetouan/procedures/places',
    '/tetouan/procedures/residence-certificate',
    '/tetouan/procedures/residence-certificate/compare',
    '/tetouan/information',
    '/tetouan/information/new',
    '/tetouan/information/published',
    '/tetouan/sign-in',
    '/tetouan/sign-up',
  ];

  it.each(LANGUAGES)('public pages, the landing, verification and dashboard pages (%s)', async (lang) => {
    if (!code) {
      const anon = createShabakaClient({ url: s.url });
      const categoryId = (await anon.complaints.categories.query({ commune: 'tetouan' }))[0]!.id;
      const complaint = await anon.complaints.submit.mutate({
        commune: 'tetouan',
        categoryId,
        description: 'إنارة عمومية معطلة في الشارع الرئيسي منذ أسبوعين، قرب المدرسة الابتدائية.',
        address: 'شارع محمد الخامس، تطوان',
        contact: { name: 'مواطن', email: 'layout.citizen@example.ma' },
        replyChannel: 'email',
      });
      code = complaint.code;
    }
    const page = await s.page();
    await page.setViewportSize(PHONE);
    for (const path of publicPaths()) await expectFits(page, path, lang);
    await page.context().close();
  });

  it('every tab of the staff area, and the account page', async () => {
    const add = await s.cli([
      'user:add',
      '--email',
      'admin@tetouan.example',
      '--name',
      'Admin Tétouan',
      '--password',
      PASSWORD,
      '--role',
      'tetouan:commune_admin',
    ]);
    expect(add.code, add.stderr).toBe(0);
    const page = await s.page();
    await page.setViewportSize(PHONE);
    await page.goto(`${s.url}/tetouan/sign-in?lang=ar`);
    await page.getByLabel(translate('ar', 'portal.field.email')).fill('admin@tetouan.example');
    await page.getByLabel(translate('ar', 'portal.field.password')).fill(PASSWORD);
    await page.getByRole('button', { name: translate('ar', 'portal.signIn.submit') }).click();
    await page.getByRole('link', { name: translate('ar', 'portal.nav.account') }).waitFor();
    // Every tab the desk shows a commune admin, found on the page (a new module's too).
    await page.goto(`${s.url}/tetouan/staff`);
    const tabs = page.getByRole('navigation', { name: translate('ar', 'desk.tabs.label') }).getByRole('link');
    await tabs.first().waitFor();
    const staffPaths = await tabs.evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(staffPaths.length).toBeGreaterThanOrEqual(6);
    for (const lang of LANGUAGES) {
      for (const path of [...staffPaths, '/tetouan/account']) await expectFits(page, path, lang, { staff: true });
    }
    await page.context().close();
  });
});

describe('a phone does not pay for what is below the first screen', () => {
  it('loads the complaint form without Leaflet or the form’s checks until the citizen scrolls to the map or touches a field; the map’s words follow a language switch', async () => {
    const page = await s.page();
    await page.setViewportSize(PHONE);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const chunk = (name: string) => fetched.some((path) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(path));
    await page.goto(`${s.url}/tetouan/complaints/new`);
    await page.locator('main h1').waitFor();
    const placeholder = page.locator('.shb-map-placeholder');
    await placeholder.waitFor();
    await page.waitForTimeout(500);
    expect(chunk('leaflet'), 'Leaflet before the map is near the screen').toBe(false);
    expect(chunk('validate'), 'the checks before the form is touched').toBe(false);
    // Touching a field brings the checks; scrolling to the map brings the map.
    await page.locator('main textarea').first().focus();
    await expect.poll(() => chunk('validate')).toBe(true);
    // (Focusing the field may have scrolled the map near enough already.)
    await page.evaluate(() => document.querySelector('.shb-map-placeholder')?.scrollIntoView());
    await page.getByTestId('complaint-map-picker').waitFor();
    expect(chunk('leaflet')).toBe(true);
    // The map outlives a language switch, and so must its words: controls and attribution.
    const attribution = page.locator('.leaflet-control-attribution');
    await expect
      .poll(() => attribution.textContent())
      .toContain(translate('ar', 'common.map.attribution', { source: '' }).trim());
    const languages = new RegExp(`^(${LANGUAGES.map((l) => translate(l, 'common.language')).join('|')})$`);
    await page.getByRole('combobox', { name: languages }).selectOption('fr');
    await page.waitForSelector('html[lang="fr"]');
    await expect
      .poll(() => attribution.textContent())
      .toContain(translate('fr', 'common.map.attribution', { source: '' }).trim());
    expect(await attribution.textContent()).not.toContain(
      translate('ar', 'common.map.attribution', { source: '' }).trim(),
    );
    await page.getByRole('button', { name: translate('fr', 'common.map.zoomIn') }).waitFor();
    await page.context().close();
  });
});

describe('a portal paints before its scripts run', () => {
  it('shows the commune’s header band and emblem from the HTML alone, then the app replaces it with nothing left over', async () => {
    const page = await s.page();
    await page.setViewportSize(PHONE);
    // No script at all: what a phone shows while the scripts are still on their way.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${s.url}/tetouan/`);
    const band = page.locator('#root .shb-header');
    await band.waitFor();
    expect((await band.boundingBox())?.height).toBeGreaterThan(40);
    expect(await page.locator('#root .portal-emblem text').textContent()).toBe('T');
    expect(await band.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 111, 80)');
    // With scripts, the portal takes over: one header, the commune's name in it.
    await page.unroute('**/*.js');
    await page.goto(`${s.url}/tetouan/?lang=ar`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('.shb-header').count()).toBe(1);
    expect(await page.locator('.shb-header .shb-title').textContent()).toBe('تطوان');
    await page.context().close();
  });
});
