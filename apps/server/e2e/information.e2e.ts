import { createShabakaClient } from '@shabaka/client';
import { INTL_LOCALES, translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoDeveloperText, signInAs, useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e staff passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
const fr = (key: TranslationKey, values?: Record<string, string | number>) => translate('fr', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey, lang: 'ar' | 'fr' = 'ar') =>
  new RegExp(`^${translate(lang, key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
/** A day as the portal shows it in Arabic (Moroccan time). */
const fullDay = (d: Date, lang: 'ar' | 'fr' = 'ar') =>
  new Intl.DateTimeFormat(INTL_LOCALES[lang], { timeZone: 'Africa/Casablanca', dateStyle: 'full' }).format(d);

/** Opens one of the desk's folded action forms. */
const openAction = (page: Page, action: 'answer' | 'extend' | 'headAnswer' | 'headComplaint' | 'refuse') =>
  page.locator('summary', { hasText: new RegExp(`^${ar(`information.action.${action}.title`)}$`) }).click();

const signIn = (page: Page, email: string, lang: 'ar' | 'fr' = 'ar') =>
  signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD }, lang);

describe('Law 31-13 information requests in Chromium, in Arabic on /tetouan/', () => {
  it('files a request for an electronic document, extends and answers it at the desk, and the requester follows it live', async () => {
    const r = await s.cli([
      'user:add',
      '--email',
      'agent@tetouan.example',
      '--name',
      'Agent Tetouan',
      '--password',
      PASSWORD,
      '--role',
      'tetouan:agent',
    ]);
    expect(r.code, r.stderr).toBe(0);

    // The citizen files anonymously and first forgets the email the chosen delivery needs.
    const citizen = await s.page();
    await citizen.goto(`${s.url}/tetouan/information`);
    await citizen.waitForSelector('html[dir="rtl"]');
    await citizen.getByRole('heading', { level: 1, name: ar('information.title') }).waitFor();
    await citizen.getByRole('link', { name: ar('information.intro.file') }).click();
    const subject = 'ميزانية الجماعة لسنة 2026';
    await citizen.getByLabel(field('information.field.subject')).fill(subject);
    await citizen
      .getByLabel(field('information.field.description'))
      .fill('أطلب نسخة من الميزانية المصادق عليها وبرنامج عمل الجماعة.');
    await citizen.getByRole('radio', { name: ar('information.delivery.electronic_document') }).check();
    const email = citizen.getByLabel(field('information.field.email'));
    await email.waitFor();
    await citizen.getByRole('button', { name: ar('information.new.submit') }).click();
    await citizen.getByText(ar('information.error.field.requester.email')).waitFor();
    // The server's error is on the email field, which has the focus; nothing typed is lost.
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => email.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await citizen.getByLabel(field('information.field.subject')).inputValue()).toBe(subject);

    await email.fill('citizen@example.ma');
    await citizen.getByRole('button', { name: ar('information.new.submit') }).click();
    const code = (await citizen.getByTestId('information-code').textContent())!.trim();
    expect(code).toMatch(/^TET-DI-\d{4}-\d{6}$/);
    const secret = (await citizen.getByTestId('information-secret').textContent())!.trim();
    expect(secret).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    // The receipt has its own address (the secret in the fragment) and survives a reload.
    expect(citizen.url()).toBe(`${s.url}/tetouan/information/receipt/${code}#s=${secret}`);
    await citizen.reload();
    expect((await citizen.getByTestId('information-secret').textContent())!.trim()).toBe(secret);
    // Its printable PDF opens with the secret, not with the code alone.
    const receiptHref = (await citizen
      .getByRole('link', { name: ar('information.receipt.pdf') })
      .getAttribute('href'))!;
    const receiptPdf = await fetch(new URL(receiptHref, s.url));
    expect(receiptPdf.headers.get('content-type')).toBe('application/pdf');
    expect((await fetch(`${s.url}/receipts/information/${code}.pdf`)).status).toBe(404);

    // The deadline shown is the one the server computed on the Moroccan calendar.
    const anon = createShabakaClient({ url: s.url });
    const procedure = await anon.informationRequests.track.query({ code });
    expect(procedure.requester).toBeNull(); // without the secret: the procedure only
    expect(procedure.owner).toBe(false);
    expect(procedure.state).toBe('received');
    expect((await citizen.getByTestId('information-due').textContent())!.trim()).toBe(fullDay(procedure.dueAt));

    // Tracking: the secret rides in the fragment, is kept on the device, and leaves the address bar.
    await citizen.getByRole('link', { name: ar('information.receipt.track') }).click();
    const state = citizen.getByTestId('information-state');
    await expect.poll(() => state.textContent()).toBe(ar('information.state.received'));
    expect(citizen.url()).toBe(`${s.url}/tetouan/information/track/${code}`);
    await citizen.getByText(subject).first().waitFor();

    // An agent of Tetouan opens it from the desk queue and extends it with a reason.
    const agent = await s.page();
    await signIn(agent, 'agent@tetouan.example');
    await agent.goto(`${s.url}/tetouan/staff/information`);
    await agent.getByRole('link', { name: code }).click();
    const reason = 'الوثائق المطلوبة محفوظة في الأرشيف ويتطلب استخراجها وقتًا إضافيًا.';
    await openAction(agent, 'extend');
    await agent.getByLabel(field('information.action.extend.reason')).fill(reason);
    await agent.getByRole('button', { name: ar('information.action.extend.submit') }).click();
    await agent.getByText(ar('information.action.extend.done')).waitFor();
    const extended = await anon.informationRequests.track.query({ code });
    expect(extended.state).toBe('extended');
    expect(extended.dueAt.getTime()).toBeGreaterThan(procedure.dueAt.getTime());

    // The requester's page follows without a reload: new state, reason and deadline.
    await expect.poll(() => state.textContent(), { timeout: 15_000 }).toBe(ar('information.state.extended'));
    await expect
      .poll(() => citizen.getByTestId('information-extension').textContent(), { timeout: 15_000 })
      .toBe(reason);
    expect((await citizen.getByTestId('information-due').textContent())!.trim()).toBe(fullDay(extended.dueAt));

    // The agent answers; the requester reads the answer, live and after a reload.
    const answer = 'تجدون رفقته الميزانية المصادق عليها في دورة أكتوبر وبرنامج عمل الجماعة 2022-2027.';
    await openAction(agent, 'answer');
    await agent.getByLabel(field('information.action.answer.text')).fill(answer);
    // Published at once (proactive disclosure), with the personal data taken out.
    await agent.getByLabel(ar('information.action.answer.publish')).check();
    const redacted = 'الميزانية المصادق عليها في دورة أكتوبر وبرنامج عمل الجماعة 2022-2027 متاحان في المرفق.';
    await agent.getByLabel(field('information.action.publish.answer')).fill(redacted);
    await agent.getByRole('button', { name: ar('information.action.answer.submit') }).click();
    await agent.getByText(ar('information.action.answer.done')).waitFor();
    await expect.poll(() => state.textContent(), { timeout: 15_000 }).toBe(ar('information.state.answered'));
    await expect.poll(() => citizen.getByTestId('information-answer').textContent(), { timeout: 15_000 }).toBe(answer);
    await citizen.reload();
    await expect.poll(() => citizen.getByTestId('information-answer').textContent()).toBe(answer);
    // Electronic document chosen: the answer comes as a signed PDF, downloadable without an account, that verifies.
    const signed = citizen.getByTestId('information-document');
    const pdfHref = await signed.getByRole('link', { name: ar('information.document.download') }).getAttribute('href');
    const pdf = await fetch(`${s.url}${pdfHref}`);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await signed.getByRole('link', { name: /^التحقق من الوثيقة/ }).click();
    await citizen.getByText(ar('verify.status.valid')).first().waitFor();
    await agent.getByRole('heading', { name: ar('information.document.title') }).waitFor();

    // Someone else with only the code sees the procedure, never the texts; typed in another
    // commune's portal, the code opens in its own commune's.
    const stranger = await s.page();
    await stranger.goto(`${s.url}/asilah/information/track/${code}`);
    await stranger.waitForURL(`${s.url}/tetouan/information/track/${code}`);
    await expect
      .poll(() => stranger.getByTestId('information-state').textContent())
      .toBe(ar('information.state.answered'));
    expect(await stranger.getByTestId('information-answer').count()).toBe(0);
    expect(await stranger.getByText(subject).count()).toBe(0);
    // …until they give the secret, typed by hand (lower case, a space instead of the dash).
    await stranger.getByLabel(field('cases.field.secret')).fill(secret.toLowerCase().replace('-', ' '));
    await stranger.getByRole('button', { name: ar('information.track.submit') }).click();
    await expect.poll(() => stranger.getByTestId('information-answer').textContent()).toBe(answer);

    // The published answer is on the public list, without the requester's email.
    await stranger.goto(`${s.url}/tetouan/information/published`);
    await stranger.getByText(redacted).waitFor();
    expect(await stranger.getByText('citizen@example.ma').count()).toBe(0);

    for (const p of [citizen, agent, stranger]) await p.context().close();
  });

  it('registers a late letter at the counter, flags it overdue, refuses it on a legal ground, and shows the remedies', async () => {
    const agent = await s.page();
    await signIn(agent, 'agent@tetouan.example');
    await agent.goto(`${s.url}/tetouan/staff/information`);
    await agent.getByRole('link', { name: ar('information.desk.register') }).click();
    await agent.getByLabel(field('information.field.channel')).selectOption('post');
    // A letter stamped 60 days ago: its 20 working days are long gone.
    const stamped = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 16);
    await agent.getByLabel(field('information.field.receivedAt')).fill(stamped);
    await agent.getByLabel(field('information.field.subject')).fill('لائحة المستفيدين من الدعم');
    await agent
      .getByLabel(field('information.field.description'))
      .fill('طلب لائحة الجمعيات المستفيدة من الدعم مع أسماء أعضائها.');
    await agent.getByLabel(field('information.field.name')).fill('سعاد العلمي');
    await agent.getByRole('radio', { name: ar('information.delivery.paper_pickup') }).check();
    await agent.getByRole('button', { name: ar('information.desk.registerSubmit') }).click();
    const code = (await agent.getByTestId('information-code').textContent())!.trim();
    expect(code).toMatch(/^TET-DI-\d{4}-\d{6}$/);
    // The secret is shown once; the printed receipt carries it for the requester.
    const counterSecret = (await agent.getByTestId('information-secret').textContent())!.trim();
    expect(counterSecret).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const printHref = (await agent
      .getByRole('link', { name: ar('information.desk.printReceipt') })
      .getAttribute('href'))!;
    expect(printHref).toBe(`/receipts/information/${code}.pdf?s=${encodeURIComponent(counterSecret)}`);
    const printed = await fetch(new URL(printHref, s.url));
    expect(
      Buffer.from(await printed.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // The queue leads with the overdue alert and highlights the row.
    await agent.goto(`${s.url}/tetouan/staff/information`);
    await agent.getByText(ar('information.desk.overdueAlert', { count: 1 })).waitFor();
    const row = agent.locator('tr', { has: agent.getByRole('link', { name: code }) });
    expect(await row.getAttribute('data-overdue')).toBe('true');
    await agent.getByRole('button', { name: ar('information.desk.showOverdue') }).click();
    await expect.poll(() => agent.locator('tbody tr').count()).toBe(1);

    // A refusal without its legal exception is refused on that field; then with it.
    await agent.getByRole('link', { name: code }).click();
    const reason = 'اللائحة تتضمن معطيات شخصية لأعضاء الجمعيات لا يمكن الكشف عنها دون موافقتهم.';
    await openAction(agent, 'refuse');
    await agent.getByLabel(field('information.action.refuse.reason')).fill(reason);
    await agent.getByRole('button', { name: ar('information.action.refuse.submit') }).click();
    await agent.getByText(ar('information.error.field.exception')).waitFor();
    expect(await agent.getByLabel(field('information.action.refuse.reason')).inputValue()).toBe(reason);
    await agent.getByLabel(field('information.action.refuse.exception')).selectOption('private_life');
    await agent.getByRole('button', { name: ar('information.action.refuse.submit') }).click();
    await agent.getByText(ar('information.action.refuse.done')).waitFor();

    // Anyone with the code sees the refusal, its legal ground and the head-complaint deadline.
    const anon = createShabakaClient({ url: s.url });
    const tracked = await anon.informationRequests.track.query({ code });
    expect(tracked.state).toBe('refused');
    const deadline = tracked.remedies.headComplaint.deadline!;
    const citizen = await s.page();
    await citizen.goto(`${s.url}/tetouan/information/track/${code}`);
    await expect
      .poll(() => citizen.getByTestId('information-state').textContent())
      .toBe(ar('information.state.refused'));
    await citizen.getByText('الحياة الخاصة للأفراد والمعطيات الشخصية', { exact: false }).waitFor();
    await citizen.getByText(fullDay(deadline)).first().waitFor();
    await expectNoDeveloperText(citizen);

    // The head of the body's complaint and answer open the CDAI window, shown to the requester.
    await openAction(agent, 'headComplaint');
    await agent.getByLabel(field('information.action.headComplaint.text')).fill('يعترض صاحب الطلب على الرفض.');
    await agent.getByRole('button', { name: ar('information.action.headComplaint.submit') }).click();
    await agent.getByText(ar('information.action.headComplaint.done')).waitFor();
    await openAction(agent, 'headAnswer');
    await agent.getByLabel(field('information.remedies.headOutcome')).selectOption('rejected');
    await agent
      .getByLabel(field('information.action.headAnswer.text'))
      .fill('يؤكد الرئيس الرفض لحماية المعطيات الشخصية.');
    await agent.getByRole('button', { name: ar('information.action.headAnswer.submit') }).click();
    await agent.getByText(ar('information.action.headAnswer.done')).waitFor();
    const cdai = (await anon.informationRequests.track.query({ code })).remedies.cdaiAppeal.deadline!;
    expect(cdai).toBeTruthy();
    await citizen.reload();
    await citizen.getByText(fullDay(cdai)).first().waitFor();
    for (const p of [citizen, agent]) await p.context().close();
  });

  it('in French, a signed-in citizen files an urgent request, finds it in "my requests" and withdraws it', async () => {
    const r = await s.cli([
      'user:add',
      '--email',
      'citoyenne@example.ma',
      '--name',
      'Nadia Citoyenne',
      '--password',
      PASSWORD,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const citizen = await s.page();
    await citizen.goto(`${s.url}/tetouan/information`);
    await citizen.getByLabel(translate('ar', 'common.language')).selectOption('fr');
    await citizen.waitForSelector('html[lang="fr"][dir="ltr"]');
    await signIn(citizen, 'citoyenne@example.ma', 'fr');
    await citizen.goto(`${s.url}/tetouan/information/new`);
    await citizen
      .getByLabel(field('information.field.subject', 'fr'))
      .fill('Rapport d’inspection du bâtiment menaçant ruine');
    await citizen
      .getByLabel(field('information.field.description', 'fr'))
      .fill('Le rapport d’inspection de l’immeuble au 12 rue Mohammed V, qui menace de s’effondrer.');
    await citizen.getByLabel(fr('information.field.urgent')).check();
    await citizen
      .getByLabel(field('information.field.urgencyReason', 'fr'))
      .fill('Des familles habitent encore l’immeuble fissuré.');
    await citizen.getByRole('radio', { name: fr('information.delivery.email') }).check();
    // The account's address is already there.
    expect(await citizen.getByLabel(field('information.field.email', 'fr')).inputValue()).toBe('citoyenne@example.ma');
    await citizen.getByRole('button', { name: fr('information.new.submit') }).click();
    const code = (await citizen.getByTestId('information-code').textContent())!.trim();
    const anon = createShabakaClient({ url: s.url });
    const tracked = await anon.informationRequests.track.query({ code });
    expect(tracked.urgent).toBe(true);
    expect(tracked.workingDays).toBe(3);
    expect((await citizen.getByTestId('information-due').textContent())!.trim()).toBe(fullDay(tracked.dueAt, 'fr'));
    await citizen.getByText(fr('information.receipt.deadlineUrgent', { days: 3 })).waitFor();

    // "My requests" on the account page links to the tracking page, where the account stands in for the key.
    await citizen.goto(`${s.url}/tetouan/account`);
    await citizen.getByRole('heading', { name: fr('information.mine.title') }).waitFor();
    await citizen.getByRole('link', { name: code }).click();
    await citizen.getByText('Rapport d’inspection du bâtiment menaçant ruine').first().waitFor();
    await citizen.getByRole('button', { name: fr('information.withdraw.submit') }).click();
    await citizen.getByRole('button', { name: fr('information.withdraw.confirm') }).click();
    await expect
      .poll(() => citizen.getByTestId('information-state').textContent(), { timeout: 15_000 })
      .toBe(fr('information.state.withdrawn'));
    expect((await anon.informationRequests.track.query({ code })).state).toBe('withdrawn');
    await citizen.context().close();
  });

  it('lets a network admin enter next year’s lunar holidays on the dashboard, which then count as days off', async () => {
    const r = await s.cli([
      'user:add',
      '--email',
      'admin@network.example',
      '--name',
      'Network Admin',
      '--password',
      PASSWORD,
      '--role',
      'network:network_admin',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const year = new Date().getFullYear() + 1;
    const page = await s.page();
    await page.goto(`${s.url}/dashboard/`);
    await page.getByLabel(ar('dashboard.signIn.email')).fill('admin@network.example');
    await page.getByLabel(ar('dashboard.signIn.password')).fill(PASSWORD);
    await page.getByRole('button', { name: ar('dashboard.signIn.submit') }).click();
    await page.getByRole('heading', { level: 3, name: ar('dashboard.calendar.heading') }).waitFor();
    await page.getByLabel(ar('dashboard.calendar.year'), { exact: true }).selectOption(String(year));
    await page.getByRole('heading', { level: 4, name: ar('dashboard.calendar.editHeading', { year }) }).waitFor();

    // Replace whatever the seed holds for that year with one holiday on a Wednesday in June.
    const form = page.locator('form.dash-calendar-form');
    while ((await form.locator('fieldset').count()) > 0) {
      await form.getByRole('button', { name: ar('dashboard.calendar.remove', { n: 1 }) }).click();
    }
    const day = [...Array(7).keys()]
      .map((i) => `${year}-06-${String(10 + i).padStart(2, '0')}`)
      .find((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 3)!;
    await form.getByRole('button', { name: ar('dashboard.calendar.add') }).click();
    const row = form.locator('fieldset').first();
    // A wrong year is refused on the date field, and nothing typed is lost.
    await row.getByLabel(field('dashboard.calendar.col.date')).fill(`${year + 1}-06-10`);
    await row.getByLabel(ar('dashboard.calendar.code'), { exact: true }).selectOption('eid_al_adha');
    await row.getByLabel(field('dashboard.calendar.name.ar')).fill('عيد الأضحى');
    await row.getByLabel(field('dashboard.calendar.name.fr')).fill('Aïd al-Adha');
    await row.getByLabel(field('dashboard.calendar.name.es')).fill('Aid al-Adha');
    await form.getByLabel(ar('dashboard.calendar.confirmed')).check();
    await form.getByRole('button', { name: ar('dashboard.calendar.save') }).click();
    await row.getByText(ar('dashboard.calendar.error.field')).waitFor();
    expect(await row.getByLabel(field('dashboard.calendar.name.fr')).inputValue()).toBe('Aïd al-Adha');

    await row.getByLabel(field('dashboard.calendar.col.date')).fill(day);
    await form.getByRole('button', { name: ar('dashboard.calendar.save') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: String(year) })
      .waitFor();
    await page
      .locator(`table[data-calendar-year="${year}"] tr[data-holiday="${day}"]`, { hasText: 'عيد الأضحى' })
      .waitFor();
    expect(await page.getByText(ar('dashboard.calendar.toVerify', { year })).count()).toBe(0);

    // The public deadline calculator skips the new day off: one working day after the Tuesday is Thursday.
    const tuesday = new Date(`${day}T12:00:00Z`);
    tuesday.setUTCDate(tuesday.getUTCDate() - 1);
    const due = await createShabakaClient({ url: s.url }).calendar.deadline.query({ from: tuesday, workingDays: 1 });
    const thursday = new Date(`${day}T12:00:00Z`);
    thursday.setUTCDate(thursday.getUTCDate() + 1);
    expect(due.lastDay).toBe(thursday.toISOString().slice(0, 10));
    await page.context().close();
  });
});
