import { createInnerContext, createCaller } from '@shabaka/api';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { outboxWorker } from '../src/notifications';
import { useServer } from './server';
import { startMailServer } from '../../../packages/api/test/mail-server';

const s = useServer();
const mail = await startMailServer();
afterAll(() => mail.close());

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
});
