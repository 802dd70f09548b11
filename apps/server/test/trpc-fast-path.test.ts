import { createEventBus, fixedClock, runAdminCommand } from '@shabaka/api';
import { createTestDb } from '@shabaka/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listening, testDeps } from './server';

/**
 * Parity of the tRPC fast path (src/trpc-fast-path.ts) with tRPC's generic path: two
 * servers on one database, one with the fast path and one without, get the same requests
 * and must give the same answers: status, every header but Date, and the body's bytes.
 * Each request also says which path should answer it on the fast server, so the matrix
 * cannot pass by having the fast path step aside everywhere.
 *
 * Both servers share one fixed clock, so timestamps, deadlines and retry times match;
 * each has its own rate-limit store, so a replayed sequence of calls meets the same limits.
 */

// Counts calls of the generic path (wrapped here only: the app itself is unchanged).
const generic = vi.hoisted(() => ({ calls: 0 }));
vi.mock('@trpc/server/http', async (importOriginal) => {
  const http = await importOriginal<typeof import('@trpc/server/http')>();
  return {
    ...http,
    resolveResponse: (...args: Parameters<typeof http.resolveResponse>) => {
      generic.calls++;
      return http.resolveResponse(...args);
    },
  };
});

const PASSWORD = 'a long enough passphrase';
const clock = fixedClock(new Date(Math.floor(Date.now() / 1000) * 1000));
type Side = 'fast' | 'stock';
const sides = {} as Record<Side, Awaited<ReturnType<typeof listening>>>;
let handle: Awaited<ReturnType<typeof createTestDb>>;
let events: ReturnType<typeof createEventBus>;

beforeAll(async () => {
  handle = await createTestDb();
  events = createEventBus();
  // Each side builds its own dependencies (its own limit store), on the shared database, clock and events.
  const deps = () => testDeps(handle.db, { clock, events, rateLimits: true });
  sides.fast = await listening({ handle, deps: deps() });
  sides.stock = await listening({ handle, deps: deps(), fastPath: false });
});
afterAll(async () => {
  await sides.fast?.app.close();
  await sides.stock?.app.close();
  await handle?.close();
});

interface Call {
  /** Procedure path(s) after /trpc/. */
  path: string;
  method?: string;
  /** Serialized as tRPC clients do: in ?input= for GET, as the body otherwise. */
  input?: unknown;
  /** A raw body or query string instead (malformed inputs). */
  body?: string;
  query?: string;
  headers?: Record<string, string>;
  /**
   * Who answers on the fast server: the fast path, tRPC's generic path (the fast path steps
   * aside), or the server before either (a body Fastify refuses).
   */
  by: 'fast' | 'trpc' | 'server';
  /** Values that legitimately differ between two calls (a fresh secret or token), read from each answer. */
  varying?: (body: unknown) => string[];
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
  bytes: Buffer;
  json: unknown;
}

async function send(url: string, call: Call): Promise<Answer> {
  const method = call.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const input = call.input === undefined ? undefined : JSON.stringify(call.input);
  const query = call.query ?? (input !== undefined && !hasBody ? `input=${encodeURIComponent(input)}` : '');
  const res = await fetch(`${url}/trpc/${call.path}${query ? `?${query}` : ''}`, {
    method,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...call.headers },
    ...(hasBody ? { body: call.body ?? input ?? '' } : {}),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON (HEAD): compared as bytes all the same
  }
  const varying = call.varying?.(json) ?? [];
  const hide = (s: string) => varying.reduce((acc, v) => acc.replaceAll(v, '<varying>'), s);
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (name !== 'date') headers[name] = hide(value);
  });
  return {
    status: res.status,
    headers,
    text: hide(text),
    bytes: varying.length ? Buffer.from(hide(text)) : bytes,
    json,
  };
}

/**
 * Sends `call` to both servers (`first` one first; a function gives each side its own
 * request, e.g. its own session to sign out) and expects the same answer; returns both.
 */
async function same(request: Call | ((side: Side) => Call), first: Side = 'fast') {
  const answers = {} as Record<Side, Answer>;
  const genericCalls = {} as Record<Side, number>;
  let call!: Call;
  for (const side of first === 'fast' ? (['fast', 'stock'] as const) : (['stock', 'fast'] as const)) {
    call = typeof request === 'function' ? request(side) : request;
    const before = generic.calls;
    answers[side] = await send(sides[side].url, call);
    genericCalls[side] = generic.calls - before;
  }
  const label = `${call.method ?? 'GET'} ${call.path}`;
  const { bytes: fastBytes, json: _f, ...fast } = answers.fast;
  const { bytes: stockBytes, json: _s, ...stock } = answers.stock;
  expect(fast, label).toEqual(stock);
  expect(fastBytes.equals(stockBytes), `${label}: body bytes`).toBe(true);
  const stockCalls = call.by === 'server' ? 0 : 1;
  expect(genericCalls, `${label}: which path answered`).toEqual({
    fast: call.by === 'trpc' ? 1 : 0,
    stock: stockCalls,
  });
  return answers;
}

// The matrix reads many answer shapes by property; typing each would only restate the router.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const data = (a: Answer) => (a.json as { result: { data: { json: any } } }).result.data.json;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const signIn = async (email: string) => {
  const { stock } = await same({
    path: 'auth.signIn',
    method: 'POST',
    input: { json: { email, password: PASSWORD } },
    by: 'fast',
    varying: tokenOf,
  });
  return data(stock).token as string;
};
/** A session token (body and cookie) is new on every sign-in. */
const tokenOf = (body: unknown) => {
  const token = (body as { result?: { data: { json: { token?: string } } } }).result?.data.json.token;
  return token ? [token] : [];
};

describe('the tRPC fast path answers as tRPC does', () => {
  let categoryId: string;
  let token: string;

  beforeAll(async () => {
    const deps = { db: handle.db, events };
    await runAdminCommand(deps, 'user:add', {
      email: 'parity.agent@example.ma',
      displayName: 'Parity agent',
      password: PASSWORD,
      roles: ['mdiq:agent'],
    });
  });

  it('public queries, with and without input', async () => {
    await same({ path: 'health', by: 'fast' });
    await same({ path: 'communes.list', by: 'fast' });
    await same({ path: 'network.info', by: 'fast' });
    await same({ path: 'network.overview', by: 'fast' });
    await same({ path: 'complaints.figures', by: 'fast' });
    await same({ path: 'calendar.holidays', input: { json: { year: 2026 } }, by: 'fast' });
    // Inputs superjson cannot read (null, an empty one): the fast path steps aside.
    await same({ path: 'communes.list', input: null, by: 'trpc' });
    await same({ path: 'communes.list', query: 'input=', by: 'trpc' });
  });

  it('commune queries, and a commune that does not exist (404)', async () => {
    await same({ path: 'communes.get', input: { json: { commune: 'tetouan' } }, by: 'fast' });
    const { stock } = await same({ path: 'complaints.categories', input: { json: { commune: 'mdiq' } }, by: 'fast' });
    categoryId = data(stock)[0].id;
    const missing = await same({ path: 'complaints.categories', input: { json: { commune: 'atlantis' } }, by: 'fast' });
    expect(missing.stock.status).toBe(404);
  });

  it('signs in (same cookie) and answers authed queries signed in by bearer or cookie, and anonymous (401)', async () => {
    token = await signIn('parity.agent@example.ma');
    await same({ path: 'auth.me', headers: bearer(token), by: 'fast' });
    await same({ path: 'auth.me', headers: { cookie: `shabaka_session=${token}` }, by: 'fast' });
    await same({ path: 'auth.me', by: 'fast' });
    await same({ path: 'auth.me', headers: bearer('not a session token, but long enough'), by: 'fast' });
    await same({ path: 'complaints.mine', headers: bearer(token), by: 'fast' });
    const anonymous = await same({ path: 'complaints.mine', by: 'fast' });
    expect(anonymous.stock.status).toBe(401);
    await same({ path: 'staff.overview', input: { json: { commune: 'mdiq' } }, headers: bearer(token), by: 'fast' });
    const forbidden = await same({
      path: 'staff.overview',
      input: { json: { commune: 'tetouan' } },
      headers: bearer(token),
      by: 'fast',
    });
    expect(forbidden.stock.status).toBe(403);
    // Sign-out clears the cookie: each side signs out a session of its own.
    const sessions = { fast: await signIn('parity.agent@example.ma'), stock: await signIn('parity.agent@example.ma') };
    const out = await same((side) => ({
      path: 'auth.signOut',
      method: 'POST',
      input: {},
      headers: bearer(sessions[side]),
      by: 'fast',
    }));
    expect(out.fast.headers['set-cookie']).toMatch(/^shabaka_session=;/);
  });

  it('a mutation that succeeds (replayed by idempotency key through the other path), then tracked by its owner; dates through superjson', async () => {
    const submission = (idempotencyKey: string): Call => ({
      path: 'complaints.submit',
      method: 'POST',
      input: {
        json: {
          commune: 'mdiq',
          categoryId,
          description: 'A streetlight has been out for a week.',
          address: 'Avenue Hassan II',
          idempotencyKey,
        },
      },
      by: 'fast',
      // A replay by key answers the same complaint with a fresh owner secret.
      varying: (body: unknown) => {
        const secret = (body as { result?: { data: { json: { secret?: string } } } }).result?.data.json.secret;
        return secret ? [secret] : [];
      },
    });
    const created = await same(submission('parity-key-created-fast'), 'fast');
    expect(created.fast.status).toBe(200);
    expect(
      (created.fast.json as { result: { data: { meta: { values: object } } } }).result.data.meta.values,
    ).toMatchObject({ createdAt: ['Date'] });
    await same(submission('parity-key-created-stock'), 'stock');
    const { code, secret } = data(created.stock);
    const owner = await same({ path: 'complaints.track', input: { json: { code, secret } }, by: 'fast' });
    expect(data(owner.stock).owner).toBe(true);
    await same({ path: 'complaints.track', input: { json: { code } }, by: 'fast' });
    expect(
      (await same({ path: 'complaints.track', input: { json: { code: 'MDQ-2026-999999' } }, by: 'fast' })).stock.status,
    ).toBe(404);
    const wrongSecret = await same({
      path: 'complaints.rate',
      method: 'POST',
      input: { json: { code, secret: 'ABCD-EFGH', rating: 5 } },
      by: 'fast',
    });
    expect(wrongSecret.stock.status).toBe(403);
    // The desk's queue: signed in, with superjson-typed input (a Date) and dates in the answer.
    const queue = await same({
      path: 'complaints.queue',
      input: { json: { commune: 'mdiq', from: '2020-01-01T00:00:00.000Z' }, meta: { values: { from: ['Date'] } } },
      headers: bearer(token),
      by: 'fast',
    });
    expect(data(queue.stock).total).toBe(2);
  });

  it('invalid input: the fields named (400)', async () => {
    const bad = await same({
      path: 'complaints.submit',
      method: 'POST',
      input: { json: { commune: 'mdiq', categoryId: 'nope', description: 'short' } },
      by: 'fast',
    });
    expect(bad.stock.status).toBe(400);
    expect(bad.stock.text).toContain('fieldErrors');
    await same({ path: 'complaints.track', input: { json: { code: 'not a code' } }, by: 'fast' });
    await same({ path: 'complaints.track', by: 'fast' });
  });

  it('unknown procedures (404)', async () => {
    for (const path of ['nope', 'complaints.nope', 'complaints', 'toString', '__proto__', 'constructor']) {
      const r = await same({ path, by: 'trpc' });
      expect(r.stock.status).toBe(404);
    }
  });

  it('a query by POST and a mutation by GET (405), other methods', async () => {
    expect((await same({ path: 'communes.list', method: 'POST', input: {}, by: 'trpc' })).stock.status).toBe(405);
    expect((await same({ path: 'auth.signOut', by: 'trpc' })).stock.status).toBe(405);
    await same({ path: 'communes.list', method: 'PUT', input: {}, by: 'trpc' });
    await same({ path: 'communes.list', method: 'HEAD', by: 'trpc' });
  });

  it('input tRPC cannot parse, or a body it does not take', async () => {
    await same({ path: 'communes.get', query: `input=${encodeURIComponent('{"json":')}`, by: 'trpc' });
    await same({ path: 'auth.signIn', method: 'POST', body: '{"json":', by: 'trpc' });
    await same({ path: 'auth.signIn', method: 'POST', body: '', by: 'trpc' });
    await same({
      path: 'auth.signIn',
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'text/plain' },
      by: 'trpc',
    });
    // Content types tRPC reads otherwise (or refuses), on a query and on a mutation; Fastify refuses a few bodies itself.
    // (The fast path once answered a GET with a form-data or octet-stream type 200, where tRPC answers 405.)
    const types = {
      'multipart/form-data; boundary=x': 'trpc',
      'application/octet-stream': 'server',
      'text/plain': 'trpc',
      'application/jsonl': 'server',
      'application/json-patch+json': 'server',
      'APPLICATION/JSON': 'trpc',
    } as const;
    for (const [type, by] of Object.entries(types)) {
      await same({ path: 'communes.list', headers: { 'content-type': type }, by: 'trpc' });
      await same({
        path: 'auth.signIn',
        method: 'POST',
        input: { json: { email: 'x' } },
        headers: { 'content-type': type },
        by,
      });
    }
    // A charset parameter is still JSON.
    await same({
      path: 'auth.signIn',
      method: 'POST',
      input: { json: { email: 'x' } },
      headers: { 'content-type': 'application/json; charset=utf-8' },
      by: 'fast',
    });
    await same({
      path: 'auth.signIn',
      method: 'POST',
      input: { json: { email: 'x' } },
      headers: { 'content-type': 'application/json;charset=UTF-8' },
      by: 'fast',
    });
  });

  it('batches and streaming take the generic path on both', async () => {
    await same({ path: 'communes.list,network.info', query: 'batch=1&input={}', by: 'trpc' });
    await same({ path: 'communes.list', headers: { 'trpc-accept': 'application/jsonl' }, by: 'trpc' });
    // Unbatched streaming is refused (400, text/plain as tRPC sends it); the fast path once answered it 200.
    await same({ path: 'communes.list', headers: { accept: 'application/jsonl' }, by: 'trpc' });
    await same({ path: 'communes.list', headers: { accept: 'application/json, application/jsonl' }, by: 'trpc' });
  });

  it('rate limits: the same refusals, in the caller’s language (429)', async () => {
    // auth.signUp allows 5 calls per address per 10 minutes, counted before the input is checked.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await same({
        path: 'auth.signUp',
        method: 'POST',
        input: { json: { email: `limit${i}@example.ma`, password: 'x', displayName: 'Y' } },
        headers: { 'accept-language': 'fr' },
        by: 'fast',
      });
      statuses.push(r.stock.status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });
});
