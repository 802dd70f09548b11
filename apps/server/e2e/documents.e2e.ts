import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoDeveloperText, signInAs, useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e documents passphrase';
const AGENT = 'agent@mdiq.example';
const REVOKER = 'revoker@mdiq.example';
const CITIZEN = 'citizen@documents.example';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
const fr = (key: TranslationKey, values?: Record<string, string | number>) => translate('fr', key, values);
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey) => new RegExp(`^${escapeRe(ar(key))}(\\s*\\*)?$`);
const COMMUNES = ['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq'];

const signIn = (page: Page, slug: string, email: string) =>
  signInAs(page, `${s.url}/${slug}`, { email, password: PASSWORD });

/** The public verification page's status heading, in the page's language. */
async function verificationStatus(page: Page, code: string, lang?: 'fr') {
  await page.goto(`${s.url}/verify/${code}${lang ? `?lang=${lang}` : ''}`);
  await expectNoDeveloperText(page);
  return (await page.locator('section.status h2').textContent())?.replace(/^[✓⚠✗?]\s*/u, '').trim();
}

describe('signed documents in Chromium, in Arabic on /mdiq/', () => {
  it('an M’diq agent issues a residence certificate for electronic delivery; it verifies, then shows revoked', async () => {
    for (const [email, role] of [
      [AGENT, 'mdiq:agent'],
      [CITIZEN, null],
      [REVOKER, 'mdiq:commune_admin'],
    ] as const) {
      const r = await s.cli([
        'user:add',
        '--email',
        email,
        '--name',
        email,
        '--password',
        PASSWORD,
        ...(role ? ['--role', role] : []),
      ]);
      expect(r.code, r.stderr).toBe(0);
    }
    const agent = await s.page();
    await signIn(agent, 'mdiq', AGENT);
    await agent.goto(`${s.url}/mdiq/staff/documents`);
    await agent
      .getByRole('link', { name: ar('documents.nav.issue') })
      .first()
      .click();
    await agent.waitForSelector('html[dir="rtl"]');
    await expectNoDeveloperText(agent, 'documents desk', { staff: true });

    // A bad CIN comes back on its field, and nothing typed is lost.
    await agent.getByLabel(field('documents.issue.template')).selectOption('residence_certificate');
    await agent.getByLabel(field('documents.field.address')).fill('زنقة الحسن الثاني، رقم 12، المضيق');
    await agent.getByLabel(field('documents.field.recipientName')).fill('سلمى العلمي');
    await agent.getByLabel(field('documents.field.cin')).fill('123');
    await agent.getByRole('radio', { name: ar('documents.delivery.electronic') }).check();
    await agent.getByLabel(field('documents.field.requesterEmail')).fill(CITIZEN);
    await agent.getByRole('button', { name: ar('documents.issue.submit') }).click();
    await agent.getByText(ar('documents.error.field.recipient.cin')).waitFor();
    expect(await agent.getByLabel(field('documents.field.address')).inputValue()).toBe(
      'زنقة الحسن الثاني، رقم 12، المضيق',
    );
    expect(await agent.getByRole('radio', { name: ar('documents.delivery.electronic') }).isChecked()).toBe(true);

    await agent.getByLabel(field('documents.field.cin')).fill('AB123456');
    await agent.getByRole('button', { name: ar('documents.issue.submit') }).click();
    const code = (await agent.getByTestId('document-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z]{2,5}-DOC-\d{4}-\d{6}$/);
    await agent.getByText(ar('documents.issue.done.inAccount', { email: CITIZEN })).waitFor();
    // Electronic delivery: a download link that works without an account; no print button.
    expect(await agent.getByRole('link', { name: ar('documents.issue.done.print') }).count()).toBe(0);
    const link = new URL(await agent.getByTestId('document-download-link').inputValue());
    expect(link.pathname).toBe(`/documents/${code}.pdf`);
    expect(link.searchParams.get('token')).toBeTruthy();
    const pdf = await fetch(`${s.url}${link.pathname}${link.search}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await fetch(`${s.url}${link.pathname}`)).status).toBe(403);

    const visitor = await s.page();
    expect(await verificationStatus(visitor, code)).toBe(ar('verify.status.valid'));

    // The citizen finds it in their account.
    const citizen = await s.page();
    await signIn(citizen, 'tetouan', CITIZEN);
    await citizen.getByRole('link', { name: ar('portal.nav.account') }).click();
    const mine = citizen.locator(`li[data-code="${code}"]`);
    await mine.waitFor();
    expect(await mine.getByText(ar('documents.status.valid')).count()).toBe(1);
    expect(
      await mine
        .getByRole('link', { name: new RegExp(escapeRe(ar('documents.mine.downloadNamed', { code }))) })
        .getAttribute('href'),
    ).toBe(`/documents/${code}.pdf`);

    // The list finds it by code; agents issue but do not revoke (documents:revoke: commune admins).
    const findInList = async (page: Page) => {
      await page.getByRole('link', { name: ar('documents.nav.list') }).click();
      await page.getByLabel(ar('documents.list.search')).fill(code);
      await page.getByRole('button', { name: ar('documents.list.searchSubmit') }).click();
      await page.locator(`tr[data-code="${code}"]`).waitFor();
    };
    await findInList(agent);
    expect(await agent.getByRole('link', { name: ar('documents.list.revokeNamed', { code }) }).count()).toBe(0);
    // A commune admin revokes: a reason, then a confirmation.
    const revoker = await s.page();
    await signIn(revoker, 'mdiq', REVOKER);
    await revoker.goto(`${s.url}/mdiq/staff/documents`);
    await findInList(revoker);
    await revoker.getByRole('link', { name: ar('documents.list.revokeNamed', { code }) }).click();
    await revoker.getByRole('button', { name: ar('documents.revoke.submit') }).click();
    await revoker.getByRole('button', { name: ar('documents.revoke.yes') }).click();
    await revoker.getByText(ar('documents.error.field.reason')).waitFor();
    await revoker.getByLabel(field('documents.revoke.reason')).fill('صدرت بعنوان خاطئ');
    await revoker.getByRole('button', { name: ar('documents.revoke.submit') }).click();
    await revoker.getByRole('button', { name: ar('documents.revoke.yes') }).click();
    await revoker.getByText(ar('documents.revoke.done', { code })).waitFor();

    expect(await verificationStatus(visitor, code)).toBe(ar('verify.status.revoked'));
    await visitor.getByText('صدرت بعنوان خاطئ').waitFor();
    expect(await verificationStatus(visitor, code, 'fr')).toBe(fr('verify.status.revoked'));
    await citizen.reload();
    await mine.getByText(ar('documents.status.revoked')).waitFor();

    // A Tetouan agent can neither issue nor revoke for M'diq (the server decides, not the tabs).
    const r = await s.cli([
      'user:add',
      '--email',
      'agent@tetouan.example',
      '--name',
      'Tetouan agent',
      '--password',
      PASSWORD,
      '--role',
      'tetouan:agent',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'agent@tetouan.example',
      password: PASSWORD,
    });
    const tetouan = createShabakaClient({ url: s.url, token });
    await expect(
      tetouan.documents.revoke.mutate({ commune: 'mdiq', code, reason: 'not ours to revoke' }),
    ).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    for (const p of [agent, revoker, visitor, citizen]) await p.context().close();
  });

  it('in French: a paper certificate gets a Print button, and a commune admin rotates the key (the old one stays published)', async () => {
    const r = await s.cli([
      'user:add',
      '--email',
      'admin@mdiq.example',
      '--name',
      'Admin',
      '--password',
      PASSWORD,
      '--role',
      'mdiq:commune_admin',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const admin = await s.page('fr-MA');
    await signIn(admin, 'mdiq', 'admin@mdiq.example');
    await admin.getByLabel(ar('common.language')).selectOption('fr');
    await admin.waitForSelector('html[dir="ltr"]');
    await admin.goto(`${s.url}/mdiq/staff/documents/new`);
    const label = (key: TranslationKey) => new RegExp(`^${escapeRe(fr(key))}(\\s*\\*)?$`);
    await admin.getByLabel(label('documents.issue.template')).selectOption('administrative_certificate');
    await admin.getByLabel(label('documents.field.subject')).fill('Attestation de non-imposition');
    await admin
      .getByLabel(label('documents.field.statement'))
      .fill('L’intéressé n’est redevable d’aucune taxe communale.');
    await admin.getByLabel(label('documents.field.recipientName')).fill('Youssef Benali');
    await admin.getByLabel(label('documents.field.language')).selectOption('fr');
    await admin.getByRole('button', { name: fr('documents.issue.submit') }).click();
    const code = (await admin.getByTestId('document-code').textContent())!.trim();
    // Paper (the default): the prominent Print button opens the signed PDF, served to staff.
    const print = admin.getByRole('link', { name: new RegExp(`^${escapeRe(fr('documents.issue.done.print'))}`) });
    expect(await print.getAttribute('href')).toBe(`/documents/${code}.pdf`);
    expect(await admin.getByTestId('document-download-link').count()).toBe(0);
    const pdf = await admin.request.get(`${s.url}/documents/${code}.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // The list filters by type: the certificate of the first journey is a residence certificate.
    await admin.getByRole('link', { name: fr('documents.nav.list') }).click();
    await admin.getByLabel(fr('documents.list.template')).selectOption('administrative_certificate');
    await admin.locator(`tr[data-code="${code}"]`).waitFor();
    await expect.poll(() => admin.locator('tbody tr').count()).toBe(1);

    await admin.getByRole('link', { name: fr('documents.nav.keys') }).click();
    const keyId = admin.getByTestId('signing-key-id');
    const before = (await keyId.textContent())!.trim();
    await admin.getByRole('button', { name: fr('documents.keys.rotate') }).click();
    await admin.getByRole('button', { name: fr('documents.keys.yes') }).click();
    await admin.getByText(fr('documents.keys.done')).waitFor();
    await expect.poll(async () => (await keyId.textContent())?.trim()).not.toBe(before);
    await admin.locator('table', { hasText: before }).waitFor();
    const published = (await (await fetch(`${s.url}/.well-known/shabaka-keys.json`)).json()) as {
      keys: { keyId: string; commune: string }[];
    };
    expect(published.keys.filter((k) => k.commune === 'mdiq').map((k) => k.keyId)).toContain(before);
    // Signed with the retired key, the document still verifies.
    expect(await verificationStatus(admin, code, 'fr')).toBe(fr('verify.status.valid'));
    await admin.context().close();
  });

  it('shows the Law 31-13 compliance of the five communes on the network dashboard', async () => {
    const page = await s.page();
    await page.goto(`${s.url}/dashboard/`);
    const section = page.locator('[data-section="information-compliance"]');
    await section.getByRole('heading', { level: 2, name: ar('dashboard.information.heading') }).waitFor();
    await section.locator('[data-commune="mdiq"]').waitFor();
    const shown = await section
      .locator('[data-commune]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-commune')));
    expect([...shown].sort()).toEqual([...COMMUNES].sort());

    // A request filed at M'diq shows up as open without a reload (live updates).
    const open = section.locator('[data-commune="mdiq"] [data-figure="information-open"]');
    await createShabakaClient({ url: s.url }).informationRequests.submit.mutate({
      commune: 'mdiq',
      subject: 'ميزانية الإنارة العمومية',
      description: 'أطلب الاطلاع على ميزانية برنامج الإنارة العمومية لسنة 2026.',
      deliveryChannel: 'paper_pickup',
      requester: {},
    });
    await expect.poll(async () => (await open.textContent().catch(() => null))?.trim(), { timeout: 20_000 }).toBe('1');
    await page.context().close();
  });
});
