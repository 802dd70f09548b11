import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e pac projects passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey, values?: Record<string, string | number>) =>
  new RegExp(`^${ar(key, values).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
/** A 1×1 PNG: the photo a phone would send, re-encoded by the server like any other. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const dir = mkdtempSync(join(tmpdir(), 'shabaka-e2e-pac-projects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });

/** A day `n` days from the server's today, as YYYY-MM-DD in Morocco. */
const dayAhead = (n: number) =>
  new Date(s.now().getTime() + n * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Africa/Casablanca' });
const text = (ar: string, fr: string) => ({ ar, fr });

describe('the PAC projects followed in Chromium, in Arabic on /tetouan/', () => {
  it('staff update a sub-project by CSV, the public page shows it, and the signed annual report says it and verifies', async () => {
    await s.user('projects-agent@tetouan.example', PASSWORD, ['tetouan:agent', 'tetouan:department_head']);
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'projects-agent@tetouan.example',
      password: PASSWORD,
    });
    const staff = createShabakaClient({ url: s.url, token });
    await staff.pac.projects.save.mutate({
      commune: 'tetouan',
      project: {
        code: 'P-01',
        title: text('إنارة حي المحنش', 'Éclairage de Mhannech'),
        axis: text('الإنارة العمومية', 'Éclairage public'),
        neighbourhood: text('المحنش', 'Mhannech'),
        lat: 35.584,
        lon: -5.364,
        startsOn: dayAhead(-200),
        endsOn: dayAhead(200),
        status: 'under_way',
        progress: 0,
        budgetPlanned: 1_200_000,
        budgetCommitted: 900_000,
        budgetPaid: 400_000,
        subprojects: [
          { code: 'P-01.1', title: text('الدراسة', 'Étude'), weight: 1, progress: 100 },
          { code: 'P-01.2', title: text('تركيب الأعمدة', 'Pose des candélabres'), weight: 3, progress: 20 },
        ],
      },
      milestones: [
        { title: text('انتهاء الدراسة', 'Étude terminée'), plannedOn: dayAhead(-100), doneOn: dayAhead(-90) },
        { title: text('أول شارع مضاء', 'Première rue éclairée'), plannedOn: dayAhead(10), doneOn: null },
      ],
    });
    await staff.petitions.createSession.mutate({ commune: 'tetouan', kind: 'ordinary', opensOn: dayAhead(30) });

    // The desk on a phone: the current file downloads, its BOM and header as the import expects.
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signIn(desk, 'projects-agent@tetouan.example');
    await desk.goto(`${s.url}/tetouan/staff/projects`);
    await desk.waitForSelector('html[dir="rtl"]');
    await desk.getByRole('heading', { name: ar('pacProjects.desk.title') }).waitFor();
    await expectNoDeveloperText(desk, 'projects desk (ar)');
    await expectFitsPhone(desk, 'projects desk (ar)');
    await expectAxeClean(desk, 'projects desk (ar)');
    const download = desk.waitForEvent('download');
    await desk.getByRole('button', { name: ar('pacProjects.desk.csv.export') }).click();
    const exported = readFileSync((await (await download).path())!, 'utf8');
    expect(exported.startsWith('\uFEFFkind,code,')).toBe(true);
    // P-01.2's progress goes from 20 % to 80 % in the spreadsheet.
    const edited = exported
      .split('\r\n')
      .map((l) => (l.startsWith('subproject,P-01.2,') ? l.replace(/,3,20,,,$/, ',3,80,,,') : l))
      .join('\r\n');
    expect(edited).not.toBe(exported);
    // First a slip: 150 % on P-01.2's line. The line and column are named, in Arabic, and nothing is applied.
    const slip = join(dir, 'slip.csv');
    writeFileSync(slip, edited.replace(',3,80,,,', ',3,150,,,'));
    await desk.getByLabel(ar('pacProjects.desk.csv.file'), { exact: true }).setInputFiles(slip);
    await desk.getByRole('button', { name: ar('pacProjects.desk.csv.import') }).click();
    await desk.getByText(ar('pacProjects.desk.csv.refused')).waitFor();
    await desk
      .getByText(
        ar('pacProjects.desk.csv.issue', {
          line: '4',
          column: 'progress',
          message: ar('pacProjects.csv.rule.progress'),
        }),
      )
      .waitFor();
    await expectAxeClean(desk, 'projects desk with a refused line (ar)');
    expect((await staff.pac.projects.get.query({ commune: 'tetouan', code: 'P-01' })).progress).toBe(40);
    const file = join(dir, 'projects.csv');
    writeFileSync(file, edited);
    await desk.getByLabel(ar('pacProjects.desk.csv.file'), { exact: true }).setInputFiles(file);
    await desk.getByRole('button', { name: ar('pacProjects.desk.csv.import') }).click();
    await desk.getByText(ar('pacProjects.desk.csv.done', { created: '0', updated: '1', unchanged: '0' })).waitFor();
    const bar = desk.getByRole('progressbar', { name: ar('pacProjects.desk.csv.progress') });
    expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
    await expectAxeClean(desk, 'projects desk after the import (ar)');

    // By screen: the paid amount past the committed one is refused under its box, then saved; a milestone photo.
    await desk.getByLabel(ar('pacProjects.desk.edit.choose'), { exact: true }).selectOption('P-01');
    const paid = desk.getByLabel(field('pacProjects.budget.paid'));
    await paid.fill('950000');
    await desk.getByRole('button', { name: ar('pacProjects.desk.edit.save') }).click();
    await desk.getByText(ar('pacProjects.error.field.budgetPaid')).waitFor();
    expect(await paid.getAttribute('aria-invalid')).toBe('true');
    await paid.fill('500000');
    // The milestone planned ahead is marked done today (the report's milestones of the year read it).
    await desk
      .getByLabel(ar('pacProjects.desk.edit.milestoneDone', { title: 'أول شارع مضاء' }), { exact: true })
      .fill(dayAhead(0));
    await desk.getByRole('button', { name: ar('pacProjects.desk.edit.save') }).click();
    await desk.getByText(ar('pacProjects.desk.edit.saved')).waitFor();
    await desk
      .getByLabel(ar('pacProjects.desk.edit.photo', { title: 'انتهاء الدراسة' }), { exact: true })
      .setInputFiles({ name: 'works.png', mimeType: 'image/png', buffer: PNG });
    await expect
      .poll(
        async () =>
          (await staff.pac.projects.get.query({ commune: 'tetouan', code: 'P-01' })).milestones[0]!.photos.length,
      )
      .toBe(1);
    await expectAxeClean(desk, 'projects desk, a project open (ar)');
    await expectFitsPhone(desk, 'projects desk, a project open (ar)');

    // The public page shows the new progress: (1×100 + 3×80) / 4 = 85 %.
    const citizen = await s.page();
    await citizen.setViewportSize(PHONE);
    await citizen.goto(`${s.url}/tetouan/pac/projects?lang=ar`);
    await citizen.getByRole('heading', { level: 1, name: ar('pacProjects.title') }).waitFor();
    await citizen.getByRole('heading', { name: /P-01/ }).waitFor();
    await expectNoDeveloperText(citizen, 'projects list (ar)');
    await expectFitsPhone(citizen, 'projects list (ar)');
    await expectAxeClean(citizen, 'projects list (ar)');
    await citizen.getByRole('link', { name: ar('pacProjects.open', { code: 'P-01' }) }).click();
    await citizen.getByRole('heading', { level: 1, name: /P-01/ }).waitFor();
    const progress = citizen.getByRole('progressbar').first();
    expect(await progress.getAttribute('value')).toBe('85');
    await citizen
      .getByText(ar('pacProjects.progressText', { value: '85' }))
      .first()
      .waitFor();
    await citizen
      .getByText(ar('pacProjects.milestone.done', { date: '' }).trim())
      .first()
      .waitFor();
    await expectNoDeveloperText(citizen, 'project page (ar)');
    await expectFitsPhone(citizen, 'project page (ar)');
    await expectAxeClean(citizen, 'project page (ar)');

    // The annual report in Arabic, attached to the council's session: signed, says 85 %, verifies.
    await desk.getByLabel(ar('pacProjects.desk.report.session'), { exact: true }).selectOption({ index: 1 });
    await desk.getByRole('button', { name: ar('pacProjects.desk.report.generate') }).click();
    await desk.getByText(ar('pacProjects.desk.report.issued')).waitFor();
    const pdfLink = desk.getByRole('link', { name: /PDF/ }).first();
    const pdfHref = (await pdfLink.getAttribute('href'))!;
    const code = /[A-Z]+-DOC-\d{4}-\d{6}/.exec(pdfHref)![0];
    const pdf = await desk.request.get(`${s.url}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    const pdfFile = join(dir, 'report.pdf');
    writeFileSync(pdfFile, await pdf.body());
    const reportText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }).replace(
      /[\u202A-\u202E]/g,
      '',
    );
    expect(reportText).toMatch(/P-01.*(% 85|85 %)/);
    // The milestone done today is among the year's; in an Arabic line poppler reads a date's digits right to left.
    const today = dayAhead(0);
    expect(reportText).toMatch(new RegExp(`${today}|${today.split('-').reverse().join('-')}`));
    await desk.getByRole('link', { name: ar('pacProjects.report.verify', { code }) }).click();
    await desk.waitForURL(new RegExp(`/verify/${code}`));
    await desk.getByText(ar('verify.status.valid')).first().waitFor();

    // The public list now names the report with its verification link.
    await citizen.goto(`${s.url}/tetouan/pac/projects?lang=ar`);
    await citizen.getByRole('link', { name: ar('pacProjects.report.verify', { code }) }).waitFor();
    await citizen.context().close();
    await desk.context().close();
  });
});
