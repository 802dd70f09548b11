import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShabakaClient } from '@shabaka/client';
import { createDb } from '@shabaka/db';
import sharp from 'sharp';
import { exitOf, start, submitConcurrently } from './built-server';

/**
 * Durability under a crash: start the built server, fire concurrent complaint
 * submissions (each with a photo), `kill -9` it mid-way, restart on the same data and
 * check that every submission that received a tracking code is there, complete, and
 * that no half-written complaint is visible.
 */
export interface CrashResult {
  database: 'pglite' | 'postgres';
  sent: number;
  acknowledged: number;
  found: number;
  lost: number;
  incomplete: number;
}

export async function crashTest(opts: {
  database: 'pglite' | 'postgres';
  total: number;
  concurrency: number;
  killAfter: number;
  databaseUrl?: string;
}): Promise<CrashResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-crash-'));
  const env: NodeJS.ProcessEnv = { ...process.env, SHABAKA_DATA_DIR: dataDir, SHABAKA_RATE_LIMITS: 'off' };
  delete env.DATABASE_URL;
  if (opts.database === 'postgres') env.DATABASE_URL = opts.databaseUrl;
  try {
    let { proc, url } = await start(env);
    const photo = (
      await sharp({ create: { width: 640, height: 480, channels: 3, background: '#4a7' } })
        .jpeg()
        .toBuffer()
    ).toString('base64');
    const client = createShabakaClient({ url, batch: false });
    const categoryId = (await client.complaints.categories.query({ commune: 'tetouan' }))[0]!.id;
    let killed = false;
    const { acknowledged, sent } = await submitConcurrently({
      total: opts.total,
      concurrency: opts.concurrency,
      submit: async (i) =>
        (
          await client.complaints.submit.mutate({
            commune: 'tetouan',
            categoryId,
            description: `Crash test submission number ${i} with one photo.`,
            address: `Rue ${i}`,
            photos: [{ dataBase64: photo }],
            idempotencyKey: `crash-${opts.database}-${i}`,
          })
        ).code,
      after: (acked) => {
        if (!killed && acked.length >= opts.killAfter) {
          killed = true;
          proc.kill('SIGKILL');
        }
      },
    });
    if (!killed) proc.kill('SIGKILL');
    await exitOf(proc);

    // Restart on the same data: recovery runs, then look at what survived.
    ({ proc, url } = await start(env));
    const after = createShabakaClient({ url, batch: false });
    let found = 0;
    for (const code of acknowledged) {
      const t = await after.complaints.track.query({ code }).catch(() => null);
      if (t && t.photos.length === 1) found++;
    }
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
    // Nothing half-written: every stored complaint has its photo, timeline entry and file.
    const handle = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: join(dataDir, 'pglite') });
    const rows = await handle.db
      .selectFrom('complaints')
      .leftJoin('complaintAttachments as a', (j) =>
        j.onRef('a.communeId', '=', 'complaints.communeId').onRef('a.complaintId', '=', 'complaints.id'),
      )
      .leftJoin('complaintEvents as e', (j) =>
        j.onRef('e.communeId', '=', 'complaints.communeId').onRef('e.complaintId', '=', 'complaints.id'),
      )
      .select([
        'complaints.code',
        (eb) => eb.fn.count<number>('a.id').distinct().as('photos'),
        (eb) => eb.fn.count<number>('e.id').distinct().as('events'),
      ])
      .where('complaints.description', 'like', 'Crash test submission%')
      .groupBy('complaints.code')
      .execute();
    await handle.close();
    const incomplete = rows.filter((r) => r.photos !== 1 || r.events < 1).length;
    return {
      database: opts.database,
      sent,
      acknowledged: acknowledged.length,
      found,
      lost: acknowledged.length - found,
      incomplete,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `pnpm --filter @shabaka/server crash-test [total]`: both databases when TEST_DATABASE_URL (or DATABASE_URL) is set. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const total = Number(process.argv[2] ?? 300);
  const pg = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const results: CrashResult[] = [
    await crashTest({ database: 'pglite', total, concurrency: 20, killAfter: Math.floor(total / 3) }),
  ];
  if (pg) {
    const { freshDatabase } = await import('./fresh-database');
    const db = await freshDatabase(pg);
    try {
      results.push(
        await crashTest({
          database: 'postgres',
          total,
          concurrency: 20,
          killAfter: Math.floor(total / 3),
          databaseUrl: db.url,
        }),
      );
    } finally {
      await db.drop();
    }
  }
  console.table(results);
  // The notification phase (crash-notify.ts): a kill between commit and delivery, then one
  // while delivering, on each database.
  const { notifyCrashTest, notifyCrashPassed } = await import('./crash-notify');
  const notices = [];
  for (const mode of ['refusing', 'delivering'] as const) {
    const n = Math.max(30, Math.floor(total / 3));
    notices.push(await notifyCrashTest({ database: 'pglite', mode, total: n, concurrency: 10, killAfter: n / 3 }));
    if (pg) {
      const { freshDatabase } = await import('./fresh-database');
      const db = await freshDatabase(pg);
      try {
        notices.push(
          await notifyCrashTest({
            database: 'postgres',
            mode,
            total: n,
            concurrency: 10,
            killAfter: n / 3,
            databaseUrl: db.url,
          }),
        );
      } finally {
        await db.drop();
      }
    }
  }
  console.table(notices);
  process.exit(results.every((r) => r.lost === 0 && r.incomplete === 0) && notices.every(notifyCrashPassed) ? 0 : 1);
}
