import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectFitsPhone, expectNoDeveloperText, PHONE, signInAs, useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e rooms passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);

async function account(email: string, role?: string) {
  const r = await s.cli([
    'user:add',
    '--email',
    email,
    '--name',
    email.split('@')[0]!,
    '--password',
    PASSWORD,
    ...(role ? ['--role', role] : []),
  ]);
  expect(r.code, r.stderr).toBe(0);
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD });
  return createShabakaClient({ url: s.url, token });
}

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });

/** The day `days` from now as a date input takes it (the browser's local day). */
const dayInput = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('rooms for associations in Chromium, in Arabic on /tetouan/', () => {
  it('a representative’s request is approved at the desk; a clashing one is refused naming the clash', async () => {
    const staff = await account('rooms.agent@tetouan.example', 'tetouan:agent');
    await staff.rooms.create.mutate({
      commune: 'tetouan',
      names: { ar: 'فضاء المواطنة التشاركية', fr: 'Espace de la citoyenneté participative' },
      capacity: 60,
      stepFree: true,
      location: 'شارع محمد الخامس، تطوان',
      rules: { ar: 'تُترك القاعة مرتبة بعد النشاط.', fr: 'La salle est rendue rangée.' },
    });
    const association = await staff.associations.create.mutate({
      commune: 'tetouan',
      names: { ar: 'جمعية الأمل للتنمية', fr: 'Association Al Amal pour le développement' },
      object: 'Soutien scolaire et activités culturelles pour les jeunes du quartier.',
      sectors: ['education', 'youth'],
      seatNeighbourhood: 'Al Mellah',
      constitutedOn: '2019-01-15',
      declaredOn: '2019-02-01',
      provisionalReceiptOn: '2019-02-01',
    });
    const rep = await account('rooms.rep@example.ma');
    const asked = await rep.associations.requestRepresentation.mutate({
      commune: 'tetouan',
      id: association.id,
      role: 'الرئيس',
    });
    await staff.associations.decideRepresentative.mutate({ commune: 'tetouan', id: asked.id, decision: 'verify' });

    // The representative, in Arabic on a phone, finds the room and asks for it.
    const page = await s.page();
    await page.setViewportSize(PHONE);
    await signIn(page, 'rooms.rep@example.ma');
    await page.goto(`${s.url}/tetouan/rooms`);
    await page.waitForSelector('html[dir="rtl"]');
    await page.getByRole('heading', { level: 1, name: ar('rooms.title') }).waitFor();
    await expectFitsPhone(page, '/tetouan/rooms');
    await page
      .getByRole('link', { name: ar('rooms.open') })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'فضاء المواطنة التشاركية' }).waitFor();
    await page.getByText(ar('rooms.calendar.free')).waitFor();
    const ask = async (title: string, from: string, to: string) => {
      await page.getByLabel(field('rooms.request.eventTitle')).fill(title);
      await page.getByLabel(field('rooms.request.date')).fill(dayInput(10));
      await page.getByLabel(field('rooms.request.start')).fill(from);
      await page.getByLabel(field('rooms.request.end')).fill(to);
      await page.getByLabel(field('rooms.request.attendance')).fill('35');
      await page.getByRole('button', { name: ar('rooms.request.submit') }).click();
    };
    await ask('الجمع العام السنوي', '15:00', '18:00');
    await page.getByText(ar('rooms.request.sent')).waitFor();
    await expectNoDeveloperText(page, 'room page (ar)');
    await expectFitsPhone(page, 'room page (ar)');

    // Staff approve it at the desk.
    const desk = await s.page();
    await signIn(desk, 'rooms.agent@tetouan.example');
    await desk.goto(`${s.url}/tetouan/staff/rooms`);
    await desk.getByText('الجمع العام السنوي').waitFor();
    await desk.getByRole('button', { name: ar('rooms.desk.approve') }).click();
    await desk.getByText(ar('rooms.desk.approved')).waitFor();
    // The representative hears of it without reloading: the decision is in the bell (and its email in the outbox).
    await expect
      .poll(() => page.getByRole('button', { name: ar('portal.inbox.button', { count: 1 }) }).count(), {
        timeout: 20_000,
        message: 'the bell counts the decision',
      })
      .toBe(1);

    // The public calendar shows it; a clashing request is refused with the clash named.
    await page.reload();
    await page.getByText('الجمع العام السنوي').waitFor();
    await ask('ورشة الشباب', '17:00', '19:00');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('«الجمع العام السنوي»');
    // The calendar still has the one approved booking.
    expect(await page.locator('.rooms-slots li').count()).toBe(1);
    await page.context().close();
    await desk.context().close();
  });
});
