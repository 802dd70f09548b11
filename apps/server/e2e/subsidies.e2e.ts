import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectFitsPhone, expectNoDeveloperText, PHONE, signInAs, useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e subsidies passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);

async function account(email: string, role?: string) {
  const r = await s.cli([
    'user:add',
    '--email',
    email,
    '--name',
    email.split('@')[0]!.replace(/\./g, ' '),
    '--password',
    PASSWORD,
    ...(role ? ['--role', role] : []),
  ]);
  expect(r.code, r.stderr).toBe(0);
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD });
  return createShabakaClient({ url: s.url, token });
}

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });

const year = new Date().getFullYear();
const PDF = Buffer.from('%PDF-1.4\n% accounts of the subsidy\n%%EOF\n');

describe('the open subsidy ledger in Chromium, in Arabic on /tetouan/', () => {
  it('staff record, plan, sign and pay a subsidy; the ledger shows it and its document verifies; the representative files a report', async () => {
    const staff = await account('subsidies.agent@tetouan.example', 'tetouan:agent');
    await account('subsidies.head@tetouan.example', 'tetouan:department_head');
    const association = await staff.associations.create.mutate({
      commune: 'tetouan',
      names: { ar: 'جمعية النور للتربية', fr: 'Association Nour pour l’éducation' },
      object: 'Soutien scolaire et activités culturelles pour les jeunes du quartier.',
      sectors: ['education'],
      seatNeighbourhood: 'Al Mellah',
      constitutedOn: '2018-01-15',
      rib: '011640000012300045678912',
    });
    const rep = await account('nour.rep@example.ma');
    const asked = await rep.associations.requestRepresentation.mutate({
      commune: 'tetouan',
      id: association.id,
      role: 'الرئيس',
    });
    await staff.associations.decideRepresentative.mutate({ commune: 'tetouan', id: asked.id, decision: 'verify' });

    // The agent records the council's subsidy at the desk, then its plan.
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signIn(desk, 'subsidies.agent@tetouan.example');
    await desk.goto(`${s.url}/tetouan/staff/subsidies`);
    await desk.getByRole('heading', { name: ar('subsidies.desk.title') }).waitFor();
    await desk.getByLabel(field('subsidies.grant.association')).selectOption({ label: 'جمعية النور للتربية' });
    await desk.getByLabel(field('subsidies.grant.projectAr')).fill('دعم مدرسي لتلاميذ المدينة العتيقة');
    await desk.getByLabel(field('subsidies.grant.projectFr')).fill('Soutien scolaire des élèves de la médina');
    await desk.getByLabel(field('subsidies.grant.amount')).fill('12,5');
    await desk.getByLabel(field('subsidies.grant.deliberation')).fill(`Délibération n° 21/${year}`);
    await desk.getByRole('button', { name: ar('subsidies.grant.submit') }).click();
    // A bad amount is refused under its field, in Arabic; nothing is recorded.
    await desk.getByLabel(field('subsidies.grant.amount')).and(desk.locator('[aria-invalid="true"]')).waitFor();
    expect((await staff.subsidies.staffList.query({ commune: 'tetouan' })).length).toBe(0);
    await desk.getByLabel(field('subsidies.grant.amount')).fill('60000');
    await desk.getByRole('button', { name: ar('subsidies.grant.submit') }).click();
    await desk.getByText(ar('subsidies.grant.done', { kind: 'convention' })).waitFor();
    await expectNoDeveloperText(desk, 'subsidies desk (ar)', { staff: true });
    await expectFitsPhone(desk, 'subsidies desk (ar)');

    await desk.locator('summary', { hasText: 'دعم مدرسي لتلاميذ المدينة العتيقة' }).click();
    // The plan's fields, within the subsidy opened (the grant form below has an amount too).
    const item = desk.locator('details', { hasText: 'دعم مدرسي لتلاميذ المدينة العتيقة' });
    await item.getByLabel(field('subsidies.plan.deliverablesFr')).fill('Soixante élèves suivis chaque semaine');
    await item.getByLabel(field('subsidies.plan.deliverablesAr')).fill('تتبع ستين تلميذا كل أسبوع');
    await item.getByLabel(field('subsidies.plan.amount')).fill('40000');
    await item.getByLabel(field('subsidies.plan.dueOn')).first().fill(`${year}-01-02`);
    await item.getByRole('button', { name: ar('subsidies.plan.addTranche') }).click();
    await item.getByLabel(field('subsidies.plan.amount')).nth(1).fill('20000');
    await item.getByLabel(field('subsidies.plan.dueOn')).nth(1).fill(`${year}-12-01`);
    // The report's date (the third date field once two tranches are listed).
    await desk
      .getByLabel(field('subsidies.plan.dueOn'))
      .nth(2)
      .fill(`${year + 1}-01-31`);
    await item.getByRole('button', { name: ar('subsidies.plan.submit') }).click();
    await desk.getByText(ar('subsidies.plan.saved')).waitFor();
    await desk.context().close();

    // The head of department signs and records the first tranche.
    const head = await s.page();
    await signIn(head, 'subsidies.head@tetouan.example');
    await head.goto(`${s.url}/tetouan/staff/subsidies`);
    await head.locator('summary', { hasText: 'دعم مدرسي لتلاميذ المدينة العتيقة' }).click();
    await head.getByRole('button', { name: ar('subsidies.sign.submit', { kind: 'convention' }) }).click();
    const signed = head.getByRole('status').getByText(/TET-DOC-\d{4}-\d{6}/);
    await signed.waitFor();
    const code = /TET-DOC-\d{4}-\d{6}/.exec((await signed.textContent()) ?? '')![0];
    await head.reload();
    await head.locator('summary', { hasText: 'دعم مدرسي لتلاميذ المدينة العتيقة' }).click();
    await head.getByLabel(field('subsidies.pay.paidOn')).fill(`${year}-01-03`);
    await head.getByLabel(field('subsidies.pay.ref')).fill(`OP-${year}-0099`);
    await head.getByRole('button', { name: ar('subsidies.pay.submit') }).click();
    await head.getByText(ar('subsidies.pay.done', { n: 1 })).waitFor();
    await head.context().close();

    // Anyone reads it in the ledger, with no bank details or payment reference, and the convention verifies.
    const visitor = await s.page();
    await visitor.setViewportSize(PHONE);
    await visitor.goto(`${s.url}/tetouan/subsidies?lang=ar`);
    await visitor.waitForSelector('html[dir="rtl"]');
    await visitor.getByRole('heading', { level: 2, name: 'دعم مدرسي لتلاميذ المدينة العتيقة' }).waitFor();
    const body = (await visitor.locator('main').textContent()) ?? '';
    expect(body).toContain('جمعية النور للتربية');
    expect(body).not.toContain('011640000012300045678912');
    expect(body).not.toContain(`OP-${year}-0099`);
    await expectNoDeveloperText(visitor, 'ledger (ar)');
    await expectFitsPhone(visitor, 'ledger (ar)');
    await visitor.getByRole('link', { name: ar('subsidies.entry.verify', { code }) }).click();
    await visitor.waitForURL(`**/verify/${code}`);
    expect((await visitor.locator('section.status h2').textContent())?.replace(/^[✓⚠✗?]\s*/u, '').trim()).toBe(
      ar('verify.status.valid'),
    );
    const csv = await (await fetch(`${s.url}/open-data/tetouan/subsidies.csv?year=${year}`)).text();
    expect(csv).toContain(',60000,40000,');
    await visitor.context().close();

    // The representative files the final report from the account page.
    const page = await s.page();
    await page.setViewportSize(PHONE);
    await signIn(page, 'nour.rep@example.ma');
    await page.goto(`${s.url}/tetouan/account`);
    await page.getByRole('heading', { name: ar('subsidies.mine.title') }).waitFor();
    await page
      .getByLabel(field('subsidies.report.narrative'))
      .fill('تتبعنا اثنين وستين تلميذا طيلة السنة، والحصيلة مرفقة.');
    await page
      .getByLabel(field('subsidies.report.financialFile'))
      .setInputFiles({ name: 'comptes.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: ar('subsidies.report.submit') }).click();
    await page.getByText(ar('subsidies.report.sent')).waitFor();
    await expectNoDeveloperText(page, 'account with subsidies (ar)');
    await expectFitsPhone(page, 'account with subsidies (ar)');
    const [report] = (await staff.subsidies.staffList.query({ commune: 'tetouan' }))[0]!.reports;
    expect(report).toMatchObject({ state: 'filed', hasFinancialFile: true });
    await page.context().close();
  });
});
