import { Writable } from 'node:stream';
import { createTestDb } from '@shabaka/db/testing';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loggerOptions, redactUrl } from '../src/logging';
import { testDeps } from './server';

describe('logging in production', () => {
  it('logs every 500 with its cause, and no token, cookie, password, personal field or receipt secret', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const handle = await createTestDb();
    const app = await buildApp({
      handle,
      deps: testDeps(handle.db, {
        environment: 'production',
        publicUrl: 'https://shabaka.example.ma',
        rateLimits: false,
      }),
      logger: { ...loggerOptions('production'), stream },
    });
    await app.ready();
    const secrets = { cookie: 'shabaka_session=COOKIE-SECRET-1', authorization: 'Bearer BEARER-SECRET-2' };
    // A healthy request logs nothing in production.
    expect((await app.inject({ url: '/trpc/communes.list', headers: secrets })).statusCode).toBe(200);
    expect(lines).toEqual([]);

    // The database goes away: every call fails with a 500, and each is logged.
    await handle.close();
    const input = encodeURIComponent(
      JSON.stringify({ json: { email: 'fatima@example.ma', password: 'PASSWORD-SECRET-3' } }),
    );
    const failed = await app.inject({
      url: `/trpc/communes.list?input=${input}&s=RECEIPT-SECRET-4&token=DOC-SECRET-5`,
      headers: secrets,
    });
    expect(failed.statusCode).toBe(500);
    const signIn = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'content-type': 'application/json', ...secrets },
      payload: JSON.stringify({ json: { email: 'fatima@example.ma', password: 'PASSWORD-SECRET-3' } }),
    });
    expect(signIn.statusCode).toBe(500);
    const receipt = await app.inject({ url: '/receipts/TET-2026-000001.pdf?s=RECEIPT-SECRET-4', headers: secrets });
    expect(receipt.statusCode).toBe(500);
    await app.close();

    const logged = lines.map(
      (l) =>
        JSON.parse(l) as {
          level: number;
          msg: string;
          path?: string;
          err?: { message?: string };
          req?: { url: string };
        },
    );
    const errors = logged.filter((l) => l.level >= 50);
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.find((e) => e.path === 'communes.list')).toMatchObject({
      msg: 'procedure failed',
      req: { url: expect.stringContaining('s=%5Bredacted%5D') },
    });
    expect(errors.find((e) => e.path === 'auth.signIn')?.err?.message).toBeTruthy();
    const all = lines.join('\n');
    for (const secret of [
      'COOKIE-SECRET-1',
      'BEARER-SECRET-2',
      'PASSWORD-SECRET-3',
      'RECEIPT-SECRET-4',
      'DOC-SECRET-5',
      'fatima',
    ])
      expect(all).not.toContain(secret);
  });

  it('redacts the secret query parameters of a URL and keeps the rest', () => {
    expect(redactUrl('/receipts/TET-2026-000001.pdf?s=ABCD-EFGH&lang=fr')).toBe(
      '/receipts/TET-2026-000001.pdf?s=%5Bredacted%5D&lang=fr',
    );
    expect(redactUrl('/documents/X.pdf?token=abc')).toBe('/documents/X.pdf?token=%5Bredacted%5D');
    expect(redactUrl('/healthz')).toBe('/healthz');
  });
});
