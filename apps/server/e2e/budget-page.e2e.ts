import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import { afterAll, describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

// "A budget you can read" (issue 16). Not to be confused with budget.e2e.ts, the first-load weight budget.
const s = useClockedServer();
const PASSWORD = 'e2e budget page passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
const dir = mkdtempSync(join(tmpdir(), 'shabaka-e2e-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the budget in Chromium, in Arabic on /asilah/', () => {
  it('staff import a year with one bad line, see it named, fix it, publish; the public page shows the figures and their tables', async () => {
    await s.user('budget-head@asilah.example', PASSWORD, ['asilah:department_head']);
    const year = Number(s.now().toISOString().slice(0, 4));
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signInAs(desk, `${s.url}/asilah`, { email: 'budget-head@asilah.example', password: PASSWORD });
    await desk.goto(`${s.url}/asilah/staff/budget`);
    await desk.waitForSelector('html[dir="rtl"]');
    await desk
      .getByRole('heading', { name: ar('budget.desk.title') })
      .first()
      .waitFor();
    await expectNoDeveloperText(desk, 'budget desk (ar)');
    await expectFitsPhone(desk, 'budget desk (ar)');
    await expectAxeClean(desk, 'budget desk (ar)');

    // The template: its BOM and header are the import's.
    const download = desk.waitForEvent('download');
    await desk.getByRole('button', { name: ar('budget.desk.csv.template') }).click();
    const template = readFileSync((await (await download).path())!, 'utf8');
    const header = template.split('\r\n')[0]!;
    expect(header).toBe(
      '\uFEFFdirection,part,chapter,article,paragraph,line,label_ar,label_fr,label_es,forecast_initial,forecast_amended,committed,paid,collected',
    );
    const good = [
      header,
      'revenue,functioning,10,10,20,11,حصة الجماعة من الضريبة على القيمة المضافة,Part de la TVA,,20000000,,,,15000000.50',
      'expenditure,functioning,20,10,10,11,أجور الموظفين,Traitements du personnel,,12000000,12500000,11000000,10400000.25,',
      'expenditure,investment,40,10,10,11,تهيئة الطرق,Aménagement de la voirie,,6000000,,3000000,1500000,',
    ];
    // First a slip on line 3: paid above committed. The line and column are named, in Arabic; nothing applies.
    const slip = join(dir, 'slip.csv');
    writeFileSync(slip, good.map((l) => l.replace('11000000,10400000.25', '11000000,11400000')).join('\r\n'));
    await desk.getByLabel(new RegExp(`^${ar('budget.desk.csv.year')}`)).fill(String(year));
    await desk.getByLabel(ar('budget.desk.csv.file'), { exact: true }).setInputFiles(slip);
    await desk.getByRole('button', { name: ar('budget.desk.csv.import') }).click();
    await desk.getByText(ar('budget.desk.csv.refused')).waitFor();
    await desk
      .getByText(
        ar('budget.desk.csv.issue', {
          line: '3',
          column: 'paid',
          message: ar('budget.csv.rule.paid_over_committed'),
        }),
      )
      .waitFor();
    await expectAxeClean(desk, 'budget desk with a refused line (ar)');
    const anon = createShabakaClient({ url: s.url });
    expect(await anon.budget.years.query({ commune: 'asilah' })).toEqual([]);

    // Fixed, imported: a draft version, then published.
    const file = join(dir, 'budget.csv');
    writeFileSync(file, good.join('\r\n'));
    await desk.getByLabel(ar('budget.desk.csv.file'), { exact: true }).setInputFiles(file);
    await desk.getByRole('button', { name: ar('budget.desk.csv.import') }).click();
    await desk.getByText(ar('budget.desk.csv.done', { year, version: 1, lines: '3' })).waitFor();
    const bar = desk.getByRole('progressbar', { name: ar('budget.desk.csv.progress') });
    expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
    await desk.getByRole('button', { name: ar('budget.desk.versions.publishName', { year, version: 1 }) }).click();
    await desk
      .getByText(/^نشرت في/)
      .first()
      .waitFor();
    await expectAxeClean(desk, 'budget desk after publishing (ar)');
    await expectFitsPhone(desk, 'budget desk after publishing (ar)');

    // The public page: words, charts with written values, the same figures in tables with headers.
    const citizen = await s.page();
    await citizen.setViewportSize(PHONE);
    await citizen.goto(`${s.url}/asilah/budget?lang=ar`);
    await citizen.waitForSelector('html[dir="rtl"]');
    await citizen.getByRole('heading', { level: 1, name: ar('budget.title') }).waitFor();
    await citizen.getByRole('figure', { name: ar('budget.to.caption', { year }) }).waitFor();
    const table = citizen.getByRole('table', { name: ar('budget.table.expenditure', { year }) });
    await table.waitFor();
    await table.getByRole('columnheader', { name: ar('budget.table.paid') }).waitFor();
    const row = table.getByRole('row', { name: /أجور الموظفين/ });
    await row.getByRole('rowheader', { name: 'أجور الموظفين' }).waitFor();
    const paid = new Intl.NumberFormat('ar-MA', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
      10_400_000.25,
    );
    await row.getByRole('cell', { name: paid }).waitFor();
    // 10,400,000.25 of 12,500,000 paid: 83 %, written in the chart and the table.
    await row.getByRole('cell', { name: /83/ }).waitFor();
    await citizen
      .getByText(/\(83 %\)|83/)
      .first()
      .waitFor();
    await expectNoDeveloperText(citizen, 'budget page (ar)');
    await expectFitsPhone(citizen, 'budget page (ar)');
    await expectAxeClean(citizen, 'budget page (ar)');

    // The data package downloads from the page: the CSV resource the descriptor names.
    const pkg = citizen.waitForEvent('download');
    await citizen.getByRole('button', { name: ar('budget.data.package') }).click();
    const descriptor = JSON.parse(readFileSync((await (await pkg).path())!, 'utf8')) as {
      profile: string;
      resources: { path: string }[];
      model: { measures: Record<string, { currency: string }> };
    };
    expect(descriptor.profile).toBe('fiscal-data-package');
    expect(descriptor.model.measures.paid?.currency).toBe('MAD');
    const csv = citizen.waitForEvent('download');
    await citizen.getByRole('button', { name: ar('budget.data.csv') }).click();
    expect((await csv).suggestedFilename()).toBe(descriptor.resources[0]!.path);
    // The same page in French and Spanish: their words, no raw key, on a phone.
    for (const lang of ['fr', 'es'] as const) {
      await citizen.goto(`${s.url}/asilah/budget?lang=${lang}`);
      await citizen.waitForSelector('html[dir="ltr"]');
      await citizen
        .getByRole('table', { name: translate(lang, 'budget.table.expenditure', { year }) })
        // The line has no Spanish label: Spanish readers get the French one.
        .getByRole('rowheader', { name: 'Traitements du personnel' })
        .waitFor();
      await expectNoDeveloperText(citizen, `budget page (${lang})`);
      await expectFitsPhone(citizen, `budget page (${lang})`);
      await expectAxeClean(citizen, `budget page (${lang})`);
    }

    await citizen.context().close();
    await desk.context().close();
  });
});
