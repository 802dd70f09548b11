import { describe, expect, it } from 'vitest';
import { createAppDeps, createInnerContext } from '../src/context';
import { memoryLimitStore } from '../src/limits';
import { boundedQueue } from '../src/limits/calls';
import type { ComplaintReceipt } from '../src/receipts/pdf';
import { createCaller } from '../src/root';
import { PASSWORD, useHarness } from './harness';

const h = useHarness();

/** A caller from one network address, as the HTTP layer builds it. */
const from = (ip: string, opts: { token?: string; language?: string } = {}) =>
  createCaller(() => createInnerContext(h.deps, { ip, ...opts }));

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string }) => e.code ?? 'error',
  );

describe('limits that count calls', () => {
  it('counts every sign-in call per address and answers 429 in the caller’s language with a retry delay', async () => {
    const caller = from('203.0.113.10', { language: 'fr' });
    const codes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        outcome(caller.auth.signIn({ email: `guess${i}@example.ma`, password: 'wrong password' })),
      ),
    );
    // Ten calls pass the limit (to a wrong password, or a busy answer from the hashing queue on a loaded machine).
    expect(codes.filter((c) => c === 'UNAUTHORIZED' || c === 'SERVICE_UNAVAILABLE')).toHaveLength(10);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(2);
    const err = await caller.auth.signIn({ email: 'guess99@example.ma', password: 'wrong password' }).catch((e) => e);
    expect(err.code).toBe('TOO_MANY_REQUESTS');
    expect(err.message).toMatch(/^Trop de demandes/);
    expect(err.cause).toMatchObject({ reason: 'rate_limited' });
    expect(err.cause.retryAfterSeconds).toBeGreaterThan(0);
    expect(err.cause.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another address is not affected.
    expect(
      await outcome(from('203.0.113.11').auth.signIn({ email: 'guess0@example.ma', password: 'wrong password' })),
    ).toBe('UNAUTHORIZED');
  });

  it('locks one account across parallel guesses: 50 at once cannot all pass the same delay', async () => {
    await h.user('target@example.ma');
    const started = Date.now();
    const codes = await Promise.all(
      // 50 addresses, so the per-address limit is not what stops them.
      Array.from({ length: 50 }, (_, i) =>
        outcome(from(`198.51.100.${i + 1}`).auth.signIn({ email: 'Target@example.ma', password: `guess number ${i}` })),
      ),
    );
    const tried = codes.filter((c) => c !== 'TOO_MANY_REQUESTS').length;
    expect(tried).toBeGreaterThanOrEqual(3);
    expect(tried).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(50 - tried);
    expect(Date.now() - started).toBeLessThan(8_000);
    // The account itself still works once its slot comes (the lock is a wait, not a ban).
    const wait = h.limits.waitMs('signIn:account:target@example.ma', 15 * 60_000);
    await new Promise((r) => setTimeout(r, Math.max(0, wait - 3_000) + 50));
    await expect(
      from('192.0.2.1').auth.signIn({ email: 'target@example.ma', password: PASSWORD }),
    ).resolves.toHaveProperty('token');
  }, 20_000);

  it('does not queue anyone behind unknown emails: each is its own slot', async () => {
    const started = Date.now();
    const codes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        outcome(from(`192.0.2.${50 + i}`).auth.signIn({ email: `unknown${i}@example.ma`, password: 'whatever it is' })),
      ),
    );
    expect(codes.filter((c) => c !== 'UNAUTHORIZED' && c !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    // No sign-in delay was spent (only hashing time, bounded by the hashing queue).
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(h.limits.waitMs('signIn:account:unknown7@example.ma', 15 * 60_000)).toBeLessThanOrEqual(250);
    expect(h.limits.waitMs('signIn:account:another@example.ma', 15 * 60_000)).toBe(0);
  });

  it('limits sign-ups per target email across addresses', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) {
      codes.push(
        await outcome(
          from(`192.0.2.${100 + i}`).auth.signUp({
            commune: 'tetouan',
            email: 'Popular@example.ma',
            password: 'a long passphrase',
            displayName: 'Popular',
          }),
        ),
      );
    }
    // The same answer for every sign-up (no one learns the address has an account), three times an hour.
    expect(codes).toEqual(['ok', 'ok', 'ok', 'TOO_MANY_REQUESTS']);
  });

  it('limits password changes per account', async () => {
    const { token } = await h.user('changer@example.ma');
    const codes = [];
    for (let i = 0; i < 6; i++) {
      codes.push(
        await outcome(
          from(`192.0.2.${150 + i}`, { token }).auth.changePassword({
            currentPassword: 'not the password',
            newPassword: 'brand new passphrase',
          }),
        ),
      );
    }
    expect(codes).toEqual([...Array(5).fill('UNAUTHORIZED'), 'TOO_MANY_REQUESTS']);
  });

  it('skips per-address limits for calls without an address (scripts), never the per-account ones', async () => {
    const store = memoryLimitStore();
    const script = createCaller(() =>
      createInnerContext(createAppDeps({ db: h.handle.db, clock: h.clock, events: h.events, limits: store })),
    );
    const codes = [];
    for (let i = 0; i < 12; i++)
      codes.push(await outcome(script.auth.signIn({ email: `script${i}@example.ma`, password: 'wrong password' })));
    expect(codes).toEqual(Array(12).fill('UNAUTHORIZED'));
  });
});

describe('bounded queues for heavy work', () => {
  it('runs at most `concurrency` jobs, queues up to `queue` and refuses the rest at once', async () => {
    const q = boundedQueue({ concurrency: 1, queue: 1 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = q.run(() => gate.then(() => 1));
    const second = q.run(async () => 2);
    const third = await q.run(async () => 3);
    expect(third).toBeNull();
    expect(q.running).toBe(1);
    expect(q.waiting).toBe(1);
    release();
    expect(await first).toEqual({ value: 1 });
    expect(await second).toEqual({ value: 2 });
    expect(q.running).toBe(0);
  });
});

describe('bounded queues keep the wait bounded', () => {
  it('refuses a waiting job once it has waited maxWaitMs, even when the estimate let it in', async () => {
    const q = boundedQueue({ concurrency: 1, queue: 10, maxWaitMs: 100, expectedMs: 10 });
    const slow = q.run(() => new Promise<number>((r) => setTimeout(() => r(1), 300)));
    const started = Date.now();
    expect(await q.run(async () => 2)).toBeNull();
    expect(Date.now() - started).toBeLessThan(250);
    expect(await slow).toEqual({ value: 1 });
    expect(q.waiting).toBe(0);
  });

  it('refuses a job whose expected wait, from recent durations, passes maxWaitMs', async () => {
    const q = boundedQueue({ concurrency: 1, queue: 10, maxWaitMs: 100 });
    const job = () => new Promise<number>((r) => setTimeout(() => r(1), 80));
    await q.run(job); // learns ~80 ms a job
    const running = q.run(job);
    const first = q.run(job); // waits ~80 ms: accepted
    const second = await q.run(job); // would wait ~160 ms: refused
    expect(second).toBeNull();
    expect(await running).toEqual({ value: 1 });
    expect(await first).toEqual({ value: 1 });
  });
});

describe('PDF rendering is bounded and cached', () => {
  const receipt = (code: string) => ({
    kind: 'receipt' as const,
    args: [
      {
        code,
        communeNames: { ar: 'تطوان', fr: 'Tétouan', es: 'Tetuán' },
        secret: 'ABCD-EFGH',
        kind: 'complaint' as const,
        channel: 'web' as const,
        categoryNames: { ar: 'طرق', fr: 'Voirie', es: 'Vías' },
        receivedAt: new Date('2026-03-07T10:00:00Z'),
        ackDueAt: new Date('2026-03-10T10:00:00Z'),
        answerDueAt: new Date('2026-04-07T10:00:00Z'),
        trackingUrl: `https://shabaka.example/tetouan/track/${code}`,
      },
      new Date('2026-03-07T10:00:00Z'),
    ] as [ComplaintReceipt, Date],
  });

  it('shares one render per key, runs one at a time and refuses the overflow with busy', async () => {
    const { pdfKey, pdfQueueState, renderPdf } = await import('../src/pdf-queue');
    const now = new Date();
    const job = receipt('TET-2026-000001');
    const key = pdfKey('receipt', job.args[0], now);
    const same = await Promise.all(Array.from({ length: 30 }, () => renderPdf(key, job)));
    expect(new Set(same).size).toBe(1); // one render, shared
    expect(Buffer.from(same[0]!.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(await renderPdf(key, job)).toBe(same[0]); // from the cache
    expect(pdfKey('receipt', { ...job.args[0], code: 'TET-2026-000002' }, now)).not.toBe(key);

    const distinct = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        renderPdf(`test:distinct:${i}`, receipt(`TET-2026-${String(100 + i).padStart(6, '0')}`)).then(
          () => 'ok',
          (e: { code?: string; reason?: string }) => `${e.code}:${e.reason}`,
        ),
      ),
    );
    const ok = distinct.filter((r) => r === 'ok').length;
    // One rendering and at most four waiting (fewer when recent renders say the wait would pass 1.5 s).
    expect(ok).toBeGreaterThanOrEqual(1);
    expect(ok).toBeLessThanOrEqual(5);
    expect(distinct.filter((r) => r === 'SERVICE_UNAVAILABLE:busy')).toHaveLength(30 - ok);
    expect(pdfQueueState()).toMatchObject({ running: 0, waiting: 0 });
  }, 60_000);
});
