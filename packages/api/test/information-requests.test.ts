import { beforeAll, describe, expect, it } from 'vitest';
import { listProcedures } from '../src/access-policy';
import { appRouter } from '../src/root';
import { useHarness, withCommuneSettings } from './harness';

// Signing is set up for the answers delivered as signed documents.
const h = useHarness({
  signing: { secret: 'information-requests-test-secret-0123456789', publicUrl: 'https://shabaka.example' },
});
type Caller = Awaited<ReturnType<typeof h.user>>['caller'];
let agent: Caller;
let asilahAgent: Caller;
let netAdmin: Caller;

beforeAll(async () => {
  agent = (await h.user('info.agent@example.ma', ['tetouan:agent'])).caller;
  asilahAgent = (await h.user('info.asilah@example.ma', ['asilah:agent'])).caller;
  netAdmin = (await h.user('info.netadmin@example.ma', ['network:network_admin'])).caller;
});

const request = (over: Record<string, unknown> = {}) => ({
  commune: 'tetouan',
  subject: 'Budget of the 2026 street lighting programme',
  description: 'I would like the budget lines and the contracts of the 2026 public lighting programme.',
  requester: { name: 'Salma Bennani', email: 'salma@example.ma', cin: 'l123456' },
  deliveryChannel: 'email' as const,
  ...over,
});
/** Moroccan local time (+01:00; +00:00 during Ramadan). */
const set = (iso: string) => h.clock.set(iso);
const ms = (d: Date) => d.toISOString();

describe('information requests (Law 31-13)', () => {
  it('files online on the Friday before Throne Day: deadline at the end of the 20th working day', async () => {
    set('2026-07-24T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request());
    expect(r.code).toMatch(/^TET-DI-2026-\d{6}$/);
    expect(r.state).toBe('received');
    expect(r.firstCountedDay).toBe('2026-07-27');
    // 27 Jul … skipping 30 Jul, 14/20/21 Aug, Mawlid 25–26 Aug (table) and weekends → Monday 31 Aug.
    expect(ms(r.dueAt)).toBe('2026-08-31T22:59:59.000Z');
    expect(r.secret).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(r.receiptPath).toBe(`/receipts/information/${r.code}.pdf?s=${r.secret}`);

    // Anyone with the code sees the procedure, not the subject nor the requester.
    const pub = await h.anon().informationRequests.track({ code: r.code });
    expect(pub).toMatchObject({ state: 'received', isRequester: false, requester: null, overdue: false });
    expect(JSON.stringify(pub)).not.toMatch(/Salma|salma@|L123456|lighting programme/);
    const own = await h.anon().informationRequests.track({ code: r.code, secret: r.secret });
    expect(own.requester?.subject).toBe('Budget of the 2026 street lighting programme');

    const second = await h.anon().informationRequests.submit(request());
    expect(Number(second.code.slice(-6))).toBe(Number(r.code.slice(-6)) + 1);
  });

  it('validates with field-named errors: contact for the channel, urgency reason, CIN', async () => {
    const issues = async (input: Record<string, unknown>) =>
      (
        (
          await h
            .anon()
            .informationRequests.submit(request(input) as never)
            .catch((e) => e)
        ).cause.issues as { path: unknown[] }[]
      ).map((i) => i.path.join('.'));
    expect(await issues({ requester: {}, deliveryChannel: 'electronic_document' })).toEqual(['requester.email']);
    expect(await issues({ requester: { name: 'X' }, deliveryChannel: 'post' })).toEqual(['requester.address']);
    expect(await issues({ urgent: true })).toEqual(['urgencyReason']);
    expect(await issues({ requester: { email: 'a@b.ma', cin: '12-AB' } })).toEqual(['requester.cin']);
    expect(await issues({ subject: 'x', deliveryChannel: 'fax' })).toEqual(['subject', 'deliveryChannel']);
    // Anonymous, collected on paper at the counter: no contact needed.
    set('2026-07-24T10:00:00+01:00');
    const anon = await h.anon().informationRequests.submit(request({ requester: {}, deliveryChannel: 'paper_pickup' }));
    expect(anon.state).toBe('received');
  });

  it('returns the same request for a repeated idempotency key', async () => {
    set('2026-07-24T11:00:00+01:00');
    const key = 'info-form-0001';
    const [a, b] = await Promise.all([
      h.anon().informationRequests.submit(request({ idempotencyKey: key })),
      h.anon().informationRequests.submit(request({ idempotencyKey: key })),
    ]);
    expect(a.code).toBe(b.code);
    // Only hashes are kept: the replay's answer carries a secret of its own, and both work.
    expect(a.secret).not.toBe(b.secret);
    for (const secret of [a.secret, b.secret])
      expect((await h.anon().informationRequests.track({ code: a.code, secret })).owner).toBe(true);
    expect(
      await h.handle.db.selectFrom('informationRequests').select('id').where('idempotencyKey', '=', key).execute(),
    ).toHaveLength(1);
  });

  it('extends once by 20 working days, with the reason sent to the requester', async () => {
    set('2026-07-24T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request());
    const events: string[] = [];
    const ac = new AbortController();
    const listening = (async () => {
      for await (const { event } of h.events.stream(ac.signal)) {
        events.push(`${event.kind}:${String(event.data?.state)}`);
        if (events.length === 2) ac.abort();
      }
    })().catch(() => undefined);
    set('2026-08-20T12:00:00+01:00');
    await agent.informationRequests.start({ commune: 'tetouan', id: r.id, internalNote: 'Ask the finance department' });
    const reason = 'The contracts are archived off-site and must be retrieved.';
    await agent.informationRequests.extend({ commune: 'tetouan', id: r.id, reason });
    await listening;
    expect(events).toEqual(['information.state_changed:in_processing', 'information.state_changed:extended']);
    const d = await agent.informationRequests.detail({ commune: 'tetouan', id: r.id });
    expect(d.state).toBe('extended');
    expect(ms(d.initialDueAt)).toBe('2026-08-31T22:59:59.000Z');
    // Sep 1 … Sep 28: 20 more working days after Monday 31 August.
    expect(ms(d.dueAt)).toBe('2026-09-28T22:59:59.000Z');
    expect(d.requesterEmail).toBe('salma@example.ma');
    expect(d.requesterCin).toBe('L123456');
    expect(d.actions).not.toContain('extend');
    const again = await agent.informationRequests.extend({ commune: 'tetouan', id: r.id, reason }).catch((e) => e);
    expect(again).toMatchObject({ code: 'CONFLICT', cause: { reason: 'already_extended' } });
    const short = await agent.informationRequests
      .extend({ commune: 'tetouan', id: r.id, reason: 'late' })
      .catch((e) => e);
    expect(short.cause.issues[0].path).toEqual(['reason']);

    const own = await h.anon().informationRequests.track({ code: r.code, secret: r.secret });
    expect(own.timeline.find((e) => e.kind === 'extended')?.note).toBe(reason);
    expect(own.requester?.extensionReason).toBe(reason);
    expect(JSON.stringify(own)).not.toMatch(/finance department/);
    const pub = await h.anon().informationRequests.track({ code: r.code });
    expect(pub.timeline.map((e) => e.kind)).toEqual(['submitted', 'started', 'extended']);
    expect(pub.timeline.every((e) => e.note === null)).toBe(true);
    const audit = await h.handle.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetId', '=', r.id)
      .orderBy('createdAt')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'information.submitted',
      'information.started',
      'information.extended',
    ]);
  });

  it('gives urgent requests 3 + 3 working days, across Eid al-Fitr from the table', async () => {
    // Thursday 19 March 2026 (Ramadan time, UTC+0); Eid Fri 20 – Sat 21 → day 1 is Monday 23.
    set('2026-03-19T10:00:00+00:00');
    const r = await h.anon().informationRequests.submit(
      request({
        urgent: true,
        urgencyReason: 'A building next to my home may collapse: I need the safety inspection report.',
      }),
    );
    expect(r.firstCountedDay).toBe('2026-03-23');
    expect(r.workingDays).toBe(3);
    expect(ms(r.dueAt)).toBe('2026-03-25T22:59:59.000Z');
    // On the day of filing, the whole period is left: 3 working days, not 4 (issue 12 §4).
    expect((await h.anon().informationRequests.track({ code: r.code, secret: r.secret })).workingDaysLeft).toBe(3);
    set('2026-03-24T09:00:00+01:00');
    await agent.informationRequests.extend({
      commune: 'tetouan',
      id: r.id,
      reason: 'The inspection report needs the engineer’s signature.',
    });
    // 26, 27, 30 March.
    expect(ms((await agent.informationRequests.detail({ commune: 'tetouan', id: r.id })).dueAt)).toBe(
      '2026-03-30T22:59:59.000Z',
    );
  });

  it('registers a letter at its stamp date from the counter', async () => {
    set('2026-07-27T09:30:00+01:00');
    const r = await agent.informationRequests.register({
      ...request({ requester: { name: 'Omar', address: '12 rue Mohammed V, Tétouan' }, deliveryChannel: 'post' }),
      channel: 'post',
      receivedAt: new Date('2026-07-24T15:00:00+01:00'),
    });
    expect(ms(r.dueAt)).toBe('2026-08-31T22:59:59.000Z');
    const d = await agent.informationRequests.detail({ commune: 'tetouan', id: r.id });
    expect(d).toMatchObject({
      channel: 'post',
      deliveryChannel: 'post',
      requesterAddress: '12 rue Mohammed V, Tétouan',
    });
    const future = await agent.informationRequests
      .register({ ...request(), channel: 'counter', receivedAt: new Date('2026-07-28T09:00:00+01:00') })
      .catch((e) => e);
    expect(future).toMatchObject({ code: 'BAD_REQUEST', cause: { field: 'receivedAt' } });
  });

  it('moves deadlines when a network admin corrects the moveable holidays', async () => {
    // Wednesday 12 May 2027; seeded Eid al-Adha 17–18 May → 20th working day is Friday 11 June.
    set('2027-05-12T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request());
    expect(ms(r.dueAt)).toBe('2027-06-11T22:59:59.000Z');
    const y = await h.anon().calendar.holidays({ year: 2027 });
    const days = y.days
      .filter((d) => d.kind === 'lunar')
      .map((d) => ({
        date: d.date === '2027-05-18' ? '2027-05-16' : d.date,
        name: d.name,
        code: d.code as 'eid_al_adha',
      }));
    // The moon was sighted a day early: Eid on Sun 16 – Mon 17 May, one working day fewer off.
    const result = await netAdmin.calendar.setLunarHolidays({ year: 2027, days });
    expect(result.effects.informationRequests).toBe(1);
    const t = await h.anon().informationRequests.track({ code: r.code });
    expect(ms(t.dueAt)).toBe('2027-06-10T22:59:59.000Z');
    expect(t.timeline.map((e) => e.kind)).toContain('deadline_recomputed');
    // Requests filed after the change use it directly.
    const later = await h.anon().informationRequests.submit(request());
    expect(ms(later.dueAt)).toBe('2027-06-10T22:59:59.000Z');
  });

  it('refuses only with a legal exception and reasons, then opens the head-complaint and CDAI windows', async () => {
    set('2026-04-01T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request());
    set('2026-04-10T10:00:00+01:00');
    const noException = await agent.informationRequests
      .refuse({ commune: 'tetouan', id: r.id, reason: 'short' } as never)
      .catch((e) => e);
    expect(noException.code).toBe('BAD_REQUEST');
    expect(noException.cause.issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual(['exception', 'reason']);
    const reason = 'The file contains the medical records of identified people (art. 7).';
    await agent.informationRequests.refuse({ commune: 'tetouan', id: r.id, exception: 'private_life', reason });
    const t = await h.anon().informationRequests.track({ code: r.code, secret: r.secret });
    expect(t).toMatchObject({
      state: 'refused',
      refusalException: 'private_life',
      refusalArticle: '7',
      respondedOnTime: true,
    });
    expect(t.requester?.refusalReason).toBe(reason);
    // Complaint to the head: 30 days from the refusal (10 Apr → 10 May); the CDAI comes after.
    expect(t.remedies.headComplaint).toMatchObject({ basis: 'refusal', open: true, filedAt: null });
    expect(ms(t.remedies.headComplaint.deadline!)).toBe('2026-05-10T22:59:59.000Z');
    expect(t.remedies.cdaiAppeal).toMatchObject({ open: false, deadline: null });

    // The requester complains on 20 April: the head answers by 5 May (15 days)…
    set('2026-04-20T11:00:00+01:00');
    await agent.informationRequests.recordHeadComplaint({
      commune: 'tetouan',
      id: r.id,
      text: 'The names can be blacked out instead.',
    });
    await expect(
      agent.informationRequests.recordHeadComplaint({ commune: 'tetouan', id: r.id, text: 'Again' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    let d = await agent.informationRequests.detail({ commune: 'tetouan', id: r.id });
    expect(ms(d.remedies.headComplaint.answerDueAt!)).toBe('2026-05-05T22:59:59.000Z');
    expect(d.remedies.headComplaint.open).toBe(false);
    // …silence: from 6 May the CDAI appeal is open until 4 June (30 days after the head's deadline).
    set('2026-05-06T09:00:00+01:00');
    d = await agent.informationRequests.detail({ commune: 'tetouan', id: r.id });
    expect(d.remedies.headComplaint.answerOverdue).toBe(true);
    expect(d.remedies.cdaiAppeal).toMatchObject({ basis: 'head_silence', open: true });
    expect(ms(d.remedies.cdaiAppeal.deadline!)).toBe('2026-06-04T22:59:59.000Z');
    // The head answers late on 8 May: 30 days from that answer, until 7 June.
    set('2026-05-08T09:00:00+01:00');
    await agent.informationRequests.answerHeadComplaint({
      commune: 'tetouan',
      id: r.id,
      outcome: 'rejected',
      answer: 'The refusal is confirmed.',
    });
    d = await agent.informationRequests.detail({ commune: 'tetouan', id: r.id });
    expect(d.remedies.cdaiAppeal.basis).toBe('head_answer');
    expect(ms(d.remedies.cdaiAppeal.deadline!)).toBe('2026-06-07T22:59:59.000Z');
    set('2026-06-08T09:00:00+01:00');
    expect((await h.anon().informationRequests.track({ code: r.code })).remedies.cdaiAppeal.open).toBe(false);
  });

  it('flags due-soon and overdue requests at the end of the working day', async () => {
    set('2026-04-06T10:00:00+01:00'); // Monday
    const r = await h
      .anon()
      .informationRequests.submit(
        request({ urgent: true, urgencyReason: 'My detained brother’s hearing depends on this document.' }),
      );
    expect(ms(r.dueAt)).toBe('2026-04-09T22:59:59.000Z'); // Tue, Wed, Thu
    set('2026-04-07T12:00:00+01:00'); // Tue: today, Wed, Thu left
    let q = await agent.informationRequests.queue({ commune: 'tetouan', urgent: true, open: true });
    let item = q.items.find((i) => i.id === r.id)!;
    expect(item).toMatchObject({ overdue: false, dueSoon: true, workingDaysLeft: 3 });
    set('2026-04-09T23:59:58+01:00');
    expect((await agent.informationRequests.detail({ commune: 'tetouan', id: r.id })).overdue).toBe(false);
    set('2026-04-10T00:00:00+01:00');
    q = await agent.informationRequests.queue({ commune: 'tetouan', overdue: true });
    item = q.items.find((i) => i.id === r.id)!;
    expect(item).toMatchObject({ overdue: true, dueSoon: false, workingDaysLeft: 0 });
    expect(q.alerts.overdue).toBeGreaterThanOrEqual(1);
    const t = await h.anon().informationRequests.track({ code: r.code });
    expect(t.overdue).toBe(true);
    // Silence opens the head-complaint window from the expired deadline.
    expect(t.remedies.headComplaint).toMatchObject({ basis: 'expired', open: true });
    expect(ms(t.remedies.headComplaint.deadline!)).toBe('2026-05-09T22:59:59.000Z');
    expect(
      (await agent.informationRequests.queue({ commune: 'tetouan', overdue: true, channel: 'counter' })).items.some(
        (i) => i.id === r.id,
      ),
    ).toBe(false);
    // Too late to extend; still possible to answer (late).
    await expect(
      agent.informationRequests.extend({ commune: 'tetouan', id: r.id, reason: 'We need more time to search.' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { reason: 'deadline_passed' },
    });
  });

  it('lets the requester withdraw with the secret or signed in, and nobody else', async () => {
    set('2026-04-13T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request());
    await expect(h.anon().informationRequests.withdraw({ code: r.code })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      h
        .anon()
        .informationRequests.withdraw({ code: r.code, secret: r.secret === 'ABCD-EFGH' ? 'ABCD-EFGJ' : 'ABCD-EFGH' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { reason: 'wrong_secret' } });
    const done = await h
      .anon()
      .informationRequests.withdraw({ code: r.code, secret: r.secret, reason: 'I found it on the website.' });
    expect(done.state).toBe('withdrawn');
    await expect(h.anon().informationRequests.withdraw({ code: r.code, secret: r.secret })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      agent.informationRequests.answer({ commune: 'tetouan', id: r.id, completeness: 'full', answer: 'Here it is.' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    const citizen = await h.user('citizen.info@example.ma');
    const mine = await citizen.caller.informationRequests.submit(
      request({ requester: { email: 'citizen.info@example.ma' } }),
    );
    expect((await citizen.caller.informationRequests.mine()).map((m) => m.code)).toEqual([mine.code]);
    const other = await h.user('other.info@example.ma');
    await expect(other.caller.informationRequests.withdraw({ code: mine.code })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await citizen.caller.informationRequests.withdraw({ code: mine.code });
    expect((await citizen.caller.informationRequests.track({ code: mine.code })).state).toBe('withdrawn');
  });

  it('keeps every request to its commune: an Asilah agent cannot act on a Tetouan request', async () => {
    set('2026-04-14T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request());
    await expect(asilahAgent.informationRequests.detail({ commune: 'tetouan', id: r.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      asilahAgent.informationRequests.answer({ commune: 'tetouan', id: r.id, completeness: 'full', answer: 'Sneaky' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      asilahAgent.informationRequests.answer({ commune: 'asilah', id: r.id, completeness: 'full', answer: 'Sneaky' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(asilahAgent.informationRequests.detail({ commune: 'asilah', id: r.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await asilahAgent.informationRequests.queue({ commune: 'asilah' })).items).toEqual([]);
    await expect(h.anon().informationRequests.queue({ commune: 'tetouan' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const moderator = await h.user('mod.info@example.ma', ['tetouan:moderator']);
    await expect(moderator.caller.informationRequests.queue({ commune: 'tetouan' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const asl = await asilahAgent.informationRequests.register({
      ...request({ commune: 'asilah' }),
      channel: 'counter',
    });
    expect(asl.code).toMatch(/^ASL-DI-2026-000001$/);
  });

  it('uses the commune’s own periods from its settings, ignoring malformed values', async () => {
    const own = {
      informationRequests: {
        answerWorkingDays: 10,
        headComplaintDays: 20,
        remedyDayUnit: 'working',
        extensionWorkingDays: -5,
        bogus: 'x',
      },
    };
    await withCommuneSettings(h.handle.db, 'asilah', own, async () => {
      set('2026-04-13T10:00:00+01:00'); // Monday
      const r = await h.anon().informationRequests.submit(request({ commune: 'asilah' }));
      expect(r.workingDays).toBe(10);
      expect(ms(r.dueAt)).toBe('2026-04-27T22:59:59.000Z');
      set('2026-04-15T10:00:00+01:00');
      await asilahAgent.informationRequests.refuse({
        commune: 'asilah',
        id: r.id,
        exception: 'not_held',
        reason: 'The commune has never held a register of this kind.',
      });
      const d = await asilahAgent.informationRequests.detail({ commune: 'asilah', id: r.id });
      // 20 working days after 15 April, skipping 1 May: Thursday 14 May.
      expect(d.remedies.unit).toBe('working');
      expect(ms(d.remedies.headComplaint.deadline!)).toBe('2026-05-14T22:59:59.000Z');
    });
  });

  it('answers an electronic-document request with a signed PDF: the requester downloads it, anyone verifies it', async () => {
    set('2026-07-24T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request({ deliveryChannel: 'electronic_document' }));
    set('2026-08-03T10:00:00+01:00');
    const answer = 'The 2026 lighting budget is 4.2 million dirhams; the two contracts are attached.';
    const answered = await agent.informationRequests.answer({
      commune: 'tetouan',
      id: r.id,
      completeness: 'full',
      answer,
    });
    expect(answered).toMatchObject({
      state: 'answered',
      documentFailed: false,
      document: { code: expect.stringMatching(/^TET-DOC-2026-\d{6}$/) },
    });
    const code = answered.document!.code;

    const verified = await h.anon().documents.verify({ code });
    expect(verified).toMatchObject({ status: 'valid', type: 'information_answer' });
    // The requester (key) gets the download link; anyone else with the request's code does not.
    const own = await h.anon().informationRequests.track({ code: r.code, secret: r.secret });
    expect(own.requester?.answerDocument).toMatchObject({
      code,
      status: 'valid',
      downloadPath: expect.stringContaining('?token='),
    });
    const pub = await h.anon().informationRequests.track({ code: r.code });
    expect(JSON.stringify(pub)).not.toContain(code);
    const d = await agent.informationRequests.detail({ commune: 'tetouan', id: r.id });
    expect(d.answerDocument?.code).toBe(code);

    // One document per request: issuing again (the desk's retry) finds the same one.
    const again = await agent.informationRequests.reissueAnswerDocument({ commune: 'tetouan', id: r.id });
    expect(again.code).toBe(code);
    expect(
      await h.handle.db
        .selectFrom('documents')
        .select('code')
        .where('template', '=', 'information_answer')
        .where('code', '=', code)
        .execute(),
    ).toHaveLength(1);
    // An email answer has no document, and asking for one is refused on the request.
    const byEmail = await h.anon().informationRequests.submit(request());
    await agent.informationRequests
      .answer({ commune: 'tetouan', id: byEmail.id, completeness: 'full', answer })
      .then((a) => expect(a.document).toBeNull());
    const refused = await agent.informationRequests
      .reissueAnswerDocument({ commune: 'tetouan', id: byEmail.id })
      .catch((e) => e);
    expect(refused).toMatchObject({ code: 'CONFLICT', cause: { reason: 'not_electronic' } });
    // Another commune's agent cannot reach it.
    await expect(
      asilahAgent.informationRequests.reissueAnswerDocument({ commune: 'tetouan', id: r.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('publishes a redacted answer, never the requester', async () => {
    set('2026-04-15T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request());
    const refusedOne = await h.anon().informationRequests.submit(request());
    await agent.informationRequests.refuse({
      commune: 'tetouan',
      id: refusedOne.id,
      exception: 'judicial_proceedings',
      reason: 'The contract is before the administrative court.',
    });
    await expect(
      agent.informationRequests.publish({ commune: 'tetouan', id: refusedOne.id, redactedAnswer: 'Nothing' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { reason: 'not_answered' },
    });
    const noText = await agent.informationRequests
      .answer({ commune: 'tetouan', id: r.id, completeness: 'partial', answer: 'Here is the answer.', publish: true })
      .catch((e) => e);
    expect(noText.cause.issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual(['redactedAnswer']);
    await agent.informationRequests.answer({
      commune: 'tetouan',
      id: r.id,
      completeness: 'partial',
      answer: 'Dear Ms Bennani, the budget is 4.2 MDH; the contracts are attached except the one under litigation.',
      publish: true,
      redactedAnswer: 'The 2026 lighting budget is 4.2 MDH; contracts attached except one under litigation.',
      redactedSubject: '2026 street lighting budget',
    });
    const list = await h.anon().informationRequests.published({ commune: 'tetouan' });
    expect(list.items[0]).toMatchObject({
      code: r.code,
      subject: '2026 street lighting budget',
      completeness: 'partial',
    });
    expect(JSON.stringify(list)).not.toMatch(/Bennani|Salma|salma@|L123456/);
    expect((await h.anon().informationRequests.published({ commune: 'asilah' })).items).toEqual([]);
    await agent.informationRequests.unpublish({ commune: 'tetouan', id: r.id, reason: 'An amount was wrong.' });
    expect((await h.anon().informationRequests.published({ commune: 'tetouan' })).total).toBe(0);
    await agent.informationRequests.publish({
      commune: 'tetouan',
      id: r.id,
      redactedAnswer: 'The 2026 lighting budget is 4.3 MDH.',
    });
    expect((await h.anon().informationRequests.published({ commune: 'tetouan' })).items[0]).toMatchObject({
      answer: 'The 2026 lighting budget is 4.3 MDH.',
      subject: null,
    });
    const exceptions = await h.anon().informationRequests.exceptions();
    expect(exceptions.find((e) => e.code === 'national_defence')?.names.fr).toBe('Défense nationale');
  });

  it('lets no query give a Tetouan requester or internal note to outsiders', async () => {
    set('2026-04-16T10:00:00+01:00');
    const secret = {
      internal: 'INFO-INTERNAL-91c2',
      email: 'hidden.requester@example.ma',
      cin: 'ZZ998877',
      name: 'Requester Hiddenname',
      subject: 'Subject-Secret-55',
    };
    const r = await h
      .anon()
      .informationRequests.submit(
        request({ subject: secret.subject, requester: { name: secret.name, email: secret.email, cin: secret.cin } }),
      );
    await agent.informationRequests.start({ commune: 'tetouan', id: r.id, internalNote: secret.internal });
    expect(JSON.stringify(await agent.informationRequests.detail({ commune: 'tetouan', id: r.id }))).toContain(
      secret.internal,
    );
    const outsider = await h.user('info.outsider@asilah.example', [
      'asilah:agent',
      'asilah:department_head',
      'asilah:commune_admin',
      'network:coordinator',
    ]);
    const inputs = [
      undefined,
      {},
      { commune: 'asilah' },
      { commune: 'tetouan' },
      { code: r.code },
      { commune: 'tetouan', id: r.id },
      { commune: 'asilah', id: r.id },
    ];
    let answered = 0;
    for (const p of listProcedures(appRouter).filter((x) => x.type === 'query')) {
      for (const caller of [outsider.caller, h.anon()]) {
        const call = p.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (
          i: unknown,
        ) => Promise<unknown>;
        for (const input of inputs) {
          const out = await call(input).catch(() => undefined);
          if (out === undefined) continue;
          answered++;
          const json = JSON.stringify(out);
          for (const [kind, marker] of Object.entries(secret))
            expect(json.includes(marker), `${p.path}(${JSON.stringify(input)}) leaks ${kind}`).toBe(false);
        }
      }
    }
    expect(answered).toBeGreaterThan(20);
  });

  it('computes compliance figures from rollups', async () => {
    const c = (over: Record<string, unknown> = {}) =>
      h.anon().informationRequests.submit(request({ commune: 'chefchaouen', ...over }));
    const urgent = { urgent: true, urgencyReason: 'A child’s safety at the school depends on it.' };
    set('2026-09-07T10:00:00+01:00'); // Monday
    const a = await c();
    const b = await c(urgent); // due Thursday 10 September
    await c(urgent); // left unanswered
    await c(); // still within its deadline
    const chef = (await h.user('chef.agent@example.ma', ['chefchaouen:agent'])).caller;
    set('2026-09-09T10:00:00+01:00');
    await chef.informationRequests.answer({
      commune: 'chefchaouen',
      id: a.id,
      completeness: 'full',
      answer: 'Attached.',
    }); // 2 working days, on time
    set('2026-09-14T10:00:00+01:00');
    await chef.informationRequests.refuse({
      commune: 'chefchaouen',
      id: b.id,
      exception: 'state_security',
      reason: 'The plans of the water reservoir are classified.',
    }); // 5 days, late

    const figures = (await h.anon().informationRequests.figures()).find((f) => f.commune === 'chefchaouen')!;
    expect(figures).toMatchObject({
      total: 4,
      open: 2,
      received: 4,
      responded: 2,
      respondedOnTime: 1,
      overdue: 1,
      medianWorkingDays: 2,
    });
    expect(figures.byState).toMatchObject({ answered: 1, refused: 1, received: 2 });
    // On time: 1 reply out of 2 replies + 1 overdue silence.
    expect(figures.onTimePct).toBe(33.3);
    const overview = await h.anon().network.overview();
    expect(overview.communes.find((x) => x.slug === 'chefchaouen')!.figures).toMatchObject({
      informationOnTimePct: 33.3,
      informationMedianDays: 2,
      informationOverdue: 1,
    });
    expect(overview.communes.find((x) => x.slug === 'mdiq')!.figures.informationOnTimePct).toBeUndefined();
    const stored = await h.handle.db
      .selectFrom('informationRequests')
      .select('responseWorkingDays')
      .where('id', 'in', [a.id, b.id])
      .execute();
    expect(stored.map((s) => s.responseWorkingDays).sort()).toEqual([2, 5]);
  });
});

describe('information requests: the owner proof', () => {
  const auditOf = (targetId: string, action: string) =>
    h.handle.db
      .selectFrom('auditLog')
      .select(['actorId', 'data'])
      .where('targetId', '=', targetId)
      .where('action', '=', action)
      .execute();
  const otherSecret = (s: string) => (s === 'ABCD-EFGH' ? 'ABCD-EFGJ' : 'ABCD-EFGH');

  it('lets only the owner read the answer and withdraw; a stranger gets the reason', async () => {
    set('2026-10-05T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request());
    await agent.informationRequests.answer({
      commune: 'tetouan',
      id: r.id,
      completeness: 'full',
      answer: 'The budget is 1.2 MDH, lines attached.',
    });
    const pub = await h.anon().informationRequests.track({ code: r.code });
    expect(pub).toMatchObject({ owner: false, isRequester: false, requester: null, state: 'answered' });
    expect(JSON.stringify(pub)).not.toContain('1.2 MDH');
    expect(
      (await h.anon().informationRequests.track({ code: r.code, secret: otherSecret(r.secret) })).secretError,
    ).toBe('wrong_secret');
    const own = await h.anon().informationRequests.track({ code: r.code, secret: r.secret.toLowerCase() });
    expect(own).toMatchObject({
      owner: true,
      secretError: null,
      requester: { answer: 'The budget is 1.2 MDH, lines attached.' },
    });

    const open = await h.anon().informationRequests.submit(request());
    await expect(h.anon().informationRequests.withdraw({ code: open.code })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { reason: 'owner_proof_required' },
    });
    await h
      .anon()
      .informationRequests.withdraw({ code: open.code, secret: open.secret.replace('-', ' '), reason: 'Found it.' });
    expect(await auditOf(open.id, 'information.withdrawn')).toEqual([
      {
        actorId: null,
        data: { code: open.code, from: 'received', to: 'withdrawn', by: 'requester', actorKind: 'receipt' },
      },
    ]);

    const citizen = await h.user('owner.info@example.ma');
    const mine = await citizen.caller.informationRequests.submit(request());
    await citizen.caller.informationRequests.withdraw({ code: mine.code });
    expect(await auditOf(mine.id, 'information.withdrawn')).toEqual([
      {
        actorId: citizen.id,
        data: { code: mine.code, from: 'received', to: 'withdrawn', by: 'requester', actorKind: 'account' },
      },
    ]);
  });

  it('limits wrong secrets per request, then even the right one waits 15 minutes', async () => {
    set('2026-10-06T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request());
    const wrong = [...'23456789']
      .map((ch) => `WXYZ-WXY${ch}`)
      .filter((x) => x !== r.secret)
      .slice(0, 5);
    for (const secret of wrong)
      await expect(h.anon().informationRequests.withdraw({ code: r.code, secret })).rejects.toMatchObject({
        cause: { reason: 'wrong_secret' },
      });
    await expect(h.anon().informationRequests.withdraw({ code: r.code, secret: r.secret })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      cause: { reason: 'too_many_attempts' },
    });
    expect(await h.anon().informationRequests.track({ code: r.code, secret: r.secret })).toMatchObject({
      owner: false,
      secretError: 'too_many_attempts',
      requester: null,
    });
    h.clock.advance(16 * 60_000);
    expect((await h.anon().informationRequests.withdraw({ code: r.code, secret: r.secret })).state).toBe('withdrawn');
  });

  it('reads request codes forgivingly and gives the counter a secret to print', async () => {
    set('2026-10-07T10:00:00+01:00');
    const r = await agent.informationRequests.register({ ...request(), channel: 'counter' });
    expect(r.secret).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const [, , year, n] = r.code.split('-');
    for (const typed of [`tet di ${year} ${Number(n)}`, `TET-DI-${year}-${Number(n)}`, `tet.di.${year}.${n}`]) {
      expect((await h.anon().informationRequests.track({ code: typed, secret: r.secret })).code).toBe(r.code);
    }
    await expect(h.anon().informationRequests.track({ code: `tet ${year} ${Number(n)}` })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { issues: [{ path: ['code'] }] },
    });
  });
});
