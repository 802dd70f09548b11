import { createShabakaClient } from '@shabaka/client';
import { LANGUAGE_COOKIE, LANGUAGES, translate, type Language, type TranslationKey } from '@shabaka/ui/i18n';
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
    '/tetouan/associations',
    '/tetouan/rooms',
    '/tetouan/subsidies',
    '/tetouan/calls',
    '/tetouan/pac',
    '/tetouan/pac/draft',
    '/tetouan/pac/unanswered',
    '/tetouan/pac/projects',
    '/tetouan/pac/priorities',
    '/tetouan/pac/workshops',
    '/tetouan/pac/consultations',
    '/tetouan/petitions',
    '/tetouan/petitions/new',
    '/tetouan/publication',
    '/tetouan/budget',
    '/tetouan/open-data',
    '/tetouan/open-data/procedures',
    '/tetouan/instances',
    '/tetouan/committee',
    '/tetouan/bulletins',
    '/tetouan/sign-in',
    '/tetouan/sign-up',
    '/tetouan/forgot-password',
    // Opened without the link's secret: the "incomplete link" alert (with it: the confirm button).
    '/tetouan/verify-email',
    '/tetouan/reset-password',
    // An unsubscribe link opened without its token: the "incomplete link" alert.
    '/tetouan/unsubscribe',
    // A phone that follows cases by SMS lists them (the number's step).
    '/tetouan/phone',
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
    // No page error on any of them: a written page whose data arrives while it hydrates
    // must not render something the build did not write (React #418, the page rendered again).
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    await page.setViewportSize(PHONE);
    for (const path of publicPaths()) await expectFits(page, path, lang);
    expect(errors).toEqual([]);
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
      // The action plan's desk has tabs of its own (the plan's and the draft's long forms).
      for (const path of [
        ...staffPaths,
        '/tetouan/staff/pac/plan',
        '/tetouan/staff/pac/draft',
        '/tetouan/staff/pac/workshops/new',
        '/tetouan/staff/pac/consultations/new',
        '/tetouan/account',
        '/tetouan/account/notifications',
      ])
        await expectFits(page, path, lang, { staff: true });
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
  // Each public page without parameters, as its build wrote it (prerender.tsx), with its
  // words in each language: what a phone shows while the scripts are still on their way.
  const BUILT = [
    ['/tetouan/', 'main h1', { ar: 'تطوان', fr: 'Tétouan', es: 'Tetuán' }],
    ['/tetouan/complaints/new', 'main h1', 'complaints.new.title'],
    ['/tetouan/procedures', 'main h1', 'procedures.title'],
    ['/tetouan/information', 'main h1', 'information.title'],
    ['/tetouan/associations', 'main h1', 'associations.title'],
    ['/tetouan/sign-in', 'main h1', 'portal.signIn.heading'],
  ] as const;

  it('sends each public page written out, in the language the reader chose, with no raw key and nothing usable before the app', async () => {
    const page = await s.page();
    await page.setViewportSize(PHONE);
    await page.route('**/*.js', (route) => route.abort());
    for (const lang of LANGUAGES) {
      // The choice is remembered in a cookie (the portal's own and the server's pages read it).
      await page.context().addCookies([{ name: LANGUAGE_COOKIE, value: lang, url: s.url }]);
      for (const [path, heading, words] of BUILT) {
        await page.goto(`${s.url}${path}`);
        expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
        expect(await page.getAttribute('html', 'dir'), path).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        const expected = typeof words === 'string' ? translate(lang, words as TranslationKey) : words[lang];
        expect((await page.locator(heading).first().textContent())?.trim(), `${path} (${lang})`).toBe(expected);
        await expectNoDeveloperText(page, `${path} (${lang}, no script)`);
        await expectFitsPhone(page, `${path} (${lang}, no script)`);
        // Typing before the app has taken over would be lost: every control waits for it.
        expect(await page.locator('#root :is(input, select, textarea, button):not([disabled])').count()).toBe(0);
      }
    }
    // `?lang=` wins over the cookie, as it does once the script runs.
    await page.goto(`${s.url}/tetouan/complaints/new?lang=fr`);
    expect(await page.locator('main h1').textContent()).toBe(translate('fr', 'complaints.new.title'));
    const band = page.locator('#root .shb-header');
    expect(await band.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 111, 80)');
    await page.context().close();
  });

  it('then the app takes the page over (hydrated: the same page, usable, nothing doubled, no hydration error)', async () => {
    const page = await s.page();
    await page.setViewportSize(PHONE);
    await page.goto(`${s.url}/tetouan/complaints/new?lang=ar`);
    const description = page.locator('textarea[name="description"]');
    await description.fill('الإنارة العمومية معطلة في الزقاق'); // waits for the app's enabled field
    expect(await page.locator('.shb-header').count()).toBe(1);
    expect(await page.locator('main h1').count()).toBe(1);
    expect(await page.locator('form').count()).toBe(1);
    expect(await description.inputValue()).toBe('الإنارة العمومية معطلة في الزقاق');
    expect(await page.locator('.shb-header .shb-title').textContent()).toBe('تطوان');
    // What this device remembers is not in the built page: React adopts the page, then shows it,
    // without a hydration error.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const recent = {
      kind: 'complaint',
      code: 'TET-2026-000042',
      secret: 'ABCD2345',
      commune: 'tetouan',
      at: new Date().toISOString(),
    };
    await page.evaluate((list) => localStorage.setItem('shabaka.cases', JSON.stringify(list)), [recent]);
    await page.goto(`${s.url}/tetouan/complaints?lang=ar`);
    await page.getByText('TET-2026-000042').first().waitFor();
    expect(errors).toEqual([]);
    // A page with no built copy (a tracking page) still opens: the app alone.
    await page.goto(`${s.url}/tetouan/track/TET-2026-000001?lang=fr`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('.shb-header').count()).toBe(1);
    await page.context().close();
  });
});
