import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker, notifySubject, smtpDriver, sweepDigests } from '../src/notifications';
import { useHarness } from './harness';
import { startMailServer } from './mail-server';

/*
 * Engagement messages follow the person's choice (issue 13): preferences and consent per
 * channel with their time and source, a counter agent's record of a walk-in's consent,
 * following a case (its news now, or in a daily digest sent once whatever how many sweeps),
 * one-click unsubscribe. Legal notices ignore all of it. Through the real router, the real
 * outbox worker and a real SMTP server.
 */
const h = useHarness();
const PUBLIC_URL = 'https://shabaka.ma';
let categoryId: string;
let mail: Awaited<ReturnType<typeof startMailServer>>;

beforeAll(async () => {
  categoryId = (await h.anon().complaints.categories({ commune: 'tetouan' })).find((c) => c.code === 'lighting')!.id;
});

afterEach(async () => {
  await mail?.close();
});

const submission = (contact: { email?: string; phone?: string } = {}) => ({
  commune: 'tetouan',
  categoryId,
  description: 'The street lamp in front of the school has been off for two weeks.',
  address: 'Avenue Mohammed V',
  contact,
  replyChannel: 'portal' as const,
});

/** Delivers everything due to a fresh SMTP server and returns what arrived. */
async function deliver() {
  mail = await startMailServer();
  const w = createOutboxWorker(
    { db: h.handle.db, clock: h.clock },
    { drivers: { email: smtpDriver(mail.url) }, publicUrl: PUBLIC_URL, mailFrom: 'Shabaka <no-reply@shabaka.ma>' },
  );
  while ((await w.runOnce()) > 0);
  await w.stop();
  return mail.received;
}

const to = (received: Awaited<ReturnType<typeof deliver>>, address: string) =>
  received.filter((m) => m.envelopeTo.includes(address));
const header = (m: Awaited<ReturnType<typeof deliver>>[number], name: string) =>
  m.headerLines.find((l) => l.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? null;

const notices = (recipient: string) =>
  h.handle.db
    .selectFrom('notifications')
    .select(['template', 'class', 'channel'])
    .where('recipient', '=', recipient)
    .orderBy('createdAt')
    .execute();

describe('preferences and consent', () => {
  it('are the owner’s only, recorded with time and source, and bad input names the field', async () => {
    const a = await h.user('prefs.a@example.ma');
    const b = await h.user('prefs.b@example.ma');
    const initial = await a.caller.notifications.preferences();
    expect(initial.email).toBe('prefs.a@example.ma');
    expect(initial.channels.map((c) => [c.channel, c.consent, c.frequency, c.source])).toEqual([
      ['email', false, 'immediate', null],
      ['sms', false, 'immediate', null],
      ['inapp', false, 'immediate', null],
    ]);

    const saved = await a.caller.notifications.setPreferences({
      channels: [
        { channel: 'email', consent: true, frequency: 'weekly' },
        { channel: 'inapp', consent: true, frequency: 'immediate' },
      ],
    });
    expect(saved.changed).toBe(2);
    expect(saved.channels.find((c) => c.channel === 'email')).toMatchObject({
      consent: true,
      frequency: 'weekly',
      source: 'web',
      updatedAt: h.clock.now(),
    });
    // Saving the same choice again is no new consent.
    expect(
      (
        await a.caller.notifications.setPreferences({
          channels: [{ channel: 'email', consent: true, frequency: 'weekly' }],
        })
      ).changed,
    ).toBe(0);
    expect(saved.history.map((r) => [r.channel, r.granted, r.source])).toEqual(
      expect.arrayContaining([
        ['email', true, 'web'],
        ['inapp', true, 'web'],
      ]),
    );
    const log = await h.handle.db
      .selectFrom('notificationConsents')
      .select(['address', 'granted', 'source', 'at'])
      .where('userId', '=', a.id)
      .where('channel', '=', 'email')
      .execute();
    expect(log).toEqual([{ address: 'prefs.a@example.ma', granted: true, source: 'web', at: h.clock.now() }]);

    // Another account sees its own (none set), never A's; anonymous callers have none.
    expect((await b.caller.notifications.preferences()).channels.every((c) => !c.consent)).toBe(true);
    await expect(h.anon().notifications.preferences()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(
      h.anon().notifications.setPreferences({ channels: [{ channel: 'email', consent: true, frequency: 'daily' }] }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    await expect(
      a.caller.notifications.setPreferences({
        channels: [{ channel: 'email', consent: true, frequency: 'hourly' as 'daily' }],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('frequency') });
    await expect(
      a.caller.notifications.setPreferences({
        channels: [{ channel: 'fax' as 'sms', consent: true, frequency: 'daily' }],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('channel') });
    await expect(
      a.caller.notifications.setPreferences({
        channels: [
          { channel: 'email', consent: true, frequency: 'daily' },
          { channel: 'email', consent: false, frequency: 'daily' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('channels') });
    await expect(a.caller.notifications.unsubscribe({ token: 'short' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('token'),
    });
    await expect(a.caller.complaints.follow({ code: 'not a code' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('code'),
    });
  });

  it('sends a followed case’s news to followers who consent, never when withdrawn; legal notices still go', async () => {
    const author = await h.user('follow.author@example.ma');
    const fan = await h.user('follow.fan@example.ma');
    const quiet = await h.user('follow.quiet@example.ma');
    const agent = await h.user('follow.agent@example.ma', ['tetouan:agent']);
    const r = await author.caller.complaints.submit(submission({ email: 'follow.author@example.ma' }));
    const own = await quiet.caller.complaints.submit(submission({ email: 'follow.quiet@example.ma' }));

    // Following is asking for the case's news: consent recorded now (email and bell, immediate).
    expect(await fan.caller.complaints.follow({ code: r.code })).toEqual({ following: true });
    expect((await fan.caller.complaints.track({ code: r.code })).following).toBe(true);
    expect(
      (await fan.caller.notifications.preferences()).channels.filter((c) => c.consent).map((c) => c.channel),
    ).toEqual(['email', 'inapp']);
    await quiet.caller.complaints.follow({ code: r.code });
    // Withdrawn: no engagement email; its own complaint's legal notices still reach that address.
    await quiet.caller.notifications.setPreferences({
      channels: [
        { channel: 'email', consent: false, frequency: 'immediate' },
        { channel: 'inapp', consent: false, frequency: 'immediate' },
      ],
    });
    // The author cannot follow their own complaint: they hear of it anyway.
    await expect(author.caller.complaints.follow({ code: r.code })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('own complaint'),
    });
    await deliver(); // the receipts

    h.clock.advance(60_000);
    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id: r.id,
      to: 'processing',
      publicNote: 'The lighting team is on it.',
    });
    await agent.caller.complaints.transition({ commune: 'tetouan', id: own.id, to: 'processing' });
    const received = await deliver();

    const [followed] = to(received, 'follow.fan@example.ma');
    expect(to(received, 'follow.fan@example.ma')).toHaveLength(1);
    expect(followed!.subject).toContain(r.code);
    expect(followed!.text).toContain('The lighting team is on it.');
    const listUnsubscribe = header(followed!, 'list-unsubscribe');
    expect(listUnsubscribe).toMatch(/^<https:\/\/shabaka\.ma\/tetouan\/unsubscribe\?t=[A-Za-z0-9_-]+>$/);
    expect(header(followed!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(followed!.text).toContain(listUnsubscribe!.slice(1, -1));
    expect(followed!.html).toContain(listUnsubscribe!.slice(1, -1));

    // The author's legal notice carries no unsubscribe; the withdrawn follower only their own case's.
    const [legal] = to(received, 'follow.author@example.ma');
    expect(legal!.subject).toContain(r.code);
    expect(header(legal!, 'list-unsubscribe')).toBeNull();
    const quietMail = to(received, 'follow.quiet@example.ma');
    expect(quietMail.map((m) => m.subject?.includes(own.code))).toEqual([true]);
    expect((await notices(quiet.id)).length).toBe(0);
    expect(await notices('follow.quiet@example.ma')).toEqual([
      { template: 'complaint.received', class: 'legal', channel: 'email' },
      { template: 'complaint.updated', class: 'legal', channel: 'email' },
    ]);
    // The fan's bell has it too; the author's bell has the legal notice, not a follow notice.
    const bell = await fan.caller.notifications.inbox({ language: 'fr' });
    expect(bell.items.map((i) => i.template)).toEqual(['complaint.followed']);
    expect((await author.caller.notifications.inbox({ language: 'fr' })).items.map((i) => i.template)).toEqual([
      'complaint.updated',
      'complaint.received',
    ]);

    // One-click unsubscribe: the link's token (what the server's POST route takes), twice.
    const token = decodeURIComponent(/[?&]t=([^>&]+)/.exec(listUnsubscribe!)![1]!);
    h.clock.advance(60_000);
    expect(await h.anon().notifications.unsubscribe({ token })).toMatchObject({ unsubscribed: true, changed: true });
    expect(await h.anon().notifications.unsubscribe({ token })).toMatchObject({ unsubscribed: true, changed: false });
    const prefs = await fan.caller.notifications.preferences();
    expect(prefs.channels.find((c) => c.channel === 'email')).toMatchObject({ frequency: 'never', source: 'email' });
    expect(prefs.history.filter((e) => e.source === 'email')).toEqual([
      { channel: 'email', granted: false, frequency: 'never', source: 'email', at: h.clock.now() },
    ]);
    await expect(h.anon().notifications.unsubscribe({ token: 'x'.repeat(32) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });

    // Unsubscribed from email: the next move reaches the fan's bell only.
    h.clock.advance(60_000);
    await agent.caller.complaints.transition({ commune: 'tetouan', id: r.id, to: 'resolved', publicNote: 'Fixed.' });
    const after = await deliver();
    expect(to(after, 'follow.fan@example.ma')).toEqual([]);
    expect(to(after, 'follow.author@example.ma')).toHaveLength(1);
    expect((await fan.caller.notifications.inbox({ language: 'fr' })).items).toHaveLength(2);

    // Unfollowed: nothing more.
    expect(await fan.caller.complaints.unfollow({ code: r.code })).toEqual({ following: false });
    expect((await fan.caller.complaints.track({ code: r.code })).following).toBe(false);
  });

  it('records a walk-in’s consent at the counter, with the agent and the time; no consent, no engagement message', async () => {
    const agent = await h.user('counter.agent@example.ma', ['tetouan:agent']);
    const c = await agent.caller.complaints.register({
      ...submission({ email: 'walkin@example.ma', phone: '0612345670' }),
      replyChannel: 'sms',
      channel: 'counter',
      consent: { email: true, sms: false },
    });
    const consents = await h.handle.db
      .selectFrom('notificationConsents')
      .select(['channel', 'address', 'granted', 'source', 'actorId', 'at', 'subjectId'])
      .where('subjectId', '=', c.id)
      .orderBy('channel')
      .execute();
    expect(consents).toEqual([
      {
        channel: 'email',
        address: 'walkin@example.ma',
        granted: true,
        source: 'counter',
        actorId: agent.id,
        at: h.clock.now(),
        subjectId: c.id,
      },
      {
        channel: 'sms',
        address: '+212612345670',
        granted: false,
        source: 'counter',
        actorId: agent.id,
        at: h.clock.now(),
        subjectId: c.id,
      },
    ]);
    // The receipt (legal) went to both contacts.
    const sent = await h.handle.db
      .selectFrom('notifications')
      .select(['channel', 'class', 'template'])
      .where('subjectId', '=', c.id)
      .orderBy('channel')
      .execute();
    expect(sent).toEqual([
      { channel: 'email', class: 'legal', template: 'complaint.received' },
      { channel: 'sms', class: 'legal', template: 'complaint.received' },
    ]);
    // An engagement message about the case reaches only the contact who consented.
    const tetouan = (
      await h.handle.db.selectFrom('communes').select('id').where('slug', '=', 'tetouan').executeTakeFirstOrThrow()
    ).id;
    await h.handle.db.transaction().execute((trx) =>
      notifySubject(trx, {
        communeId: tetouan,
        template: 'complaint.followed',
        class: 'engagement',
        subject: { type: 'complaint', id: c.id },
        params: { code: c.code, stage: 'processing' },
        now: h.clock.now(),
      }),
    );
    const engagement = await h.handle.db
      .selectFrom('notifications')
      .select(['channel', 'recipient'])
      .where('subjectId', '=', c.id)
      .where('class', '=', 'engagement')
      .execute();
    expect(engagement).toEqual([{ channel: 'email', recipient: 'walkin@example.ma' }]);

    // A consent field that is not a boolean is named.
    await expect(
      agent.caller.complaints.register({
        ...submission({ email: 'walkin@example.ma' }),
        channel: 'counter',
        consent: { email: 'yes' as unknown as boolean, sms: false },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('consent') });
  });

  it('holds daily news for one digest per person, grouped per case, newest first, sent once by two sweeps at once', async () => {
    const agent = await h.user('digest.agent@example.ma', ['tetouan:agent']);
    const reader = await h.user('digest.reader@example.ma');
    const first = await h.anon().complaints.submit(submission());
    const second = await h.anon().complaints.submit(submission());
    await reader.caller.complaints.follow({ code: first.code });
    await reader.caller.complaints.follow({ code: second.code });
    await reader.caller.notifications.setPreferences({
      channels: [
        { channel: 'email', consent: true, frequency: 'daily' },
        { channel: 'inapp', consent: true, frequency: 'never' },
      ],
    });

    h.clock.advance(60_000);
    await agent.caller.complaints.transition({ commune: 'tetouan', id: first.id, to: 'processing' });
    h.clock.advance(60_000);
    await agent.caller.complaints.transition({ commune: 'tetouan', id: second.id, to: 'processing' });
    h.clock.advance(60_000);
    await agent.caller.complaints.note({ commune: 'tetouan', id: first.id, publicNote: 'Crew sent this morning.' });

    // Held, not sent; and nothing to send before the day is over.
    expect(await notices('digest.reader@example.ma')).toEqual([]);
    expect(await sweepDigests({ db: h.handle.db, clock: h.clock })).toBe(0);

    h.clock.advance(24 * 3600_000);
    const sweeps = await Promise.all([
      sweepDigests({ db: h.handle.db, clock: h.clock }),
      sweepDigests({ db: h.handle.db, clock: h.clock }),
    ]);
    expect(sweeps.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sweepDigests({ db: h.handle.db, clock: h.clock })).toBe(0);
    expect(await notices('digest.reader@example.ma')).toEqual([
      { template: 'digest', class: 'engagement', channel: 'email' },
    ]);
    expect(await notices(reader.id)).toEqual([]);

    const digests = to(await deliver(), 'digest.reader@example.ma');
    expect(digests).toHaveLength(1);
    const text = digests[0]!.text!;
    // The first case (its newest news is the latest) comes first, its news newest first.
    const at = (s: string) => text.indexOf(s);
    expect(at(first.code)).toBeGreaterThan(-1);
    expect(at(first.code)).toBeLessThan(at(second.code));
    expect(at('Crew sent this morning.')).toBeLessThan(at(second.code));
    const firstGroup = text.slice(at(first.code), at(second.code));
    expect(firstGroup.match(/^- .*/gm)).toHaveLength(2);
    expect(firstGroup.indexOf('Crew sent this morning.')).toBeLessThan(firstGroup.lastIndexOf('- '));
    expect(header(digests[0]!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(digests[0]!.html).toContain(`${PUBLIC_URL}/t/${second.code}`);
  });
});
