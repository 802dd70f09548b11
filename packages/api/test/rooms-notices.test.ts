import { describe, expect, it } from 'vitest';
import { renderEmail, renderInApp } from '../src/notifications';
import { representative } from './associations-fixture';
import { useHarness } from './harness';

const h = useHarness();
const HOUR = 3_600_000;

const ROOM = {
  names: { ar: 'قاعة الاجتماعات الكبرى', fr: 'Grande salle de réunion' },
  capacity: 60,
  stepFree: true,
  accessibility: { fr: 'Entrée de plain-pied.' },
  rules: { fr: 'Rendre la salle rangée.' },
  location: 'Place de la mairie',
};

/** A slot `days` from the test clock's now, at `hour` UTC, lasting `hours`. */
const slot = (days: number, hour: number, hours = 2) => {
  const start = new Date(h.clock.now().getTime() + days * 24 * HOUR);
  start.setUTCHours(hour, 0, 0, 0);
  return { startsAt: start, endsAt: new Date(start.getTime() + hours * HOUR) };
};

/** Every notice about one booking: the outbox rows and the in-app copies. */
async function noticesOf(bookingId: string) {
  const db = h.handle.db;
  const [outbox, inbox] = await Promise.all([
    db
      .selectFrom('notifications')
      .select(['template', 'channel', 'recipient', 'language', 'params'])
      .where('subjectType', '=', 'room_booking')
      .where('subjectId', '=', bookingId)
      .execute(),
    db
      .selectFrom('notificationInbox')
      .select(['userId', 'template', 'params'])
      .where('subjectType', '=', 'room_booking')
      .where('subjectId', '=', bookingId)
      .execute(),
  ]);
  return { outbox, inbox };
}

async function setup(commune: 'mdiq' | 'ksar-el-kebir', tag: string) {
  const agent = await h.user(`agent.${tag}@notices.example`, [`${commune}:agent`]);
  const room = await agent.caller.rooms.create({ commune, ...ROOM });
  const rep = await representative(h, commune, `rep.${tag}@notices.example`);
  const ask = (title: string, when: ReturnType<typeof slot>) =>
    rep.caller.rooms.request({
      commune,
      roomId: room.id,
      associationId: rep.associationId,
      title,
      expectedAttendance: 20,
      ...when,
    });
  return { agent, room, rep, ask, commune };
}

describe('room decisions reach the representative who asked', () => {
  it('writes the approval’s notice to the outbox and the account’s bell, in the decision’s transaction', async () => {
    const { agent, rep, ask, commune } = await setup('mdiq', 'ok');
    const b = await ask('Assemblée générale', slot(9, 9));
    expect(await noticesOf(b.id)).toEqual({ outbox: [], inbox: [] });
    await agent.caller.rooms.decide({ commune, id: b.id, decision: 'approve' });

    const { outbox, inbox } = await noticesOf(b.id);
    const email = (await h.handle.db.selectFrom('users').select('email').where('id', '=', rep.id).executeTakeFirst())!
      .email;
    expect(outbox).toEqual([
      expect.objectContaining({ template: 'room.approved', channel: 'email', recipient: email }),
    ]);
    expect(inbox).toEqual([expect.objectContaining({ template: 'room.approved', userId: rep.id })]);

    // What the representative reads: the room in their language, the event and its day.
    const mail = renderEmail({
      template: 'room.approved',
      language: 'ar',
      params: outbox[0]!.params as Record<string, unknown>,
      communeNames: { ar: 'المضيق', fr: 'M’diq', es: 'Rincón' },
      link: 'https://shabaka.example/mdiq/account',
    });
    expect(mail.subject).toContain('المضيق');
    expect(mail.text).toContain('قاعة الاجتماعات الكبرى');
    expect(mail.text).toContain('Assemblée générale');
    expect(mail.html).toContain('href="https://shabaka.example/mdiq/account"');
    const line = renderInApp('room.approved', 'fr', inbox[0]!.params as Record<string, unknown>, {
      ar: 'المضيق',
      fr: 'M’diq',
      es: 'Rincón',
    });
    expect(line).toContain('Grande salle de réunion');
  });

  it('sends the refusal with its reason', async () => {
    const { agent, ask, commune } = await setup('ksar-el-kebir', 'no');
    const b = await ask('Atelier théâtre', slot(11, 10));
    // After commit, an event: an open bell recounts on it (the notice shows without a reload).
    const events: string[] = [];
    const ac = new AbortController();
    const listening = (async () => {
      for await (const { event } of h.events.stream(ac.signal)) {
        events.push(`${event.kind}:${String(event.data?.state)}`);
        ac.abort();
      }
    })().catch(() => undefined);
    await agent.caller.rooms.decide({ commune, id: b.id, decision: 'refuse', reason: 'La salle est en travaux.' });
    await listening;
    expect(events).toEqual(['rooms.booking_decided:refused']);
    const { outbox, inbox } = await noticesOf(b.id);
    expect(outbox.map((n) => [n.template, n.channel])).toEqual([['room.refused', 'email']]);
    expect(inbox).toHaveLength(1);
    const mail = renderEmail({
      template: 'room.refused',
      language: 'fr',
      params: outbox[0]!.params as Record<string, unknown>,
      communeNames: { ar: 'القصر الكبير', fr: 'Ksar El Kébir', es: 'Alcazarquivir' },
      link: 'https://shabaka.example/ksar-el-kebir/account',
    });
    expect(mail.text).toContain('La salle est en travaux.');
    expect(mail.text).toContain('Atelier théâtre');
  });

  it('leaves no notice when the decision does not commit: a clash the database refuses, a second decision', async () => {
    const { agent, ask, commune } = await setup('mdiq', 'rollback');
    const first = await ask('Réunion du bureau', slot(14, 9, 3));
    const clashing = await ask('Formation', slot(14, 10, 2));
    await agent.caller.rooms.decide({ commune, id: first.id, decision: 'approve' });
    // The exclusion constraint refuses the overlapping approval: its transaction, notice included, is rolled back.
    await expect(agent.caller.rooms.decide({ commune, id: clashing.id, decision: 'approve' })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { reason: 'room_clash' },
    });
    expect(await noticesOf(clashing.id)).toEqual({ outbox: [], inbox: [] });
    // Deciding again what was decided is refused: still one notice for the first.
    await expect(
      agent.caller.rooms.decide({ commune, id: first.id, decision: 'refuse', reason: 'Changement de programme.' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await noticesOf(first.id)).outbox.map((n) => n.template)).toEqual(['room.approved']);
    // The clashing request refused instead: now its notice exists.
    await agent.caller.rooms.decide({ commune, id: clashing.id, decision: 'refuse', reason: 'La salle est prise.' });
    expect((await noticesOf(clashing.id)).outbox.map((n) => n.template)).toEqual(['room.refused']);
  });
});
