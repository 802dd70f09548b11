import { createShabakaClient } from '@shabaka/client';
import { translate, type Language, type TranslationKey } from '@shabaka/ui/i18n';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectFitsPhone, expectNoDeveloperText, PHONE, signInAs, useBuiltServer } from './harness';

const s = useBuiltServer();
const tr = (lang: Language, key: TranslationKey, values?: Record<string, string | number>) =>
  translate(lang, key, values);
const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** The residence certificate's name, and the Tetouan overrides from the seed (seed-procedures.ts), per language. */
const NAME: Record<'ar' | 'fr', string> = { ar: 'شهادة السكنى', fr: 'Certificat de résidence' };
const TETOUAN_OFFICE: Record<'ar' | 'fr', string> = {
  ar: 'الشباك رقم 3 — المكتب المركزي للحالة المدنية',
  fr: "Guichet n° 3 — Bureau central de l'état civil",
};
const TETOUAN: Record<'ar' | 'fr', string> = { ar: 'تطوان', fr: 'Tétouan' };
// Arabic, French, and French misspelt (missing letter, wrong vowel, no accent).
const QUERIES = ['شهادة السكنى', 'certificat de résidence', 'certifica de residance'];
const PASSWORD = 'e2e staff passphrase';
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);

/** The portal's own language switch (a labelled select), from whatever language the page is in. */
async function switchLanguage(page: Page, to: 'ar' | 'fr') {
  const label = new RegExp(`^(${(['ar', 'fr', 'es'] as const).map((l) => tr(l, 'common.language')).join('|')})$`);
  await page.getByRole('combobox', { name: label }).selectOption(to);
  await page.waitForSelector(`html[lang="${to}"][dir="${to === 'ar' ? 'rtl' : 'ltr'}"]`);
}

async function searchAndOpen(page: Page, lang: 'ar' | 'fr', q: string) {
  await page.goto(`${s.url}/tetouan/procedures`);
  await page.waitForSelector(`html[lang="${lang}"]`);
  const box = page.getByRole('searchbox', { name: tr(lang, 'procedures.search.label') });
  await box.fill(q);
  const results = page.getByRole('list', { name: tr(lang, 'procedures.search.resultsLabel') });
  const link = results.getByRole('link', { name: exactly(NAME[lang]) });
  await link.waitFor();
  // The live region announces the count of what is listed.
  const count = await results.locator(':scope > li').count();
  await expect
    .poll(() => page.getByTestId('procedures-search-status').textContent())
    .toBe(tr(lang, 'procedures.search.count', { count }));
  await link.click();
  await page.getByRole('heading', { level: 1, name: exactly(NAME[lang]) }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/tetouan/procedures/residence-certificate');
}

async function expectTetouanValues(page: Page, lang: 'ar' | 'fr') {
  const facts = page.getByTestId('procedure-facts');
  await facts.getByText(TETOUAN_OFFICE[lang]).waitFor();
  await expect.poll(() => facts.textContent()).toContain(tr(lang, 'procedures.days', { count: 2 }));
  // Tetouan's own values are marked as such (office, fee, hours, delay: four overrides).
  expect(await facts.getByText(tr(lang, 'procedures.overridden', { commune: TETOUAN[lang] })).count()).toBe(4);
  // Saturday morning, which the network template does not have.
  expect(await facts.textContent()).toContain(tr(lang, 'procedures.day.sat'));
}

async function signIn(email: string) {
  const page = await s.page();
  await signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });
  return page;
}

/** The terms (dt) a service point's card shows, in order. */
const termsOf = (page: Page, code: string) => page.locator(`li[data-point="${code}"] dt`).allTextContents();

describe('the procedures catalogue in Chromium on /tetouan/procedures', () => {
  it('finds the residence certificate in French then in Arabic, with Tetouan’s own values, and prints its sheet', async () => {
    const page = await s.page();
    await page.goto(`${s.url}/tetouan/procedures`);
    await page.waitForSelector('html[lang="ar"]');

    for (const lang of ['fr', 'ar'] as const) {
      await switchLanguage(page, lang);
      for (const q of QUERIES) {
        await searchAndOpen(page, lang, q);
        await expectTetouanValues(page, lang);
      }
      // Its legal basis is seeded "to verify": citizens read it plainly (staff see the doubt).
      await expectNoDeveloperText(page);

      // The printable sheet, from the page's own link.
      const print = page.getByRole('link', { name: tr(lang, 'procedures.print') });
      const href = await print.getAttribute('href');
      expect(href).toBe('/procedures/tetouan/residence-certificate/sheet.pdf');
      const res = await fetch(new URL(href!, page.url()));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getTitle()).toBe('Certificat de résidence — Tétouan');
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    }
    await page.context().close();
  });

  it('compares the procedure across the five communes, Tetouan’s differences highlighted', async () => {
    const page = await s.page();
    await page.goto(`${s.url}/tetouan/procedures/residence-certificate`);
    await page.getByRole('link', { name: tr('ar', 'procedures.compareLink') }).click();
    const table = page.getByRole('table', { name: tr('ar', 'procedures.compare.caption', { name: NAME.ar }) });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((r) => r.getAttribute('data-commune')).sort())).toEqual([
      'asilah',
      'chefchaouen',
      'ksar-el-kebir',
      'mdiq',
      'tetouan',
    ]);
    for (const name of ['تطوان', 'أصيلة', 'شفشاون', 'القصر الكبير', 'المضيق']) {
      await expect
        .poll(() => table.getByRole('rowheader', { name: new RegExp(name) }).count(), { message: name })
        .toBe(1);
    }
    // Tetouan charges 5 MAD where the network template is free; Asilah keeps the template.
    const tetouanFee = table.locator('tbody tr[data-commune="tetouan"] td').first();
    expect(await tetouanFee.getAttribute('class')).toContain('pr-diff');
    expect(await tetouanFee.textContent()).toContain(tr('ar', 'procedures.compare.differs'));
    const asilahFee = table.locator('tbody tr[data-commune="asilah"] td').first();
    expect(await asilahFee.textContent()).toBe(tr('ar', 'procedures.fee.free'));
    await page.context().close();
  });

  it('lets a Tetouan department head change the fee (errors on the field), see the history and revert', async () => {
    const r = await s.cli([
      'user:add',
      '--email',
      'head@tetouan.example',
      '--name',
      'Rachida Head',
      '--password',
      PASSWORD,
      '--role',
      'tetouan:department_head',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const sdk = createShabakaClient({ url: s.url });
    const fee = async () =>
      (await sdk.procedures.get.query({ commune: 'tetouan', code: 'residence-certificate' })).feeMad;
    expect(await fee()).toBe(5);

    const page = await signIn('head@tetouan.example');
    await page.goto(`${s.url}/tetouan/staff/procedures`);
    await page
      .getByRole('table', { name: tr('ar', 'procedures.desk.caption') })
      .getByRole('link', { name: exactly(NAME.ar) })
      .click();

    // A negative fee: refused by the server, and said on the fee field.
    const feeBox = page.getByRole('textbox', { name: field(tr('ar', 'procedures.field.feeMad')) });
    await feeBox.fill('-3');
    await page.getByRole('button', { name: tr('ar', 'procedures.desk.save') }).click();
    await page.getByText(tr('ar', 'procedures.error.field.feeMad')).waitFor();
    await expect.poll(() => feeBox.getAttribute('aria-invalid')).toBe('true');
    expect(await fee()).toBe(5);

    await feeBox.fill('7.5');
    await page.getByRole('button', { name: tr('ar', 'procedures.desk.save') }).click();
    await page.getByText(/^تم الحفظ: النسخة \d+\.$/).waitFor();
    expect(await fee()).toBe(7.5);

    // The history shows who changed it; the previous version brings 5 MAD back.
    const history = page.getByRole('table', { name: tr('ar', 'procedures.desk.historyCaption') });
    await history.getByRole('cell', { name: 'Rachida Head' }).waitFor();
    const versions = await history.locator('tbody th a').allTextContents();
    const latest = Math.max(...versions.map(Number));
    await history.getByRole('link', { name: tr('ar', 'procedures.desk.view', { version: latest - 1 }) }).click();
    await page.getByRole('button', { name: tr('ar', 'procedures.desk.revert') }).click();
    await page.getByText(tr('ar', 'procedures.desk.reverted', { from: latest - 1, version: latest + 1 })).waitFor();
    expect(await fee()).toBe(5);
    await page.context().close();
  });

  it('shows the commune’s service points on the places page, filtered by kind', async () => {
    const page = await s.page();
    await page.goto(`${s.url}/tetouan/procedures/places`);
    const all = (await sdkPoints()).length;
    await page.getByRole('heading', { name: tr('ar', 'procedures.places.count', { count: all }) }).waitFor();
    // Seeded accessibility guesses stay in the desk until checked on site.
    await expectNoDeveloperText(page);
    await page.getByLabel(tr('ar', 'procedures.places.kind')).selectOption('civil_status_annex');
    const annexes = (await sdkPoints('civil_status_annex')).length;
    expect(annexes).toBeGreaterThan(0);
    expect(annexes).toBeLessThan(all);
    await page.getByRole('heading', { name: tr('ar', 'procedures.places.count', { count: annexes }) }).waitFor();
    await page.context().close();

    function sdkPoints(kind?: 'civil_status_annex') {
      return createShabakaClient({ url: s.url }).servicePoints.list.query({
        commune: 'tetouan',
        ...(kind ? { kind } : {}),
      });
    }
  });

  it('lets the department head add a service point that citizens then find on the procedure page, and remove it with a reason', async () => {
    const sdk = createShabakaClient({ url: s.url });
    const pointsFor = async () =>
      (
        await sdk.servicePoints.forProcedure.query({ commune: 'tetouan', code: 'residence-certificate' })
      ).servicePoints.map((p) => p.code);
    const page = await signIn('head@tetouan.example');
    await page.goto(`${s.url}/tetouan/staff/procedures/places`);
    await page.getByRole('link', { name: tr('ar', 'procedures.points.new') }).click();
    const box = (key: TranslationKey) => page.getByRole('textbox', { name: field(tr('ar', key)) });
    await box('procedures.points.field.code').fill('e2e-annex');
    await page.getByLabel(field(tr('ar', 'procedures.points.col.kind'))).selectOption('civil_status_annex');
    await box('procedures.points.field.nameAr').fill('ملحقة الاختبار');
    await box('procedures.points.field.nameFr').fill('Annexe de test');
    await box('procedures.points.field.nameEs').fill('Anexo de prueba');
    for (const l of ['Ar', 'Fr', 'Es'] as const)
      await box(`procedures.points.field.address${l}`).fill('Avenue Mohammed V');
    await box('procedures.points.field.lat').fill('35.5712');
    await box('procedures.points.field.lon').fill('-5.3724');
    // Hours that do not read: said on the field, nothing sent.
    await box('procedures.field.hours').fill('lundi 8h');
    await page.getByRole('checkbox', { name: NAME.ar }).check();
    await page.getByRole('button', { name: tr('ar', 'procedures.points.save') }).click();
    await page.getByText(tr('ar', 'procedures.error.field.hours')).waitFor();
    await box('procedures.field.hours').fill('mon-fri 08:30-16:30');
    await page.getByRole('button', { name: tr('ar', 'procedures.points.save') }).click();
    await page.getByText(tr('ar', 'procedures.points.created')).waitFor();
    expect(await pointsFor()).toContain('e2e-annex');

    const citizen = await s.page();
    await citizen.goto(`${s.url}/tetouan/procedures/residence-certificate`);
    await citizen.getByRole('heading', { name: 'ملحقة الاختبار' }).waitFor();
    await citizen.context().close();

    await page.getByRole('link', { name: 'ملحقة الاختبار' }).click();
    const reason = page.getByRole('textbox', { name: field(tr('ar', 'procedures.points.removeReason')) });
    await reason.fill('خطأ');
    await page.getByRole('button', { name: tr('ar', 'procedures.points.remove') }).click();
    await page.getByText(tr('ar', 'procedures.error.field.reason')).waitFor();
    expect(await pointsFor()).toContain('e2e-annex');
    await reason.fill('أضيف للاختبار فقط');
    await page.getByRole('button', { name: tr('ar', 'procedures.points.remove') }).click();
    await page.getByText(tr('ar', 'procedures.points.removed', { name: 'ملحقة الاختبار' })).waitFor();
    expect(await pointsFor()).not.toContain('e2e-annex');
    await page.context().close();
  });

  it('lets the department head give a place its street address, phone and directions; citizens see only what is filled (issue 12 §3)', async () => {
    const HALL = { ar: 'مقر جماعة تطوان', fr: 'Hôtel de ville de Tétouan' };
    const ADDRESS = {
      ar: 'شارع محمد الخامس، تطوان',
      fr: 'Avenue Mohammed V, Tétouan',
      es: 'Avenida Mohammed V, Tetuán',
    };
    const DIRECTIONS = {
      ar: 'قبالة ساحة الفدان، الحافلة رقم 7',
      fr: 'Face à la place Feddane, bus n° 7',
      es: 'Frente a la plaza Feddane, autobús n.º 7',
    };
    const page = await signIn('head@tetouan.example');
    await page.setViewportSize(PHONE);
    await page.goto(`${s.url}/tetouan/staff/procedures/places`);
    await page.getByRole('link', { name: HALL.ar }).click();
    // The seeded hours are a guess: staff are told who checks them, citizens do not see them.
    await page.getByText(tr('ar', 'procedures.points.guess.hours')).waitFor();
    const address = page.getByRole('group', { name: tr('ar', 'procedures.points.group.address') });
    const directions = page.getByRole('group', { name: tr('ar', 'procedures.points.group.directions') });
    const box = (group: typeof address, key: TranslationKey) =>
      group.getByRole('textbox', { name: field(tr('ar', key)) });
    const phone = page.getByRole('textbox', { name: field(tr('ar', 'procedures.point.phone')) });
    const save = page.getByRole('button', { name: tr('ar', 'procedures.points.save') });

    // A half-written address and a number that is not a phone: each said on its own box, nothing sent.
    await box(address, 'procedures.points.field.addressAr').fill(ADDRESS.ar);
    await box(address, 'procedures.points.field.addressFr').fill(ADDRESS.fr);
    await phone.fill('0539 12');
    await save.click();
    await page.getByText(tr('ar', 'procedures.error.field.phone')).waitFor();
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => box(address, 'procedures.points.field.addressEs').getAttribute('aria-invalid'))
      .toBe('true');
    expect(await box(address, 'procedures.points.field.addressFr').getAttribute('aria-invalid')).not.toBe('true');
    // The staff form, its warnings and errors, on a phone too.
    await expectFitsPhone(page);

    await box(address, 'procedures.points.field.addressEs').fill(ADDRESS.es);
    for (const [l, text] of Object.entries(DIRECTIONS))
      await box(directions, `procedures.points.field.directions${l === 'ar' ? 'Ar' : l === 'fr' ? 'Fr' : 'Es'}`).fill(
        text,
      );
    await phone.fill('0539 96 10 20');
    await page.getByRole('checkbox', { name: tr('ar', 'procedures.points.confirm.hours') }).check();
    await save.click();
    await page.getByText(tr('ar', 'procedures.points.saved')).waitFor();
    const hall = (await createShabakaClient({ url: s.url }).servicePoints.list.query({ commune: 'tetouan' })).find(
      (p) => p.code === 'town-hall',
    )!;
    expect(hall).toMatchObject({ address: ADDRESS, directions: DIRECTIONS, phone: '0539 96 10 20' });
    // The accessibility note is still a guess: kept from citizens.
    expect(hall.accessibility).toBeNull();

    // The citizen, on a phone: the filled fields, a number to call; nothing for what nobody filled.
    const citizen = await s.page();
    await citizen.setViewportSize(PHONE);
    await citizen.goto(`${s.url}/tetouan/procedures/places`);
    const card = citizen.locator('li[data-point="town-hall"]');
    await card.getByText(ADDRESS.ar).waitFor();
    await card.getByText(DIRECTIONS.ar).waitFor();
    expect(await card.getByRole('link', { name: '0539 96 10 20' }).getAttribute('href')).toBe('tel:+212539961020');
    expect(await termsOf(citizen, 'town-hall')).toEqual([
      tr('ar', 'procedures.point.address'),
      tr('ar', 'procedures.point.directions'),
      tr('ar', 'procedures.point.hours'),
      tr('ar', 'procedures.point.phone'),
    ]);
    // A seeded annex nobody has filled: its name and kind, no empty or invented line.
    expect(await termsOf(citizen, 'civil-status-annex-1')).toEqual([]);
    await expectNoDeveloperText(citizen);
    await expectFitsPhone(citizen);

    // "Where to go" on the procedure page says the same, in French too, and so does the map's pin.
    await citizen.goto(`${s.url}/tetouan/procedures/residence-certificate`);
    await citizen.locator('li[data-point="town-hall"]').getByText(ADDRESS.ar).waitFor();
    await expectFitsPhone(citizen);
    await switchLanguage(citizen, 'fr');
    const frCard = citizen.locator('li[data-point="town-hall"]');
    await frCard.getByText(ADDRESS.fr).waitFor();
    await frCard.getByText(DIRECTIONS.fr).waitFor();
    // Hours in the page's language.
    expect(await frCard.textContent()).toContain(tr('fr', 'procedures.day.mon'));
    // The map loads as it comes near the screen (LazyMap): scrolled to, its pin opens a popup.
    await frCard.scrollIntoViewIfNeeded();
    await citizen.getByRole('button', { name: `${HALL.fr} — ${tr('fr', 'procedures.kind.town_hall')}` }).click();
    const popup = citizen.locator('.cx-popup');
    await popup.getByText(ADDRESS.fr).waitFor();
    expect(await popup.getByRole('link', { name: '0539 96 10 20' }).getAttribute('href')).toBe('tel:+212539961020');
    await expectNoDeveloperText(citizen);
    await expectFitsPhone(citizen);

    // Cleared by staff: the phone line goes from the citizen's page.
    await phone.fill('');
    await save.click();
    await expect
      .poll(
        async () =>
          (await createShabakaClient({ url: s.url }).servicePoints.list.query({ commune: 'tetouan' })).find(
            (p) => p.code === 'town-hall',
          )!.phone,
      )
      .toBeNull();
    await citizen.goto(`${s.url}/tetouan/procedures/places`);
    await citizen.locator('li[data-point="town-hall"]').getByText(ADDRESS.fr).waitFor();
    expect(await termsOf(citizen, 'town-hall')).toEqual([
      tr('fr', 'procedures.point.address'),
      tr('fr', 'procedures.point.directions'),
      tr('fr', 'procedures.point.hours'),
    ]);
    for (const p of [citizen, page]) await p.context().close();
  });
});
