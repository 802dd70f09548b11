import { createServer } from 'node:http';
import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import { afterAll, describe, expect, it } from 'vitest';
import { startMailServer } from '../../../packages/api/test/mail-server';
import { expectFitsPhone, PHONE, useBuiltServer } from './harness';

/*
 * Issue 13's journey: a citizen signed in submits a complaint with an email and a mobile
 * number, an agent answers with a public note; the email reaches an SMTP server started here
 * in Arabic with the note and the tracking link, the SMS reaches a local HTTP server standing
 * in for the gateway in one 70-character segment, and the bell in the citizen's open page
 * counts it live.
 */
const mail = await startMailServer();
const gateway = await (async () => {
  const received: Record<string, string>[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      received.push(JSON.parse(raw) as Record<string, string>);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `gw-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return { received, url: `http://127.0.0.1:${port}/send`, close: () => server.close() };
})();
afterAll(async () => {
  gateway.close();
  await mail.close();
});

const s = useBuiltServer({
  env: () => ({
    SHABAKA_SMTP_URL: mail.url,
    SHABAKA_SMS_DRIVER: 'http',
    SHABAKA_SMS_URL: gateway.url,
    SHABAKA_SMS_ID_FIELD: 'id',
  }),
});
const PASSWORD = 'e2e notices passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
const field = (key: TranslationKey) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
const NOTE = 'تم إصلاح عمود الإنارة يوم الاثنين.';

describe('notices in Chromium, in Arabic on /tetouan/', () => {
  it('emails and texts the answer with its public note, and the bell counts it live', async () => {
    for (const [email, role] of [
      ['citizen@notices.example', null],
      ['agent@notices.example', 'tetouan:agent'],
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

    const page = await s.page();
    await page.setViewportSize(PHONE);
    await page.goto(`${s.url}/tetouan/sign-in`);
    await page.getByLabel(ar('portal.field.email')).fill('citizen@notices.example');
    await page.getByLabel(ar('portal.field.password')).fill(PASSWORD);
    await page.getByRole('button', { name: ar('portal.signIn.submit') }).click();
    await page.getByRole('link', { name: ar('portal.nav.account') }).waitFor();

    await page.goto(`${s.url}/tetouan/complaints/new`);
    await page.waitForSelector('html[dir="rtl"]');
    await page.getByLabel(field('complaints.field.category')).selectOption({ index: 1 });
    await page.getByLabel(field('complaints.field.description')).fill('عمود الإنارة أمام المدرسة معطل منذ أسبوعين.');
    await page.getByLabel(field('complaints.field.address')).fill('زنقة 12، حي الملاح');
    await page.getByLabel(field('complaints.field.replyChannel')).selectOption('email');
    await page.getByLabel(field('complaints.field.contactPhone')).fill('0612345678');
    await page.getByLabel(field('complaints.field.contactEmail')).fill('citizen.mail@notices.example');
    await page.getByRole('button', { name: ar('complaints.new.submit') }).click();
    const code = (await page.getByTestId('complaint-code').textContent())!.trim();

    // The receipt is in the bell at once; the page stays open from here on (no reload).
    const bell = page.getByRole('button', { name: ar('portal.inbox.button', { count: 1 }) });
    await expect.poll(() => bell.count(), { timeout: 20_000, message: 'the bell counts the receipt' }).toBe(1);
    // The receipt's email and SMS leave too.
    await expect.poll(() => mail.received.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(() => gateway.received.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);

    // The agent answers with a public note (through the SDK: the desk's own journey is complaints.e2e.ts).
    const anon = createShabakaClient({ url: s.url });
    const { token } = await anon.auth.signIn.mutate({ email: 'agent@notices.example', password: PASSWORD });
    const staff = createShabakaClient({ url: s.url, token });
    const id = (await staff.complaints.queue.query({ commune: 'tetouan' })).items.find((i) => i.code === code)!.id;
    await staff.complaints.transition.mutate({ commune: 'tetouan', id, to: 'processing', publicNote: NOTE });

    // The email: Arabic, RTL, the note and the tracking link, to the address the citizen gave.
    const link = `${s.url}/t/${code}`;
    const answer = () => mail.received.find((m) => m.text?.includes(NOTE));
    await expect.poll(() => !!answer(), { timeout: 30_000, message: 'the answer’s email arrives' }).toBe(true);
    const email = answer()!;
    expect(email.envelopeTo).toEqual(['citizen.mail@notices.example']);
    expect(email.subject).toContain(code);
    expect(email.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(email.html).toContain(NOTE);
    expect(email.text).toContain(link);
    expect(email.html).toContain(`href="${link}"`);

    // The SMS: to the number in E.164, the new stage and the short link, one UCS-2 segment.
    const stage = ar('complaintsGlossary.stage.processing');
    const sms = () => gateway.received.find((r) => r.text?.includes(stage));
    await expect.poll(() => !!sms(), { timeout: 30_000, message: 'the answer’s SMS arrives' }).toBe(true);
    expect(sms()!.to).toBe('+212612345678');
    expect(sms()!.text).toContain(link);
    expect([...sms()!.text!].length).toBeLessThanOrEqual(70);

    // The bell, live: two unread, announced politely, without a reload.
    await expect
      .poll(() => page.getByRole('button', { name: ar('portal.inbox.button', { count: 2 }) }).count(), {
        timeout: 20_000,
        message: 'the bell counts the answer live',
      })
      .toBe(1);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: ar('portal.inbox.live', { count: 2 }) })
          .count(),
      )
      .toBe(1);

    // Keyboard: the bell opens its panel, which fits the phone; the answer leads to the tracking page.
    const open = page.getByRole('button', { name: ar('portal.inbox.button', { count: 2 }) });
    await open.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: ar('portal.inbox.title') });
    await panel.waitFor();
    await expect.poll(() => panel.getByRole('link').count()).toBe(2);
    await expectFitsPhone(page, 'the open notification panel');
    // Escape closes it and gives focus back to the bell.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const newest = panel.getByRole('link').first();
    await expect.poll(() => newest.textContent()).toContain(code);
    expect(await newest.textContent()).toContain(stage);
    await newest.click();
    await page.waitForURL(`${s.url}/tetouan/track/${code}`);
    // Opened: one left unread.
    await expect
      .poll(() => page.getByRole('button', { name: ar('portal.inbox.button', { count: 1 }) }).count(), {
        timeout: 20_000,
      })
      .toBe(1);
  });

  it('confirms a sign-up from the email it sends, then signs in (Arabic, on a phone)', async () => {
    const email = 'new.citizen@notices.example';
    const page = await s.page();
    await page.setViewportSize(PHONE);
    await page.goto(`${s.url}/tetouan/sign-up`);
    await page.waitForSelector('html[dir="rtl"]');
    await page.getByLabel(field('portal.field.displayName')).fill('سلمى بناني');
    await page.getByLabel(field('portal.field.email')).fill(email);
    await page.getByLabel(field('portal.field.password')).fill(PASSWORD);
    await page.getByRole('button', { name: ar('portal.signUp.submit') }).click();
    // The screen says an email is on its way, not that the account exists.
    await page.getByText(ar('portal.signUp.checkEmail.title')).waitFor();

    await expect
      .poll(() => mail.received.filter((m) => m.envelopeTo.includes(email)).length, { timeout: 20_000 })
      .toBe(1);
    const confirmation = mail.received.find((m) => m.envelopeTo.includes(email))!;
    expect(confirmation.html).toMatch(/<html lang="ar" dir="rtl">/);
    const link = new RegExp(`${s.url}/tetouan/verify-email#[A-Za-z0-9_-]+`).exec(confirmation.text ?? '')?.[0];
    expect(link, confirmation.text).toBeTruthy();
    // Before the press, signing in is refused: the address is not confirmed yet.
    await expect(
      createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD, commune: 'tetouan' }),
    ).rejects.toMatchObject({ data: { reason: 'email_not_verified' } });

    // The link asks for a press (a mail scanner opening it confirms nothing), then sign-in works.
    await page.goto(link!);
    await page.getByRole('button', { name: ar('portal.verifyEmail.submit') }).click();
    await page.getByText(ar('portal.verifyEmail.done')).waitFor();
    await expectFitsPhone(page, 'the confirmed address');
    await page
      .getByRole('main')
      .getByRole('link', { name: ar('portal.verifyEmail.signIn') })
      .click();
    await page.getByLabel(field('portal.field.email')).fill(email);
    await page.getByLabel(field('portal.field.password')).fill(PASSWORD);
    await page.getByRole('button', { name: ar('portal.signIn.submit') }).click();
    await page.getByRole('link', { name: ar('portal.nav.account') }).waitFor();
  });

  it('follows a case by SMS with a confirmed phone, shows staff the delivery log, lists the phone’s cases', async () => {
    // A complaint filed with no contact at all: the citizen keeps the receipt's code and secret.
    const anon = createShabakaClient({ url: s.url });
    const categories = await anon.complaints.categories.query({ commune: 'tetouan' });
    const filed = await anon.complaints.submit.mutate({
      commune: 'tetouan',
      categoryId: categories[0]!.id,
      description: 'حفرة كبيرة في الطريق أمام السوق منذ شهر.',
      address: 'شارع محمد الخامس',
    });
    const PHONE_NUMBER = '0661234599';
    const E164 = '+212661234599';
    const codeTo = () => {
      const texts = gateway.received.filter((r) => r.to === E164 && !r.text?.includes('/t/'));
      return /(\d{6})/.exec(texts.at(-1)?.text ?? '')?.[1];
    };

    // The owner (the secret in the link's fragment) adds the phone on the tracking page.
    const page = await s.page();
    await page.setViewportSize(PHONE);
    await page.goto(`${s.url}/tetouan/track/${filed.code}#s=${filed.secret}`);
    await page.getByText(ar('cases.owner.yours')).waitFor();
    await page.getByLabel(field('noticeLog.follow.phone')).fill(PHONE_NUMBER);
    await page.getByRole('button', { name: ar('noticeLog.follow.send') }).click();
    await expect.poll(codeTo, { timeout: 30_000, message: 'the code’s SMS arrives' }).toBeTruthy();
    const first = codeTo()!;
    await page.getByLabel(field('noticeLog.follow.code')).fill(first);
    await page.getByRole('button', { name: ar('noticeLog.follow.confirm') }).click();
    await page.getByText(ar('noticeLog.follow.done', { phone: '+2126•••••99' })).waitFor();
    await expectFitsPhone(page, 'the tracking page after following by SMS');

    // A staff move reaches the phone.
    const { token } = await anon.auth.signIn.mutate({ email: 'agent@notices.example', password: PASSWORD });
    const staff = createShabakaClient({ url: s.url, token });
    await staff.complaints.transition.mutate({ commune: 'tetouan', id: filed.id, to: 'processing', publicNote: NOTE });
    const update = () => gateway.received.find((r) => r.to === E164 && r.text?.includes(`/t/${filed.code}`));
    await expect.poll(() => !!update(), { timeout: 30_000, message: 'the stage’s SMS reaches the phone' }).toBe(true);

    // The agent's case page shows the delivery log beside the timeline, the full hash on demand.
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await desk.goto(`${s.url}/tetouan/sign-in`);
    await desk.getByLabel(ar('portal.field.email')).fill('agent@notices.example');
    await desk.getByLabel(ar('portal.field.password')).fill(PASSWORD);
    await desk.getByRole('button', { name: ar('portal.signIn.submit') }).click();
    await desk.getByRole('link', { name: ar('portal.nav.account') }).waitFor();
    await desk.goto(`${s.url}/tetouan/staff/complaints/${filed.id}`);
    const log = desk.getByTestId('notice-log');
    await expect.poll(() => log.getByTestId('notice').count(), { timeout: 20_000 }).toBe(2);
    expect(await log.textContent()).toContain('+2126•••••99');
    const summary = log.locator('summary').first();
    await summary.focus();
    await desk.keyboard.press('Enter');
    await expect.poll(() => log.getByTestId('notice-hash').first().textContent()).toMatch(/^[0-9a-f]{64}$/);
    await expectFitsPhone(desk, 'the staff case page with its delivery log');

    // The phone lists its cases after a new code.
    const list = await s.page();
    await list.setViewportSize(PHONE);
    await list.goto(`${s.url}/tetouan/phone`);
    await list.getByLabel(field('noticeLog.follow.phone')).fill(PHONE_NUMBER);
    await list.getByRole('button', { name: ar('noticeLog.follow.send') }).click();
    await list.getByText(ar('noticeLog.phone.sent')).waitFor();
    await expect.poll(() => codeTo() !== first, { timeout: 30_000, message: 'a new code arrives' }).toBe(true);
    await list.getByLabel(field('noticeLog.follow.code')).fill(codeTo()!);
    await list.getByRole('button', { name: ar('noticeLog.follow.confirm') }).click();
    const cases = list.getByTestId('phone-cases');
    await cases.waitFor();
    expect(await cases.getByRole('link').getAttribute('href')).toBe(`/tetouan/track/${filed.code}`);
    await expectFitsPhone(list, 'a phone’s cases');
  });

  it('follows another citizen’s complaint, unsubscribes from its emails with a press, and shows the choice', async () => {
    const r = await s.cli([
      'user:add',
      '--email',
      'follower@notices.example',
      '--name',
      'follower',
      '--password',
      PASSWORD,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const anon = createShabakaClient({ url: s.url });
    const categoryId = (await anon.complaints.categories.query({ commune: 'tetouan' }))[0]!.id;
    const { code } = await anon.complaints.submit.mutate({
      commune: 'tetouan',
      categoryId,
      description: 'حفرة كبيرة وسط الطريق قرب السوق المركزي.',
      address: 'السوق المركزي',
      contact: {},
      replyChannel: 'portal',
    });

    const page = await s.page();
    await page.setViewportSize(PHONE);
    await page.goto(`${s.url}/tetouan/sign-in`);
    await page.getByLabel(ar('portal.field.email')).fill('follower@notices.example');
    await page.getByLabel(ar('portal.field.password')).fill(PASSWORD);
    await page.getByRole('button', { name: ar('portal.signIn.submit') }).click();
    await page.getByRole('link', { name: ar('portal.nav.account') }).waitFor();

    // The tracking page: follow with the keyboard; the page says so.
    await page.goto(`${s.url}/tetouan/track/${code}`);
    const follow = page.getByRole('button', { name: ar('complaints.follow.start') });
    await follow.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: ar('complaints.follow.on') })
      .waitFor();
    await page.getByRole('button', { name: ar('complaints.follow.stop') }).waitFor();
    await expectFitsPhone(page, 'the tracking page with its follow card');

    // The agent moves it: the follower's email carries the unsubscribe link.
    const { token } = await anon.auth.signIn.mutate({ email: 'agent@notices.example', password: PASSWORD });
    const staff = createShabakaClient({ url: s.url, token });
    const id = (await staff.complaints.queue.query({ commune: 'tetouan' })).items.find((i) => i.code === code)!.id;
    await staff.complaints.transition.mutate({ commune: 'tetouan', id, to: 'processing' });
    const followed = () => mail.received.find((m) => m.envelopeTo.includes('follower@notices.example'));
    await expect.poll(() => !!followed(), { timeout: 30_000, message: 'the follow notice arrives' }).toBe(true);
    const line = followed()!.headerLines.find((l) => l.key === 'list-unsubscribe')!.line;
    const link = /<([^>]+)>/.exec(line)![1]!;

    // Opening the link changes nothing (a mail scanner opens links): it asks for a press.
    await page.goto(link);
    const press = page.getByRole('button', { name: ar('notificationSettings.unsubscribe.confirm') });
    await press.waitFor();
    const never = ar('notificationSettings.frequency.never');
    const mine = createShabakaClient({
      url: s.url,
      token: (await anon.auth.signIn.mutate({ email: 'follower@notices.example', password: PASSWORD })).token,
    });
    const emailChoice = async () =>
      (await mine.notifications.preferences.query()).channels.find((c) => c.channel === 'email')!.frequency;
    expect(await emailChoice()).toBe('immediate');
    await expectFitsPhone(page, 'the unsubscribe page');
    await press.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: ar('notificationSettings.unsubscribe.done') })
      .waitFor();
    expect(await emailChoice()).toBe('never');

    // The settings page shows it: email on "never", the bell still "immediate", and says legal notices always go.
    await page.goto(`${s.url}/tetouan/account/notifications`);
    await page.getByText(ar('notificationSettings.legal')).waitFor();
    const radios = page.getByRole('radio', { name: never });
    await expect.poll(() => radios.count()).toBe(3);
    expect(await radios.nth(0).isChecked()).toBe(true);
    expect(await radios.nth(2).isChecked()).toBe(false);
    await expectFitsPhone(page, 'the notification settings');
  });
});
