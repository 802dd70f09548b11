import { spawn } from 'node:child_process';
import { scryptSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { start } from './built-server';

/**
 * Acceptance of issue 10 §4–5: start the built server on a fresh data directory, run
 * each abuse measured in the issue while polling /healthz every 50 ms, and print the
 * worst /healthz latency and each abusive request's status and time. Fails (exit 1) when
 * /healthz ever took 1 s or more, or when an abusive request was not answered 4xx/503
 * (or, where the issue allows it, the expected mix) within 5 s.
 *
 * The server trusts X-Forwarded-For from 127.0.0.1 (SHABAKA_TRUST_PROXY) so that the
 * script can play many clients from one machine; everything stays on 127.0.0.1.
 *
 * `node --import tsx scripts/abuse.ts [--short]` after `pnpm build`.
 */
const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * How much slower this machine is right now than an idle 2-core server: one password
 * hash (the server's own parameters) against the ~100 ms it takes there. The full run
 * holds the issue's limits as they are; the short run in `pnpm test`, which shares the
 * machine with every other suite, scales them by this factor (printed with the figures).
 */
function slowness() {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    scryptSync('calibration', Buffer.alloc(16), 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    best = Math.min(best, performance.now() - t);
  }
  return Math.max(1, best / 100);
}

/** Adds a confirmed account with the operator's CLI (dist/cli.js), as an administrator would. */
function addUser(env: NodeJS.ProcessEnv, url: string, u: { email: string; password: string; displayName: string }) {
  return new Promise<void>((resolve, reject) => {
    const args = ['user:add', '--email', u.email, '--name', u.displayName, '--password', u.password];
    const p = spawn(process.execPath, [join(serverDir, 'dist/cli.js'), ...args], {
      env: { ...env, SHABAKA_PUBLIC_URL: url },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    p.stderr!.on('data', (d) => (stderr += d));
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`user:add failed: ${stderr}`))));
  });
}

/**
 * /healthz polled every 50 ms (one at a time) for as long as the abuses run, from a
 * worker thread: building 40 MB bodies here must not delay the polls and pass for the
 * server's latency.
 */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
let running = true;
parentPort.on('message', () => (running = false));
(async () => {
  while (running) {
    const t = Date.now();
    const status = await fetch(workerData.url + '/healthz', { signal: AbortSignal.timeout(30000) }).then((r) => r.status, () => 0);
    parentPort.postMessage({ at: t, ms: Date.now() - t, status });
    await new Promise((r) => setTimeout(r, 50));
  }
  parentPort.postMessage('done');
})();
`;
function pollHealth(url: string) {
  const latencies: { at: number; ms: number; status: number }[] = [];
  const worker = new Worker(POLLER, { eval: true, workerData: { url } });
  const done = new Promise<void>((resolve) =>
    worker.on('message', (m: 'done' | { at: number; ms: number; status: number }) =>
      m === 'done' ? resolve() : latencies.push(m),
    ),
  );
  return {
    worstBetween: (from: number, to: number) =>
      Math.max(0, ...latencies.filter((l) => l.at >= from && l.at <= to).map((l) => l.ms)),
    async stop() {
      worker.postMessage('stop');
      await done;
      await worker.terminate();
      return {
        polls: latencies.length,
        worst: Math.max(0, ...latencies.map((l) => l.ms)),
        failed: latencies.filter((l) => l.status !== 200).length,
      };
    },
  };
}

interface Answer {
  status: number;
  ms: number;
  body: string;
}

async function send(url: string, path: string, init: RequestInit & { from?: string } = {}): Promise<Answer> {
  const t = Date.now();
  const headers = {
    ...(init.headers as Record<string, string>),
    ...(init.from ? { 'x-forwarded-for': init.from } : {}),
  };
  try {
    const res = await fetch(`${url}${path}`, { ...init, headers, signal: AbortSignal.timeout(60_000) });
    const body = await res.text();
    return { status: res.status, ms: Date.now() - t, body };
  } catch (e) {
    return { status: 0, ms: Date.now() - t, body: String(e) };
  }
}

/** One batched POST of (procedure, input) calls as the SDK sends it; the per-call tRPC codes. */
async function batch(url: string, calls: [string, unknown][], from: string) {
  const body = JSON.stringify(Object.fromEntries(calls.map(([, input], i) => [i, { json: input }])));
  const answer = await send(url, `/trpc/${calls.map(([p]) => p).join(',')}?batch=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    from,
  });
  let codes: string[] = [];
  try {
    const parsed = JSON.parse(answer.body) as
      | { error?: { json: { data: { code: string } } }; result?: { data: { json: unknown } } }[]
      | { error: { json: { data: { code: string } } } };
    codes = Array.isArray(parsed) ? parsed.map((r) => r.error?.json.data.code ?? 'ok') : [parsed.error.json.data.code];
  } catch {
    codes = [];
  }
  return { ...answer, codes, results: answer.body };
}

const count = (codes: string[]) =>
  Object.entries(codes.reduce<Record<string, number>>((m, c) => ((m[c] = (m[c] ?? 0) + 1), m), {}))
    .map(([c, n]) => `${n}×${c}`)
    .join(' ');

interface Row {
  abuse: string;
  requests: number;
  statuses: string;
  slowestMs: number;
  healthWorstMs: number;
  ok: boolean;
  note: string;
}

export async function abuseRun(opts: { short: boolean; env?: NodeJS.ProcessEnv }) {
  const factor = opts.short ? slowness() : 1;
  const HEALTH_LIMIT_MS = Math.round(1000 * factor);
  const ANSWER_LIMIT_MS = Math.round(5000 * factor);
  const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-abuse-'));
  const env: NodeJS.ProcessEnv = {
    ...(opts.env ?? process.env),
    SHABAKA_DATA_DIR: dataDir,
    SHABAKA_TRUST_PROXY: '127.0.0.1',
    NODE_ENV: 'production',
    SHABAKA_RATE_LIMITS: 'on',
  };
  delete env.DATABASE_URL;
  const { proc, url } = await start(env);
  // Made before polling starts: 40 megapixels of one colour, a few hundred KB once compressed.
  const bigPng = (
    await sharp({ create: { width: 8000, height: 5000, channels: 3, background: '#3a6' } })
      .png({ compressionLevel: 9 })
      .toBuffer()
  ).toString('base64');
  const rows: Row[] = [];
  // Polling starts once the setup below is done (a fresh server's first queries warm it up).
  let health: ReturnType<typeof pollHealth> | null = null;
  // 207: a batch whose calls were all refused, with different codes (401 and 429).
  const refusedFast = (
    answers: (Answer & { codes?: string[] })[],
    allowed = (s: number) => (s >= 400 && s < 500) || s === 503,
  ) =>
    answers.every(
      (a) =>
        (allowed(a.status) || (a.status === 207 && !!a.codes?.length && !a.codes.includes('ok'))) &&
        a.ms < ANSWER_LIMIT_MS,
    );
  let client = 0;
  const address = () => `10.${Math.floor(++client / 250) % 250}.${client % 250}.7`;

  async function abuse(
    name: string,
    run: () => Promise<{ answers: Answer[]; ok: boolean; statuses?: string; note?: string }>,
  ) {
    const from = Date.now();
    const r = await run();
    const to = Date.now();
    const statuses = r.statuses ?? count(r.answers.map((a) => String(a.status)));
    rows.push({
      abuse: name,
      requests: r.answers.length,
      statuses,
      slowestMs: Math.max(0, ...r.answers.map((a) => a.ms)),
      healthWorstMs: health!.worstBetween(from, to),
      ok: r.ok,
      note: r.note ?? '',
    });
    console.log(
      `${r.ok ? 'ok  ' : 'FAIL'} ${name}: ${statuses} (slowest ${Math.max(0, ...r.answers.map((a) => a.ms))} ms)${r.note ? ` — ${r.note}` : ''}`,
    );
  }

  try {
    const categories = JSON.parse(
      (
        await send(
          url,
          `/trpc/complaints.categories?input=${encodeURIComponent(JSON.stringify({ json: { commune: 'tetouan' } }))}`,
        )
      ).body,
    ) as { result: { data: { json: { id: string }[] } } };
    const categoryId = categories.result.data.json[0]!.id;
    const complaint = (i: number, photos: { dataBase64: string }[] = []) => ({
      commune: 'tetouan',
      categoryId,
      description: `Abuse script complaint number ${i}, a pothole.`,
      address: `Rue ${i}`,
      photos,
    });

    // A real user (confirmed: made by the operator's CLI), to time their sign-in under a flood.
    const real = { email: 'real.user@example.ma', password: 'the real passphrase', displayName: 'Real user' };
    await addUser(env, url, real);
    for (let i = 0; i < 5; i++) await send(url, '/healthz');
    health = pollHealth(url);

    await abuse('294 network.overview calls in one GET', async () => {
      const a = await send(
        url,
        `/trpc/${Array(294).fill('network.overview').join(',')}?batch=1&input=${encodeURIComponent('{}')}`,
        { from: address() },
      );
      return { answers: [a], ok: refusedFast([a]) };
    });

    await abuse('one network.overview call, and a batch of 10 (the cap)', async () => {
      const one = await send(url, `/trpc/network.overview?input=${encodeURIComponent('{}')}`, { from: address() });
      const ten = await send(
        url,
        `/trpc/${Array(10).fill('network.overview').join(',')}?batch=1&input=${encodeURIComponent('{}')}`,
        { from: address() },
      );
      return {
        answers: [one, ten],
        ok: one.status === 200 && ten.status === 200 && one.ms < HEALTH_LIMIT_MS && ten.ms < ANSWER_LIMIT_MS,
        note: `one call ${one.ms} ms, ten ${ten.ms} ms`,
      };
    });

    await abuse('50 sign-in guesses on one account in one batch', async () => {
      const calls = Array.from({ length: 50 }, (_, i): [string, unknown] => [
        'auth.signIn',
        { email: real.email, password: `guess ${i}` },
      ]);
      const a = await batch(url, calls, address());
      return { answers: [a], ok: refusedFast([a]) };
    });

    await abuse('5 batches of 10 sign-in guesses on one account, one address', async () => {
      const from = address();
      const answers = await Promise.all(
        Array.from({ length: 5 }, (_, b) =>
          batch(
            url,
            Array.from({ length: 10 }, (_, i): [string, unknown] => [
              'auth.signIn',
              { email: real.email, password: `guess ${b}-${i}` },
            ]),
            from,
          ),
        ),
      );
      const codes = answers.flatMap((a) => a.codes);
      const tried = codes.filter((c) => c === 'UNAUTHORIZED').length;
      return {
        answers,
        ok: refusedFast(answers) && tried <= 5,
        statuses: count(codes),
        note: `${tried} guesses reached the password check`,
      };
    });

    await abuse('10 sign-ups in one batch (limit 5 per address)', async () => {
      const calls = Array.from({ length: 10 }, (_, i): [string, unknown] => [
        'auth.signUp',
        { commune: 'tetouan', email: `batch${i}@example.ma`, password: 'a long passphrase', displayName: 'Batch' },
      ]);
      const a = await batch(url, calls, address());
      const created = a.codes.filter((c) => c === 'ok').length;
      return {
        answers: [a],
        ok: created <= 5 && a.ms < ANSWER_LIMIT_MS,
        statuses: count(a.codes),
        note: `${created} sign-ups answered`,
      };
    });

    const codes: string[] = [];
    await abuse('20 submissions in one batch, then 4 batches of 10 from one address (limit 30)', async () => {
      const from = address();
      const over = await batch(
        url,
        Array.from({ length: 20 }, (_, i): [string, unknown] => ['complaints.submit', complaint(i)]),
        from,
      );
      const answers = [over];
      const all: string[] = [];
      for (let b = 0; b < 4; b++) {
        const a = await batch(
          url,
          Array.from({ length: 10 }, (_, i): [string, unknown] => ['complaints.submit', complaint(100 + b * 10 + i)]),
          from,
        );
        answers.push(a);
        all.push(...a.codes);
        for (const r of JSON.parse(a.body) as { result?: { data: { json: { code: string; secret?: string } } } }[]) {
          if (r.result)
            codes.push(
              r.result.data.json.secret
                ? `${r.result.data.json.code}.pdf?s=${r.result.data.json.secret}`
                : `${r.result.data.json.code}.pdf`,
            );
        }
      }
      const accepted = all.filter((c) => c === 'ok').length;
      return {
        answers,
        ok: over.status === 400 && accepted <= 30 && answers.every((a) => a.ms < ANSWER_LIMIT_MS),
        statuses: `${over.status} for 20, then ${count(all)}`,
        note: `${accepted} accepted`,
      };
    });

    await abuse(
      `${opts.short ? 100 : 400} unknown-email sign-ins (one request of 400, then batches of 10 from many addresses) while a real user signs in`,
      async () => {
        const one = await batch(
          url,
          Array.from({ length: 400 }, (_, i): [string, unknown] => [
            'auth.signIn',
            { email: `unknown${i}@example.ma`, password: 'whatever it is' },
          ]),
          address(),
        );
        const flood = Promise.all(
          Array.from({ length: opts.short ? 10 : 40 }, (_, b) =>
            batch(
              url,
              Array.from({ length: 10 }, (_, i): [string, unknown] => [
                'auth.signIn',
                { email: `unknown${b}x${i}@example.ma`, password: 'whatever it is' },
              ]),
              address(),
            ),
          ),
        );
        await new Promise((r) => setTimeout(r, 20));
        const user = await batch(
          url,
          [['auth.signIn', { email: real.email, password: real.password }]],
          '198.51.100.1',
        );
        const answers = [one, ...(await flood)];
        const after = await batch(
          url,
          [['auth.signIn', { email: real.email, password: real.password }]],
          '198.51.100.1',
        );
        return {
          answers,
          ok: one.status === 400 && refusedFast(answers) && user.ms < ANSWER_LIMIT_MS && after.codes[0] === 'ok',
          statuses: `${one.status} for 400 in one; ${count(answers.slice(1).flatMap((a) => a.codes))}`,
          note: `real user during the flood: ${user.codes[0]} in ${user.ms} ms; just after: ${after.codes[0]} in ${after.ms} ms`,
        };
      },
    );

    await abuse(`${opts.short ? 5 : 20} submissions with three 40-megapixel PNGs each`, async () => {
      const answers = await Promise.all(
        Array.from({ length: opts.short ? 5 : 20 }, (_, i) =>
          send(url, '/trpc/complaints.submit', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              json: complaint(1000 + i, [{ dataBase64: bigPng }, { dataBase64: bigPng }, { dataBase64: bigPng }]),
            }),
            from: address(),
          }),
        ),
      );
      return { answers, ok: refusedFast(answers), note: `${Math.round((bigPng.length * 3) / 1024)} KB of base64 each` };
    });

    await abuse(`${codes.length} concurrent receipt PDFs (distinct complaints)`, async () => {
      const answers = await Promise.all(codes.map((c) => send(url, `/receipts/${c}`, { from: address() })));
      return { answers, ok: answers.every((a) => (a.status === 200 || a.status === 503) && a.ms < ANSWER_LIMIT_MS) };
    });

    await abuse('30 concurrent receipt PDFs (one complaint)', async () => {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () => send(url, `/receipts/${codes[0]}`, { from: address() })),
      );
      return { answers, ok: answers.every((a) => (a.status === 200 || a.status === 503) && a.ms < ANSWER_LIMIT_MS) };
    });

    await abuse('40 MB of nested brackets to documents.verify', async () => {
      const half = 20 * 1024 * 1024;
      const body = '{"json":{"code":"X","pdfBase64":' + '['.repeat(half) + ']'.repeat(half) + '}}';
      const a = await send(url, '/trpc/documents.verify', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        from: address(),
      });
      return { answers: [a], ok: refusedFast([a]) };
    });

    await abuse('/%74rpc/ (encoded path) sign-in and cross-site sign-out', async () => {
      const answers = [
        await send(url, '/%74rpc/auth.signIn', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ json: { email: real.email, password: 'guess' } }),
          from: address(),
        }),
        await send(url, '/%74rpc/auth.signOut', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: 'shabaka_session=abcdefghijklmnopqrstuvwxyz',
            origin: 'https://evil.example',
          },
          body: '{}',
          from: address(),
        }),
        await send(url, '/trpc/auth.signOut', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: 'shabaka_session=abcdefghijklmnopqrstuvwxyz',
            origin: 'null',
          },
          body: '{}',
          from: address(),
        }),
      ];
      return { answers, ok: refusedFast(answers) };
    });

    await abuse('25 live subscriptions from one address (limit 20)', async () => {
      const controller = new AbortController();
      const from = address();
      const answers: Answer[] = [];
      for (let i = 0; i < 25; i++) {
        const t = Date.now();
        const res = await fetch(`${url}/trpc/network.onChange`, {
          headers: { accept: 'text/event-stream', 'x-forwarded-for': from },
          signal: controller.signal,
        }).catch(() => null);
        answers.push({ status: res?.status ?? 0, ms: Date.now() - t, body: '' });
      }
      controller.abort();
      const refused = answers.slice(20);
      return { answers, ok: answers.slice(0, 20).every((a) => a.status === 200) && refusedFast(refused) };
    });
  } finally {
    const polled = health ? await health.stop() : { polls: 0, worst: 0, failed: 0 };
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (proc.exitCode === null) proc.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    (abuseRun as { last?: unknown }).last = polled;
    rows.push({
      abuse: '/healthz polled every 50 ms',
      requests: polled.polls,
      statuses: `${polled.failed} not 200`,
      slowestMs: polled.worst,
      healthWorstMs: polled.worst,
      ok: polled.worst < HEALTH_LIMIT_MS && polled.failed === 0,
      note: 'worst /healthz latency',
    });
  }
  return {
    rows,
    ok: rows.every((r) => r.ok),
    worstHealthMs: rows.at(-1)!.healthWorstMs,
    healthLimitMs: HEALTH_LIMIT_MS,
    answerLimitMs: ANSWER_LIMIT_MS,
    factor,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await abuseRun({ short: process.argv.includes('--short') });
  console.table(result.rows);
  console.log(
    `worst /healthz latency: ${result.worstHealthMs} ms (limit ${result.healthLimitMs} ms; answers within ${result.answerLimitMs} ms${result.factor > 1 ? `, scaled ×${result.factor.toFixed(1)} for a loaded machine` : ''}); ${result.ok ? 'all abuses answered in time' : 'FAILED'}`,
  );
  process.exit(result.ok ? 0 : 1);
}
