import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { representative } from './associations-fixture';
import { useHarness } from './harness';

const h = useHarness();
const HOUR = 3_600_000;

const ROOM = {
  names: { ar: 'فضاء المواطنة التشاركية', fr: 'Espace de la citoyenneté participative' },
  capacity: 40,
  stepFree: true,
  accessibility: { fr: 'Entrée de plain-pied, toilettes adaptées.' },
  rules: { fr: 'Rendre la salle rangée.' },
  location: 'Avenue Mohammed V, Tétouan',
};

async function setup(commune: 'tetouan' | 'asilah', tag: string) {
  const agent = await h.user(`agent.${tag}@rooms.example`, [`${commune}:agent`]);
  const room = await agent.caller.rooms.create({ commune, ...ROOM });
  const rep = await representative(h, commune, `rep.${tag}@rooms.example`);
  return { agent, room, rep };
}

/** A slot `days` from the test clock's now, at `hour` UTC, lasting `hours`. */
const slot = (days: number, hour: number, hours = 2) => {
  const start = new Date(h.clock.now().getTime() + days * 24 * HOUR);
  start.setUTCHours(hour, 0, 0, 0);
  return { startsAt: start, endsAt: new Date(start.getTime() + hours * HOUR) };
};

/** What a refusal says, as the error formatter reads it: its code, reason, the fields it names and its detail. */
function refusal(e: unknown) {
  const err = e as {
    code?: string;
    cause?: { reason?: string; field?: string; detail?: Record<string, string>; issues?: { path: PropertyKey[] }[] };
  };
  const c = err.cause ?? {};
  const fields = c.issues ? c.issues.map((i) => i.path.join('.')) : c.field ? [c.field] : [];
  return { code: err.code, reason: c.reason ?? (c.issues ? 'invalid_input' : undefined), fields, detail: c.detail };
}

describe('rooms', () => {
  it('lists a commune’s rooms to anyone and refuses bad input naming the field', async () => {
    const { agent, room } = await setup('tetouan', 'list');
    const listed = await h.anon().rooms.list({ commune: 'tetouan' });
    expect(listed.find((r) => r.id === room.id)).toMatchObject({ capacity: 40, stepFree: true });
    expect((await h.anon().rooms.list({ commune: 'asilah' })).find((r) => r.id === room.id)).toBeUndefined();
    const bad = await agent.caller.rooms.create({ commune: 'tetouan', ...ROOM, capacity: 0 }).catch((e) => e);
    expect(bad).toMatchObject({ code: 'BAD_REQUEST' });
    expect(refusal(bad).fields).toEqual(['capacity']);
    const noArabic = await agent.caller.rooms
      .create({ commune: 'tetouan', ...ROOM, names: { ar: '', fr: 'Salle' } })
      .catch((e) => e);
    expect(refusal(noArabic).fields).toEqual(['names.ar']);
    const tooWide = await h
      .anon()
      .rooms.calendar({ commune: 'tetouan', from: new Date('2026-04-01'), to: new Date('2026-07-01') })
      .catch((e) => e);
    expect(refusal(tooWide).fields).toEqual(['to']);
  });

  it('approves a request, refuses a clashing one naming the clash, and shows it in the public calendar', async () => {
    const { agent, room, rep } = await setup('tetouan', 'clash');
    const first = await rep.caller.rooms.request({
      commune: 'tetouan',
      roomId: room.id,
      associationId: rep.associationId,
      title: 'Assemblée générale',
      expectedAttendance: 30,
      ...slot(10, 14),
    });
    expect(first.state).toBe('requested');
    h.clock.advance(1000);
    const approved = await agent.caller.rooms.decide({ commune: 'tetouan', id: first.id, decision: 'approve' });
    expect(approved.state).toBe('approved');

    const clash = await rep.caller.rooms
      .request({
        commune: 'tetouan',
        roomId: room.id,
        associationId: rep.associationId,
        title: 'Atelier',
        expectedAttendance: 10,
        ...slot(10, 15),
      })
      .catch((e) => e);
    expect(refusal(clash)).toMatchObject({
      code: 'CONFLICT',
      reason: 'room_clash',
      fields: ['startsAt'],
      detail: { title: 'Assemblée générale', startsAt: first.startsAt.toISOString() },
    });
    // Right after it (ranges are half-open): no clash.
    const after = await rep.caller.rooms.request({
      commune: 'tetouan',
      roomId: room.id,
      associationId: rep.associationId,
      title: 'Atelier',
      expectedAttendance: 10,
      ...slot(10, 16),
    });
    expect(after.state).toBe('requested');

    const cal = await h.anon().rooms.calendar({
      commune: 'tetouan',
      roomId: room.id,
      from: new Date(h.clock.now().getTime()),
      to: new Date(h.clock.now().getTime() + 30 * 24 * HOUR),
    });
    expect(cal).toEqual([
      { roomId: room.id, title: 'Assemblée générale', startsAt: first.startsAt, endsAt: first.endsAt },
    ]);

    const refused = await agent.caller.rooms
      .decide({ commune: 'tetouan', id: after.id, decision: 'refuse' })
      .catch((e) => e);
    expect(refusal(refused).fields).toEqual(['reason']);
    const withReason = await agent.caller.rooms.decide({
      commune: 'tetouan',
      id: after.id,
      decision: 'refuse',
      reason: 'La salle est en travaux ce jour-là.',
    });
    expect(withReason).toMatchObject({ state: 'refused', reason: 'La salle est en travaux ce jour-là.' });
    expect((await rep.caller.rooms.mine({ commune: 'tetouan' })).map((b) => b.state)).toEqual(['refused', 'approved']);
  });

  it('lets the database refuse overlapping approvals, also two at the same moment', async () => {
    const { agent, room, rep } = await setup('tetouan', 'db');
    const second = await h.user('agent2.db@rooms.example', ['tetouan:agent']);
    const ask = (hour: number) =>
      rep.caller.rooms.request({
        commune: 'tetouan',
        roomId: room.id,
        associationId: rep.associationId,
        title: `Réunion ${hour}h`,
        expectedAttendance: 12,
        ...slot(12, hour, 3),
      });
    // Requests may overlap each other: staff choose between them.
    const [a, b] = [await ask(9), await ask(10)];
    const outcomes = await Promise.allSettled([
      agent.caller.rooms.decide({ commune: 'tetouan', id: a.id, decision: 'approve' }),
      second.caller.rooms.decide({ commune: 'tetouan', id: b.id, decision: 'approve' }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refusal(lost.reason)).toMatchObject({ code: 'CONFLICT', reason: 'room_clash' });
    const approved = await h.handle.db
      .selectFrom('roomBookings')
      .select('id')
      .where('roomId', '=', room.id)
      .where('state', '=', 'approved')
      .execute();
    expect(approved).toHaveLength(1);

    // The constraint itself, under the service: a second approved overlapping row is refused.
    const winner = (outcomes.find((o) => o.status === 'fulfilled') as PromiseFulfilledResult<typeof a>).value;
    const raw = await sql`insert into room_bookings (commune_id, room_id, association_id, requested_by, title,
        starts_at, ends_at, expected_attendance, state)
      select commune_id, room_id, association_id, requested_by, 'raw', starts_at + interval '1 hour',
        ends_at + interval '1 hour', 5, 'approved' from room_bookings where id = ${winner.id}`
      .execute(h.handle.db)
      .catch((e) => e);
    expect(raw).toMatchObject({ code: '23P01', constraint: 'room_bookings_no_overlap' });
  });

  it('keeps rooms to their commune: a Tetouan room is not bookable through Asilah’s portal', async () => {
    const { agent, room, rep } = await setup('tetouan', 'tenancy');
    const asilahRep = await representative(h, 'asilah', 'rep.asilah@rooms.example');
    const wrong = await asilahRep.caller.rooms
      .request({
        commune: 'asilah',
        roomId: room.id,
        associationId: asilahRep.associationId,
        title: 'Réunion',
        expectedAttendance: 5,
        ...slot(5, 10),
      })
      .catch((e) => e);
    expect(refusal(wrong)).toMatchObject({ code: 'NOT_FOUND', reason: 'unknown_room', fields: ['roomId'] });
    const cal = await h
      .anon()
      .rooms.calendar({ commune: 'asilah', roomId: room.id, from: new Date('2026-03-01'), to: new Date('2026-04-01') })
      .catch((e) => e);
    expect(cal).toMatchObject({ code: 'NOT_FOUND' });

    const b = await rep.caller.rooms.request({
      commune: 'tetouan',
      roomId: room.id,
      associationId: rep.associationId,
      title: 'Réunion',
      expectedAttendance: 5,
      ...slot(5, 10),
    });
    const asilahAgent = await h.user('agent.asilah@rooms.example', ['asilah:agent']);
    await expect(
      asilahAgent.caller.rooms.decide({ commune: 'asilah', id: b.id, decision: 'approve' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      asilahAgent.caller.rooms.decide({ commune: 'tetouan', id: b.id, decision: 'approve' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Someone who represents no association cannot ask in its name.
    const citizen = await h.user('citizen@rooms.example');
    const notRep = await citizen.caller.rooms
      .request({
        commune: 'tetouan',
        roomId: room.id,
        associationId: rep.associationId,
        title: 'Réunion',
        expectedAttendance: 5,
        ...slot(6, 10),
      })
      .catch((e) => e);
    expect(refusal(notRep)).toMatchObject({ code: 'FORBIDDEN', reason: 'not_representative' });
    // An association of Asilah's registry, through Tetouan's portal: not one of this commune's.
    const elsewhere = await asilahRep.caller.rooms
      .request({
        commune: 'tetouan',
        roomId: room.id,
        associationId: asilahRep.associationId,
        title: 'Réunion',
        expectedAttendance: 5,
        ...slot(7, 10),
      })
      .catch((e) => e);
    expect(refusal(elsewhere)).toMatchObject({ code: 'FORBIDDEN', reason: 'not_representative' });
    expect(await agent.caller.rooms.queue({ commune: 'tetouan' })).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: b.id })]),
    );
  });

  it('refuses a past start, more people than the room holds, and records attendance after the event only', async () => {
    const { agent, room, rep } = await setup('tetouan', 'attendance');
    const base = { commune: 'tetouan', roomId: room.id, associationId: rep.associationId, title: 'Formation' };
    const past = await rep.caller.rooms.request({ ...base, expectedAttendance: 5, ...slot(-1, 10) }).catch((e) => e);
    expect(refusal(past)).toMatchObject({ reason: 'in_the_past', fields: ['startsAt'] });
    const crowd = await rep.caller.rooms.request({ ...base, expectedAttendance: 41, ...slot(3, 10) }).catch((e) => e);
    expect(refusal(crowd)).toMatchObject({ reason: 'over_capacity', fields: ['expectedAttendance'] });
    const b = await rep.caller.rooms.request({ ...base, expectedAttendance: 25, ...slot(3, 10) });
    await agent.caller.rooms.decide({ commune: 'tetouan', id: b.id, decision: 'approve' });
    const early = await agent.caller.rooms.attendance({ commune: 'tetouan', id: b.id, attendance: 20 }).catch((e) => e);
    expect(refusal(early)).toMatchObject({ reason: 'event_not_over', fields: ['attendance'] });
    h.clock.advance(4 * 24 * HOUR);
    try {
      const done = await agent.caller.rooms.attendance({ commune: 'tetouan', id: b.id, attendance: 22 });
      expect(done.attendance).toBe(22);
    } finally {
      h.clock.advance(-4 * 24 * HOUR);
    }
  });
});
