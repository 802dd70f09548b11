import { createServer } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxWorker, enqueue, httpSmsDriver, type OutboxWorker } from '../src/notifications';
import { moroccoMinutes, quietUntil, smsRulesOf } from '../src/notifications/settings';
import { runAdminCommand } from '../src/admin';
import { useHarness, withCommuneSettings } from './harness';

const h = useHarness();
/** A stand-in for the SMS provider: a node:http server that keeps each text it is handed. */
const gateway = { texts: [] as string[], url: '', close: () => {} };
let tetouan: string;
const workers: OutboxWorker[] = [];

beforeAll(async () => {
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      gateway.texts.push((JSON.parse(raw) as { text: string }).text);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `gw-${gateway.texts.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  gateway.url = `http://127.0.0.1:${(server.address() as { port: number }).port}/send`;
  gateway.close = () => server.close();
  tetouan = (
    await h.handle.db.selectFrom('communes').select('id').where('slug', '=', 'tetouan').executeTakeFirstOrThrow()
  ).id;
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  await h.handle.db.deleteFrom('notificationDeliveries').execute();
  await h.handle.db.deleteFrom('notifications').execute();
  gateway.texts.length = 0;
});
afterAll(() => gateway.close());

function worker() {
  const w = createOutboxWorker(
    { db: h.handle.db, clock: h.clock },
    {
      drivers: { email: null, sms: httpSmsDriver({ url: gateway.url, idField: 'id' }) },
      publicUrl: 'https://shabaka.ma',
      mailFrom: 'Shabaka <no-reply@shabaka.ma>',
    },
  );
  workers.push(w);
  return w;
}

const sms = (p: { class?: 'legal' | 'engagement'; urgent?: boolean; code: string }) =>
  enqueue(
    h.handle.db,
    {
      communeId: tetouan,
      template: 'complaint.updated',
      class: p.class ?? 'legal',
      params: { code: p.code, stage: 'acknowledged', ...(p.urgent ? { urgent: true } : {}) },
      now: h.clock.now(),
    },
    [{ channel: 'sms', address: '+212612345678', language: 'ar' }],
  );

/** "HH:MM" in Morocco, `minutes` from now. */
const localTime = (minutes: number) => {
  const m = (moroccoMinutes(h.clock.now()) + minutes + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

describe('SMS rules of a commune', () => {
  it('reads only well-formed rules; quiet hours may cross midnight', () => {
    expect(smsRulesOf({})).toEqual({ quietHours: null, smsDailyCap: null, smsSegmentPriceMad: null });
    expect(
      smsRulesOf({
        notifications: { quietHours: { from: '25:00', to: '08:00' }, smsDailyCap: -1, smsSegmentPriceMad: 'x' },
      }),
    ).toEqual({ quietHours: null, smsDailyCap: null, smsSegmentPriceMad: null });
    const night = smsRulesOf({ notifications: { quietHours: { from: '21:00', to: '08:00' } } });
    // 23:30 in Morocco on a summer day (UTC+1): quiet until 08:00 the next morning.
    expect(quietUntil(night, new Date('2026-07-01T22:30:00Z'))).toEqual(new Date('2026-07-02T07:00:00Z'));
    expect(quietUntil(night, new Date('2026-07-01T12:00:00Z'))).toBeNull();
  });

  it('holds SMS back during quiet hours, not an urgent one, and sends them when the hours end', async () => {
    await withCommuneSettings(
      h.handle.db,
      'tetouan',
      { notifications: { quietHours: { from: localTime(-60), to: localTime(120) } } },
      async () => {
        await sms({ code: 'TET-2026-000101' });
        await sms({ code: 'TET-2026-000102', urgent: true });
        const w = worker();
        await w.runOnce();
        expect(gateway.texts).toHaveLength(1);
        expect(gateway.texts[0]).toContain('TET-2026-000102');
        const waiting = await h.handle.db
          .selectFrom('notifications')
          .select(['state', 'attempts', 'nextAttemptAt'])
          .where('state', '=', 'pending')
          .execute();
        // Not an attempt: nothing counted, nothing logged; due when the quiet hours end.
        expect(waiting).toHaveLength(1);
        expect(waiting[0]!.attempts).toBe(0);
        const due = new Date(waiting[0]!.nextAttemptAt).getTime() - h.clock.now().getTime();
        expect(due).toBeGreaterThan(119 * 60_000);
        expect(due).toBeLessThanOrEqual(120 * 60_000);
        expect(await h.handle.db.selectFrom('notificationDeliveries').select('id').execute()).toHaveLength(1);
        h.clock.advance(121 * 60_000);
        try {
          await w.runOnce();
          expect(gateway.texts).toHaveLength(2);
        } finally {
          h.clock.advance(-121 * 60_000);
        }
      },
    );
  });

  it('keeps engagement SMS within the daily cap, never a legal notice, and counts segments and cost', async () => {
    await withCommuneSettings(
      h.handle.db,
      'tetouan',
      { notifications: { smsDailyCap: 1, smsSegmentPriceMad: 0.35 } },
      async () => {
        await sms({ code: 'TET-2026-000201', class: 'engagement' });
        await sms({ code: 'TET-2026-000202', class: 'engagement' });
        // The legal notice is due after them: it counts towards the day's total, so were it sent
        // first, neither engagement message would fit (the outcome must not hang on row order).
        h.clock.advance(1000);
        await sms({ code: 'TET-2026-000203' });
        await worker().runOnce();
        // One engagement message (the cap), and the legal notice anyway.
        expect(gateway.texts).toHaveLength(2);
        expect(gateway.texts.some((t) => t.includes('TET-2026-000203'))).toBe(true);
        const deliveries = await h.handle.db
          .selectFrom('notificationDeliveries')
          .select(['segments', 'status'])
          .execute();
        expect(deliveries).toEqual([
          { segments: 1, status: 'sent' },
          { segments: 1, status: 'sent' },
        ]);
        const usage = (await h.anon().notifications.smsUsage()).find((c) => c.commune === 'tetouan')!;
        expect(usage).toMatchObject({
          month: { messages: 2, segments: 2 },
          costMad: 0.7,
          today: 2,
          dailyCap: 1,
          waiting: 1,
          quietHours: null,
        });
        // A commune with no price set shows no cost rather than an invented one.
        expect((await h.anon().notifications.smsUsage()).find((c) => c.commune === 'asilah')).toMatchObject({
          costMad: null,
          month: { messages: 0, segments: 0 },
        });
      },
    );
  });

  it('are set by the operator command, option by option, and refused with the field named', async () => {
    const run = (input: Record<string, unknown>) =>
      runAdminCommand(h.deps, 'notifications:sms', { slug: 'tetouan', ...input });
    expect(await run({ quietHours: '21:30-07:45', dailyCap: '500', segmentPrice: '0.25' })).toEqual({
      commune: 'tetouan',
      quietHours: { from: '21:30', to: '07:45' },
      smsDailyCap: 500,
      smsSegmentPriceMad: 0.25,
    });
    // Left out: kept; off: removed.
    expect(await run({ dailyCap: 'off' })).toMatchObject({ quietHours: { from: '21:30' }, smsDailyCap: null });
    expect((await h.anon().notifications.smsUsage()).find((c) => c.commune === 'tetouan')).toMatchObject({
      quietHours: { from: '21:30', to: '07:45' },
      dailyCap: null,
    });
    const bad = (await run({ quietHours: '9pm-8am' }).catch((e: unknown) => e)) as { issues?: { path: unknown[] }[] };
    expect(bad.issues?.[0]?.path).toEqual(['quietHours']);
    await expect(runAdminCommand(h.deps, 'notifications:sms', { slug: 'nowhere' })).rejects.toMatchObject({
      reason: 'unknown_commune',
    });
  });
});
