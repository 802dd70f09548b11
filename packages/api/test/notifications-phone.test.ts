import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInnerContext } from '../src/context';
import { createOutboxWorker, httpSmsDriver, type OutboxWorker } from '../src/notifications';
import { CODE_MAX_ATTEMPTS } from '../src/notifications/phone';
import { createCaller } from '../src/root';
import { useHarness, withCommuneSettings } from './harness';

/*
 * Following a case by SMS with a phone confirmed by a code, and listing a phone's cases
 * (issue 13), through the real router. The codes are read from what the local HTTP server
 * standing in for the SMS gateway received, delivered by the outbox worker.
 */
const h = useHarness();
const PUBLIC_URL = 'https://shabaka.ma';
let worker: OutboxWorker;
let gateway: ReturnType<typeof createServer>;
const sms: { to: string; text: string }[] = [];
type Caller = Awaited<ReturnType<typeof h.user>>['caller'];
let agent: Caller;
let categoryId: string;

beforeAll(async () => {
  gateway = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as { to: string; text: string };
      sms.push({ to: body.to, text: body.text });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `gw-${sms.length}` }));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(gateway.address() as { port: number }).port}/send`;
  worker = createOutboxWorker(
    { db: h.handle.db, clock: h.clock },
    { drivers: { sms: httpSmsDriver({ url, idField: 'id' }) }, publicUrl: PUBLIC_URL, mailFrom: 'x@shabaka.ma' },
  );
  agent = (await h.user('agent.phone@example.ma', ['tetouan:agent'])).caller;
  categoryId = (await h.anon().complaints.categories({ commune: 'tetouan' })).find((c) => c.code === 'lighting')!.id;
});
afterAll(async () => {
  await worker.stop();
  gateway.close();
});

const drain = async () => {
  while ((await worker.runOnce()) > 0);
};

/** The last code the gateway carried to `e164`. */
async function codeSentTo(e164: string) {
  await drain();
  const last = sms.filter((m) => m.to === e164 && !m.text.includes('/t/')).at(-1);
  expect(last, `a code SMS to ${e164}`).toBeDefined();
  return /(\d{6})/.exec(last!.text)![1]!;
}

const anon = (ip: string, language = 'fr') => createCaller(() => createInnerContext(h.deps, { ip, language }));

/** A complaint filed with no contact at all (the citizen keeps the receipt's code and secret). */
const file = (ip: string) =>
  anon(ip).complaints.submit({
    commune: 'tetouan',
    categoryId,
    description: 'The street lamp in front of the school has been off for two weeks.',
    address: 'Avenue Mohammed V',
  });

describe('following a case by SMS', () => {
  it('confirms the phone with a code, then a staff move reaches it', async () => {
    h.clock.set('2026-04-07T10:00:00Z');
    const c = await file('10.1.0.1');
    const owned = { kind: 'complaint' as const, code: c.code, secret: c.secret };
    // A code is not ownership: without the secret (or the account), no phone is added.
    await expect(
      anon('10.1.0.1').phoneFollow.requestFollow({
        kind: 'complaint',
        code: c.code,
        phone: '0661000001',
        language: 'fr',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A fixed line takes no SMS: refused naming the field.
    const fixed = await anon('10.1.0.1')
      .phoneFollow.requestFollow({ ...owned, phone: '0539000000', language: 'fr' })
      .catch((e: unknown) => e);
    expect(fixed).toMatchObject({ code: 'BAD_REQUEST', cause: { reason: 'not_a_mobile', field: 'phone' } });

    const sent = await anon('10.1.0.1').phoneFollow.requestFollow({
      ...owned,
      phone: '06 61 00 00 01',
      language: 'fr',
    });
    expect(sent.phone).toBe('+2126•••••01');
    const code = await codeSentTo('+212661000001');
    expect(sms.at(-1)!.text).toMatch(/^Tétouan : votre code est \d{6}\./);
    // The code is stored hashed only, and leaves the outbox row once sent.
    const stored = await h.handle.db
      .selectFrom('phoneCodes')
      .selectAll()
      .where('phone', '=', '+212661000001')
      .execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(code);
    const outbox = await h.handle.db
      .selectFrom('notifications')
      .select(['params', 'state', 'subjectId'])
      .where('template', '=', 'phone.code')
      .where('recipient', '=', '+212661000001')
      .executeTakeFirstOrThrow();
    expect(outbox).toMatchObject({ state: 'sent', subjectId: c.id });
    expect(JSON.stringify(outbox.params)).not.toContain(code);

    await anon('10.1.0.1').phoneFollow.confirmFollow({ ...owned, phone: '+212661000001', pin: code });
    // A staff move now reaches the phone, in the language it was confirmed in (a minute later:
    // the log is in time order, and the test's clock stands still otherwise).
    h.clock.advance(60_000);
    await agent.complaints.transition({ commune: 'tetouan', id: c.id, to: 'resolved', publicNote: 'Lamp replaced.' });
    await drain();
    const update = sms.filter((m) => m.to === '+212661000001').at(-1)!;
    expect(update.text).toContain(`${PUBLIC_URL}/t/${c.code}`);
    expect(update.text).toContain('Résolue');
    // The case's delivery log shows the code's SMS (the code itself dropped) and the update.
    const log = await agent.noticeLog.ofCase({ commune: 'tetouan', subject: 'complaint', id: c.id });
    expect(log.notices.map((n) => [n.template, n.channel, n.recipient, n.state])).toEqual([
      ['phone.code', 'sms', '+2126•••••01', 'sent'],
      ['complaint.updated', 'sms', '+2126•••••01', 'sent'],
    ]);
  });

  it('sends the code during the commune’s quiet hours (asked for now, dead in 10 minutes)', async () => {
    await withCommuneSettings(
      h.handle.db,
      'tetouan',
      { notifications: { quietHours: { from: '21:00', to: '08:00' } } },
      async () => {
        // 23:30 in Morocco: within the quiet hours.
        h.clock.set('2026-04-08T22:30:00Z');
        const c = await file('10.1.0.9');
        await anon('10.1.0.9').phoneFollow.requestFollow({
          kind: 'complaint',
          code: c.code,
          secret: c.secret,
          phone: '0661000009',
          language: 'fr',
        });
        expect(await codeSentTo('+212661000009')).toMatch(/^\d{6}$/);
      },
    );
  });

  it('counts wrong codes and locks the code out; an expired code is refused', async () => {
    h.clock.set('2026-04-08T10:00:00Z');
    const c = await file('10.1.0.2');
    const owned = { kind: 'complaint' as const, code: c.code, secret: c.secret };
    const caller = anon('10.1.0.2');
    await caller.phoneFollow.requestFollow({ ...owned, phone: '0661000002', language: 'ar' });
    const code = await codeSentTo('+212661000002');
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < CODE_MAX_ATTEMPTS; i++) {
      const e = await caller.phoneFollow
        .confirmFollow({ ...owned, phone: '0661000002', pin: wrong })
        .catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'BAD_REQUEST', cause: { reason: 'wrong_code', field: 'pin' } });
    }
    expect(
      (
        await h.handle.db
          .selectFrom('phoneCodes')
          .select('attempts')
          .where('phone', '=', '+212661000002')
          .executeTakeFirstOrThrow()
      ).attempts,
    ).toBe(CODE_MAX_ATTEMPTS);
    // Locked: even the right code no longer works.
    await expect(caller.phoneFollow.confirmFollow({ ...owned, phone: '0661000002', pin: code })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      cause: { reason: 'code_locked' },
    });
    expect(await followers(c.id)).toEqual([]);

    // A new code, typed after its 10 minutes: refused, and the phone is not added.
    await caller.phoneFollow.requestFollow({ ...owned, phone: '0661000002', language: 'ar' });
    const late = await codeSentTo('+212661000002');
    expect(sms.at(-1)!.text).toContain('رمزك');
    h.clock.advance(10 * 60_000 + 1);
    await expect(caller.phoneFollow.confirmFollow({ ...owned, phone: '0661000002', pin: late })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { reason: 'wrong_code' },
    });
    expect(await followers(c.id)).toEqual([]);
  });

  it('limits codes per phone and per address, counting calls', async () => {
    h.clock.set('2026-04-09T10:00:00Z');
    const c = await file('10.1.0.3');
    const owned = { kind: 'complaint' as const, code: c.code, secret: c.secret };
    for (let i = 0; i < 3; i++)
      await anon(`10.1.1.${i}`).phoneFollow.requestFollow({ ...owned, phone: '0661000003', language: 'fr' });
    // A fourth code to the same phone, from yet another address: refused.
    await expect(
      anon('10.1.1.9').phoneFollow.requestFollow({ ...owned, phone: '+212 661 000 003', language: 'fr' }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // One address asking codes for many phones: refused after 10.
    const results = [];
    for (let i = 10; i < 22; i++)
      results.push(
        await anon('10.1.2.1')
          .phoneFollow.requestList({ commune: 'tetouan', phone: `06610000${i}`, language: 'fr' })
          .then(() => 'ok')
          .catch((e: { code?: string }) => e.code),
      );
    expect(results.filter((r) => r === 'ok')).toHaveLength(10);
    expect(results.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});

const followers = async (id: string) =>
  (
    await h.handle.db
      .selectFrom('notificationRecipients')
      .select('address')
      .where('subjectId', '=', id)
      .where('channel', '=', 'sms')
      .execute()
  ).map((r) => r.address);

describe('a phone lists its cases', () => {
  it('lists only after the code, only that phone’s cases, in this commune; answers alike with no case', async () => {
    h.clock.set('2026-04-10T10:00:00Z');
    // Phone A follows a complaint (confirmed) and an information request (given at intake).
    const c = await file('10.2.0.1');
    await anon('10.2.0.1').phoneFollow.requestFollow({
      kind: 'complaint',
      code: c.code,
      secret: c.secret,
      phone: '0770000001',
      language: 'fr',
    });
    await anon('10.2.0.1').phoneFollow.confirmFollow({
      kind: 'complaint',
      code: c.code,
      secret: c.secret,
      phone: '0770000001',
      pin: await codeSentTo('+212770000001'),
    });
    const r = await anon('10.2.0.1').informationRequests.submit({
      commune: 'tetouan',
      subject: 'Minutes of the council',
      description: 'The minutes of the council’s last three sessions, please.',
      requester: { name: 'Salma Bennani', phone: '+212770000001' },
      deliveryChannel: 'paper_pickup',
    });
    // Phone B follows another complaint.
    const b = await file('10.2.0.2');
    await anon('10.2.0.2').phoneFollow.requestFollow({
      kind: 'complaint',
      code: b.code,
      secret: b.secret,
      phone: '0770000002',
      language: 'fr',
    });
    await anon('10.2.0.2').phoneFollow.confirmFollow({
      kind: 'complaint',
      code: b.code,
      secret: b.secret,
      phone: '0770000002',
      pin: await codeSentTo('+212770000002'),
    });

    // The same answer for a phone with cases and one without; only the first gets an SMS.
    const before = sms.length;
    const withCases = await anon('10.2.0.3').phoneFollow.requestList({
      commune: 'tetouan',
      phone: '0770000001',
      language: 'fr',
    });
    const without = await anon('10.2.0.3').phoneFollow.requestList({
      commune: 'tetouan',
      phone: '0770000009',
      language: 'fr',
    });
    expect(Object.keys(withCases)).toEqual(Object.keys(without));
    expect(withCases.status).toBe(without.status);
    await drain();
    expect(sms.slice(before).map((m) => m.to)).toEqual(['+212770000001']);
    const codeA = await codeSentTo('+212770000001');

    // Phone A's code does not open phone B's list.
    await expect(
      anon('10.2.0.3').phoneFollow.confirmList({ commune: 'tetouan', phone: '0770000002', pin: codeA }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { reason: 'wrong_code' } });
    // Nor another commune's list.
    await expect(
      anon('10.2.0.3').phoneFollow.confirmList({ commune: 'asilah', phone: '0770000001', pin: codeA }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const opened = await anon('10.2.0.3').phoneFollow.confirmList({
      commune: 'tetouan',
      phone: '0770000001',
      pin: codeA,
    });
    expect(opened.cases.map((x) => [x.kind, x.code]).sort()).toEqual(
      [
        ['complaint', c.code],
        ['information_request', r.code],
      ].sort(),
    );
    expect(opened.cases.map((x) => x.code)).not.toContain(b.code);
    // The session's token is stored hashed only, and lives 15 minutes.
    const sessions = await h.handle.db.selectFrom('phoneSessions').selectAll().execute();
    expect(JSON.stringify(sessions)).not.toContain(opened.token);
    const again = await anon('10.2.0.4').phoneFollow.cases({ commune: 'tetouan', token: opened.token });
    expect(again.cases).toHaveLength(2);
    await expect(anon('10.2.0.4').phoneFollow.cases({ commune: 'asilah', token: opened.token })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    // A spent code does not open a second session.
    await expect(
      anon('10.2.0.3').phoneFollow.confirmList({ commune: 'tetouan', phone: '0770000001', pin: codeA }),
    ).rejects.toMatchObject({ cause: { reason: 'wrong_code' } });
    h.clock.advance(15 * 60_000 + 1);
    await expect(anon('10.2.0.4').phoneFollow.cases({ commune: 'tetouan', token: opened.token })).rejects.toMatchObject(
      {
        code: 'UNAUTHORIZED',
        cause: { reason: 'phone_session_expired' },
      },
    );
  });
});
