import { createServer } from 'node:http';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInnerContext } from '../src/context';
import {
  createOutboxWorker,
  httpSmsDriver,
  inboxLink,
  linkOf,
  notifyStaff,
  smtpDriver,
  type OutboxWorker,
} from '../src/notifications';
import { createCaller } from '../src/root';
import { useHarness } from './harness';
import { startMailServer } from './mail-server';

/*
 * The delivery log as evidence (issue 13): staff of the commune read a case's notices with
 * every attempt, and export them as CSV (a case, or a period for the commune's admins),
 * through the real router; notices delivered by the outbox worker to a real SMTP server and
 * a local HTTP server standing in for the SMS gateway.
 */
const h = useHarness();
const PUBLIC_URL = 'https://shabaka.ma';
let mail: Awaited<ReturnType<typeof startMailServer>>;
let worker: OutboxWorker;
let gateway: ReturnType<typeof createServer>;
/** What the gateway answers next (first in first out); a plain success when empty. */
const answers: { status: number; body: string }[] = [];
type Caller = Awaited<ReturnType<typeof h.user>>['caller'];
let agent: Caller;
let agentToken: string;
let admin: Caller;
let categoryId: string;

beforeAll(async () => {
  mail = await startMailServer();
  gateway = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const next = answers.shift() ?? { status: 200, body: JSON.stringify({ id: 'gw-ok' }) };
      res.statusCode = next.status;
      res.setHeader('content-type', 'application/json');
      res.end(next.body);
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(gateway.address() as { port: number }).port}/send`;
  worker = createOutboxWorker(
    { db: h.handle.db, clock: h.clock },
    {
      drivers: { email: smtpDriver(mail.url), sms: httpSmsDriver({ url, idField: 'id' }) },
      publicUrl: PUBLIC_URL,
      mailFrom: 'Shabaka <no-reply@shabaka.ma>',
      settings: { baseDelayMs: 1000 },
    },
  );
  ({ caller: agent, token: agentToken } = await h.user('agent.evidence@example.ma', ['tetouan:agent']));
  admin = (await h.user('admin.evidence@example.ma', ['tetouan:commune_admin'])).caller;
  categoryId = (await h.anon().complaints.categories({ commune: 'tetouan' })).find((c) => c.code === 'lighting')!.id;
});
afterAll(async () => {
  await worker.stop();
  await mail.close();
  gateway.close();
});

const drain = async () => {
  while ((await worker.runOnce()) > 0);
};

const complaint = async (language = 'ar') =>
  createCaller(await createInnerContext(h.deps, { language })).complaints.submit({
    commune: 'tetouan',
    categoryId,
    description: 'The street lamp in front of the school has been off for two weeks.',
    address: 'Avenue Mohammed V',
    contact: { email: 'amina.evidence@example.ma', phone: '0612345678' },
    replyChannel: 'email',
  });

const rowsOf = (csv: string) => parse(csv, { bom: true }) as string[][];

describe('delivery log as evidence', () => {
  it('shows staff each notice with its attempts, recipient masked, and exports it as CSV (BOM, escaped fields)', async () => {
    h.clock.set('2026-04-06T09:00:00Z');
    const c = await complaint();
    // The gateway refuses the first SMS with an answer that is hostile to a spreadsheet (a
    // formula, quotes, a comma, a line break), then accepts the retry with an id that needs quoting.
    answers.push(
      { status: 503, body: '=HYPERLINK("http://evil"),"busy"\nretry' },
      { status: 200, body: JSON.stringify({ id: 'gw-7,"a"' }) },
    );
    await drain();
    h.clock.advance(60_000);
    await drain();

    const log = await agent.noticeLog.ofCase({ commune: 'tetouan', subject: 'complaint', id: c.id });
    expect(log.code).toBe(c.code);
    expect(log.notices.map((n) => [n.template, n.channel, n.recipient, n.state, n.attempts])).toEqual([
      ['complaint.received', 'email', 'a•••@example.ma', 'sent', 1],
      ['complaint.received', 'sms', '+2126•••••78', 'sent', 2],
    ]);
    const [email, sms] = log.notices;
    expect(email!.deliveries).toHaveLength(1);
    expect(email!.deliveries[0]).toMatchObject({ attempt: 1, status: 'sent', template: 'complaint.received' });
    expect(email!.deliveries[0]!.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(email!.deliveries[0]!.templateVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(sms!.deliveries.map((d) => [d.attempt, d.status, d.providerId])).toEqual([
      [1, 'failed', null],
      [2, 'sent', 'gw-7,"a"'],
    ]);
    expect(sms!.deliveries[0]!.error).toContain('503');
    // The full address never leaves in the log.
    expect(JSON.stringify(log)).not.toContain('amina.evidence');
    expect(JSON.stringify(log)).not.toContain('612345678');

    // The CSV, headers in the reader's language (French here), one row per attempt.
    const fr = createCaller(await createInnerContext(h.deps, { language: 'fr', token: agentToken }));
    const file = await fr.noticeLog.caseCsv({ commune: 'tetouan', subject: 'complaint', id: c.id });
    expect(file.filename).toBe(`notices-${c.code}.csv`);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.csv.startsWith('\uFEFF')).toBe(true);
    expect(file.csv).toContain('\r\n');
    const [header, ...rows] = rowsOf(file.csv);
    expect(header![0]).toBe('Code du dossier');
    expect(header).toHaveLength(19);
    expect(rows).toHaveLength(3);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[0], r[col('Canal')], r[col('Tentative')], r[col('Résultat de la tentative')]])).toEqual([
      [c.code, 'email', '1', 'sent'],
      [c.code, 'sms', '1', 'failed'],
      [c.code, 'sms', '2', 'sent'],
    ]);
    // Escaped: the id with a comma and quotes reads back whole; the hostile error is one field,
    // its line break kept, and neutralised as a formula (a leading quote).
    expect(rows[2]![col('Identifiant du fournisseur')]).toBe('gw-7,"a"');
    const error = rows[1]![col('Erreur')]!;
    expect(error).toContain('"busy"\nretry');
    expect(error.startsWith('=')).toBe(false);
    expect(rows[0]![col('Empreinte SHA-256 du contenu')]).toBe(email!.deliveries[0]!.contentSha256);
    expect(rows[0]![col('Heure de la tentative (UTC)')]).toBe(new Date(email!.deliveries[0]!.at).toISOString());
    expect(rows[0]![col('Destinataire (masqué)')]).toBe('a•••@example.ma');

    // Arabic headers (the default language), readable after the BOM.
    const ar = await agent.noticeLog.caseCsv({ commune: 'tetouan', subject: 'complaint', id: c.id });
    expect(rowsOf(ar.csv)[0]![0]).toBe('رمز الملف');
  });

  it('covers information requests, and a period for the commune’s admins only', async () => {
    h.clock.set('2026-05-04T10:00:00Z');
    const r = await h.anon().informationRequests.submit({
      commune: 'tetouan',
      subject: 'Budget of the 2026 street lighting programme',
      description: 'I would like the budget lines and the contracts of the 2026 public lighting programme.',
      requester: { name: 'Salma Bennani', email: 'salma.evidence@example.ma' },
      deliveryChannel: 'email',
    });
    await drain();
    const log = await agent.noticeLog.ofCase({ commune: 'tetouan', subject: 'information_request', id: r.id });
    expect(log.notices.map((n) => [n.template, n.state])).toEqual([['information.received', 'sent']]);

    // A month's legal notices: this request's receipt is in May, the complaint's (April) is not.
    const may = await admin.noticeLog.periodCsv({ commune: 'tetouan', from: '2026-05-01', to: '2026-05-31' });
    expect(may.filename).toBe('notices-tetouan-2026-05-01_2026-05-31.csv');
    const codes = rowsOf(may.csv)
      .slice(1)
      .map((row) => row[0]);
    expect(codes).toEqual([r.code]);
    const april = rowsOf(
      (await admin.noticeLog.periodCsv({ commune: 'tetouan', from: '2026-04-01', to: '2026-04-30' })).csv,
    );
    expect(april.length).toBeGreaterThan(1);
    expect(april.slice(1).every((row) => row[0] !== r.code)).toBe(true);

    // An agent reads a case's log but not a period's; a reversed period names its field.
    await expect(
      agent.noticeLog.periodCsv({ commune: 'tetouan', from: '2026-05-01', to: '2026-05-31' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const reversed = await admin.noticeLog
      .periodCsv({ commune: 'tetouan', from: '2026-05-31', to: '2026-05-01' })
      .catch((e: unknown) => e);
    expect(reversed).toMatchObject({ code: 'BAD_REQUEST' });
    expect((reversed as { cause: { issues: { path: string[] }[] } }).cause.issues[0]!.path).toEqual(['to']);
  });

  it('refuses another commune’s staff, citizens and anonymous callers', async () => {
    const c = await complaint();
    const input = { commune: 'tetouan', subject: 'complaint' as const, id: c.id };
    const asilah = (await h.user('agent.asilah.evidence@example.ma', ['asilah:agent'])).caller;
    await expect(asilah.noticeLog.ofCase(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(asilah.noticeLog.caseCsv(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Through its own commune, the case is not there (tenancy: never another commune's rows).
    await expect(asilah.noticeLog.caseCsv({ ...input, commune: 'asilah' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const citizen = (await h.user('citizen.evidence@example.ma')).caller;
    await expect(citizen.noticeLog.ofCase(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.anon().noticeLog.caseCsv(input)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(
      h.anon().noticeLog.periodCsv({ commune: 'tetouan', from: '2026-05-01', to: '2026-05-02' }),
    ).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('links staff notices to the desk section of their case type', async () => {
    const r = await h.anon().informationRequests.submit({
      commune: 'tetouan',
      subject: 'Minutes of the council',
      description: 'The minutes of the council’s last three sessions, please.',
      requester: { name: 'Salma Bennani', email: 'salma.link@example.ma' },
      deliveryChannel: 'email',
    });
    const { id: communeId } = await h.handle.db
      .selectFrom('communes')
      .select('id')
      .where('slug', '=', 'tetouan')
      .executeTakeFirstOrThrow();
    const { id: agentId } = await h.handle.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'agent.evidence@example.ma')
      .executeTakeFirstOrThrow();
    await h.handle.db.transaction().execute((trx) =>
      notifyStaff(trx, {
        communeId,
        userIds: [agentId],
        template: 'staff.assigned',
        params: { code: r.code, id: r.id },
        subject: { type: 'information_request', id: r.id },
        now: h.clock.now(),
      }),
    );
    const stored = await h.handle.db
      .selectFrom('notifications')
      .select('params')
      .where('template', '=', 'staff.assigned')
      .where('subjectId', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(linkOf('staff.assigned', stored.params as Record<string, unknown>, PUBLIC_URL, 'tetouan')).toBe(
      `${PUBLIC_URL}/tetouan/staff/information/${r.id}`,
    );
    expect(inboxLink('staff', 'tetouan', { type: 'information_request', id: r.id }, r.code)).toBe(
      `/tetouan/staff/information/${r.id}`,
    );
    expect(inboxLink('citizen', 'tetouan', { type: 'information_request', id: r.id }, r.code)).toBe(
      `/tetouan/information/track/${r.code}`,
    );
    // Notices stored before the type was carried (complaints only then) still lead to complaints.
    expect(linkOf('staff.assigned', { code: 'X', id: 'abc' }, PUBLIC_URL, 'tetouan')).toBe(
      `${PUBLIC_URL}/tetouan/staff/complaints/abc`,
    );
  });
});
