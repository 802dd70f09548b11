import { LIMITS, runAdminCommand } from '@shabaka/api';
import { createShabakaClient } from '@shabaka/client';
import { describe, expect, it } from 'vitest';
import { useServer } from './server';

const s = useServer({ trustProxy: ['127.0.0.1'] });

async function agent(email: string) {
  await runAdminCommand({ db: s.handle.db, events: s.events }, 'user:add', {
    email,
    displayName: 'agent',
    password: 'a long enough passphrase',
    roles: ['tetouan:agent'],
  });
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
    email,
    password: 'a long enough passphrase',
  });
  return { client: createShabakaClient({ url: s.url, token }) };
}

describe('a room’s iCal feed', () => {
  it('serves the approved bookings as text/calendar, 404 elsewhere, within the call limits', async () => {
    const { client } = await agent('agent.feed@rooms.example');
    const room = await client.rooms.create.mutate({
      commune: 'tetouan',
      names: { ar: 'قاعة الاجتماعات', fr: 'Salle de réunion' },
      capacity: 30,
      stepFree: true,
      location: 'Hôtel de ville, Tétouan',
    });
    const user = await s.handle.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const commune = await s.handle.db
      .selectFrom('communes')
      .select('id')
      .where('slug', '=', 'tetouan')
      .executeTakeFirstOrThrow();
    // An approved booking and a waiting request (the feed shows only the first).
    const soon = Date.now() + 3 * 86_400_000;
    for (const [title, state] of [
      ['Assemblée générale; “bilan”, 2026', 'approved'],
      ['En attente', 'requested'],
    ] as const) {
      await s.handle.db
        .insertInto('roomBookings')
        .values({
          communeId: commune.id,
          roomId: room.id,
          associationId: '00000000-0000-4000-8000-000000000001',
          requestedBy: user.id,
          title,
          startsAt: new Date(soon),
          endsAt: new Date(soon + 2 * 3_600_000),
          expectedAttendance: 10,
          state,
        })
        .execute();
    }
    const get = (path: string, ip = '203.0.113.60') =>
      fetch(`${s.url}${path}`, { headers: { 'x-forwarded-for': ip, 'accept-language': 'fr' } });
    const res = await get(`/ical/tetouan/${room.id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    // RFC 5545 escaping of ; and , in text values.
    expect(text).toContain('SUMMARY:Assemblée générale\\; “bilan”\\, 2026');
    expect(text).not.toContain('En attente');
    expect(text).toContain('X-WR-CALNAME:Salle de réunion');

    // Another commune's address for the room, an unknown room, a malformed name: 404.
    expect((await get(`/ical/asilah/${room.id}.ics`)).status).toBe(404);
    expect((await get(`/ical/tetouan/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
    expect((await get(`/ical/tetouan/nope.ics`)).status).toBe(404);

    // Counted against the limits: past them, 429 with Retry-After.
    const ip = '203.0.113.61';
    for (let i = 0; i < LIMITS.roomFeeds[0]!.max; i++)
      expect((await get(`/ical/tetouan/${room.id}.ics`, ip)).status).toBe(200);
    const refused = await get(`/ical/tetouan/${room.id}.ics`, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
