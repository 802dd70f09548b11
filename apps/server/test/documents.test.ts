import { createHash, createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAdminCommand } from '@shabaka/api';
import { createShabakaClient } from '@shabaka/client';
import { createTranslator } from '@shabaka/ui/i18n';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { multipartFile, readOrCreateSecretFile, signingSecretSource } from '../src/documents';
import { useServer } from './server';

// No SHABAKA_SECRET: the server generates one in its data directory on first use.
const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-documents-'));
process.env.SHABAKA_DATA_DIR = dataDir;
delete process.env.SHABAKA_SECRET;
const warnings: string[] = [];
const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.join(' ')));
afterAll(() => warn.mockRestore());

const s = useServer();
const PASSWORD = 'a long enough passphrase';
const fr = createTranslator('fr');
const ar = createTranslator('ar');

async function account(email: string, roles: string[] = []) {
  await runAdminCommand({ db: s.handle.db, events: s.events }, 'user:add', {
    email,
    displayName: email.split('@')[0],
    password: PASSWORD,
    roles,
  });
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD });
  return { token, client: createShabakaClient({ url: s.url, token }) };
}

const input = {
  commune: 'mdiq',
  template: 'residence_certificate' as const,
  recipient: { name: 'Fatima Zahra El Amrani', cin: 'L123456' },
  fields: { address: '12, rue Al Massira', since: '2019-09-01' },
  language: 'both' as const,
  delivery: 'electronic' as const,
};

let agent: Awaited<ReturnType<typeof account>>;
let admin: Awaited<ReturnType<typeof account>>;
let tetouan: Awaited<ReturnType<typeof account>>;
let doc: Awaited<ReturnType<typeof agent.client.documents.issue.mutate>>;
let pdf: Buffer;

beforeAll(async () => {
  agent = await account('agent@mdiq.example', ['mdiq:agent']);
  admin = await account('admin@mdiq.example', ['mdiq:commune_admin']);
  tetouan = await account('agent@tetouan.example', ['tetouan:agent']);
  doc = await agent.client.documents.issue.mutate(input);
  // The holder's download link works without an account.
  const res = await fetch(`${s.url}${doc.downloadPath}`);
  expect(res.status).toBe(200);
  pdf = Buffer.from(await res.arrayBuffer());
});

const page = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${s.url}${path}`, init);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    headers: res.headers,
    html: await res.text(),
  };
};

describe('the server secret', () => {
  it('was generated on first use in the data directory, mode 0600, and never printed', () => {
    const file = join(dataDir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const secret = readFileSync(file, 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(warnings.some((w) => w.includes(file))).toBe(true);
    expect(warnings.join('\n')).not.toContain(secret);
    // Read again, not replaced.
    expect(readOrCreateSecretFile(dataDir, () => undefined)).toBe(secret);
  });

  it('is required in production on PostgreSQL, validated, and hidden from logs and JSON', () => {
    const base = { dataDir, environment: 'production' as const, secret: undefined };
    expect(() => signingSecretSource({ ...base, databaseUrl: 'postgres://db/shabaka' })).toThrow(ConfigError);
    expect(() => signingSecretSource({ ...base, databaseUrl: undefined }, () => undefined)).not.toThrow();
    const value = 'x'.repeat(12);
    const short = (() => {
      try {
        loadConfig({ SHABAKA_SECRET: value });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(short).toBeInstanceOf(ConfigError);
    expect(short!.message).toMatch(/SHABAKA_SECRET/);
    expect(short!.message).not.toContain(value);
    const good = 'y'.repeat(40);
    const config = loadConfig({ SHABAKA_SECRET: good });
    expect(config.secret?.()).toBe(good);
    expect(JSON.stringify(config)).not.toContain(good);
  });
});

describe('verification over HTTP', () => {
  it('shows a valid document in Arabic by default and in French on request, without personal content', async () => {
    const arPage = await page(`/verify/${doc.code}`);
    expect(arPage.status).toBe(200);
    expect(arPage.type).toMatch(/text\/html/);
    expect(arPage.headers.get('cache-control')).toBe('no-store');
    expect(arPage.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arPage.html).toContain(ar.t('verify.status.valid'));
    expect(arPage.html).toContain('المضيق');

    const frPage = await page(`/verify/${doc.code}?lang=fr`);
    expect(frPage.html).toMatch(/<html lang="fr" dir="ltr">/);
    expect(frPage.html).toContain(fr.t('verify.status.valid'));
    expect(frPage.html).toContain('M&#39;diq');
    expect(frPage.html).toContain(fr.t('documentsGlossary.type.residence_certificate'));
    expect(frPage.html).toContain(doc.keyId);
    for (const p of [arPage, frPage, await page(`/verify/${doc.code}?lang=es`)]) {
      expect(p.html).not.toMatch(/Fatima|L123456|Massira/);
    }
  });

  it('verifies offline with node:crypto alone: the PDF, the public record and the published key', async () => {
    const rec = (await (await fetch(`${s.url}/verify/${doc.code}.json`)).json()) as Record<string, string>;
    const keys = (await (await fetch(`${s.url}/.well-known/shabaka-keys.json`)).json()) as {
      keys: { commune: string; keyId: string; publicKeyPem: string }[];
    };
    expect(rec.canonical).toBeUndefined();
    expect(JSON.stringify(rec)).not.toMatch(/Fatima|L123456/);

    // ——— docs/verify.md, step by step: node:crypto only ———
    const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const key = keys.keys.find(
      (k) => k.keyId === rec.keyId && k.commune === (rec.issuer as unknown as { commune: string }).commune,
    )!;
    expect(sha256(pdf)).toBe(rec.pdfSha256);
    const message = Buffer.from(`shabaka-document-v1\n${rec.canonicalSha256}\n${sha256(pdf)}`, 'ascii');
    expect(verify(null, message, createPublicKey(key.publicKeyPem), Buffer.from(rec.signature!, 'base64'))).toBe(true);
  });

  it('gives holders the canonical content in the record, whose hash is the signed one', async () => {
    const rec = (await (
      await fetch(`${s.url}/verify/${doc.code}.json`, { headers: { authorization: `Bearer ${agent.token}` } })
    ).json()) as Record<string, string>;
    expect(createHash('sha256').update(rec.canonical!, 'utf8').digest('hex')).toBe(rec.canonicalSha256);
    expect(JSON.parse(rec.canonical!).recipient.name).toBe('Fatima Zahra El Amrani');
  });

  it('compares an uploaded copy: identical, or tampered when one byte changed', async () => {
    const form = (bytes: Buffer) => {
      const f = new FormData();
      f.append('pdf', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'copy.pdf');
      return f;
    };
    const same = await page(`/verify/${doc.code}?lang=fr`, { method: 'POST', body: form(pdf) });
    expect(same.status).toBe(200);
    expect(same.html).toContain(fr.t('verify.status.valid'));
    expect(same.html).toContain(fr.t('verify.file.identical'));

    const changed = Buffer.from(pdf);
    changed[changed.length >> 1] = changed[changed.length >> 1]! ^ 0x20;
    const bad = await page(`/verify/${doc.code}?lang=fr`, { method: 'POST', body: form(changed) });
    expect(bad.html).toContain(fr.t('verify.status.tampered'));
    expect(bad.html).toContain(fr.t('verify.file.different'));

    const raw = await page(`/verify/${doc.code}?lang=es`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: changed,
    });
    expect(raw.html).toContain(createTranslator('es').t('verify.status.tampered'));

    const empty = await page(`/verify/${doc.code}?lang=fr`, { method: 'POST', body: new FormData() });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain(fr.t('verify.compare.missing'));
  });

  it('says unknown (404) for a code nobody issued, escaping whatever was asked', async () => {
    const unknown = await page('/verify/MDQ-DOC-2026-999999?lang=fr');
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain(fr.t('verify.status.unknown'));
    const hostile = await page(`/verify/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(hostile.status).toBe(404);
    expect(hostile.html).not.toContain('<script>');
    const record = await fetch(`${s.url}/verify/MDQ-DOC-2026-999999.json`);
    expect(record.status).toBe(404);
    expect(await record.json()).toMatchObject({ status: 'unknown' });
  });

  it('looks a typed code up from the form', async () => {
    const res = await fetch(`${s.url}/verify?code=${doc.code.toLowerCase()}&lang=fr`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/verify/${doc.code}?lang=fr`);
    const form = await page('/verify?lang=es');
    expect(form.html).toContain(createTranslator('es').t('verify.lookup.label'));
  });
});

describe('the signed PDF', () => {
  it('goes to its holders only', async () => {
    const path = `/documents/${doc.code}.pdf`;
    const anonymous = await fetch(`${s.url}${path}`, { headers: { 'accept-language': 'fr' } });
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).toBe(fr.t('verify.pdf.forbidden'));
    expect((await fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${tetouan.token}` } })).status).toBe(
      403,
    );
    expect((await fetch(`${s.url}${path}?token=${'A'.repeat(32)}`)).status).toBe(403);

    const staff = await fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${agent.token}` } });
    expect(staff.status).toBe(200);
    expect(staff.headers.get('content-type')).toBe('application/pdf');
    expect(staff.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await staff.arrayBuffer()).equals(pdf)).toBe(true);
    const viaCookie = await fetch(`${s.url}${path}`, { headers: { cookie: `shabaka_session=${agent.token}` } });
    expect(viaCookie.status).toBe(200);

    expect((await fetch(`${s.url}/documents/MDQ-DOC-2026-999999.pdf`)).status).toBe(404);
    expect((await fetch(`${s.url}/documents/${doc.code}`)).status).toBe(404);
  });
});

describe('revocation, rotation and tenancy over HTTP', () => {
  it('refuses a Tetouan agent issuing or revoking for M’diq', async () => {
    const issued = await tetouan.client.documents.issue.mutate(input).catch((e) => e);
    expect(issued.data.code).toBe('FORBIDDEN');
    const revoked = await tetouan.client.documents.revoke
      .mutate({ commune: 'mdiq', code: doc.code, reason: 'not my commune' })
      .catch((e) => e);
    expect(revoked.data.code).toBe('FORBIDDEN');
  });

  it('keeps old documents valid after a rotation; publishes both keys with their periods', async () => {
    const rotated = await admin.client.signing.rotate.mutate({ commune: 'mdiq' });
    expect(rotated.previousKeyId).toBe(doc.keyId);
    const next = await agent.client.documents.issue.mutate({ ...input, language: 'fr' });
    expect(next.keyId).toBe(rotated.keyId);

    const res = await fetch(`${s.url}/.well-known/shabaka-keys.json`);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const { keys } = (await res.json()) as {
      keys: {
        commune: string;
        keyId: string;
        status: string;
        validFrom: string;
        validUntil: string | null;
        publicKey: string;
      }[];
    };
    const mdiq = keys.filter((k) => k.commune === 'mdiq');
    expect(mdiq.map((k) => [k.keyId, k.status])).toEqual([
      [doc.keyId, 'retired'],
      [rotated.keyId, 'active'],
    ]);
    expect(mdiq[0]!.validUntil).not.toBeNull();
    expect(mdiq[1]!.validUntil).toBeNull();

    const f = new FormData();
    f.append('pdf', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'old.pdf');
    expect((await page(`/verify/${doc.code}?lang=fr`, { method: 'POST', body: f })).html).toContain(
      fr.t('verify.status.valid'),
    );
    expect((await page(`/verify/${next.code}?lang=fr`)).html).toContain(fr.t('verify.status.valid'));
  });

  it('shows a revoked document as revoked, with the date and reason', async () => {
    // Revoking is the commune admin's (documents:revoke); the agent who issued it is refused.
    const byAgent = await agent.client.documents.revoke
      .mutate({ commune: 'mdiq', code: doc.code, reason: 'an agent may not revoke' })
      .catch((e) => e);
    expect(byAgent.data.code).toBe('FORBIDDEN');
    await admin.client.documents.revoke.mutate({
      commune: 'mdiq',
      code: doc.code,
      reason: 'Remplacé par un certificat rectifié',
    });
    const p = await page(`/verify/${doc.code}?lang=fr`);
    expect(p.html).toContain(fr.t('verify.status.revoked'));
    expect(p.html).toContain('Remplacé par un certificat rectifié');
    const rec = (await (await fetch(`${s.url}/verify/${doc.code}.json`)).json()) as {
      status: string;
      revocation: { reason: string };
    };
    expect(rec).toMatchObject({ status: 'revoked', revocation: { reason: 'Remplacé par un certificat rectifié' } });
    const f = new FormData();
    f.append('pdf', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'revoked.pdf');
    const compared = await page(`/verify/${doc.code}?lang=fr`, { method: 'POST', body: f });
    expect(compared.html).toContain(fr.t('verify.status.revoked'));
    expect(compared.html).toContain(fr.t('verify.file.identical'));
  });
});

describe('multipart parsing', () => {
  it('finds the "pdf" part among others', () => {
    const body = Buffer.from(
      '--XyZ\r\nContent-Disposition: form-data; name="lang"\r\n\r\nfr\r\n' +
        '--XyZ\r\nContent-Disposition: form-data; name="pdf"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\nbody\r\n' +
        '--XyZ--\r\n',
    );
    expect(multipartFile(body, 'multipart/form-data; boundary=XyZ')?.toString()).toBe('%PDF-1.7\r\nbody');
    expect(multipartFile(body, 'multipart/form-data; boundary="XyZ"', 'other')).toBeNull();
    expect(multipartFile(body, 'multipart/form-data')).toBeNull();
  });
});
