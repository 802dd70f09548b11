import { runAdminCommand } from '@shabaka/api';
import { createShabakaClient } from '@shabaka/client';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServer } from './server';

// Behind a configured reverse proxy on 127.0.0.1 (SHABAKA_TRUST_PROXY), whose X-Forwarded-* headers count.
const s = useServer({ trustProxy: ['127.0.0.1'] });
const PASSWORD = 'a long enough passphrase';
let code: string;
let secret: string;
let photoUrl: string;
let thumbUrl: string;

/** Signs an account with `roles` in over HTTP and returns its bearer token. */
async function tokenFor(email: string, roles: string[]) {
  await runAdminCommand({ db: s.handle.db, events: s.events }, 'user:add', {
    email,
    displayName: email.split('@')[0],
    password: PASSWORD,
    roles,
  });
  return (await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD })).token;
}

beforeAll(async () => {
  const client = createShabakaClient({ url: s.url });
  const photo = (
    await sharp({ create: { width: 80, height: 60, channels: 3, background: '#369' } })
      .jpeg()
      .toBuffer()
  ).toString('base64');
  const categoryId = (await client.complaints.categories.query({ commune: 'tetouan' }))[0]!.id;
  const r = await client.complaints.submit.mutate({
    commune: 'tetouan',
    categoryId,
    description: 'A broken water pipe floods the street every morning.',
    address: 'Avenue Mohammed V',
    photos: [{ dataBase64: photo }],
  });
  code = r.code;
  secret = r.secret;
  const [p] = (await client.complaints.track.query({ code })).photos;
  photoUrl = p!.url;
  thumbUrl = p!.thumbUrl;
});

describe('complaint files and receipts over HTTP', () => {
  it('serves a visible photo and its thumbnail to anyone, revalidated on each use', async () => {
    const res = await fetch(`${s.url}${photoUrl}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(80);
    const etag = res.headers.get('etag')!;
    expect((await fetch(`${s.url}${photoUrl}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const thumb = await fetch(`${s.url}${thumbUrl}`);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await fetch(`${s.url}/files/tetouan/not-a-uuid`)).status).toBe(404);
    expect((await fetch(`${s.url}${photoUrl.replace('/tetouan/', '/asilah/')}`)).status).toBe(404);
  });

  it('stops serving a photo publicly once hidden, but serves it to a Tetouan moderator', async () => {
    const client = createShabakaClient({ url: s.url });
    const attachmentId = photoUrl.split('/').at(-1)!;
    // Over HTTP, anonymous reports from one address count once whatever device id the client claims.
    for (const n of [1, 2, 3]) {
      await client.photos.report.mutate({
        commune: 'tetouan',
        attachmentId,
        reason: 'offensive',
        deviceId: `http-device-${n}-0123456789`,
      } as never);
    }
    expect((await fetch(`${s.url}${photoUrl}`)).status).toBe(200);
    for (const n of [1, 2]) {
      const token = await tokenFor(`files.reporter${n}@example.ma`, []);
      await createShabakaClient({ url: s.url, token }).photos.report.mutate({
        commune: 'tetouan',
        attachmentId,
        reason: 'offensive',
      });
    }
    const pub = await fetch(`${s.url}${photoUrl}`);
    expect(pub.status).toBe(404);
    expect(await pub.text()).toBe('Not found');

    const moderator = await tokenFor('files.mod@example.ma', ['tetouan:moderator']);
    const res = await fetch(`${s.url}${photoUrl}`, { headers: { authorization: `Bearer ${moderator}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    const viaCookie = await fetch(`${s.url}${thumbUrl}`, { headers: { cookie: `shabaka_session=${moderator}` } });
    expect(viaCookie.status).toBe(200);

    const asilah = await tokenFor('files.asilah@example.ma', ['asilah:moderator']);
    expect((await fetch(`${s.url}${photoUrl}`, { headers: { authorization: `Bearer ${asilah}` } })).status).toBe(404);
  });

  it('prints a PDF receipt with the code for its owner, and 404 for an unknown code or without proof', async () => {
    expect((await fetch(`${s.url}/receipts/${code}.pdf`)).status).toBe(404);
    const res = await fetch(`${s.url}/receipts/${code}.pdf?s=${secret}`, {
      headers: { 'x-forwarded-host': 'shabaka.example.ma', 'x-forwarded-proto': 'https' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toContain(code);
    // The QR code and printed address point to the tracking page on the host asked for (behind a proxy).
    expect(pdf.getSubject()).toBe(`${code} https://shabaka.example.ma/tetouan/track/${code}`);

    const unknown = await fetch(`${s.url}/receipts/TET-2026-999999.pdf`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^text\/plain/);
    expect((await fetch(`${s.url}/receipts/nonsense`)).status).toBe(404);
  });
});
