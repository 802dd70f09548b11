import { describe, expect, it } from 'vitest';
import { crashTest } from '../scripts/crash';
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
