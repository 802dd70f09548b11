import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShabakaClient } from '@shabaka/client';
import { createDb } from '@shabaka/db';
import { SMTPServer } from 'smtp-server';
import { exitOf, start, submitConcurrently } from './built-server';

/**
 * The crash test's notification phase (issue 13): a real SMTP server started here, the built
 * server sending to it (SHABAKA_SMTP_URL), complaints submitted with an email, `kill -9`,
 * restart on the same data, then count what reached the SMTP server by the notices'
 * idempotency keys (each email's Message-ID is `<key@sender's domain>`).
 *
 * Two cases, named by `mode`:
 * - `refusing`: the SMTP server refuses every connection (421, a provider that is down) until
 *   the server is killed, so every notice committed before the kill is still in the outbox:
 *   a kill between commit and delivery. After the restart the SMTP server must see every
 *   notice's key EXACTLY once: none lost, none sent twice.
 * - `delivering`: the SMTP server accepts (slowly) from the start and the kill lands while the
 *   worker is delivering, so some notice may have been sent and not yet recorded. Such a
 *   notice is sent again after its lease with the SAME Message-ID: none lost, and the repeats
 *   (counted, not failed on) are what a provider that honours the Message-ID drops.
 */
export interface NotifyCrashResult {
  database: 'pglite' | 'postgres';
  mode: 'refusing' | 'delivering';
  acknowledged: number;
  /** Email notices stored (receipts of every committed complaint, acknowledged or cut off). */
  notices: number;
  /** Connections the SMTP server refused before the kill: the worker was trying. */
  refusedBeforeKill: number;
  /** Messages the SMTP server accepted before the kill (0 when refusing). */
  deliveredBeforeKill: number;
  /** Distinct keys that arrived. */
  delivered: number;
  /** Notices whose key never arrived. */
  lost: number;
  /** Arrivals of a key already seen (same Message-ID). */
  repeats: number;
  /** Acknowledged submissions with no notice stored. */
  missingNotice: number;
  /** Time from the restart until the last notice arrived. */
  drainMs: number;
}

/** A real SMTP server counting arrivals per Message-ID; refuses connections while `accepting` is false. */
async function countingSmtpServer(opts: { accepting: boolean; delayMs: number }) {
  const arrivals = new Map<string, number>();
  const state = { accepting: opts.accepting, refused: 0, accepted: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      if (state.accepting) return callback();
      state.refused++;
      callback(Object.assign(new Error('Service not available, try later'), { responseCode: 421 }));
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const head = Buffer.concat(chunks)
          .toString('utf8')
          .split(/\r?\n\r?\n/)[0]!;
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? `(none ${state.accepted})`;
        setTimeout(() => {
          arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
          state.accepted++;
          callback(null, `OK: queued as C${state.accepted}`);
        }, opts.delayMs);
      });
    },
  });
  // A client that goes away mid-session resets its connection (the crash test kills the server
  // holding pooled connections): expected here, not an error of the test.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as { port: number };
  return {
    arrivals,
    state,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function notifyCrashTest(opts: {
  database: 'pglite' | 'postgres';
  mode: 'refusing' | 'delivering';
  total: number;
  concurrency: number;
  killAfter: number;
  databaseUrl?: string;
  /** Give up waiting for the outbox to drain after this long. */
  drainTimeoutMs?: number;
}): Promise<NotifyCrashResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-crash-notify-'));
  const smtp = await countingSmtpServer({ accepting: opts.mode === 'delivering', delayMs: 20 });
  const leaseMs = 2000;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SHABAKA_DATA_DIR: dataDir,
    SHABAKA_SMTP_URL: smtp.url,
    SHABAKA_MAIL_FROM: 'Shabaka <no-reply@crash.test>',
    SHABAKA_SMS_DRIVER: 'off',
    SHABAKA_RATE_LIMITS: 'off',
    // Short waits so the test is bounded: a refused attempt is retried within a second or two,
    // and a claim held by the killed process ends after `leaseMs`.
    SHABAKA_NOTIFY_POLL_MS: '200',
    SHABAKA_NOTIFY_RETRY_MS: '200',
    SHABAKA_NOTIFY_LEASE_MS: String(leaseMs),
    SHABAKA_NOTIFY_MAX_ATTEMPTS: '50',
  };
  delete env.DATABASE_URL;
  if (opts.database === 'postgres') env.DATABASE_URL = opts.databaseUrl;
  try {
    let { proc, url } = await start(env);
    const client = createShabakaClient({ url, batch: false });
    const categoryId = (await client.complaints.categories.query({ commune: 'tetouan' }))[0]!.id;
    let killed = false;
    let before = { refused: 0, accepted: 0 };
    const kill = () => {
      killed = true;
      proc.kill('SIGKILL');
      before = { refused: smtp.state.refused, accepted: smtp.state.accepted };
    };
    // The kill waits for the worker to have tried (a refused connection) or to be delivering
    // (an accepted message), so it lands with notices in flight, not before the worker ran.
    const workerActive = () => smtp.state.refused + smtp.state.accepted > 0;
    // A submission cut off by the crash is not acknowledged (its receipt is owed only if it committed).
    const { acknowledged } = await submitConcurrently({
      total: opts.total,
      concurrency: opts.concurrency,
      submit: async (i) =>
        (
          await client.complaints.submit.mutate({
            commune: 'tetouan',
            categoryId,
            description: `Notification crash test submission number ${i}.`,
            address: `Rue ${i}`,
            contact: { email: `citizen-${i}@crash.test` },
            replyChannel: 'email',
            idempotencyKey: `crash-notify-${opts.database}-${opts.mode}-${i}`,
          })
        ).code,
      after: (acked) => {
        if (!killed && acked.length >= opts.killAfter && workerActive()) kill();
      },
    });
    for (let i = 0; !killed && !workerActive() && i < 100; i++) await new Promise((r) => setTimeout(r, 100));
    if (!killed) kill();
    await exitOf(proc);

    // The provider is back; the server restarts on the same data and drains its outbox.
    smtp.state.accepting = true;
    const restarted = Date.now();
    ({ proc, url } = await start(env));
    const after = createShabakaClient({ url, batch: false });
    // The acknowledged complaints are all there (the first crash test's property, here too).
    for (const code of acknowledged) await after.complaints.track.query({ code });
    const deadline = restarted + (opts.drainTimeoutMs ?? 60_000);
    let lastArrival = Date.now();
    let seen = -1;
    // Until the arrivals stop growing for longer than a lease (a claim left by the killed
    // process ends by then, so any re-send would have come), or the deadline.
    while (Date.now() < deadline) {
      if (smtp.state.accepted !== seen) {
        seen = smtp.state.accepted;
        lastArrival = Date.now();
      } else if (seen >= acknowledged.length && Date.now() - lastArrival > leaseMs + 1500) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const drainMs = lastArrival - restarted;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;

    const handle = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: join(dataDir, 'pglite') });
    const rows = await handle.db
      .selectFrom('notifications as n')
      .innerJoin('complaints as c', (j) => j.onRef('c.communeId', '=', 'n.communeId').onRef('c.id', '=', 'n.subjectId'))
      .select(['n.idempotencyKey', 'c.code'])
      .where('n.channel', '=', 'email')
      .where('c.description', 'like', 'Notification crash test submission%')
      .execute();
    await handle.close();
    const keyOf = (messageId: string) => /^<([^@>]+)@/.exec(messageId)?.[1] ?? messageId;
    const arrived = new Map([...smtp.arrivals].map(([id, n]) => [keyOf(id), n]));
    const codes = new Set(rows.map((r) => r.code));
    return {
      database: opts.database,
      mode: opts.mode,
      acknowledged: acknowledged.length,
      notices: rows.length,
      refusedBeforeKill: before.refused,
      deliveredBeforeKill: before.accepted,
      delivered: rows.filter((r) => arrived.has(r.idempotencyKey)).length,
      lost: rows.filter((r) => !arrived.has(r.idempotencyKey)).length,
      repeats: [...arrived.values()].reduce((sum, n) => sum + n - 1, 0),
      missingNotice: acknowledged.filter((code) => !codes.has(code)).length,
      drainMs,
    };
  } finally {
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Refusing: every key exactly once. Delivering: every key at least once (repeats carry the same Message-ID). */
export const notifyCrashPassed = (r: NotifyCrashResult) =>
  r.lost === 0 &&
  r.missingNotice === 0 &&
  r.notices >= r.acknowledged &&
  (r.mode === 'delivering' || (r.repeats === 0 && r.deliveredBeforeKill === 0 && r.refusedBeforeKill > 0));
