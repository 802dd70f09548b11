import { createInnerContext, createCaller, runAdminCommand } from '@shabaka/api';
import { createShabakaClient } from '@shabaka/client';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { deadlineWatch, digestWatch, outboxWorker } from '../src/notifications';
import { useServer } from './server';
import { parseMail, startMailServer } from '../../../packages/api/test/mail-server';

const s = useServer();
const mail = await startMailServer();
afterAll(() => mail.close());

async function account(email: string, roles: string[] = []) {
  await runAdminCommand({ db: s.handle.db, events: s.events }, 'user:add', {
    email,
    displayName: email.split('@')[0],
    password: 'a long enough passphrase',
    roles,
  });
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
    email,
    password: 'a long enough passphrase',
  });
  return { token, client: createShabakaClient({ url: s.url, token }) };
}

describe('notifications in the server', () => {
  it('reads the notification settings once, validated, without printing credentials', () => {
    const config = loadConfig({
      SHABAKA_SMTP_URL: 'smtp://user:pa55word@mail.example.ma:587',
      SHABAKA_SMS_DRIVER: 'http',
      SHABAKA_SMS_URL: 'https://sms.example.ma/send',
      SHABAKA_SMS_AUTH: 'Bearer sms-credential',
      SHABAKA_PUBLIC_URL: 'https://shabaka.ma',
      SHABAKA_NOTIFY_MAX_ATTEMPTS: '5',
    });
    expect(config.notifications).toMatchObject({ mailFrom: 'Shabaka <no-reply@shabaka.ma>', maxAttempts: 5 });
    expect(config.notifications.sms).toMatchObject({ driver: 'http', url: 'https://sms.example.ma/send' });
    expect(JSON.stringify(config)).not.toMatch(/pa55word|sms-credential/);
    expect(() => loadConfig({ SHABAKA_SMS_DRIVER: 'http' })).toThrow(/SHABAKA_SMS_URL/);
    expect(() => loadConfig({ SHABAKA_SMTP_URL: 'mail.example.ma' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'development' }).notifications.sms.driver).toBe('file');
    expect(loadConfig({}).notifications.sms.driver).toBe('off');
    // The retry and lease waits (the crash test shortens them); a lease under a second is refused.
    expect(loadConfig({}).notifications).toMatchObject({ retryMs: 30_000, leaseMs: 300_000 });
    expect(loadConfig({ SHABAKA_NOTIFY_RETRY_MS: '200', SHABAKA_NOTIFY_LEASE_MS: '2000' }).notifications).toMatchObject(
      { retryMs: 200, leaseMs: 2000 },
    );
    expect(() => loadConfig({ SHABAKA_NOTIFY_LEASE_MS: '10' })).toThrow(/SHABAKA_NOTIFY_LEASE_MS/);
  });

  it('delivers the outbox from the server’s worker, and the short link leads to the case', async () => {
    const config = loadConfig({ SHABAKA_SMTP_URL: mail.url, SHABAKA_PUBLIC_URL: s.url });
    const worker = outboxWorker(config, s.deps, { warn: () => {} });
    worker.start();
    try {
      const caller = createCaller(await createInnerContext(s.deps, { language: 'es' }));
      const category = (await caller.complaints.categories({ commune: 'mdiq' }))[0]!;
      const r = await caller.complaints.submit({
        commune: 'mdiq',
        categoryId: category.id,
        description: 'Hay un bache enorme delante del mercado central.',
        address: 'Mercado central',
        contact: { email: 'vecina@example.es' },
        replyChannel: 'email',
      });
      await expect.poll(() => mail.received.length, { timeout: 5000 }).toBe(1);
      expect(mail.received[0]!.subject).toContain(r.code);
      expect(mail.received[0]!.html).toMatch(/<html lang="es" dir="ltr">/);
      const link = `${s.url}/t/${r.code}`;
      expect(mail.received[0]!.text).toContain(link);

      const res = await fetch(link, { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`/mdiq/track/${r.code}`);
      // Typed loosely, as a code read off a phone: still the case.
      expect((await fetch(`${s.url}/t/${r.code.toLowerCase()}`, { redirect: 'manual' })).headers.get('location')).toBe(
        `/mdiq/track/${r.code}`,
      );
      const unknown = await fetch(`${s.url}/t/ZZZZ-2026-000001`, { headers: { 'accept-language': 'fr' } });
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain('Ce lien ne mène à aucun dossier');
    } finally {
      await worker.stop();
    }
  });

  it('writes emails to .eml files in development without an SMTP server, so a sign-up can be confirmed', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'shabaka-mail-'));
    try {
      // Development without SHABAKA_SMTP_URL: <data dir>/mail; never in production unless asked.
      expect(loadConfig({ NODE_ENV: 'development', SHABAKA_DATA_DIR: dataDir }).notifications.mailDir).toBe(
        join(dataDir, 'mail'),
      );
      expect(loadConfig({ SHABAKA_DATA_DIR: dataDir }).notifications.mailDir).toBeUndefined();
      expect(
        loadConfig({ NODE_ENV: 'development', SHABAKA_SMTP_URL: mail.url, SHABAKA_DATA_DIR: dataDir }).notifications
          .mailDir,
      ).toBeUndefined();
      const config = loadConfig({ NODE_ENV: 'development', SHABAKA_DATA_DIR: dataDir, SHABAKA_PUBLIC_URL: s.url });
      const written: string[] = [];
      const worker = outboxWorker(config, s.deps, {
        warn: () => {},
        info: (o) => written.push((o as { path: string }).path),
      });
      worker.start();
      try {
        await createShabakaClient({ url: s.url }).auth.signUp.mutate({
          commune: 'mdiq',
          email: 'dev.signup@example.ma',
          password: 'a long enough passphrase',
          displayName: 'Dev',
        });
        await expect.poll(() => written.length, { timeout: 5000 }).toBe(1);
        expect(dirname(written[0]!)).toBe(join(dataDir, 'mail'));
        // A whole MIME message, as the SMTP server would have received it.
        const eml = await parseMail(await readFile(written[0]!));
        expect(eml.to).toMatchObject({ text: 'dev.signup@example.ma' });
        expect(eml.text).toMatch(new RegExp(`${s.url}/mdiq/verify-email#[A-Za-z0-9_-]{20,}`));
        expect(eml.html).toMatch(/<html lang="(ar|fr|es)"/);
      } finally {
        await worker.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('pushes a signed-in citizen’s unread count over the event stream as staff answer', async () => {
    const citizen = await account('bell.citizen@example.ma');
    const agent = await account('bell.agent@example.ma', ['mdiq:agent']);
    const category = (await citizen.client.complaints.categories.query({ commune: 'mdiq' }))[0]!;
    const r = await citizen.client.complaints.submit.mutate({
      commune: 'mdiq',
      categoryId: category.id,
      description: 'Hay un bache enorme delante del mercado central.',
      address: 'Mercado central',
      contact: {},
      replyChannel: 'portal',
    });

    const abort = new AbortController();
    const res = await fetch(`${s.url}/trpc/notifications.onUnread`, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${citizen.token}` },
      signal: abort.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let seen = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(seen)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${pattern}: ${seen}`);
        seen += value;
      }
    };
    try {
      await until(/"unread":1\b/);
      await agent.client.complaints.transition.mutate({
        commune: 'mdiq',
        id: r.id,
        to: 'processing',
        publicNote: 'Lo revisamos esta semana.',
      });
      await until(/"unread":2\b/);
    } finally {
      abort.abort();
    }
    // Anonymous: no stream of anyone's count.
    const anon = await fetch(`${s.url}/trpc/notifications.onUnread`, { headers: { accept: 'text/event-stream' } });
    const body = await anon.text();
    expect(body).toMatch(/UNAUTHORIZED/);
  });

  it('sweeps staff deadlines from the server, every SHABAKA_NOTIFY_DEADLINES_MS', async () => {
    expect(loadConfig({}).notifications.deadlinesMs).toBe(900_000);
    expect(() => loadConfig({ SHABAKA_NOTIFY_DEADLINES_MS: '10' })).toThrow(/SHABAKA_NOTIFY_DEADLINES_MS/);
    const lead = await account('sweep.lead@example.ma', ['mdiq:commune_admin']);
    const agent = await account('sweep.agent@example.ma', ['mdiq:agent']);
    const category = (await lead.client.complaints.categories.query({ commune: 'mdiq' }))[0]!;
    const r = await lead.client.complaints.register.mutate({
      commune: 'mdiq',
      categoryId: category.id,
      description: 'Une fuite d’eau devant l’école depuis lundi.',
      address: 'Rue de l’école',
      contact: {},
      replyChannel: 'portal',
      channel: 'counter',
    });
    const { id: agentId } = await s.handle.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'sweep.agent@example.ma')
      .executeTakeFirstOrThrow();
    await lead.client.complaints.assign.mutate({ commune: 'mdiq', id: r.id, assigneeId: agentId });
    // Its answer was due an hour ago.
    await s.handle.db
      .updateTable('complaints')
      .set({ answerDueAt: new Date(Date.now() - 3_600_000) })
      .where('id', '=', r.id)
      .execute();
    const watch = deadlineWatch(loadConfig({ SHABAKA_NOTIFY_DEADLINES_MS: '60000' }), s.deps, { warn: () => {} });
    watch.start();
    try {
      await expect
        .poll(async () =>
          (await agent.client.notifications.inbox.query({ language: 'fr' })).items.map((i) => i.template),
        )
        .toEqual(['staff.overdue', 'staff.assigned']);
    } finally {
      await watch.stop();
    }
    // Idempotent: a second sweep says nothing new.
    expect(await watch.runOnce()).toBe(0);
  });

  it('leads the short link of an information request to its tracking page', async () => {
    const caller = createCaller(await createInnerContext(s.deps, { language: 'fr' }));
    const r = await caller.informationRequests.submit({
      commune: 'mdiq',
      subject: 'Budget de l’éclairage public',
      description: 'Je souhaite connaître le budget et les contrats de l’éclairage public de 2026.',
      requester: { name: 'Salma Bennani', email: 'salma@example.ma' },
      deliveryChannel: 'email',
    });
    const res = await fetch(`${s.url}/t/${r.code}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/mdiq/information/${r.code}`);
    // A document's code leads to its verify page (the link of a document.issued notice).
    const doc = await fetch(`${s.url}/t/MDQ-DOC-2026-000001`, { redirect: 'manual' });
    expect([doc.status, doc.headers.get('location')]).toEqual([302, '/verify/MDQ-DOC-2026-000001']);
  });

  it('unsubscribes from a followed case’s emails with the one-click POST (RFC 8058), idempotent', async () => {
    expect(loadConfig({}).notifications.digestsMs).toBe(900_000);
    expect(() => loadConfig({ SHABAKA_NOTIFY_DIGESTS_MS: '5' })).toThrow(/SHABAKA_NOTIFY_DIGESTS_MS/);
    const author = await account('unsub.author@example.ma');
    const fan = await account('unsub.fan@example.ma');
    const agent = await account('unsub.agent@example.ma', ['mdiq:agent']);
    const category = (await author.client.complaints.categories.query({ commune: 'mdiq' }))[0]!;
    const r = await author.client.complaints.submit.mutate({
      commune: 'mdiq',
      categoryId: category.id,
      description: 'Hay un bache enorme delante del mercado central.',
      address: 'Mercado central',
      contact: {},
      replyChannel: 'portal',
    });
    await fan.client.complaints.follow.mutate({ code: r.code });
    const caseId = (
      await s.handle.db.selectFrom('complaints').select('id').where('code', '=', r.code).executeTakeFirstOrThrow()
    ).id;
    await agent.client.complaints.transition.mutate({ commune: 'mdiq', id: caseId, to: 'processing' });

    const config = loadConfig({ SHABAKA_SMTP_URL: mail.url, SHABAKA_PUBLIC_URL: s.url });
    const worker = outboxWorker(config, s.deps, { warn: () => {} });
    worker.start();
    // Nothing held for a digest here (the fan chose nothing but "immediate"): the sweep sends none.
    expect(await digestWatch(config, s.deps, { warn: () => {} }).runOnce()).toBe(0);
    try {
      const fanMail = () => mail.received.filter((m) => m.envelopeTo.includes('unsub.fan@example.ma'));
      await expect.poll(() => fanMail().length, { timeout: 5000 }).toBe(1);
      const line = fanMail()[0]!.headerLines.find((l) => l.key === 'list-unsubscribe')!.line;
      const link = /<([^>]+)>/.exec(line)![1]!;
      expect(link.startsWith(`${s.url}/mdiq/unsubscribe?t=`)).toBe(true);
      const press = () =>
        fetch(link, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'fr' },
          body: 'List-Unsubscribe=One-Click',
        });
      const first = await press();
      expect(first.status).toBe(200);
      expect(await first.text()).toContain('Désabonnement enregistré');
      expect((await press()).status).toBe(200);
      const prefs = await fan.client.notifications.preferences.query();
      expect(prefs.channels.find((c) => c.channel === 'email')).toMatchObject({ frequency: 'never', source: 'email' });
      expect(prefs.history.filter((e) => e.source === 'email')).toHaveLength(1);
      const bad = await fetch(`${s.url}/mdiq/unsubscribe?t=${'x'.repeat(32)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(bad.status).toBe(400);
    } finally {
      await worker.stop();
    }
  });
});
