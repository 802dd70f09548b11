import { runAdminCommand } from '@shabaka/api';
import { createShabakaClient, errorReason, fieldErrors } from '@shabaka/client';
import { EventSource } from 'eventsource';
import { describe, expect, it } from 'vitest';
import { useServer } from './server';

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
    expect(communes.map((c) => c.slug)).toEqual(expect.arrayContaining(['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq']));
    expect(info.chair).toBe('tetouan');
  });

  it('signs in with a bearer token for SDK clients and enforces the commune', async () => {
    const deps = { db: s.handle.db, events: s.events };
    await runAdminCommand(deps, 'user:add', { email: 'sdk.agent@example.ma', displayName: 'SDK agent', password: PASSWORD, roles: ['asilah:agent'] });
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
    expect(((await me.json()) as { result: { data: { json: { email: string } } } }).result.data.json.email).toBe('cookie@example.ma');
  });

  it('names the fields of bad input over HTTP and never leaks internals', async () => {
    const client = createShabakaClient({ url: s.url });
    const err = await client.auth.signUp.mutate({ email: 'nope', password: 'x', displayName: 'Y' }).catch((e) => e);
    expect(err.data.code).toBe('BAD_REQUEST');
    expect(err.data.httpStatus).toBe(400);
    expect(Object.keys(fieldErrors(err)).sort()).toEqual(['displayName', 'email', 'password']);
    expect(err.message).toMatch(/^Invalid input: email: /);
    expect(err.data.stack).toBeUndefined();
    const wrong = await client.auth.signIn.mutate({ email: 'cookie@example.ma', password: 'wrong password' }).catch((e) => e);
    expect(errorReason(wrong)).toBe('wrong_credentials');
    const res = await fetch(`${s.url}/trpc/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"json":' });
    expect(res.status).toBe(400);
  });

  it('streams network changes to SDK subscriptions (SSE) in Node', async () => {
    const client = createShabakaClient({ url: s.url, EventSource: EventSource as unknown as typeof globalThis.EventSource });
    const received = new Promise<{ kind: string; commune: string | null }>((resolve, reject) => {
      const sub = client.network.onChange.subscribe(undefined, {
        onStarted: () => {
          void runAdminCommand({ db: s.handle.db, events: s.events }, 'user:add', {
            email: 'live@example.ma',
            displayName: 'Live',
            password: PASSWORD,
            roles: ['chefchaouen:moderator'],
          });
        },
        onData: (e) => {
          sub.unsubscribe();
          resolve(e.data);
        },
        onError: reject,
      });
    });
    expect(await received).toMatchObject({ kind: 'staff.changed', commune: 'chefchaouen' });
  });
});

describe('request bodies', () => {
  it('accepts a complaint with three photos through HTTP, and refuses oversized bodies elsewhere', async () => {
    const sharp = (await import('sharp')).default;
    const photo = (await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg({ quality: 95 }).toBuffer()).toString('base64');
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
    const big = await fetch(`${s.url}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a='.padEnd(2 * 1024 * 1024, 'x') });
    // Open311 answers every client error in its own format, with the spec's 400.
    expect(big.status).toBe(400);
    expect(((await big.json()) as { code: number }[])[0]!.code).toBe(400);
  });
});
