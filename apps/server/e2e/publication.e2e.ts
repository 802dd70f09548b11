import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e publication passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/mdiq`, { email, password: PASSWORD });

describe('proactive publication in Chromium, in Arabic on /mdiq/', () => {
  it('an admin starts from article 10’s list and publishes the budget; the public page and the dashboard say it is up to date', async () => {
    await s.user('publication-admin@mdiq.example', PASSWORD, ['mdiq:commune_admin']);
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signIn(desk, 'publication-admin@mdiq.example');
    await desk.goto(`${s.url}/mdiq/staff/publication`);
    await desk.waitForSelector('html[dir="rtl"]');
    // The list's wording is to verify: staff are told so.
    await desk.getByText(ar('publication.desk.toVerify')).waitFor();
    await desk.getByRole('button', { name: ar('publication.desk.start') }).click();
    const budgetTitle = 'الميزانية والحسابات';
    await desk.getByRole('button', { name: ar('publication.desk.editItem', { title: budgetTitle }) }).click();
    // A date without an address is refused under the address box; then corrected.
    const today = s.now().toLocaleDateString('en-CA', { timeZone: 'Africa/Casablanca' });
    await desk.getByLabel(field('publication.field.updatedOn')).fill(today);
    await desk.getByRole('button', { name: ar('publication.desk.save') }).click();
    await desk.getByText(ar('publication.error.reason.published_nowhere')).first().waitFor();
    // Corrected with both: the address where it is published and the PDF the commune publishes itself.
    await desk.getByLabel(field('publication.field.url')).fill('https://mdiq.example.ma/budget-2026.pdf');
    await desk.getByLabel(field('publication.field.file')).setInputFiles({
      name: 'budget-2026.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% budget 2026 of Mdiq\n%%EOF\n'),
    });
    await desk.getByText(ar('publication.desk.chosenFile', { name: 'budget-2026.pdf' })).waitFor();
    await desk.getByRole('button', { name: ar('publication.desk.save') }).click();
    await desk.getByText(ar('publication.desk.counts', { fresh: 1, stale: 0, unpublished: 8 })).waitFor();
    await desk.getByRole('link', { name: ar('publication.desk.currentFile', { name: 'budget-2026.pdf' }) }).waitFor();
    await expectNoDeveloperText(desk, 'publication desk (ar)');
    await expectFitsPhone(desk, 'publication desk (ar)');
    await expectAxeClean(desk, 'publication desk (ar)');

    // A visitor on a phone reads the list: one of nine up to date, the budget's link and its state in words.
    const visitor = await s.page();
    await visitor.setViewportSize(PHONE);
    await visitor.goto(`${s.url}/mdiq/publication?lang=ar`);
    await visitor.getByRole('heading', { level: 1, name: ar('publication.title') }).waitFor();
    await visitor.getByText(ar('publication.summary', { fresh: 1, items: 9 })).waitFor();
    await visitor.getByRole('link', { name: ar('publication.read', { title: budgetTitle }) }).waitFor();
    // The file is served as the commune published it, to anyone, from a stable address.
    const download = visitor.getByRole('link', { name: ar('publication.download', { title: budgetTitle }) });
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/published\/mdiq\/[0-9a-f-]{36}$/);
    const file = await fetch(`${s.url}${href}`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(await file.text()).toContain('budget 2026 of Mdiq');
    await visitor.getByText(ar('publication.status.fresh')).first().waitFor();
    await expectNoDeveloperText(visitor, 'publication page (ar)');
    await expectFitsPhone(visitor, 'publication page (ar)');
    await expectAxeClean(visitor, 'publication page (ar)');

    // The network's dashboard: M'diq's share of fresh items.
    await visitor.goto(`${s.url}/dashboard/?lang=ar`);
    await visitor
      .locator('[data-section="publication"] tr[data-commune="mdiq"] [data-figure="fresh-share"]')
      .getByText(ar('dashboard.publication.percent', { value: 11 }))
      .waitFor();
    await expectAxeClean(visitor, 'dashboard with publication (ar)');
    await desk.context().close();
    await visitor.context().close();
  });
});
