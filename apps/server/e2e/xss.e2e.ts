import { createShabakaClient } from '@shabaka/client';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e staff passphrase';

/** Each payload would set window.__xss or add an element #xss if it ever ran or parsed as HTML. */
const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '"><svg onload="window.__xss = 3"><b id="xss">x</b>',
  "javascript:window.__xss=4//' onmouseover='window.__xss=5",
  '{{constructor.constructor("window.__xss=6")()}}',
];
const text = (i: number) => `Payload ${i}: ${PAYLOADS[i % PAYLOADS.length]} — بلاغ`;

async function assertInert(page: Page, url: string) {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), url).toBeUndefined();
  expect(await page.locator('#xss').count(), url).toBe(0);
  expect(dialogs, url).toBe(0);
}

describe('stored payloads never execute', () => {
  it('in the portal, the staff desk, the dashboard, Open311 and the PDF receipt', async () => {
    await s.cli([
      'user:add',
      '--email',
      'xss.agent@tetouan.example',
      '--name',
      PAYLOADS[1]!,
      '--password',
      PASSWORD,
      '--role',
      'tetouan:agent',
      '--role',
      'tetouan:moderator',
    ]);
    // A citizen with a confirmed address (the CLI's accounts are confirmed), named with a payload.
    const added = await s.cli([
      'user:add',
      '--email',
      'xss.citizen@example.ma',
      '--name',
      PAYLOADS[2]!,
      '--password',
      PASSWORD,
    ]);
    expect(added.code, added.stderr).toBe(0);
    const anon = createShabakaClient({ url: s.url });
    const { token } = await anon.auth.signIn.mutate({ email: 'xss.citizen@example.ma', password: PASSWORD });
    const citizen = createShabakaClient({ url: s.url, token });
    const categoryId = (await anon.complaints.categories.query({ commune: 'tetouan' }))[0]!.id;
    const r = await citizen.complaints.submit.mutate({
      commune: 'tetouan',
      categoryId,
      description: `${text(0)} ${text(1)} ${text(2)}`,
      address: text(3),
      contact: { name: text(4), email: 'xss.citizen@example.ma' },
      replyChannel: 'email',
      // Public, so the payloads reach every public output too (Open311, tracking page).
      publicDescription: true,
    });
    const staff = createShabakaClient({
      url: s.url,
      token: (await anon.auth.signIn.mutate({ email: 'xss.agent@tetouan.example', password: PASSWORD })).token,
    });
    await staff.complaints.assign.mutate({ commune: 'tetouan', id: r.id, publicNote: text(1), internalNote: text(2) });
    await staff.complaints.note.mutate({ commune: 'tetouan', id: r.id, publicNote: text(3), internalNote: text(4) });

    const page = await (await s.browser.newContext({ locale: 'fr-MA' })).newPage();
    await assertInert(page, `${s.url}/tetouan/track/${r.code}`);
    await page.getByText('Payload 0').first().waitFor();
    // The owner's view (the secret in the fragment) adds the address.
    await assertInert(page, `${s.url}/tetouan/track/${r.code}#s=${r.secret}`);
    await page.getByText('Payload 3').first().waitFor();
    await assertInert(page, `${s.url}/tetouan/complaints`);
    await assertInert(page, `${s.url}/dashboard/`);
    // Signed in as the agent (whose own name is a payload): queue, detail, team.
    await page.goto(`${s.url}/tetouan/sign-in`);
    await page.locator('input[name="email"]').fill('xss.agent@tetouan.example');
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.endsWith('/sign-in'));
    await assertInert(page, `${s.url}/tetouan/staff`);
    await assertInert(page, `${s.url}/tetouan/staff/complaints/${r.id}`);
    await page.getByText('Payload 4').first().waitFor();
    await assertInert(page, `${s.url}/tetouan/staff/team`);
    await assertInert(page, `${s.url}/tetouan/account`);
    await page.context().close();

    // Machine outputs carry the text escaped, never as markup.
    const xml = await (await fetch(`${s.url}/open311/v2/requests/${r.code}.xml?jurisdiction_id=tetouan`)).text();
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    const pdf = await fetch(`${s.url}/receipts/${r.code}.pdf?s=${encodeURIComponent(r.secret)}`);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).toString('latin1')).not.toMatch(/\/JavaScript|\/JS\s*\(/);
  });
});
