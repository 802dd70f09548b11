import { createTestDb } from '@shabaka/db/testing';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { assertServable, ConfigError, loadConfig } from '../src/config';
import { testDeps, useServer } from './server';

const s = useServer({ publicUrl: 'https://shabaka.example.ma/', environment: 'production' });
const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' };

describe('the public URL in links and QR codes', () => {
  it('prints the configured address whatever Host or X-Forwarded-Host the request claims, and lets caches keep it', async () => {
    const res = await fetch(`${s.url}/procedures/tetouan/residence-certificate/sheet.pdf`, { headers: forged });
    expect(res.status).toBe(200);
    const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.getSubject()).toMatch(/^https:\/\/shabaka\.example\.ma\/tetouan\//);
    expect(pdf.getSubject()).not.toContain('evil');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('refuses to serve in production without it, with a message naming the setting', async () => {
    let error: unknown;
    try {
      assertServable(loadConfig({ NODE_ENV: 'production' }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/SHABAKA_PUBLIC_URL: required in production/);
    expect(() =>
      assertServable(loadConfig({ NODE_ENV: 'production', SHABAKA_PUBLIC_URL: 'https://shabaka.example.ma' })),
    ).not.toThrow();
    // The quick start on one machine: --local stands for localhost on the port.
    expect(loadConfig({ NODE_ENV: 'production', PORT: '8123' }, ['--local']).publicUrl).toBe('http://localhost:8123');
    expect(loadConfig({ NODE_ENV: 'production', SHABAKA_PUBLIC_URL: 'https://a.example' }, ['--local']).publicUrl).toBe(
      'https://a.example',
    );
    expect(() => assertServable(loadConfig({ NODE_ENV: 'development' }))).not.toThrow();
    // The app itself will not follow the Host header in production either.
    const handle = await createTestDb();
    try {
      await expect(
        buildApp({ handle, deps: testDeps(handle.db, { environment: 'production', publicUrl: undefined }) }),
      ).rejects.toThrow(/public URL is required in production/);
    } finally {
      await handle.close();
    }
  });
});

describe('without a public URL, outside production', () => {
  const dev = useServer();
  it('uses the request host but keeps the answer out of shared caches', async () => {
    const res = await fetch(`${dev.url}/procedures/tetouan/residence-certificate/sheet.pdf`);
    expect(res.status).toBe(200);
    const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.getSubject()).toContain(dev.url.replace('http://', ''));
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
  });
});
