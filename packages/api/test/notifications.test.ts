import { createServer, type IncomingMessage } from 'node:http';
import { testDbKind } from '@shabaka/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { moveCase } from '../src/cases';
import { complaintCase } from '../src/complaints/case';
import { createInnerContext } from '../src/context';
import {
  attemptDelivery,
  claimDue,
  createOutboxWorker,
  enqueue,
  httpSmsDriver,
  messageIdOf,
  smtpDriver,
  type OutboxWorker,
  type WorkerOptions,
} from '../src/notifications';
import { createCaller } from '../src/root';
import { useHarness } from './harness';
import { freePort, startMailServer } from './mail-server';

const h = useHarness();
const PUBLIC_URL = 'https://shabaka.ma';
const MAIL_FROM = 'Shabaka <no-reply@shabaka.ma>';
let categoryId: string;

/** A stand-in for an SMS provider: a node:http server that keeps each request. */
const sms = {
  requests: [] as { headers: IncomingMessage['headers']; body: Record<string, string> }[],
  url: '',
  close: () => {},
};

const workers: OutboxWorker[] = [];
const mailServers: { close(): Promise<void> }[] = [];

function worker(options: Partial<WorkerOptions> & Pick<WorkerOptions, 'drivers'>) {
  const w = createOutboxWorker(
    { db: h.handle.db, clock: h.clock, events: h.events },
    { publicUrl: PUBLIC_URL, mailFrom: MAIL_FROM, ...options },
  );
  workers.push(w);
  return w;
}

async function mailServer(port?: number) {
  const s = await startMailServer(port);
  mailServers.push(s);
  return s;
}

beforeAll(async () => {
  categoryId = (await h.anon().complaints.categories({ commune: 'tetouan' })).find((c) => c.code === 'lighting')!.id;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      sms.requests.push({ headers: req.headers, body: JSON.parse(raw) as Record<string, string> });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'accepted', data: { messageId: `gw-${sms.requests.length}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  sms.url = `http://127.0.0.1:${(server.address() as { port: number }).port}/send`;
  sms.close = () => server.close();
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  await Promise.all(mailServers.splice(0).map((s) => s.close()));
});

afterAll(() => sms.close());

const submission = (contact: { email?: string; phone?: string; name?: string }, replyChannel = 'email' as const) => ({
  commune: 'tetouan',
  categoryId,
  description: 'The street lamp in front of the school has been off for two weeks.',
  address: 'Avenue Mohammed V',
  contact,
  replyChannel,
});

const caller = async (language?: string) =>
  createCaller(await createInnerContext(h.deps, language ? { language } : {}));

const noticesOf = (code: string) =>
  h.handle.db
    .selectFrom('notifications')
    .innerJoin('complaints', (j) =>
      j
        .onRef('complaints.communeId', '=', 'notifications.communeId')
        .onRef('complaints.id', '=', 'notifications.subjectId'),
    )
    .select([
      'notifications.id',
      'notifications.template',
      'notifications.channel',
      'notifications.recipient',
      'notifications.language',
      'notifications.state',
      'notifications.attempts',
      'notifications.idempotencyKey',
      'notifications.nextAttemptAt',
    ])
    .where('complaints.code', '=', code)
    .orderBy('notifications.createdAt')
    .orderBy('notifications.channel')
    .execute();

const deliveriesOf = (notificationId: string) =>
  h.handle.db
    .selectFrom('notificationDeliveries')
    .selectAll()
    .where('notificationId', '=', notificationId)
    .orderBy('attempt')
    .execute();

const smsDriver = () =>
  httpSmsDriver({
    url: sms.url,
    auth: 'Bearer test-token',
    from: 'TETOUAN',
    idField: 'data.messageId',
  });

describe('notifications outbox', () => {
  it('sends the receipt by email (Arabic, RTL, commune, tracking link) and SMS, with a delivery log', async () => {
    const mail = await mailServer();
    const r = await (
      await caller()
    ).complaints.submit(submission({ email: 'Citizen.One@Example.ma', phone: '0612345678' }));
    const notices = await noticesOf(r.code);
    expect(notices.map((n) => [n.template, n.channel, n.recipient, n.language, n.state])).toEqual([
      ['complaint.received', 'email', 'citizen.one@example.ma', 'ar', 'pending'],
      ['complaint.received', 'sms', '+212612345678', 'ar', 'pending'],
    ]);

    const w = worker({ drivers: { email: smtpDriver(mail.url), sms: smsDriver() } });
    expect(await w.runOnce()).toBe(2);
    expect(await w.runOnce()).toBe(0);

    const [email] = mail.received;
    const emailNotice = notices[0]!;
    expect(mail.received).toHaveLength(1);
    expect(email!.envelopeTo).toEqual(['citizen.one@example.ma']);
    expect(email!.messageId).toBe(messageIdOf(emailNotice.idempotencyKey, MAIL_FROM));
    expect(email!.from!.text).toContain('تطوان');
    expect(email!.subject).toContain(r.code);
    expect(email!.text).toContain(`${PUBLIC_URL}/t/${r.code}`);
    expect(email!.text).toContain('سجلت');
    expect(email!.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(email!.html).toContain(`href="${PUBLIC_URL}/t/${r.code}"`);
    expect(email!.html).toContain(`<bdi dir="ltr">${r.code}</bdi>`);

    expect(sms.requests).toHaveLength(1);
    const [request] = sms.requests;
    expect(request!.headers.authorization).toBe('Bearer test-token');
    expect(request!.headers['idempotency-key']).toBe(notices[1]!.idempotencyKey);
    expect(request!.body).toMatchObject({
      to: '+212612345678',
      from: 'TETOUAN',
      reference: notices[1]!.idempotencyKey,
    });
    expect(request!.body.text).toContain(`${PUBLIC_URL}/t/${r.code}`);

    const [log] = await deliveriesOf(emailNotice.id);
    expect(log).toMatchObject({
      attempt: 1,
      channel: 'email',
      status: 'sent',
      template: 'complaint.received',
      idempotencyKey: emailNotice.idempotencyKey,
      error: null,
    });
    expect(log!.providerId).toMatch(/queued as Q1/);
    expect(log!.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(log!.templateVersion).toMatch(/^[0-9a-f]{12}$/);
    expect((await deliveriesOf(notices[1]!.id))[0]).toMatchObject({ status: 'sent', providerId: 'gw-1' });
    expect((await noticesOf(r.code)).map((n) => n.state)).toEqual(['sent', 'sent']);

    // Staff read the same log on the case; the public and other communes do not.
    const agent = await h.user('agent.notify@example.ma', ['tetouan:agent']);
    const detail = await agent.caller.notifications.ofSubject({ commune: 'tetouan', subject: 'complaint', id: r.id });
    expect(detail.map((n) => [n.channel, n.state, n.deliveries.length])).toEqual([
      ['email', 'sent', 1],
      ['sms', 'sent', 1],
    ]);
    const outsider = await h.user('outsider.notify@example.ma', ['asilah:agent']);
    await expect(
      outsider.caller.notifications.ofSubject({ commune: 'tetouan', subject: 'complaint', id: r.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('writes in the citizen’s language (French, left to right) and sends nothing without a contact', async () => {
    const mail = await mailServer();
    const r = await (await caller('fr')).complaints.submit(submission({ email: 'fr@example.ma' }));
    const silent = await (await caller()).complaints.submit({ ...submission({}), replyChannel: 'portal' });
    expect(await noticesOf(silent.code)).toEqual([]);
    await worker({ drivers: { email: smtpDriver(mail.url) } }).runOnce();
    expect(mail.received).toHaveLength(1);
    expect(mail.received[0]!.subject).toBe(`Tétouan : votre réclamation ${r.code} a bien été reçue`);
    expect(mail.received[0]!.html).toMatch(/<html lang="fr" dir="ltr">/);
    expect(mail.received[0]!.text).toContain('Pour suivre le dossier');
  });

  it('tells the citizen of a stage change with the public note, in the same transaction as the change', async () => {
    const mail = await mailServer();
    const r = await (await caller()).complaints.submit(submission({ email: 'stage@example.ma' }));
    const agent = await h.user('agent.stage@example.ma', ['tetouan:agent']);
    const w = worker({ drivers: { email: smtpDriver(mail.url) } });
    await w.runOnce();

    // A change that rolls back leaves no notice behind.
    const complaint = await h.handle.db
      .selectFrom('complaints')
      .selectAll()
      .where('code', '=', r.code)
      .executeTakeFirstOrThrow();
    await expect(
      h.handle.db.transaction().execute(async (trx) => {
        await moveCase(trx, complaintCase, {
          communeId: complaint.communeId,
          row: complaint,
          from: 'received',
          to: 'processing',
          kind: 'stage_changed',
          actorId: agent.id,
          now: h.clock.now(),
          publicNote: 'Never sent',
        });
        expect(
          (await trx.selectFrom('notifications').select('id').where('subjectId', '=', complaint.id).execute()).length,
        ).toBe(2);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await noticesOf(r.code)).toHaveLength(1);

    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id: r.id,
      to: 'resolved',
      publicNote: 'The lamp was replaced on Tuesday.\nThank you for reporting it.',
    });
    // An internal note alone concerns no citizen.
    await agent.caller.complaints.note({ commune: 'tetouan', id: r.id, internalNote: 'Checked on site.' });
    const notices = await noticesOf(r.code);
    expect(notices.map((n) => n.template)).toEqual(['complaint.received', 'complaint.updated']);
    await w.runOnce();
    const update = mail.received.at(-1)!;
    expect(update.subject).toContain('تمت معالجتها');
    expect(update.text).toContain('The lamp was replaced on Tuesday.');
    expect(update.html).toContain('Thank you for reporting it.');
  });

  it('never fails the citizen when SMTP is down: the notice waits, retries with backoff and the same key', async () => {
    const port = await freePort();
    const w = worker({
      drivers: { email: smtpDriver(`smtp://127.0.0.1:${port}`, { timeoutMs: 2000 }) },
      settings: { baseDelayMs: 60_000 },
    });
    const r = await (await caller()).complaints.submit(submission({ email: 'later@example.ma' }));
    expect(r.code).toMatch(/^TET-/);
    await w.runOnce();
    const [waiting] = await noticesOf(r.code);
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1 });
    expect(waiting!.nextAttemptAt.getTime()).toBe(h.clock.now().getTime() + 60_000);
    // Not due before its backoff ends.
    expect(await w.runOnce()).toBe(0);

    const mail = await mailServer(port);
    h.clock.advance(60_000);
    expect(await w.runOnce()).toBe(1);
    expect(mail.received).toHaveLength(1);
    expect(mail.received[0]!.messageId).toBe(messageIdOf(waiting!.idempotencyKey, MAIL_FROM));
    const log = await deliveriesOf(waiting!.id);
    expect(log.map((d) => [d.attempt, d.status, d.idempotencyKey])).toEqual([
      [1, 'failed', waiting!.idempotencyKey],
      [2, 'sent', waiting!.idempotencyKey],
    ]);
    expect(log[0]!.error).toBeTruthy();
  });

  it('dead-letters a notice after N attempts, and shows it to the commune’s admins', async () => {
    const port = await freePort();
    const w = worker({
      drivers: { email: smtpDriver(`smtp://127.0.0.1:${port}`, { timeoutMs: 2000 }) },
      settings: { maxAttempts: 3, baseDelayMs: 1000 },
    });
    const r = await (await caller()).complaints.submit(submission({ email: 'nobody@example.ma' }));
    for (let i = 0; i < 5; i++) {
      await w.runOnce();
      h.clock.advance(10_000);
    }
    const [dead] = await noticesOf(r.code);
    expect(dead).toMatchObject({ state: 'dead', attempts: 3 });
    expect((await deliveriesOf(dead!.id)).map((d) => d.status)).toEqual(['failed', 'failed', 'dead']);
    const admin = await h.user('admin.dead@example.ma', ['tetouan:commune_admin']);
    const letters = await admin.caller.notifications.deadLetters({ commune: 'tetouan' });
    expect(letters.map((l) => l.id)).toContain(dead!.id);
    const agent = await h.user('agent.dead@example.ma', ['tetouan:agent']);
    await expect(agent.caller.notifications.deadLetters({ commune: 'tetouan' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('re-sends with the same key when a worker died between sending and recording (never loses)', async () => {
    const mail = await mailServer();
    const w = worker({ drivers: { email: smtpDriver(mail.url) }, settings: { leaseMs: 120_000 } });
    const r = await (await caller()).complaints.submit(submission({ email: 'crash@example.ma' }));
    // The crashed worker: it claimed and sent, then died before recording.
    const now = h.clock.now();
    const [claimed] = await claimDue(h.handle.db, {
      now,
      leaseEnd: new Date(now.getTime() + 120_000),
      claim: crypto.randomUUID(),
      channels: ['email'],
      limit: 1,
    });
    const commune = await h.handle.db
      .selectFrom('communes')
      .select(['slug', 'names', 'settings'])
      .where('id', '=', claimed!.communeId)
      .executeTakeFirstOrThrow();
    const crashed = smtpDriver(mail.url);
    await attemptDelivery(
      claimed!,
      { ...commune, settings: commune.settings as Record<string, unknown> },
      {
        drivers: { email: crashed },
        publicUrl: PUBLIC_URL,
        mailFrom: MAIL_FROM,
      },
    );
    await crashed.close?.();
    expect(mail.received).toHaveLength(1);
    // Its lease still holds the notice…
    expect(await w.runOnce()).toBe(0);
    // …until it ends: then another attempt sends it again, with the same Message-ID.
    h.clock.advance(120_000);
    expect(await w.runOnce()).toBe(1);
    expect(mail.received.map((m) => m.messageId)).toEqual([
      messageIdOf(claimed!.idempotencyKey, MAIL_FROM),
      messageIdOf(claimed!.idempotencyKey, MAIL_FROM),
    ]);
    const [notice] = await noticesOf(r.code);
    expect(notice).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('wakes on the commit of a change within the process', async () => {
    const mail = await mailServer();
    const w = worker({ drivers: { email: smtpDriver(mail.url) }, settings: { pollMs: 3_600_000 } });
    w.start();
    await (await caller()).complaints.submit(submission({ email: 'awake@example.ma' }));
    await expect.poll(() => mail.received.length, { timeout: 5000 }).toBe(1);
  });

  it.skipIf(testDbKind() !== 'postgres')(
    'two workers on PostgreSQL never deliver the same notice twice (SKIP LOCKED)',
    async () => {
      const mail = await mailServer();
      const commune = await h.handle.db
        .selectFrom('communes')
        .select('id')
        .where('slug', '=', 'tetouan')
        .executeTakeFirstOrThrow();
      const complaint = await (await caller()).complaints.submit(submission({}, 'portal' as 'email'));
      const recipients = Array.from({ length: 60 }, (_, i) => ({
        channel: 'email' as const,
        address: `many${i}@example.ma`,
        language: 'fr' as const,
      }));
      const enqueued = await h.handle.db.transaction().execute((trx) =>
        enqueue(
          trx,
          {
            communeId: commune.id,
            template: 'complaint.updated',
            params: { code: complaint.code, stage: 'processing' },
            now: h.clock.now(),
          },
          recipients,
        ),
      );
      const settings = { batch: 5 };
      const a = worker({ drivers: { email: smtpDriver(mail.url) }, settings });
      const b = worker({ drivers: { email: smtpDriver(mail.url) }, settings });
      const drain = async (w: OutboxWorker) => {
        let n = 0;
        for (let got = await w.runOnce(); got > 0; got = await w.runOnce()) n += got;
        return n;
      };
      const [na, nb] = await Promise.all([drain(a), drain(b)]);
      expect(na + nb).toBe(60);
      expect(na).toBeGreaterThan(0);
      expect(nb).toBeGreaterThan(0);
      const ids = mail.received.map((m) => m.messageId);
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
      const log = await h.handle.db
        .selectFrom('notificationDeliveries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('notificationId', 'in', enqueued)
        .where('status', '=', 'sent')
        .executeTakeFirstOrThrow();
      expect(Number(log.n)).toBe(60);
    },
  );

  it('refuses an invalid email or phone at entry, naming the field', async () => {
    const c = await caller();
    await expect(c.complaints.submit(submission({ email: 'not-an-address' }))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { issues: [{ path: ['contact', 'email'] }] },
    });
    await expect(c.complaints.submit(submission({ phone: '06 12' }, 'sms' as 'email'))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { issues: [{ path: ['contact', 'phone'] }] },
    });
  });
});
