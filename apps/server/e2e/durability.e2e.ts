import { describe, expect, it } from 'vitest';
import { crashTest } from '../scripts/crash';
import { notifyCrashPassed, notifyCrashTest } from '../scripts/crash-notify';
import { freshDatabase } from '../scripts/fresh-database';

// A smaller run of `pnpm --filter @shabaka/server crash-test` (which fires 300 by default).
describe('no acknowledged submission is lost when the server is killed', () => {
  it('on the embedded database', async () => {
    const r = await crashTest({ database: 'pglite', total: 90, concurrency: 12, killAfter: 30 });
    console.log('crash test', r);
    expect(r.acknowledged).toBeGreaterThanOrEqual(30);
    expect(r.lost).toBe(0);
    expect(r.incomplete).toBe(0);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('on PostgreSQL', async () => {
    const db = await freshDatabase(process.env.TEST_DATABASE_URL!);
    try {
      const r = await crashTest({
        database: 'postgres',
        total: 90,
        concurrency: 12,
        killAfter: 30,
        databaseUrl: db.url,
      });
      console.log('crash test', r);
      expect(r.acknowledged).toBeGreaterThanOrEqual(30);
      expect(r.lost).toBe(0);
      expect(r.incomplete).toBe(0);
    } finally {
      await db.drop();
    }
  });
});

// The notification phase (scripts/crash-notify.ts): every committed notice reaches the real
// SMTP server, by its Message-ID. Killed between commit and delivery (the SMTP server refuses
// until the kill): each exactly once. Killed while delivering: each at least once, a repeat
// carrying the same Message-ID (what a provider honouring it drops), none lost.
describe('no notice is lost or sent twice when the server is killed', () => {
  const run = async (mode: 'refusing' | 'delivering', database: 'pglite' | 'postgres', databaseUrl?: string) => {
    const r = await notifyCrashTest({
      database,
      mode,
      total: 30,
      concurrency: 8,
      killAfter: 10,
      ...(databaseUrl ? { databaseUrl } : {}),
    });
    console.log('notification crash test', r);
    expect(r.acknowledged).toBeGreaterThanOrEqual(10);
    expect(r.missingNotice).toBe(0);
    expect(r.lost).toBe(0);
    expect(r.delivered).toBe(r.notices);
    if (mode === 'refusing') {
      expect(r.refusedBeforeKill).toBeGreaterThan(0);
      expect(r.deliveredBeforeKill).toBe(0);
      expect(r.repeats).toBe(0);
    }
    expect(notifyCrashPassed(r)).toBe(true);
  };
  for (const mode of ['refusing', 'delivering'] as const) {
    it(`${mode}, on the embedded database`, () => run(mode, 'pglite'));
    it.skipIf(!process.env.TEST_DATABASE_URL)(`${mode}, on PostgreSQL`, async () => {
      const db = await freshDatabase(process.env.TEST_DATABASE_URL!);
      try {
        await run(mode, 'postgres', db.url);
      } finally {
        await db.drop();
      }
    });
  }
});
