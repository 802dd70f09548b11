import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInnerContext } from '../src/context';
import { createOutboxWorker, httpSmsDriver, smtpDriver, type OutboxWorker } from '../src/notifications';
import { createCaller } from '../src/root';
import { createServer } from 'node:http';
import { useHarness } from './harness';
import { startMailServer } from './mail-server';

/*
 * Information requests' notices (issue 13, Law 31-13): the receipt, the extension with its
 * reason, the reply and the remedies, written with the change (the case kernel's notify hook)
 * and delivered by the outbox worker to a real SMTP server and a local SMS gateway.
 */
const h = useHarness({
  signing: { secret: 'information-notices-test-secret-0123456789', publicUrl: 'https://shabaka.example' },
});
const PUBLIC_URL = 'https://shabaka.ma';
let mail: Awaited<ReturnType<typeof startMailServer>>;
let worker: OutboxWorker;
const sms: { body: Record<string, string> }[] = [];
let gateway: ReturnType<typeof createServer>;
type Caller = Awaited<ReturnType<typeof h.user>>['caller'];
let agent: Caller;

beforeAll(async () => {
  mail = await startMailServer();
  gateway = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      sms.push({ body: JSON.parse(raw) as Record<string, string> });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `gw-${sms.length}` }));
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
    },
  );
  agent = (await h.user('agent.info.notices@example.ma', ['tetouan:agent'])).caller;
});
afterAll(async () => {
  await worker.stop();
  await mail.close();
  gateway.close();
});

const request = (requester: Record<string, string>) => ({
  commune: 'tetouan',
  subject: 'Budget of the 2026 street lighting programme',
  description: 'I would like the budget lines and the contracts of the 2026 public lighting programme.',
  requester: { name: 'Salma Bennani', ...requester },
  deliveryChannel: requester.email ? ('email' as const) : ('paper_pickup' as const),
});

const noticesOf = (code: string) =>
  h.handle.db
    .selectFrom('notifications as n')
    .innerJoin('informationRequests as r', (j) =>
      j.onRef('r.communeId', '=', 'n.communeId').onRef('r.id', '=', 'n.subjectId'),
    )
    .select(['n.template', 'n.channel', 'n.recipient', 'n.language', 'n.state', 'n.subjectType', 'n.params'])
    .where('r.code', '=', code)
    .orderBy('n.createdAt')
    .orderBy('n.template')
    .orderBy('n.channel')
    .execute();

const drain = async () => {
  while ((await worker.runOnce()) > 0);
};
const mailTo = (address: string) => mail.received.filter((m) => m.envelopeTo.includes(address));

describe('information request notices', () => {
  it('sends the receipt, the extension with its reason, the answer and the remedies, in the requester’s language', async () => {
    h.clock.set('2026-03-02T10:00:00+01:00');
    const fr = createCaller(await createInnerContext(h.deps, { language: 'fr' }));
    const r = await fr.informationRequests.submit(request({ email: 'salma.info@example.ma', phone: '0661234567' }));
    expect(
      (await noticesOf(r.code)).map((n) => [n.template, n.channel, n.recipient, n.language, n.subjectType]),
    ).toEqual([
      ['information.received', 'email', 'salma.info@example.ma', 'fr', 'information_request'],
      ['information.received', 'sms', '+212661234567', 'fr', 'information_request'],
    ]);
    await drain();
    const [receipt] = mailTo('salma.info@example.ma');
    expect(receipt!.subject).toBe(`Tétouan : votre demande d’information ${r.code} a bien été reçue`);
    expect(receipt!.text).toContain(`${PUBLIC_URL}/t/${r.code}`);
    // The deadline the receipt gives is the one the request holds (20 working days).
    const due = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'Africa/Casablanca' }).format(r.dueAt);
    expect(receipt!.text).toContain(due);
    expect(sms.at(-1)!.body.text).toContain(`${PUBLIC_URL}/t/${r.code}`);

    // Starting the processing is no notice; the extension is, with its reason and new deadline.
    h.clock.advance(3_600_000);
    await agent.informationRequests.start({ commune: 'tetouan', id: r.id });
    const reason = 'The contracts are archived at the province and must be retrieved.';
    await agent.informationRequests.extend({ commune: 'tetouan', id: r.id, reason });
    const extendedDue = (await agent.informationRequests.detail({ commune: 'tetouan', id: r.id })).dueAt;
    await drain();
    const extended = mailTo('salma.info@example.ma').at(-1)!;
    expect(extended.subject).toContain('est prolongé');
    expect(extended.text).toContain(reason);
    expect(extended.text).toContain(
      new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'Africa/Casablanca' }).format(extendedDue),
    );

    h.clock.advance(3_600_000);
    await agent.informationRequests.answer({
      commune: 'tetouan',
      id: r.id,
      completeness: 'full',
      answer: 'Here it is.',
    });
    await drain();
    const templates = (await noticesOf(r.code)).map((n) => `${n.template}/${n.channel}`);
    expect(templates).toEqual([
      'information.received/email',
      'information.received/sms',
      'information.extended/email',
      'information.extended/sms',
      'information.answered/email',
      'information.answered/sms',
      'information.remedies/email',
      'information.remedies/sms',
    ]);
    expect((await noticesOf(r.code)).every((n) => n.state === 'sent')).toBe(true);
    const [answered, remedies] = mailTo('salma.info@example.ma').slice(-2);
    expect([answered!.subject, remedies!.subject].sort()).toEqual(
      [`Tétouan : votre demande ${r.code} - Répondue`, `Tétouan : vos recours pour la demande ${r.code}`].sort(),
    );
    const remedy = [answered!, remedies!].find((m) => m.subject!.includes('recours'))!;
    expect(remedy.text).toContain('président de la commune');
    expect(remedy.text).not.toMatch(/Invalid Date|\{/);
  });

  it('a refusal also opens the remedies; a request without contact has no notice', async () => {
    h.clock.set('2026-03-03T10:00:00+01:00');
    const ar = createCaller(await createInnerContext(h.deps, { language: 'ar' }));
    const r = await ar.informationRequests.submit(request({ email: 'refused.info@example.ma' }));
    h.clock.advance(3_600_000);
    await agent.informationRequests.refuse({
      commune: 'tetouan',
      id: r.id,
      exception: 'private_life',
      reason: 'The contracts name private persons and their bank details.',
    });
    expect(
      (await noticesOf(r.code)).map((n) => [n.template, n.language, (n.params as { state?: string }).state]),
    ).toEqual([
      ['information.received', 'ar', undefined],
      ['information.answered', 'ar', 'refused'],
      ['information.remedies', 'ar', undefined],
    ]);
    await drain();
    const refused = mailTo('refused.info@example.ma').find((m) => m.subject!.includes('مرفوض'));
    expect(refused!.html).toMatch(/<html lang="ar" dir="rtl">/);

    const none = await ar.informationRequests.submit(request({}));
    await agent.informationRequests.refuse({
      commune: 'tetouan',
      id: none.id,
      exception: 'private_life',
      reason: 'The contracts name private persons and their bank details.',
    });
    expect(await noticesOf(none.code)).toEqual([]);
  });

  it('reaches the bell of a requester who filed signed in, linking to the tracking page', async () => {
    const citizen = await h.user('info.bell@example.ma');
    const r = await citizen.caller.informationRequests.submit(request({ email: 'info.bell@example.ma' }));
    h.clock.advance(60_000);
    await agent.informationRequests.answer({ commune: 'tetouan', id: r.id, completeness: 'full', answer: 'Here.' });
    const inbox = await citizen.caller.notifications.inbox({ language: 'fr' });
    // Newest first: the answer and its remedies (written together, in either order), then the receipt.
    expect(
      inbox.items
        .map((i) => i.template)
        .slice(0, 2)
        .sort(),
    ).toEqual(['information.answered', 'information.remedies']);
    expect(inbox.items.map((i) => i.template)[2]).toBe('information.received');
    expect(new Set(inbox.items.map((i) => i.href))).toEqual(new Set([`/tetouan/information/track/${r.code}`]));
  });
});

describe('document notices', () => {
  it('tells the account a document is issued to, with the verify link; a document with no account sends nothing', async () => {
    const mdiqAgent = (await h.user('agent.doc.notices@example.ma', ['mdiq:agent'])).caller;
    await h.user('holder.doc@example.ma');
    const residence = {
      commune: 'mdiq',
      template: 'residence_certificate' as const,
      recipient: { name: 'Fatima Zahra El Amrani', cin: 'L123456' },
      fields: { address: '12, rue Al Massira, M’diq', since: '2019-09-01', purpose: 'dossier de bourse' },
      delivery: 'electronic' as const,
    };
    const doc = await mdiqAgent.documents.issue({
      ...residence,
      language: 'fr',
      requesterEmail: 'holder.doc@example.ma',
    });
    const paper = await mdiqAgent.documents.issue({ ...residence, language: 'both' });
    const rows = await h.handle.db
      .selectFrom('notifications')
      .select(['template', 'channel', 'recipient', 'language', 'subjectType', 'params'])
      .where('subjectType', '=', 'document')
      .where('template', '=', 'document.issued')
      .execute();
    expect(rows.map((r) => [r.channel, r.recipient, r.language, (r.params as { code: string }).code])).toEqual([
      ['email', 'holder.doc@example.ma', 'fr', doc.code],
    ]);
    expect(rows.some((r) => (r.params as { code: string }).code === paper.code)).toBe(false);
    await drain();
    const m = mailTo('holder.doc@example.ma').at(-1)!;
    expect(m.subject).toContain(`votre document ${doc.code} a été délivré`);
    expect(m.text).toContain('lien de vérification');
    expect(m.text).toContain(`${PUBLIC_URL}/t/${doc.code}`);
  });
});
