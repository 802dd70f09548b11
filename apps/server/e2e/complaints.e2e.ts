import { createShabakaClient } from '@shabaka/client';
import { translate } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e staff passphrase';
const ar = (key: string, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: string) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);

async function signIn(page: Page, slug: string, email: string) {
  await page.goto(`${s.url}/${slug}/sign-in`);
  await page.getByLabel(ar('portal.field.email')).fill(email);
  await page.getByLabel(ar('portal.field.password')).fill(PASSWORD);
  await page.getByRole('button', { name: ar('portal.signIn.submit') }).click();
  await page.getByRole('link', { name: ar('portal.nav.account') }).waitFor();
}

async function moveStage(page: Page, stage: string) {
  await page.getByLabel(ar('desk.action.stage.label')).selectOption(stage);
  await page.getByRole('button', { name: ar('desk.action.stage.submit') }).click();
  await page.getByText(ar('desk.action.stage.done', { stage: ar(`desk.stage.${stage}`) })).first().waitFor();
}

describe('the complaints window in Chromium, in Arabic on /tetouan/', () => {
  let code = '';
  let id = '';
  const tetouanTotal = (page: Page) => page.locator('section[data-commune="tetouan"] [data-figure="complaints-total"]');

  it('takes a complaint with a photo and a map point, follows it live to resolution, and updates the dashboard', async () => {
    for (const [email, role] of [['agent@tetouan.example', 'tetouan:agent'], ['moderator@tetouan.example', 'tetouan:moderator'], ['agent@asilah.example', 'asilah:agent']]) {
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
    await citizen.getByLabel(field('complaints.field.description')).fill('عمود الإنارة أمام المدرسة معطل منذ أسبوعين والزنقة مظلمة.');
    await citizen.getByTestId('complaint-map-picker').click();
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c84' } }).jpeg().toBuffer();
    await citizen.locator('input[type="file"][name="photos"]').setInputFiles({ name: 'lamp.jpg', mimeType: 'image/jpeg', buffer: photo });
    await citizen.getByText(ar('complaints.new.waitPhotos')).waitFor({ state: 'detached' }).catch(() => undefined);
    await citizen.getByRole('button', { name: ar('complaints.new.submit') }).click();
    code = (await citizen.getByTestId('complaint-code').textContent())!.trim();
    expect(code).toMatch(/^TET-\d{4}-\d{6}$/);
    const pdfLink = citizen.getByRole('link', { name: ar('complaints.receipt.pdf') });
    const href = (await pdfLink.getAttribute('href'))!;
    expect(href).toContain(`/receipts/${code}.pdf`);
    // The link carries the secret (the receipt is the owner's).
    const pdf = await fetch(new URL(href, s.url));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    // The dashboard's figure for Tetouan appears without a reload.
    await expect.poll(async () => (await tetouanTotal(dashboard).textContent().catch(() => null))?.trim(), { timeout: 20_000 }).toBe('1');

    await citizen.goto(`${s.url}/tetouan/track/${code}`);
    const stage = citizen.getByTestId('complaint-stage');
    await expect.poll(() => stage.textContent()).toBe(ar('complaints.stage.received'));
    expect(await citizen.locator('img[src*="/files/tetouan/"]').count()).toBe(1);

    // A Tetouan agent processes it through the stages.
    const agent = await s.page();
    await signIn(agent, 'tetouan', 'agent@tetouan.example');
    await agent.goto(`${s.url}/tetouan/staff`);
    await agent.getByRole('link', { name: code }).click();
    id = agent.url().split('/').pop()!;
    await moveStage(agent, 'processing');
    await expect.poll(() => stage.textContent(), { timeout: 15_000 }).toBe(ar('complaints.stage.processing'));
    await moveStage(agent, 'final');
    await moveStage(agent, 'resolved');
    // The citizen's tracking page follows without a reload.
    await expect.poll(() => stage.textContent(), { timeout: 15_000 }).toBe(ar('complaints.stage.resolved'));

    // An agent of Asilah can neither see nor act on it.
    const anon = createShabakaClient({ url: s.url });
    const { token } = await anon.auth.signIn.mutate({ email: 'agent@asilah.example', password: PASSWORD });
    const asilah = createShabakaClient({ url: s.url, token });
    await expect(asilah.complaints.detail.query({ commune: 'tetouan', id })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    await expect(asilah.complaints.transition.mutate({ commune: 'tetouan', id, to: 'processing' })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    await expect(asilah.complaints.detail.query({ commune: 'asilah', id })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    for (const p of [citizen, agent, dashboard]) await p.context().close();
  });

  it('hides the photo everywhere after three distinct reports, and a moderator restores it', async () => {
    const anon = createShabakaClient({ url: s.url });
    const tracked = await anon.complaints.track.query({ code });
    const attachmentId = tracked.photos[0]!.id;
    // Anonymous reports from one address count once, whatever device id the client claims.
    await anon.photos.report.mutate({ commune: 'tetouan', attachmentId, reason: 'offensive' });
    expect(await anon.photos.report.mutate({ commune: 'tetouan', attachmentId, reason: 'spam', deviceId: 'device-two-e2e-0002' } as never)).toMatchObject({ alreadyReported: true });
    const { token } = await anon.auth.signIn.mutate({ email: 'agent@asilah.example', password: PASSWORD });
    await createShabakaClient({ url: s.url, token }).photos.report.mutate({ commune: 'tetouan', attachmentId, reason: 'personal_data' });
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
    const open311 = (await (await fetch(`${s.url}/open311/v2/requests/${code}.json?jurisdiction_id=tetouan`)).json()) as Record<string, unknown>[];
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
    await moderator.getByText(ar('desk.moderation.reporterSplit', { accounts: '٢', anonymous: '١' })).or(moderator.getByText(ar('desk.moderation.reporterSplit', { accounts: '2', anonymous: '1' }))).first().waitFor();
    await moderator.getByRole('button', { name: ar('desk.moderation.restore') }).first().click();
    await expect.poll(async () => (await anon.complaints.track.query({ code })).photos.length, { timeout: 15_000 }).toBe(1);
    await citizen.reload();
    await citizen.locator('img[src*="/files/tetouan/"]').first().waitFor();
    for (const p of [citizen, moderator]) await p.context().close();
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
    await agent.getByRole('button', { name: ar('desk.counter.submit') }).click();
    const paperCode = (await agent.getByTestId('complaint-code').textContent())!.trim();
    expect(paperCode).toMatch(/^TET-\d{4}-\d{6}$/);
    const print = agent.getByRole('link', { name: ar('desk.counter.done.print') });
    const href = (await print.getAttribute('href'))!;
    const pdf = await fetch(new URL(href, s.url));
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const tracked = await createShabakaClient({ url: s.url }).complaints.track.query({ code: paperCode });
    expect(tracked.channel).toBe('paper');
    await agent.context().close();
  });
});
