import type { ComplaintStage } from '@shabaka/db/enums';
import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { expectFitsPhone, expectNoDeveloperText, PHONE, signInAs, useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e staff passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);

const signIn = (page: Page, slug: string, email: string) =>
  signInAs(page, `${s.url}/${slug}`, { email, password: PASSWORD });

/** The complaint page's one action area: choose the action, write the notes, send once. */
const actionChoice = (page: Page, stage: ComplaintStage) =>
  page.getByRole('radio', { name: ar('desk.action.choice.stage', { stage: ar(`complaintsGlossary.stage.${stage}`) }) });

async function moveStage(
  page: Page,
  stage: ComplaintStage,
  notes: { publicNote?: string; internalNote?: string } = {},
) {
  await actionChoice(page, stage).check();
  if (notes.publicNote) await page.getByLabel(field('desk.field.publicNote')).fill(notes.publicNote);
  if (notes.internalNote) await page.getByLabel(field('desk.field.internalNote')).fill(notes.internalNote);
  await page.getByRole('button', { name: ar('desk.action.submit') }).click();
  await page
    .getByText(ar('desk.action.stage.done', { stage: ar(`complaintsGlossary.stage.${stage}`) }))
    .first()
    .waitFor();
}

const DESCRIPTION = 'عمود الإنارة أمام المدرسة معطل منذ أسبوعين والزنقة مظلمة.';
/** The owner's secret as printed: ABCD-EFGH from an alphabet without look-alikes. */
const SECRET = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

describe('the complaints window in Chromium, in Arabic on /tetouan/', () => {
  let code = '';
  let secret = '';
  let id = '';
  const tetouanTotal = (page: Page) => page.locator('section[data-commune="tetouan"] [data-figure="complaints-total"]');

  it('takes a complaint with a photo and a map point, follows it live to resolution, and updates the dashboard', async () => {
    for (const [email, role] of [
      ['agent@tetouan.example', 'tetouan:agent'],
      ['moderator@tetouan.example', 'tetouan:moderator'],
      ['agent@asilah.example', 'asilah:agent'],
    ]) {
      const r = await s.cli(['user:add', '--email', email!, '--name', email!, '--password', PASSWORD, '--role', role!]);
      expect(r.code, r.stderr).toBe(0);
    }
    const dashboard = await s.page();
    await dashboard.goto(`${s.url}/dashboard/`);
    await dashboard.locator('section[data-commune="tetouan"]').waitFor();

    // The citizen submits, anonymously, with a photo and a point on the map.
    const citizen = await s.page();
    await citizen.goto(`${s.url}/tetouan/complaints/new`);
    await citizen.waitForSelector('html[dir="rtl"]');
    const category = citizen.getByLabel(field('complaints.field.category'));
    await category.selectOption({ index: 2 });
    await citizen.getByLabel(field('complaints.field.description')).fill(DESCRIPTION);
    await citizen.getByTestId('complaint-map-picker').click();
    // The map's controls speak Arabic; the chosen point reads with hemispheres, no minus sign.
    await citizen.getByRole('button', { name: ar('common.map.zoomIn') }).waitFor();
    await citizen.getByRole('button', { name: ar('common.map.zoomOut') }).waitFor();
    await expect.poll(() => citizen.getByText(/شمالا، .*غربا/).count(), { message: 'the chosen point' }).toBe(1);
    const chosen = (await citizen.getByText(/شمالا، .*غربا/).textContent())!;
    expect(chosen).not.toMatch(/-\d/);
    // Each coordinate holds together at 360 px (the line breaks only between the two).
    expect(chosen).toContain('°\u00a0شمالا');
    expect(chosen).toContain('°\u00a0غربا');
    // A text file renamed .jpg is refused when it is added, by its bytes, and takes no slot.
    const picker = citizen.locator('input[type="file"][name="photos"]');
    await picker.setInputFiles({
      name: 'notes.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('not a picture, just text'),
    });
    await citizen.getByText(ar('complaints.photos.error.unreadable', { name: 'notes.jpg' })).waitFor();
    expect(await citizen.getByRole('list', { name: ar('complaints.photos.listLabel') }).count()).toBe(0);
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c84' } })
      .jpeg()
      .toBuffer();
    await picker.setInputFiles({ name: 'lamp.jpg', mimeType: 'image/jpeg', buffer: photo });
    await citizen
      .getByText(ar('complaints.new.waitPhotos'))
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    // The form says what will be public; the description is not, unless ticked (it is left unticked).
    const notice = citizen.getByTestId('public-notice');
    await notice.getByText(ar('complaints.public.never')).waitFor();
    const publish = citizen.getByLabel(ar('complaints.public.tick'));
    expect(await publish.isChecked()).toBe(false);
    await citizen.getByRole('button', { name: ar('complaints.new.submit') }).click();
    code = (await citizen.getByTestId('complaint-code').textContent())!.trim();
    expect(code).toMatch(/^TET-\d{4}-\d{6}$/);
    secret = (await citizen.getByTestId('complaint-secret').textContent())!.trim();
    expect(secret).toMatch(SECRET);
    // The receipt has its own address (the secret in the fragment, never sent to the server) and survives a reload.
    expect(citizen.url()).toBe(`${s.url}/tetouan/complaints/receipt/${code}#s=${secret}`);
    await citizen.reload();
    expect((await citizen.getByTestId('complaint-code').textContent())!.trim()).toBe(code);
    expect((await citizen.getByTestId('complaint-secret').textContent())!.trim()).toBe(secret);
    await citizen.getByRole('button', { name: ar('cases.secret.copy') }).click();
    await citizen
      .getByText(new RegExp(`^(${ar('cases.copied')}|${ar('cases.selected')})$`))
      .first()
      .waitFor();
    const pdfLink = citizen.getByRole('link', { name: ar('complaints.receipt.pdf') });
    const pdfHref = (await pdfLink.getAttribute('href'))!;
    expect(pdfHref).toContain(`/receipts/${code}.pdf`);
    const pdf = await fetch(new URL(pdfHref, s.url));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // The code alone opens no receipt.
    expect((await fetch(`${s.url}/receipts/${code}.pdf`)).status).toBe(404);
    // The complaints page lists it among this device's recent cases, with a way to forget it.
    await citizen.goto(`${s.url}/tetouan/complaints`);
    await citizen.getByTestId('recent-complaint').getByRole('link', { name: code }).waitFor();

    // The dashboard's figure for Tetouan appears without a reload.
    await expect
      .poll(
        async () =>
          (
            await tetouanTotal(dashboard)
              .textContent()
              .catch(() => null)
          )?.trim(),
        { timeout: 20_000 },
      )
      .toBe('1');

    await citizen.goto(`${s.url}/tetouan/track/${code}`);
    const stage = citizen.getByTestId('complaint-stage');
    await expect.poll(() => stage.textContent()).toBe(ar('complaintsGlossary.stage.received'));
    expect(await citizen.locator('img[src*="/files/tetouan/"]').count()).toBe(1);
    // This device remembers the secret: its owner reads their own (unpublished) description.
    await citizen.getByText(ar('cases.owner.yours')).waitFor();
    expect(await citizen.getByTestId('complaint-description').textContent()).toBe(DESCRIPTION);
    // Someone else with the code sees category, area and stage, never the unticked description.
    const passer = await s.page();
    await passer.goto(`${s.url}/tetouan/track/${code}`);
    await expect
      .poll(() => passer.getByTestId('complaint-stage').textContent())
      .toBe(ar('complaintsGlossary.stage.received'));
    await passer.getByTestId('complaint-description-hidden').waitFor();
    expect(await passer.getByText(DESCRIPTION).count()).toBe(0);
    await passer.context().close();

    // A Tetouan agent processes it through the stages, on a phone, from one action area.
    const agent = await s.page();
    await agent.setViewportSize(PHONE);
    await signIn(agent, 'tetouan', 'agent@tetouan.example');
    await agent.goto(`${s.url}/tetouan/staff`);
    await agent.getByRole('link', { name: code }).click();
    id = agent.url().split('/').pop()!;
    const actions = agent.getByRole('radiogroup', { name: ar('desk.action.label') });
    await actions.waitFor();
    // One action area: one public note and one internal note on the whole page, one button to send.
    expect(await agent.locator('textarea[name="publicNote"]').count()).toBe(1);
    expect(await agent.locator('textarea[name="internalNote"]').count()).toBe(1);
    expect(await agent.getByRole('textbox', { name: field('desk.field.publicNote') }).count()).toBe(1);
    expect(await agent.getByRole('textbox', { name: field('desk.field.internalNote') }).count()).toBe(1);
    expect(await agent.getByRole('button', { name: ar('desk.action.submit') }).count()).toBe(1);
    // Only what a received complaint allows: its next stages, assigning, a note.
    expect(await actions.getByRole('radio').count()).toBe(7);
    expect(await actionChoice(agent, 'final').count()).toBe(0);
    // The chosen point reads as on the citizen's form: hemispheres, no minus sign, in Arabic.
    const point = (await agent.getByTestId('complaint-coordinates').textContent())!;
    expect(point).toMatch(/شمالا، .*غربا/);
    expect(point).not.toMatch(/-\d/);
    await expectNoDeveloperText(agent);
    await expectFitsPhone(agent);

    // Errors land on their field: no action chosen, then a rejection without its reason.
    const submit = agent.getByRole('button', { name: ar('desk.action.submit') });
    await submit.click();
    await agent.getByText(ar('desk.error.field.action')).waitFor();
    await expect.poll(() => actions.getAttribute('aria-invalid')).toBe('true');
    await actionChoice(agent, 'rejected').check();
    const reason = agent.getByRole('textbox', { name: field('desk.field.rejectionReason') });
    // The reason field appears with the choice and is marked once the form re-validates.
    await agent.getByText(ar('desk.error.field.publicNote')).waitFor();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await expectFitsPhone(agent);
    // A note alone needs a note: said under the internal note, nothing sent.
    await actions.getByRole('radio', { name: ar('desk.action.choice.note') }).check();
    await submit.click();
    await agent.getByText(ar('desk.error.field.internalNote')).waitFor();
    await expect
      .poll(() => agent.getByLabel(field('desk.field.internalNote')).getAttribute('aria-invalid'))
      .toBe('true');

    // The citizen reads the public note, never the internal one.
    const PUBLIC = 'سيتم إصلاح العمود خلال هذا الأسبوع.';
    const INTERNAL = 'يجب الاتصال بمصلحة الإنارة قبل الخميس.';
    await moveStage(agent, 'processing', { publicNote: PUBLIC, internalNote: INTERNAL });
    await expect.poll(() => stage.textContent(), { timeout: 15_000 }).toBe(ar('complaintsGlossary.stage.processing'));
    const publicTimeline = (await createShabakaClient({ url: s.url }).complaints.track.query({ code })).timeline;
    expect(publicTimeline.map((e) => e.note)).toContain(PUBLIC);
    expect(JSON.stringify(publicTimeline)).not.toContain(INTERNAL);
    // Assigning is one of the choices while the complaint is open: its own fields appear with it.
    await actions.getByRole('radio', { name: ar('desk.action.choice.assign') }).check();
    await agent.getByLabel(field('desk.field.department')).selectOption({ index: 1 });
    await submit.click();
    await agent
      .getByText(ar('desk.action.assign.done', { who: ar('desk.unassigned') }))
      .first()
      .waitFor();
    await moveStage(agent, 'final');
    await moveStage(agent, 'resolved');
    // Closed: only a note is left, and the page says why.
    await agent.getByText(ar('desk.action.stage.none')).waitFor();
    expect(await actions.getByRole('radio').count()).toBe(1);
    // The same page in French and Spanish: worded in the page's language, no raw key, fits the phone.
    for (const lang of ['fr', 'es'] as const) {
      await agent.goto(`${s.url}/tetouan/staff/complaints/${id}?lang=${lang}`);
      await agent.getByRole('radiogroup', { name: translate(lang, 'desk.action.label') }).waitFor();
      await agent.getByRole('button', { name: translate(lang, 'desk.action.submit') }).waitFor();
      // Decimal comma, hemispheres, each coordinate held together by a no-break space.
      expect(await agent.getByTestId('complaint-coordinates').textContent()).toMatch(
        /^35,\d{5}°\u00a0N · 5,\d{5}°\u00a0O$/,
      );
      await expectNoDeveloperText(agent);
      await expectFitsPhone(agent);
    }
    // The citizen's tracking page follows without a reload.
    await expect.poll(() => stage.textContent(), { timeout: 15_000 }).toBe(ar('complaintsGlossary.stage.resolved'));

    // An agent of Asilah can neither see nor act on it.
    const anon = createShabakaClient({ url: s.url });
    const { token } = await anon.auth.signIn.mutate({ email: 'agent@asilah.example', password: PASSWORD });
    const asilah = createShabakaClient({ url: s.url, token });
    await expect(asilah.complaints.detail.query({ commune: 'tetouan', id })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    await expect(
      asilah.complaints.transition.mutate({ commune: 'tetouan', id, to: 'processing' }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    await expect(asilah.complaints.detail.query({ commune: 'asilah', id })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    for (const p of [citizen, agent, dashboard]) await p.context().close();
  });

  it('hides the photo everywhere after three distinct reports, and a moderator restores it', async () => {
    const anon = createShabakaClient({ url: s.url });
    const tracked = await anon.complaints.track.query({ code });
    const attachmentId = tracked.photos[0]!.id;
    // Anonymous reports from one address count once, whatever device id the client claims.
    await anon.photos.report.mutate({ commune: 'tetouan', attachmentId, reason: 'offensive' });
    expect(
      await anon.photos.report.mutate({
        commune: 'tetouan',
        attachmentId,
        reason: 'spam',
        deviceId: 'device-two-e2e-0002',
      } as never),
    ).toMatchObject({ alreadyReported: true });
    const { token } = await anon.auth.signIn.mutate({ email: 'agent@asilah.example', password: PASSWORD });
    await createShabakaClient({ url: s.url, token }).photos.report.mutate({
      commune: 'tetouan',
      attachmentId,
      reason: 'personal_data',
    });
    expect((await anon.complaints.track.query({ code })).photos).toHaveLength(1);

    // The third reporter, signed in, reports from the tracking page with the keyboard: a confirmation keeps the focus.
    const reporter = await s.page();
    await signIn(reporter, 'tetouan', 'agent@tetouan.example');
    await reporter.goto(`${s.url}/tetouan/track/${code}`);
    await reporter.getByRole('button', { name: ar('complaints.report.open') }).click();
    await reporter.getByLabel(field('complaints.report.reason')).selectOption('offensive');
    await reporter.getByRole('button', { name: ar('complaints.report.submit') }).press('Enter');
    const confirmation = reporter.getByRole('status').filter({ hasText: ar('complaints.report.hidden') });
    await confirmation.waitFor();
    await expect.poll(() => reporter.locator('img[src*="/files/tetouan/"]').count(), { timeout: 15_000 }).toBe(0);
    expect(await confirmation.evaluate((el) => el === document.activeElement)).toBe(true);
    await reporter.context().close();

    // Hidden in the SDK, in Open311, in the file route and on the portal; the complaint stays.
    const after = await anon.complaints.track.query({ code });
    expect(after.photos).toEqual([]);
    expect(after.stage).toBe('resolved');
    const open311 = (await (
      await fetch(`${s.url}/open311/v2/requests/${code}.json?jurisdiction_id=tetouan`)
    ).json()) as Record<string, unknown>[];
    expect(open311[0]!.service_request_id).toBe(code);
    expect(open311[0]!.media_url ?? null).toBeNull();
    expect((await fetch(`${s.url}/files/tetouan/${attachmentId}`)).status).toBe(404);
    const citizen = await s.page();
    await citizen.goto(`${s.url}/tetouan/track/${code}`);
    await citizen.getByTestId('complaint-stage').waitFor();
    expect(await citizen.locator('img[src*="/files/tetouan/"]').count()).toBe(0);

    const moderator = await s.page();
    await signIn(moderator, 'tetouan', 'moderator@tetouan.example');
    await moderator.goto(`${s.url}/tetouan/staff/moderation`);
    // The moderator sees who reported: two accounts, one anonymous address.
    await moderator
      .getByText(ar('desk.moderation.reporterSplit', { accounts: '٢', anonymous: '١' }))
      .or(moderator.getByText(ar('desk.moderation.reporterSplit', { accounts: '2', anonymous: '1' })))
      .first()
      .waitFor();
    await moderator
      .getByRole('button', { name: ar('desk.moderation.restore') })
      .first()
      .click();
    await expect
      .poll(async () => (await anon.complaints.track.query({ code })).photos.length, { timeout: 15_000 })
      .toBe(1);
    await citizen.reload();
    await citizen.locator('img[src*="/files/tetouan/"]').first().waitFor();
    for (const p of [citizen, moderator]) await p.context().close();
  });

  it('lets only the owner reopen or rate: not a stranger with the code; the owner with the printed secret, or with their account', async () => {
    // A stranger with only the code (fresh browser, nothing on the device) is refused.
    const stranger = await s.page();
    await stranger.goto(`${s.url}/tetouan/track/${code}`);
    await expect
      .poll(() => stranger.getByTestId('complaint-stage').textContent())
      .toBe(ar('complaintsGlossary.stage.resolved'));
    const strangerRate = stranger.locator('form', { has: stranger.getByRole('radiogroup') });
    await strangerRate.getByRole('radio', { name: ar('complaints.rate.value.1') }).check();
    await strangerRate.getByRole('button', { name: ar('complaints.rate.submit') }).click();
    // Without a secret: asked for one, nothing sent.
    await strangerRate.getByText(ar('cases.error.secretFormat')).waitFor();
    await strangerRate.getByLabel(field('cases.field.secret')).fill('ZZZZ-ZZZZ');
    await strangerRate.getByRole('button', { name: ar('complaints.rate.submit') }).click();
    await strangerRate.getByText(ar('complaints.error.reason.wrong_secret')).waitFor();
    const strangerReopen = stranger.locator('form', { has: stranger.getByLabel(field('complaints.reopen.reason')) });
    await strangerReopen.getByLabel(field('complaints.reopen.reason')).fill('هذه ليست شكايتي لكني أعيد فتحها.');
    await strangerReopen.getByLabel(field('cases.field.secret')).fill('YYYY-YYYY');
    await strangerReopen.getByRole('button', { name: ar('complaints.reopen.submit') }).click();
    await strangerReopen.getByText(ar('complaints.error.reason.wrong_secret')).waitFor();
    const anon = createShabakaClient({ url: s.url });
    await expect(anon.complaints.reopen.mutate({ code, reason: 'بدون أي إثبات للملكية.' })).rejects.toMatchObject({
      data: { reason: 'owner_proof_required' },
    });
    expect((await anon.complaints.track.query({ code })).stage).toBe('resolved');
    expect((await anon.complaints.track.query({ code, secret })).rating).toBeNull();
    await stranger.context().close();

    // The owner on another device types the printed secret by hand (lower case, a space): the complaint reopens.
    const owner = await s.page();
    await owner.goto(`${s.url}/tetouan/track/${code}`);
    await expect
      .poll(() => owner.getByTestId('complaint-stage').textContent())
      .toBe(ar('complaintsGlossary.stage.resolved'));
    const typed = secret.toLowerCase().replace('-', ' ');
    const reason = 'ما زال العمود معطلًا بعد أسبوع من الإصلاح.';
    const reopen = owner.locator('form', { has: owner.getByLabel(field('complaints.reopen.reason')) });
    await reopen.getByLabel(field('complaints.reopen.reason')).fill(reason);
    await reopen.getByLabel(field('cases.field.secret')).fill(typed);
    await reopen.getByRole('button', { name: ar('complaints.reopen.submit') }).click();
    await expect
      .poll(() => owner.getByTestId('complaint-stage').textContent(), { timeout: 15_000 })
      .toBe(ar('complaintsGlossary.stage.processing'));
    await owner.getByText(ar('cases.owner.yours')).waitFor();
    await owner.getByText(ar('complaints.reopen.done')).waitFor();
    // The reason waits for the commune's review before the public timeline shows it.
    const publicNotes = async () => (await anon.complaints.track.query({ code })).timeline.map((e) => e.note);
    expect(await publicNotes()).not.toContain(reason);

    // Staff accept it from the complaint's page: then it is public.
    const agent = await s.page();
    await signIn(agent, 'tetouan', 'agent@tetouan.example');
    await agent.goto(`${s.url}/tetouan/staff/complaints/${id}`);
    const pending = agent.getByTestId('pending-texts');
    await pending.getByText(reason).waitFor();
    await pending.getByRole('button', { name: ar('desk.pending.accept') }).click();
    await agent.getByText(ar('desk.pending.accepted')).first().waitFor();
    await expect.poll(publicNotes).toContain(reason);
    await owner.context().close();

    // A signed-in citizen's own complaint: the account is the proof, on any device, no secret asked.
    const r = await s.cli(['user:add', '--email', 'citizen@example.ma', '--name', 'Citizen', '--password', PASSWORD]);
    expect(r.code, r.stderr).toBe(0);
    const citizen = await s.page();
    await signIn(citizen, 'tetouan', 'citizen@example.ma');
    await citizen.goto(`${s.url}/tetouan/complaints/new`);
    await citizen.getByLabel(field('complaints.field.category')).selectOption({ index: 1 });
    const words = 'حفرة كبيرة وسط الطريق قرب المسجد تشكل خطرًا على الدراجات.';
    await citizen.getByLabel(field('complaints.field.description')).fill(words);
    await citizen.getByLabel(field('complaints.field.address')).fill('زنقة 12، حي الملاح');
    // This citizen chooses to publish the description.
    await citizen.getByLabel(ar('complaints.public.tick')).check();
    await citizen.getByRole('button', { name: ar('complaints.new.submit') }).click();
    const mine = (await citizen.getByTestId('complaint-code').textContent())!.trim();
    const published = await anon.complaints.track.query({ code: mine });
    expect(published.description).toBe(words);
    expect(published.address).toBeNull();

    const { token } = await anon.auth.signIn.mutate({ email: 'agent@tetouan.example', password: PASSWORD });
    const staff = createShabakaClient({ url: s.url, token });
    const mineId = (await staff.complaints.queue.query({ commune: 'tetouan' })).items.find((i) => i.code === mine)!.id;
    for (const to of ['processing', 'final', 'resolved'] as const)
      await staff.complaints.transition.mutate({ commune: 'tetouan', id: mineId, to });

    // Forgetting the device's memory leaves the account as the only proof.
    await citizen.goto(`${s.url}/tetouan/complaints`);
    await citizen.getByRole('button', { name: ar('cases.recent.forgetAll') }).click();
    await citizen.getByText(ar('cases.recent.forgottenAll')).waitFor();
    await citizen.goto(`${s.url}/tetouan/track/${mine}`);
    await expect
      .poll(() => citizen.getByTestId('complaint-stage').textContent())
      .toBe(ar('complaintsGlossary.stage.resolved'));
    await citizen.getByText(ar('cases.owner.yours')).waitFor();
    const rate = citizen.locator('form', { has: citizen.getByRole('radiogroup') });
    expect(await rate.getByLabel(field('cases.field.secret')).count()).toBe(0);
    await rate.getByRole('radio', { name: ar('complaints.rate.value.5') }).check();
    await rate.getByRole('button', { name: ar('complaints.rate.submit') }).click();
    await rate.getByText(ar('complaints.rate.thanks')).waitFor();
    const { token: citizenToken } = await anon.auth.signIn.mutate({ email: 'citizen@example.ma', password: PASSWORD });
    expect(
      (await createShabakaClient({ url: s.url, token: citizenToken }).complaints.track.query({ code: mine })).rating,
    ).toBe(5);

    // Staff hide the published description (a reason, then a confirm step): the public no longer sees it.
    await agent.goto(`${s.url}/tetouan/staff/complaints/${mineId}`);
    await agent.getByRole('button', { name: ar('desk.redact.open') }).click();
    await agent.getByLabel(field('desk.redact.reason')).fill('يذكر عنوان منزل خاص.');
    await agent.getByRole('button', { name: ar('desk.redact.submit') }).click();
    await agent.getByRole('button', { name: ar('desk.redact.yes') }).click();
    await agent.getByText(ar('desk.redact.done')).first().waitFor();
    expect((await anon.complaints.track.query({ code: mine })).description).toBeNull();
    for (const p of [citizen, agent]) await p.context().close();
  });

  it('registers a paper complaint at the counter and prints its receipt', async () => {
    const agent = await s.page();
    await signIn(agent, 'tetouan', 'agent@tetouan.example');
    await agent.goto(`${s.url}/tetouan/staff/counter`);
    await agent.getByLabel(field('desk.counter.channel')).selectOption('paper');
    await agent.getByLabel(field('desk.field.category')).selectOption({ index: 1 });
    await agent.getByLabel(field('desk.detail.description')).fill('رسالة ورقية حول تراكم النفايات قرب السوق المركزي.');
    await agent.getByLabel(field('desk.field.address')).fill('السوق المركزي، تطوان');
    await agent.getByLabel(field('desk.field.replyChannel')).selectOption('paper');
    // The citizen agreed, aloud, to publish the description.
    await agent.getByLabel(ar('desk.counter.publicDescription')).check();
    await agent.getByRole('button', { name: ar('desk.counter.submit') }).click();
    const paperCode = (await agent.getByTestId('complaint-code').textContent())!.trim();
    expect(paperCode).toMatch(/^TET-\d{4}-\d{6}$/);
    // The secret is shown once, and the printed receipt carries it for the citizen.
    const paperSecret = (await agent.getByTestId('complaint-secret').textContent())!.trim();
    expect(paperSecret).toMatch(SECRET);
    const print = agent.getByRole('link', { name: ar('desk.counter.done.print') });
    const href = (await print.getAttribute('href'))!;
    expect(href).toBe(`/receipts/${paperCode}.pdf?s=${encodeURIComponent(paperSecret)}`);
    const pdf = await fetch(new URL(href, s.url));
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const tracked = await createShabakaClient({ url: s.url }).complaints.track.query({ code: paperCode });
    expect(tracked.channel).toBe('paper');
    expect(tracked.owner).toBe(false);
    expect(tracked.description).toBe('رسالة ورقية حول تراكم النفايات قرب السوق المركزي.');
    expect(tracked.address).toBeNull();
    await agent.context().close();
  });
});
