import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e bulletins passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
const field = (key: TranslationKey) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
const dir = mkdtempSync(join(tmpdir(), 'shabaka-e2e-bulletins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tab from the top of the page until `href` has the focus: the link is reachable by keyboard alone. */
async function tabTo(page: Page, href: string, max = 80) {
  await page.locator('body').focus();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === href) return;
  }
  throw new Error(`${href} was not reached by Tab`);
}

describe('bulletins of management results in Chromium, in Arabic on /tetouan/', () => {
  it('an editor generates the quarter’s bulletin, writes the editors’ text and approves it; the page and the signed PDF appear and verify', async () => {
    await s.user('bulletins-editor@tetouan.example', PASSWORD, ['tetouan:commune_admin']);
    // A complaint this quarter, so the figures say something.
    const categories = await createShabakaClient({ url: s.url }).complaints.categories.query({ commune: 'tetouan' });
    await createShabakaClient({ url: s.url }).complaints.submit.mutate({
      commune: 'tetouan',
      categoryId: categories[0]!.id,
      description: 'The street lamp in front of the school has been off for two weeks.',
      location: { lat: 35.5712, lon: -5.3721 },
      replyChannel: 'portal',
    });
    const today = s.now().toLocaleDateString('en-CA', { timeZone: 'Africa/Casablanca' });
    const year = Number(today.slice(0, 4));
    const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
    const period = ar('bulletins.period.quarter', { year: String(year), quarter });

    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signInAs(desk, `${s.url}/tetouan`, { email: 'bulletins-editor@tetouan.example', password: PASSWORD });
    await desk.goto(`${s.url}/tetouan/staff/bulletins`);
    await desk.waitForSelector('html[dir="rtl"]');
    await desk.getByRole('heading', { name: ar('bulletins.desk.title') }).waitFor();
    await desk.getByLabel(field('bulletins.desk.year')).selectOption(String(year));
    await desk.getByLabel(field('bulletins.desk.quarter')).selectOption(String(quarter));
    await desk.getByRole('button', { name: ar('bulletins.desk.generate') }).click();
    // The draft opens with its figures computed now, and the boxes for the editors' words.
    await desk.getByText(ar('bulletins.desk.live')).waitFor();
    await desk.getByLabel(field('bulletins.desk.editorialAr')).fill('تحسنت معالجة الشكايات خلال هذا الفصل.');
    await desk
      .getByLabel(field('bulletins.desk.editorialFr'))
      .fill('Le traitement des réclamations s’est amélioré ce trimestre.');
    await desk.getByRole('button', { name: ar('bulletins.desk.save') }).click();
    await desk.getByText(ar('bulletins.desk.saved')).waitFor();
    await expectNoDeveloperText(desk, 'bulletins desk (ar)');
    await expectFitsPhone(desk, 'bulletins desk (ar)');
    await expectAxeClean(desk, 'bulletins desk (ar)');
    await desk.getByRole('button', { name: ar('bulletins.desk.approve') }).click();
    await desk.getByText(ar('bulletins.desk.published')).waitFor({ timeout: 30_000 });
    await desk.getByRole('link', { name: ar('bulletins.desk.publicPage') }).waitFor();

    // A visitor on a phone: the archive lists it at its stable address; the page reads the frozen figures.
    const visitor = await s.page();
    await visitor.setViewportSize(PHONE);
    await visitor.goto(`${s.url}/tetouan/bulletins?lang=ar`);
    await visitor.getByRole('heading', { level: 1, name: ar('bulletins.title') }).waitFor();
    await expectNoDeveloperText(visitor, 'bulletins archive (ar)');
    await expectFitsPhone(visitor, 'bulletins archive (ar)');
    await expectAxeClean(visitor, 'bulletins archive (ar)');
    await visitor.getByRole('link', { name: ar('bulletins.open', { period }) }).click();
    await visitor.waitForURL(new RegExp(`/tetouan/bulletins/${year}-q${quarter}$`));
    await visitor.getByRole('heading', { level: 1, name: new RegExp(period) }).waitFor();
    await visitor.getByText('تحسنت معالجة الشكايات خلال هذا الفصل.').waitFor();
    const received = visitor.locator('[data-section="complaints"] tr[data-figure="received"] td');
    expect(Number(await received.innerText())).toBeGreaterThanOrEqual(1);
    await visitor
      .getByRole('link', { name: ar('bulletins.source', { dataset: ar('bulletins.dataset.complaints') }) })
      .waitFor();
    await expectNoDeveloperText(visitor, 'bulletin page (ar)');
    await expectFitsPhone(visitor, 'bulletin page (ar)');
    await expectAxeClean(visitor, 'bulletin page (ar)');

    // The signed PDF in Arabic, reached by keyboard: downloads, carries the figures, and verifies.
    const pdfLink = visitor.getByRole('link', {
      name: ar('bulletins.signedPdf', { language: ar('bulletins.language.ar') }),
    });
    const pdfHref = (await pdfLink.getAttribute('href'))!;
    await tabTo(visitor, pdfHref);
    const pdf = await visitor.request.get(`${s.url}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    const file = join(dir, 'bulletin.pdf');
    writeFileSync(file, await pdf.body());
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /[\u202A-\u202E]/g,
      '',
    );
    expect(text).toContain('الشكايات المتوصل بها');
    const code = /[A-Z]+-DOC-\d{4}-\d{6}/.exec(pdfHref)![0];
    await visitor.getByRole('link', { name: ar('bulletins.verify', { code }) }).click();
    await visitor.waitForURL(new RegExp(`/verify/${code}`));
    await visitor.getByText(ar('verify.status.valid')).first().waitFor();
    await expectAxeClean(visitor, 'verification of the bulletin (ar)');

    // The network bulletin on the coordinators' dashboard: Tetouan's approved figures for the quarter, the others
    // not published.
    await visitor.goto(`${s.url}/dashboard/?lang=ar`);
    const network = visitor.locator('[data-section="bulletins"]');
    await network.getByLabel(field('bulletins.desk.year')).selectOption(String(year));
    await network.getByLabel(field('bulletins.desk.quarter')).selectOption(String(quarter));
    await network.locator('tr[data-commune="tetouan"] a').waitFor();
    await network
      .locator('tr[data-commune="asilah"] [data-figure="complaints.received"]')
      .getByText(ar('bulletins.network.none'))
      .waitFor();
    await expectAxeClean(visitor, 'dashboard with the network bulletin (ar)');
    await desk.context().close();
    await visitor.context().close();
  });
});
