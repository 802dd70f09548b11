import { readFile } from 'node:fs/promises';
import { validateOpenDataCsv, type OpenDataTableSchema } from '@shabaka/api';
import { unzipSync } from 'fflate';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e open data passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
const TITLE = 'دليل المساطر الإدارية';

async function signIn(page: Page, email: string) {
  await page.goto(`${s.url}/tetouan/sign-in?lang=ar`);
  await page.getByLabel(ar('portal.field.email')).fill(email);
  await page.getByLabel(ar('portal.field.password')).fill(PASSWORD);
  await page.getByRole('button', { name: ar('portal.signIn.submit') }).click();
  await page.getByRole('link', { name: ar('portal.nav.account') }).waitFor();
}

describe('open data in Chromium, in Arabic on /tetouan/', () => {
  it('staff publish the procedures catalogue; a visitor downloads its CSV, which validates against its schema, and finds it in the DCAT catalogue', async () => {
    await s.user('open-data-admin@tetouan.example', PASSWORD, ['tetouan:commune_admin']);
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signIn(desk, 'open-data-admin@tetouan.example');
    await desk.goto(`${s.url}/tetouan/staff/open-data`);
    await desk.waitForSelector('html[dir="rtl"]');
    const publish = desk.getByRole('button', { name: ar('openData.desk.publish', { title: TITLE }) });
    await publish.click();
    // "Version 1 of … published (n lines)": the count is the seed's, so only the words before it are matched.
    const published = ar('openData.desk.published', { version: 1, title: TITLE, rows: 0 }).split('(')[0]!.trim();
    await desk.getByText(published, { exact: false }).waitFor();
    // The same data again is refused, in words.
    await publish.click();
    await desk.getByText(ar('openData.error.reason.unchanged')).waitFor();
    await expectNoDeveloperText(desk, 'open-data desk (ar)');
    await expectFitsPhone(desk, 'open-data desk (ar)');
    await expectAxeClean(desk, 'open-data desk (ar)');

    // A visitor on a phone opens the catalogue, then the dataset's page, and downloads the CSV.
    const visitor = await s.page();
    await visitor.setViewportSize(PHONE);
    await visitor.goto(`${s.url}/tetouan/open-data?lang=ar`);
    await visitor.waitForSelector('html[dir="rtl"]');
    await visitor.getByRole('heading', { level: 1, name: ar('openData.title') }).waitFor();
    await expectNoDeveloperText(visitor, 'open-data catalogue (ar)');
    await expectFitsPhone(visitor, 'open-data catalogue (ar)');
    await expectAxeClean(visitor, 'open-data catalogue (ar)');
    const dcatHref = await visitor.getByRole('link', { name: ar('openData.dcat') }).getAttribute('href');
    await visitor.getByRole('link', { name: ar('openData.open', { title: TITLE }) }).click();
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await visitor.getByRole('columnheader', { name: ar('openData.field.constraints') }).waitFor();
    await visitor.getByRole('cell', { name: 'name_ar', exact: true }).waitFor();
    await expectNoDeveloperText(visitor, 'open-data dataset (ar)');
    await expectFitsPhone(visitor, 'open-data dataset (ar)');
    await expectAxeClean(visitor, 'open-data dataset (ar)');

    const [download] = await Promise.all([
      visitor.waitForEvent('download'),
      visitor.getByRole('link', { name: ar('openData.file.csv') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tetouan-procedures-v1.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^code,name_ar,name_fr,name_es,/);
    expect(csv.split('\r\n').length).toBeGreaterThan(3);

    // Its Table Schema, at the address the page links to; the file validates against it.
    const schemaHref = await visitor.getByRole('link', { name: ar('openData.file.schema') }).getAttribute('href');
    expect(schemaHref).toBe('/open-data/tetouan/procedures/v1.schema.json');
    const schema = (await (await fetch(`${s.url}${schemaHref}`)).json()) as OpenDataTableSchema;
    expect(validateOpenDataCsv(csv, schema)).toEqual([]);
    // A broken copy does not (the checker is not a formality).
    expect(validateOpenDataCsv(csv.replace(/\r\n[^,]+,/, '\r\n,'), schema).map((e) => e.field)).toContain('code');

    // The catalogue for machines: DCAT in JSON-LD, listing the dataset and its download address.
    const res = await fetch(`${s.url}${dcatHref}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const catalog = (await res.json()) as {
      '@type': string;
      'dcat:dataset': { 'dct:identifier': string; 'dcat:distribution': { 'dcat:downloadURL': { '@id': string } }[] }[];
    };
    expect(catalog['@type']).toBe('dcat:Catalog');
    const entry = catalog['dcat:dataset'].find((d) => d['dct:identifier'] === 'tetouan/procedures');
    expect(entry!['dcat:distribution'][0]!['dcat:downloadURL']['@id']).toBe(
      `${s.url}/open-data/tetouan/procedures/v1.csv`,
    );
    const again = await fetch(entry!['dcat:distribution'][0]!['dcat:downloadURL']['@id']);
    expect(await again.text()).toBe(csv);
    expect(again.headers.get('cache-control')).toMatch(/immutable/);
    // latest.csv is the same bytes and names its version; an unknown version is a 404.
    const latest = await fetch(`${s.url}/open-data/tetouan/procedures/latest.csv`);
    expect(latest.headers.get('content-location')).toBe('/open-data/tetouan/procedures/v1.csv');
    expect(await latest.text()).toBe(csv);
    expect((await fetch(`${s.url}/open-data/tetouan/procedures/v2.csv`)).status).toBe(404);
    // The network's catalogue lists it too; the bundle for the national portal holds the catalogue and the files.
    const network = (await (await fetch(`${s.url}/open-data/catalog.jsonld`)).json()) as typeof catalog;
    expect(network['dcat:dataset'].map((d) => d['dct:identifier'])).toContain('tetouan/procedures');
    const zip = await fetch(`${s.url}/open-data/tetouan/export.zip`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'catalog.jsonld',
      'tetouan/procedures/v1.README.md',
      'tetouan/procedures/v1.csv',
      'tetouan/procedures/v1.datapackage.json',
      'tetouan/procedures/v1.schema.json',
    ]);
    expect(new TextDecoder().decode(files['tetouan/procedures/v1.csv'])).toBe(csv);

    // The network's dashboard: Tetouan has published one dataset of the catalogue's eight.
    await visitor.goto(`${s.url}/dashboard/?lang=ar`);
    await visitor
      .locator('[data-section="open-data"] tr[data-commune="tetouan"] [data-figure="published"]')
      .getByText(ar('dashboard.openData.count', { published: 1, datasets: 8 }))
      .waitFor();
    await expectAxeClean(visitor, 'dashboard with open data (ar)');
    await desk.context().close();
    await visitor.context().close();
  });
});
