import { createShabakaClient } from '@shabaka/client';
import { describe, expect, it } from 'vitest';
import { useServer } from './server';

const s = useServer();

describe('HTTP hardening', () => {
  it('sends security headers with a Content-Security-Policy', async () => {
    const res = await fetch(`${s.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('limits sign-in attempts per address with a 429 in the caller’s language', async () => {
    const client = createShabakaClient({ url: s.url, batch: false, fetch: (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), 'accept-language': 'fr-MA,fr;q=0.9' } }) });
    const results: string[] = [];
    for (let i = 0; i < 12; i++) {
      // A different account each time: the per-account progressive delay is not what is tested here.
      const e = await client.auth.signIn.mutate({ email: `nobody${i}@example.ma`, password: 'wrong password' }).catch((err) => err);
      results.push(e.data?.code);
    }
    expect(results.slice(0, 10).every((c) => c === 'UNAUTHORIZED')).toBe(true);
    expect(results.at(-1)).toBe('TOO_MANY_REQUESTS');
    const last = await client.auth.signIn.mutate({ email: 'nobody99@example.ma', password: 'wrong password' }).catch((err) => err);
    expect(last.data.httpStatus).toBe(429);
    expect(last.message).toMatch(/^Trop de demandes/);
  });

  it('refuses a cookie-authenticated mutation from another site', async () => {
    const res = await fetch(`${s.url}/trpc/auth.signOut`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'shabaka_session=abcdefghijklmnopqrstuvwxyz', origin: 'https://evil.example' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    const same = await fetch(`${s.url}/trpc/auth.signOut`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'shabaka_session=abcdefghijklmnopqrstuvwxyz', origin: s.url },
      body: '{}',
    });
    expect(same.status).toBe(401);
  });
});
