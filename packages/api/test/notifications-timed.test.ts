import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInnerContext } from '../src/context';
import { createOutboxWorker, smtpDriver, sweepTimedNotices, type OutboxWorker } from '../src/notifications';
import { createCaller } from '../src/root';
import { useHarness, withCommuneSettings } from './harness';
import { startMailServer } from './mail-server';

/*
 * Notices time sends (issue 13, notifications/timed.ts): an information request's deadline
 * passing with no answer opens the remedies (a legal notice, once); a complaint answered N
 * days ago asks its citizen to rate the answer (once per complaint, not if already rated),
 * counted with the ratings in the dashboard's figures. Delivered by the outbox worker to a
 * real SMTP server.
 */
const h = useHarness();
const PUBLIC_URL = 'https://shabaka.ma';
const DAY = 86_400_000;
let mail: Awaited<ReturnType<typeof startMailServer>>;
let worker: OutboxWorker;
type Caller = Awaited<ReturnType<typeof h.user>>['caller'];
let agent: Caller;

beforeAll(async () => {
  mail = await startMailServer();
  worker = createOutboxWorker(
    { db: h.handle.db, clock: h.clock },
    { drivers: { email: smtpDriver(mail.url) }, publicUrl: PUBLIC_URL, mailFrom: 'Shabaka <no-reply@shabaka.ma>' },
  );
  agent = (await h.user('agent.timed@example.ma', ['tetouan:agent'])).caller;
});
afterAll(async () => {
  await worker.stop();
  await mail.close();
});

const sweep = () => sweepTimedNotices({ db: h.handle.db, clock: h.clock, modules: h.deps.modules });
const drain = async () => {
  while ((await worker.runOnce()) > 0);
};
const mailTo = (address: string) => mail.received.filter((m) => m.envelopeTo.includes(address));
const templatesOf = async (subjectId: string) =>
  (
    await h.handle.db
      .selectFrom('notifications')
      .select(['template', 'channel', 'class'])
      .where('subjectId', '=', subjectId)
      .orderBy('createdAt')
      .orderBy('template')
      .execute()
  ).map((n) => `${n.template}/${n.channel}/${n.class}`);

/** An information request by email (one shape for every test; the caller decides the language). */
const requestBy = (email: string) => ({
  commune: 'tetouan',
  subject: 'Minutes of the council sessions of 2025',
  description: 'I would like the minutes of every council session held in 2025, as published documents.',
  requester: { name: 'Yassine Amrani', email },
  deliveryChannel: 'email' as const,
});

describe('remedies open when an information request falls silent', () => {
  it('tells the requester once, after the deadline passes with no answer, until when to complain', async () => {
    h.clock.set('2026-03-02T10:00:00+01:00');
    const fr = createCaller(await createInnerContext(h.deps, { language: 'fr' }));
    const r = await fr.informationRequests.submit(requestBy('silence@example.ma'));
    const answered = await fr.informationRequests.submit(requestBy('answered@example.ma'));
    await agent.informationRequests.answer({
      commune: 'tetouan',
      id: answered.id,
      completeness: 'full',
      answer: 'Here.',
    });

    // Before the deadline: nothing.
    h.clock.set(new Date(r.dueAt.getTime() - 3_600_000));
    expect(await sweep()).toBe(0);
    // After it, once, however many sweeps (two at once: on PostgreSQL, two connections).
    h.clock.set(new Date(r.dueAt.getTime() + 3_600_000));
    await Promise.all([sweep(), sweep()]);
    await sweep();
    expect(await templatesOf(r.id)).toEqual(['information.received/email/legal', 'information.silence/email/legal']);
    // The answered request is not silent.
    expect((await templatesOf(answered.id)).filter((t) => t.startsWith('information.silence'))).toEqual([]);

    await drain();
    const silence = mailTo('silence@example.ma').at(-1)!;
    expect(silence.subject).toBe(`Tétouan : le délai de réponse à votre demande ${r.code} est échu`);
    const long = (d: Date) =>
      new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'Africa/Casablanca' }).format(d);
    expect(silence.text).toContain(long(r.dueAt));
    // The window is the one the tracking page shows (remedies.ts, basis "expired").
    const tracked = await fr.informationRequests.track({ code: r.code, secret: r.secret });
    expect(tracked.remedies?.headComplaint.basis).toBe('expired');
    expect(silence.text).toContain(long(new Date(tracked.remedies!.headComplaint.deadline!)));
    expect(silence.text).toContain(`${PUBLIC_URL}/t/${r.code}`);
    expect(silence.text).not.toMatch(/Invalid Date|\{/);
  });

  it('does not announce a window that already closed (a server down for weeks)', async () => {
    h.clock.set('2026-05-04T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(requestBy('late.silence@example.ma'));
    h.clock.set(new Date(r.dueAt.getTime() + 120 * DAY));
    await sweep();
    expect(await templatesOf(r.id)).toEqual(['information.received/email/legal']);
  });
});

describe('satisfaction questionnaire', () => {
  const lighting = async () =>
    (await h.anon().complaints.categories({ commune: 'tetouan' })).find((c) => c.code === 'lighting')!.id;
  const submit = async (email: string) =>
    h.anon().complaints.submit({
      commune: 'tetouan',
      categoryId: await lighting(),
      description: 'The street lamp in front of the school has been off for two weeks.',
      address: 'Avenue Mohammed V',
      contact: { email },
      replyChannel: 'email' as const,
    });
  const figures = async () => (await h.anon().complaints.figures()).find((c) => c.commune === 'tetouan')!.satisfaction;

  it('asks once, 7 days after the answer, unless already rated; the dashboard counts both', async () => {
    h.clock.set('2026-06-01T10:00:00+01:00');
    const before = await figures();
    const asked = await submit('asked@example.ma');
    const rated = await submit('rated@example.ma');
    const referred = await submit('referred@example.ma');
    const open = await submit('open@example.ma');
    for (const c of [asked, rated])
      await agent.complaints.transition({ commune: 'tetouan', id: c.id, to: 'resolved', publicNote: 'Lamp replaced.' });
    await agent.complaints.transition({
      commune: 'tetouan',
      id: referred.id,
      to: 'referred',
      referredTo: 'ONEE',
      publicNote: 'ONEE.',
    });
    await h.anon().complaints.rate({ code: rated.code, secret: rated.secret, rating: 2 });

    h.clock.advance(6 * DAY);
    await sweep();
    expect((await templatesOf(asked.id)).filter((t) => t.includes('satisfaction'))).toEqual([]);
    h.clock.advance(DAY + 60_000);
    await Promise.all([sweep(), sweep()]);
    await sweep();
    expect((await templatesOf(asked.id)).filter((t) => t.includes('satisfaction'))).toEqual([
      'complaint.satisfaction/email/engagement',
    ]);
    for (const c of [rated, referred, open])
      expect((await templatesOf(c.id)).filter((t) => t.includes('satisfaction'))).toEqual([]);

    await drain();
    const survey = mailTo('asked@example.ma').at(-1)!;
    // In the citizen's language (Arabic, the commune's default for an anonymous filing).
    // (the code isolated by FSI/PDI marks, so it keeps its order in a right-to-left line).
    expect(survey.subject).toBe(`تطوان: ما رأيكم في الجواب على شكايتكم \u2068${asked.code}\u2069؟`);
    expect(survey.text).toContain(`${PUBLIC_URL}/tetouan/track/${asked.code}`);

    // Answering the questionnaire; then the figures: two ratings (2 and 5), one questionnaire.
    await h.anon().complaints.rate({ code: asked.code, secret: asked.secret, rating: 5 });
    const after = await figures();
    expect(after.ratings - before.ratings).toBe(2);
    expect(after.surveyed - before.surveyed).toBe(1);
    expect(after.byRating[1]! - before.byRating[1]!).toBe(1);
    expect(after.byRating[4]! - before.byRating[4]!).toBe(1);
    // Changing one's rating moves it, it does not count twice.
    await h.anon().complaints.rate({ code: asked.code, secret: asked.secret, rating: 4 });
    const changed = await figures();
    expect(changed.ratings).toBe(after.ratings);
    expect(changed.byRating[4]! - before.byRating[4]!).toBe(0);
    expect(changed.byRating[3]! - before.byRating[3]!).toBe(1);
    expect(changed.average).toBe(
      Math.round((changed.byRating.reduce((a, n, i) => a + n * (i + 1), 0) / changed.ratings) * 10) / 10,
    );
  });

  it('reminds the citizen 3 days before the reopen window closes, unless satisfied; again after a new answer', async () => {
    h.clock.set('2026-08-03T10:00:00+01:00');
    const [unrated, unhappy, happy] = [
      await submit('reopen.unrated@example.ma'),
      await submit('reopen.unhappy@example.ma'),
      await submit('reopen.happy@example.ma'),
    ];
    for (const c of [unrated, unhappy, happy])
      await agent.complaints.transition({ commune: 'tetouan', id: c.id, to: 'resolved', publicNote: 'Lamp replaced.' });
    await h.anon().complaints.rate({ code: unhappy.code, secret: unhappy.secret, rating: 2 });
    await h.anon().complaints.rate({ code: happy.code, secret: happy.secret, rating: 5 });
    const reminders = async (id: string) =>
      (await templatesOf(id)).filter((t) => t.startsWith('complaint.reopenClosing'));

    // The window is 30 days (Tetouan's reopenDays): nothing on day 26, then once from day 27.
    h.clock.advance(26 * DAY);
    await sweep();
    expect(await reminders(unrated.id)).toEqual([]);
    h.clock.advance(DAY + 60_000);
    await Promise.all([sweep(), sweep()]);
    await sweep();
    expect(await reminders(unrated.id)).toEqual(['complaint.reopenClosing/email/legal']);
    expect(await reminders(unhappy.id)).toEqual(['complaint.reopenClosing/email/legal']);
    expect(await reminders(happy.id)).toEqual([]);
    await drain();
    const mailed = mailTo('reopen.unrated@example.ma').at(-1)!;
    // Answered on 3 August (Morocco's time), 30 days to reopen: until 2 September, as Moroccans write it.
    expect(mailed.text, mailed.text).toContain('إلى غاية 2 شتنبر 2026');
    expect(mailed.text).toContain(`${PUBLIC_URL}/t/${unrated.code}`);

    // Reopened, answered again: a new window, a new reminder when it nears its end.
    await h.anon().complaints.reopen({ code: unrated.code, secret: unrated.secret, reason: 'It went off again.' });
    await agent.complaints.transition({
      commune: 'tetouan',
      id: unrated.id,
      to: 'resolved',
      publicNote: 'Cable fixed.',
    });
    h.clock.advance(27 * DAY + 60_000);
    await sweep();
    expect(await reminders(unrated.id)).toHaveLength(2);
  });

  it('is off for a commune that set 0 days', async () => {
    h.clock.set('2026-07-01T10:00:00+01:00');
    await withCommuneSettings(h.handle.db, 'tetouan', { complaints: { satisfactionSurveyDays: 0 } }, async () => {
      const c = await submit('off@example.ma');
      await agent.complaints.transition({ commune: 'tetouan', id: c.id, to: 'rejected', publicNote: 'Not ours.' });
      h.clock.advance(8 * DAY);
      await sweep();
      expect((await templatesOf(c.id)).filter((t) => t.includes('satisfaction'))).toEqual([]);
    });
  });
});
