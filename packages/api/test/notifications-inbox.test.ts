import { describe, expect, it } from 'vitest';
import { createInnerContext } from '../src/context';
import { createOutboxWorker, sweepStaffDeadlines, smtpDriver } from '../src/notifications';
import { createCaller } from '../src/root';
import { useHarness } from './harness';
import { freePort } from './mail-server';

/*
 * The in-app centre (issue 13): a signed-in citizen's and a staff member's own notices,
 * written with the change that causes them, read and marked by their owner only, the unread
 * count live; staff notices (assigned, due in 2 working days, overdue, dead letters).
 */
const h = useHarness();

const submission = (categoryId: string, contact: { email?: string } = {}) => ({
  commune: 'tetouan',
  categoryId,
  description: 'The street lamp in front of the school has been off for two weeks.',
  address: 'Avenue Mohammed V',
  contact,
  replyChannel: 'portal' as const,
});

const lighting = async () =>
  (await h.anon().complaints.categories({ commune: 'tetouan' })).find((c) => c.code === 'lighting')!.id;

const staffNotices = (userId: string) =>
  h.handle.db
    .selectFrom('notifications')
    .select(['template', 'channel', 'recipient', 'state'])
    .where('recipient', 'in', [userId])
    .execute();

describe('in-app notification centre', () => {
  it('gives a signed-in citizen their own notices, newest first, with links to the tracking page', async () => {
    const categoryId = await lighting();
    const citizen = await h.user('inbox.citizen@example.ma');
    const other = await h.user('inbox.other@example.ma');
    const agent = await h.user('inbox.agent@example.ma', ['tetouan:agent']);
    const r = await citizen.caller.complaints.submit(submission(categoryId));
    expect(await citizen.caller.notifications.unread()).toEqual({ unread: 1 });

    h.clock.advance(60_000);
    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id: r.id,
      to: 'processing',
      publicNote: 'The lighting team is on it.',
    });
    // An internal note alone tells the citizen nothing.
    h.clock.advance(60_000);
    await agent.caller.complaints.note({ commune: 'tetouan', id: r.id, internalNote: 'Call the depot' });

    const fr = await citizen.caller.notifications.inbox({ language: 'fr' });
    expect(fr.items.map((i) => [i.template, i.audience, i.commune, i.code, i.href, i.read])).toEqual([
      ['complaint.updated', 'citizen', 'tetouan', r.code, `/tetouan/track/${r.code}`, false],
      ['complaint.received', 'citizen', 'tetouan', r.code, `/tetouan/track/${r.code}`, false],
    ]);
    expect(fr.items[0]!.text).toBe(`Votre réclamation ${r.code} : En cours de traitement`);
    const ar = await citizen.caller.notifications.inbox({ language: 'ar' });
    expect(ar.items[0]!.text).toContain(r.code);
    expect(ar.items[0]!.text).toMatch(/شكايتكم/);
    expect(fr.next).toBeNull();
    expect(await citizen.caller.notifications.unread()).toEqual({ unread: 2 });

    // Paging: one at a time, by the last item's time and id.
    const first = await citizen.caller.notifications.inbox({ language: 'fr', limit: 1 });
    expect(first.items.map((i) => i.template)).toEqual(['complaint.updated']);
    const second = await citizen.caller.notifications.inbox({ language: 'fr', limit: 1, cursor: first.next! });
    expect(second.items.map((i) => i.template)).toEqual(['complaint.received']);
    expect(second.next).toBeNull();

    // Owner only: another account sees none and cannot mark them.
    expect((await other.caller.notifications.inbox({ language: 'fr' })).items).toEqual([]);
    expect(await other.caller.notifications.markRead({ ids: [fr.items[0]!.id] })).toEqual({ changed: 0, unread: 0 });
    expect(await other.caller.notifications.markAllRead()).toEqual({ changed: 0, unread: 0 });
    expect(await citizen.caller.notifications.unread()).toEqual({ unread: 2 });

    expect(await citizen.caller.notifications.markRead({ ids: [fr.items[0]!.id] })).toEqual({ changed: 1, unread: 1 });
    expect((await citizen.caller.notifications.inbox({ language: 'fr' })).items.map((i) => i.read)).toEqual([
      true,
      false,
    ]);
    expect(await citizen.caller.notifications.markAllRead()).toEqual({ changed: 1, unread: 0 });

    // Anonymous callers have no inbox; bad input names the field.
    await expect(h.anon().notifications.unread()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(citizen.caller.notifications.markRead({ ids: ['nope'] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('ids'),
    });
    await expect(citizen.caller.notifications.inbox({ language: 'de' as 'fr' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('language'),
    });
  });

  it('pushes the unread count live: now, then when a change commits, then when it is read', async () => {
    const categoryId = await lighting();
    const citizen = await h.user('inbox.live@example.ma');
    const agent = await h.user('inbox.live.agent@example.ma', ['tetouan:agent']);
    const r = await citizen.caller.complaints.submit(submission(categoryId));
    const abort = new AbortController();
    const live = createCaller(await createInnerContext(h.deps, { token: citizen.token }), { signal: abort.signal });
    const stream = (await live.notifications.onUnread())[Symbol.asyncIterator]();
    expect((await stream.next()).value).toEqual({ unread: 1 });
    await agent.caller.complaints.transition({ commune: 'tetouan', id: r.id, to: 'processing', publicNote: 'On it.' });
    expect((await stream.next()).value).toEqual({ unread: 2 });
    await citizen.caller.notifications.markAllRead();
    expect((await stream.next()).value).toEqual({ unread: 0 });
    abort.abort();
    await stream.return?.(undefined);
  });

  it('tells staff of a case assigned to them (in-app and email), not of one they took themselves', async () => {
    const categoryId = await lighting();
    const lead = await h.user('inbox.lead@example.ma', ['tetouan:department_head']);
    const agent = await h.user('inbox.assignee@example.ma', ['tetouan:agent']);
    const r = await h.anon().complaints.submit(submission(categoryId));
    await lead.caller.complaints.assign({ commune: 'tetouan', id: r.id, assigneeId: agent.id });
    const list = await agent.caller.notifications.inbox({ language: 'fr' });
    expect(list.items.map((i) => [i.template, i.audience, i.href])).toEqual([
      ['staff.assigned', 'staff', `/tetouan/staff/complaints/${r.id}`],
    ]);
    expect(list.items[0]!.text).toBe(`Le dossier ${r.code} vous est attribué`);
    expect(await staffNotices('inbox.assignee@example.ma')).toEqual([
      { template: 'staff.assigned', channel: 'email', recipient: 'inbox.assignee@example.ma', state: 'pending' },
    ]);
    // Assigning again to the same person, or taking a case oneself, says nothing new.
    await lead.caller.complaints.assign({ commune: 'tetouan', id: r.id, assigneeId: agent.id });
    const other = await h.anon().complaints.submit(submission(categoryId));
    await agent.caller.complaints.assign({ commune: 'tetouan', id: other.id, assigneeId: agent.id });
    expect(await agent.caller.notifications.unread()).toEqual({ unread: 1 });
    // The lead's own bell is not the assignee's.
    expect((await lead.caller.notifications.inbox({ language: 'fr' })).items).toEqual([]);
  });

  it('tells the assignee once when a deadline is 2 working days away and once when it has passed', async () => {
    const categoryId = await lighting();
    const lead = await h.user('inbox.sweep.lead@example.ma', ['tetouan:commune_admin']);
    const agent = await h.user('inbox.sweep@example.ma', ['tetouan:agent']);
    const start = h.clock.now();
    const r = await h.anon().complaints.submit(submission(categoryId));
    const unassigned = await h.anon().complaints.submit(submission(categoryId));
    await lead.caller.complaints.assign({ commune: 'tetouan', id: r.id, assigneeId: agent.id });
    await agent.caller.notifications.markAllRead();
    const sweep = () => sweepStaffDeadlines({ db: h.handle.db, clock: h.clock, modules: h.deps.modules });
    const mine = async () =>
      (await agent.caller.notifications.inbox({ language: 'fr' })).items
        .filter((i) => i.code === r.code && i.template !== 'staff.assigned')
        .map((i) => i.template);

    await sweep();
    expect(await mine()).toEqual([]);
    // A day before the answer is due: within 2 working days.
    h.clock.set(new Date(r.answerDueAt.getTime() - 24 * 3_600_000));
    await sweep();
    await sweep();
    expect(await mine()).toEqual(['staff.dueSoon']);
    const [dueSoon] = (await agent.caller.notifications.inbox({ language: 'fr' })).items;
    expect(dueSoon!.href).toBe(`/tetouan/staff/complaints/${r.id}`);
    expect(dueSoon!.text).toMatch(new RegExp(`^Le dossier ${r.code} arrive à échéance le \\d+ \\S+ \\d{4}$`));
    // Past it: overdue, once, however often the sweep runs.
    h.clock.set(new Date(r.answerDueAt.getTime() + 3_600_000));
    // Two processes sweeping at once (on PostgreSQL, two connections): the mark decides.
    await Promise.all([sweep(), sweep()]);
    expect(await mine()).toEqual(['staff.overdue', 'staff.dueSoon']);
    // With email to the account, once each.
    expect((await staffNotices('inbox.sweep@example.ma')).map((n) => n.template).sort()).toEqual([
      'staff.assigned',
      'staff.dueSoon',
      'staff.overdue',
    ]);
    // An unassigned case has no one to tell (the queue flags it to everyone).
    const marks = await h.handle.db
      .selectFrom('notificationMarks')
      .select('key')
      .where('key', 'like', `complaint:${unassigned.id}:%`)
      .execute();
    expect(marks).toEqual([]);
    h.clock.set(start);
  });

  it('tells the commune’s admins, in-app only, of a notice dead-lettered', async () => {
    const categoryId = await lighting();
    const admin = await h.user('inbox.admin@example.ma', ['tetouan:commune_admin']);
    const port = await freePort();
    const w = createOutboxWorker(
      { db: h.handle.db, clock: h.clock },
      {
        drivers: { email: smtpDriver(`smtp://127.0.0.1:${port}`, { timeoutMs: 2000 }) },
        publicUrl: 'https://shabaka.ma',
        mailFrom: 'Shabaka <no-reply@shabaka.ma>',
        settings: { maxAttempts: 2, baseDelayMs: 1000 },
      },
    );
    const caller = createCaller(await createInnerContext(h.deps, {}));
    const r = await caller.complaints.submit(submission(categoryId, { email: 'dead.letter@example.ma' }));
    for (let i = 0; i < 4; i++) {
      await w.runOnce();
      h.clock.advance(10_000);
    }
    await w.stop();
    const items = (await admin.caller.notifications.inbox({ language: 'fr' })).items.filter((i) => i.code === r.code);
    expect(items.map((i) => [i.template, i.audience, i.href, i.text])).toEqual([
      [
        'staff.deadLetter',
        'staff',
        `/tetouan/staff/complaints/${r.id}`,
        `Notification par e-mail non envoyée (${r.code})`,
      ],
    ]);
    // No email about it (the failing channel may be email itself).
    expect(await staffNotices('inbox.admin@example.ma')).toEqual([]);
  });
});
