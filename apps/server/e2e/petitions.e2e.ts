import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e petitions passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
const SUBJECT = 'إنارة زنقة المدارس بحي القصبة';
const REASONS = 'تبقى زنقة المدارس دون إنارة بعد الغروب منذ الشتاء الماضي، ويعود التلاميذ والتجار في الظلام.';
const REQUEST = 'إدراج إنارة زنقة المدارس وتمويلها في جدول أعمال المجلس.';
const REJECTION = 'الإنارة العمومية لهذه الزنقة مبرمجة في صفقة الصيانة الجارية، ولا تحتاج إلى مداولة جديدة للمجلس.';

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/asilah`, { email, password: PASSWORD });

async function client(email: string) {
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD });
  return createShabakaClient({ url: s.url, token });
}

const paperSigner = (i: number) => ({
  name: `موقع ورقي ${i}`,
  cin: `PA${String(200_000 + i)}`,
  address: `${i} زنقة المدارس`,
  neighbourhood: i % 2 ? 'القصبة' : 'المدينة القديمة',
  basis: 'resident' as const,
});

describe('petitions in Chromium, in Arabic on /asilah/', () => {
  it('a mandataire files a petition at its threshold with online and paper signatures; the bureau rejects it with reasons; a signer reads them', async () => {
    await s.user('mandataire-pet@example.ma', PASSWORD);
    await s.user('signer-pet@example.ma', PASSWORD);
    await s.user('pet-agent@asilah.example', PASSWORD, ['asilah:agent']);
    await s.user('pet-bureau@asilah.example', PASSWORD, ['asilah:department_head']);

    // The mandataire reads the two tracks and the threshold here (Asilah: 100), then drafts a petition.
    const mandataire = await s.page();
    await mandataire.setViewportSize(PHONE);
    await signIn(mandataire, 'mandataire-pet@example.ma');
    await mandataire.goto(`${s.url}/asilah/petitions`);
    await mandataire.waitForSelector('html[dir="rtl"]');
    await mandataire.getByRole('heading', { level: 1, name: ar('petitions.title') }).waitFor();
    await mandataire.getByText(ar('petitions.track.proposal.effect')).waitFor();
    await expectNoDeveloperText(mandataire, 'register (ar)');
    await expectFitsPhone(mandataire, 'register (ar)');
    await expectAxeClean(mandataire, 'register (ar)');
    await mandataire.getByRole('link', { name: ar('petitions.start') }).click();
    await mandataire.getByRole('heading', { level: 1, name: ar('petitions.new.title') }).waitFor();
    await mandataire.getByLabel(field('petitions.new.subject')).fill(SUBJECT);
    await mandataire.getByLabel(field('petitions.new.reasons')).fill('قصير');
    await mandataire.getByLabel(field('petitions.new.request')).fill(REQUEST);
    await mandataire.getByLabel(field('petitions.new.theme')).selectOption('neighbourhood');
    await mandataire.getByLabel(field('petitions.new.name')).fill('سعاد الإدريسي');
    await mandataire.getByLabel(field('petitions.new.cin')).fill('LB445566');
    await mandataire.getByLabel(field('petitions.new.address')).fill('12 زنقة المدارس، أصيلة');
    await mandataire.getByRole('button', { name: ar('petitions.new.submit') }).click();
    // Too short: the reasons field says so, and nothing is lost from the others.
    await mandataire.getByText(ar('petitions.error.field.reasons')).waitFor();
    await expectAxeClean(mandataire, 'new petition with an error (ar)');
    await mandataire.getByLabel(field('petitions.new.reasons')).fill(REASONS);
    await mandataire.getByRole('button', { name: ar('petitions.new.submit') }).click();
    await mandataire.getByRole('heading', { level: 1, name: ar('petitions.manage.title') }).waitFor();
    const id = /petitions\/([0-9a-f-]{36})\/manage/.exec(mandataire.url())![1]!;
    await mandataire
      .getByText(
        `${ar('petitions.check.signatures', { count: 0, needed: 100 })} — ${ar('petitions.manage.item.missing')}`,
      )
      .waitFor();
    await expectFitsPhone(mandataire, 'manage (ar)');
    await expectAxeClean(mandataire, 'manage (ar)');
    await mandataire.getByRole('button', { name: ar('petitions.manage.open') }).click();
    await mandataire.getByRole('link', { name: ar('petitions.manage.sheet') }).waitFor();

    // A citizen signs online: a malformed CIN is refused under its field, then the signature counts.
    const signer = await s.page();
    await signer.setViewportSize(PHONE);
    await signIn(signer, 'signer-pet@example.ma');
    await signer.goto(`${s.url}/asilah/petitions`);
    await signer.getByRole('link', { name: SUBJECT }).click();
    await signer.getByRole('heading', { level: 2, name: ar('petitions.sign.title') }).waitFor();
    await signer.getByLabel(field('petitions.sign.name')).fill('أمينة العلوي');
    await signer.getByLabel(field('petitions.sign.cin')).fill('12');
    await signer.getByLabel(field('petitions.sign.address')).fill('3 زنقة المدارس');
    await signer.getByLabel(field('petitions.sign.neighbourhood')).fill('القصبة');
    await signer.getByRole('button', { name: ar('petitions.sign.submit') }).click();
    await signer.getByText(ar('petitions.error.field.cin')).waitFor();
    await expectAxeClean(signer, 'sign form with an error (ar)');
    await signer.getByLabel(field('petitions.sign.cin')).fill('LC 123 456');
    await signer.getByRole('button', { name: ar('petitions.sign.submit') }).click();
    await signer.getByText(ar('petitions.sign.done', { count: 1, threshold: 100 })).waitFor();
    await expectNoDeveloperText(signer, 'petition page (ar)');
    await expectFitsPhone(signer, 'petition page (ar)');
    await expectAxeClean(signer, 'petition page (ar)');

    // An agent keys a paper sheet of 100 lines, one of them the online signer again: 99 count.
    const agent = await client('pet-agent@asilah.example');
    const batch = await agent.petitions.paperBatch.mutate({
      commune: 'asilah',
      id,
      sheet: 'F-001',
      signers: [...Array.from({ length: 99 }, (_, i) => paperSigner(i)), { ...paperSigner(999), cin: 'lc123456' }],
    });
    expect(batch).toMatchObject({ accepted: 99, duplicates: [99], signatures: 100 });

    // The checklist is complete; the mandataire files, and reads the bureau's deadline.
    await mandataire.reload();
    await mandataire
      .getByText(`${ar('petitions.check.signatures', { count: 100, needed: 100 })} — ${ar('petitions.manage.item.ok')}`)
      .waitFor();
    await mandataire.getByRole('button', { name: ar('petitions.manage.file') }).click();
    await mandataire.getByText(ar('petitions.state.filed')).first().waitFor();
    await mandataire.getByRole('heading', { name: ar('petitions.manage.signatures') }).waitFor();
    // The signed receipt verifies at /verify/<code>.
    const receipt = mandataire.getByText(/ASL-DOC-\d{4}-\d{6}/);
    await receipt.waitFor();
    const receiptCode = /ASL-DOC-\d{4}-\d{6}/.exec((await receipt.textContent()) ?? '')![0];
    await mandataire.getByRole('link', { name: ar('petitions.manage.receiptVerify') }).click();
    await mandataire.waitForURL(new RegExp(`/verify/${receiptCode}`));
    await mandataire.getByText(receiptCode).first().waitFor();
    await mandataire.getByText(ar('verify.status.valid')).first().waitFor();
    await mandataire.goBack();
    await mandataire.getByText('أمينة العلوي').waitFor();
    await expectAxeClean(mandataire, 'manage after filing (ar)');

    // Ten days later the bureau rejects it with its reasons, inside the three months.
    s.advanceDays(10);
    const bureau = await client('pet-bureau@asilah.example');
    await bureau.petitions.review.mutate({ commune: 'asilah', id, decision: 'rejected', reasons: REJECTION });

    // The signer reads the reasons on the petition's page and in the bell.
    await signer.goto(`${s.url}/asilah/petitions/${id}`);
    await signer.getByRole('heading', { level: 3, name: ar('petitions.outcome.bureau') }).waitFor();
    await signer.getByText(REJECTION).first().waitFor();
    await signer.getByText(ar('petitions.state.rejected')).first().waitFor();
    await expectAxeClean(signer, 'rejected petition (ar)');
    await expect
      .poll(() => signer.getByRole('button', { name: ar('portal.inbox.button', { count: 1 }) }).count(), {
        timeout: 20_000,
        message: 'the bell counts the rejection',
      })
      .toBe(1);
    // The public register shows it among the decided ones, with no name of anyone.
    await signer.goto(`${s.url}/asilah/petitions`);
    await signer.getByRole('link', { name: SUBJECT }).waitFor();
    expect(await signer.getByText('أمينة العلوي').count()).toBe(0);
    // The network's dashboard counts it: filed, rejected, the bureau's word within the clock.
    await signer.goto(`${s.url}/dashboard/?lang=ar`);
    const row = signer.locator('[data-section="petitions"] tr[data-commune="asilah"]');
    await row
      .locator('[data-figure="on-time"]')
      .getByText(ar('dashboard.petitions.onTimeValue', { onTime: 1, total: 1 }))
      .waitFor();
    await expectAxeClean(signer, 'dashboard (ar)');
    await mandataire.context().close();
    await signer.context().close();
  });
});
