import { runAdminCommand } from '@shabaka/api';
import { createShabakaClient, errorReason, fieldErrors } from '@shabaka/client';
import { EventSource } from 'eventsource';
import { describe, expect, it } from 'vitest';
import { get as httpGet } from 'node:http';
import { getEncoded, useServer } from './server';

const s = useServer();
const PASSWORD = 'a long enough passphrase';

describe('HTTP API and SDK', () => {
  it('answers /healthz after checking the database', async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('serves typed reads through the SDK in Node, batched', async () => {
    const client = createShabakaClient({ url: s.url });
    const [communes, info] = await Promise.all([client.communes.list.query(), client.network.info.query()]);
    expect(communes.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq']),
    );
    expect(info.chair).toBe('tetouan');
  });

  it('signs in with a bearer token for SDK clients and enforces the commune', async () => {
    const deps = { db: s.handle.db, events: s.events };
    await runAdminCommand(deps, 'user:add', {
      email: 'sdk.agent@example.ma',
      displayName: 'SDK agent',
      password: PASSWORD,
      roles: ['asilah:agent'],
    });
    const anon = createShabakaClient({ url: s.url });
    const { token } = await anon.auth.signIn.mutate({ email: 'sdk.agent@example.ma', password: PASSWORD });
    const client = createShabakaClient({ url: s.url, token });
    expect((await client.auth.me.query())?.memberships).toEqual([{ commune: 'asilah', role: 'agent' }]);
    expect((await client.staff.overview.query({ commune: 'asilah' })).roles).toEqual(['agent']);
    const refused = await client.staff.overview.query({ commune: 'tetouan' }).catch((e) => e);
    expect(refused.data.code).toBe('FORBIDDEN');
    expect(refused.data.reason).toBe('missing_role');
  });

  it('gives browsers an HttpOnly SameSite cookie and accepts it', async () => {
    const deps = { db: s.handle.db, events: s.events };
    await runAdminCommand(deps, 'user:add', { email: 'cookie@example.ma', displayName: 'Cookie', password: PASSWORD });
    const res = await fetch(`${s.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { email: 'cookie@example.ma', password: PASSWORD } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^shabaka_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await fetch(`${s.url}/trpc/auth.me`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(((await me.json()) as { result: { data: { json: { email: string } } } }).result.data.json.email).toBe(
      'cookie@example.ma',
    );
  });

  it('names the fields of bad input over HTTP and never leaks internals', async () => {
    const client = createShabakaClient({ url: s.url });
    const err = await client.auth.signUp
      .mutate({ commune: 'tetouan', email: 'nope', password: 'x', displayName: 'Y' })
      .catch((e) => e);
    expect(err.data.code).toBe('BAD_REQUEST');
    expect(err.data.httpStatus).toBe(400);
    expect(Object.keys(fieldErrors(err)).sort()).toEqual(['displayName', 'email', 'password']);
    expect(err.message).toMatch(/^Invalid input: email: /);
    expect(err.data.stack).toBeUndefined();
    const wrong = await client.auth.signIn
      .mutate({ email: 'cookie@example.ma', password: 'wrong password' })
      .catch((e) => e);
    expect(errorReason(wrong)).toBe('wrong_credentials');
    const res = await fetch(`${s.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"json":',
    });
    expect(res.status).toBe(400);
  });

  it('streams network changes to SDK subscriptions (SSE) in Node: public kinds to the public, all to network staff', async () => {
    const deps = { db: s.handle.db, events: s.events };
    /** The kinds a subscriber receives while staff, a key rotation, a document and then a public change are published. */
    const kindsSeen = (token?: string) => {
      const client = createShabakaClient({
        url: s.url,
        EventSource: EventSource as unknown as typeof globalThis.EventSource,
        ...(token ? { token } : {}),
      });
      return new Promise<string[]>((resolve, reject) => {
        const kinds: string[] = [];
        const sub = client.network.onChange.subscribe(undefined, {
          onStarted: () => {
            void runAdminCommand(deps, 'user:add', {
              email: `live${token ? '.staff' : ''}@example.ma`,
              displayName: 'Live',
              password: PASSWORD,
              roles: ['chefchaouen:moderator'],
            }).then(() => {
              s.events.publish({ kind: 'signing.key_rotated', commune: 'chefchaouen' });
              s.events.publish({
                kind: 'document.issued',
                commune: 'chefchaouen',
                data: { code: 'CHE-DOC-2026-000001' },
              });
              s.events.publish({ kind: 'service_point.changed', commune: 'chefchaouen' });
            });
          },
          onData: (e) => {
            kinds.push(e.data.kind);
            if (e.data.kind === 'service_point.changed') {
              sub.unsubscribe();
              resolve(kinds);
            }
          },
          onError: reject,
        });
      });
    };
    expect(await kindsSeen()).toEqual(['service_point.changed']);
    await runAdminCommand(deps, 'user:add', {
      email: 'coordinator.live@example.ma',
      displayName: 'Coordinator',
      password: PASSWORD,
      roles: ['network:coordinator'],
    });
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'coordinator.live@example.ma',
      password: PASSWORD,
    });
    // The token travels as a connection parameter (EventSource has no headers): accepted for the subscription.
    expect(await kindsSeen(token)).toEqual([
      'staff.changed',
      'signing.key_rotated',
      'document.issued',
      'service_point.changed',
    ]);
  });

  it('accepts a session token in connectionParams for subscriptions only, never for queries or mutations', async () => {
    const deps = { db: s.handle.db, events: s.events };
    await runAdminCommand(deps, 'user:add', {
      email: 'url.token@example.ma',
      displayName: 'URL token',
      password: PASSWORD,
    });
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'url.token@example.ma',
      password: PASSWORD,
    });
    const params = `connectionParams=${encodeURIComponent(JSON.stringify({ token }))}`;
    const me = await fetch(`${s.url}/trpc/auth.me?${params}`);
    expect(((await me.json()) as { result: { data: { json: unknown } } }).result.data.json).toBeNull();
    const out = await fetch(`${s.url}/trpc/auth.signOut?${params}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(401);
    // The session is untouched: the bearer header still works.
    expect((await createShabakaClient({ url: s.url, token }).auth.me.query())?.email).toBe('url.token@example.ma');
  });
});

describe('compression on the wire', () => {
  it('compresses tRPC answers (fast and generic path) and Open311 JSON above the threshold, the same JSON once decoded', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { commune: 'tetouan' } }));
    const paths = [
      '/trpc/communes.list', // one query: the fast path
      `/trpc/communes.list,complaints.categories?batch=1&input=${encodeURIComponent(JSON.stringify({ 1: { json: { commune: 'tetouan' } } }))}`,
      '/open311/v2/services.json?jurisdiction_id=tetouan',
      `/trpc/complaints.categories?input=${input}`,
    ];
    for (const path of paths) {
      const plain = await getEncoded(`${s.url}${path}`, 'identity');
      expect(plain.status, path).toBe(200);
      expect(plain.wire.length, path).toBeGreaterThan(1024);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      for (const [accept, encoding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
      ] as const) {
        const res = await getEncoded(`${s.url}${path}`, accept);
        expect(res.headers['content-encoding'], `${path} ${accept}`).toBe(encoding);
        expect(res.headers.vary, path).toMatch(/accept-encoding/i);
        expect(res.headers['content-type'], path).toBe(plain.headers['content-type']);
        expect(Number(res.headers['content-length']), path).toBe(res.wire.length);
        expect(res.wire.length, path).toBeLessThan(plain.wire.length);
        expect(JSON.parse(res.body.toString()), path).toEqual(JSON.parse(plain.wire.toString()));
      }
    }
    // A small answer goes as it is.
    const small = await getEncoded(`${s.url}/healthz`, 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toMatchObject({ ok: true });
  });

  it('never compresses a live event stream: its first event arrives at once, unencoded', async () => {
    const first = await new Promise<{ type?: string; encoding?: string; chunk: string }>((resolve, reject) => {
      const req = httpGet(
        `${s.url}/trpc/network.onChange`,
        { headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip, deflate, br' } },
        (res) => {
          res.once('data', (c: Buffer) => {
            resolve({
              type: res.headers['content-type'],
              encoding: res.headers['content-encoding'],
              chunk: c.toString(),
            });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      req.setTimeout(5000, () => reject(new Error('no event within 5 s: the stream is held back')));
    });
    expect(first.type).toMatch(/^text\/event-stream/);
    expect(first.encoding).toBeUndefined();
    expect(first.chunk).toMatch(/^(event|data|:|id|retry)/m);
  });
});

describe('request bodies', () => {
  it('accepts a complaint with three photos through HTTP, and refuses oversized bodies elsewhere', async () => {
    const sharp = (await import('sharp')).default;
    const photo = (
      await sharp({
        create: {
          width: 2400,
          height: 1800,
          channels: 3,
          background: '#888',
          noise: { type: 'gaussian', mean: 128, sigma: 60 },
        },
      })
        .jpeg({ quality: 95 })
        .toBuffer()
    ).toString('base64');
    expect(photo.length).toBeGreaterThan(1024 * 1024);
    const client = createShabakaClient({ url: s.url, batch: false });
    const categoryId = (await client.complaints.categories.query({ commune: 'mdiq' }))[0]!.id;
    const r = await client.complaints.submit.mutate({
      commune: 'mdiq',
      categoryId,
      description: 'Three large photos of the broken bench on the corniche.',
      address: 'Corniche, M’diq',
      photos: [{ dataBase64: photo }, { dataBase64: photo }, { dataBase64: photo }],
    });
    expect(r.code).toMatch(/^MDQ-/);
    const big = await fetch(`${s.url}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a='.padEnd(2 * 1024 * 1024, 'x'),
    });
    // Open311 answers every client error in its own format, with the spec's 400.
    expect(big.status).toBe(400);
    expect(((await big.json()) as { code: number }[])[0]!.code).toBe(400);
  });
});
