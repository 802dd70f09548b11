import { inflateSync } from 'node:zlib';
import { runAdminCommand } from '@shabaka/api';
import { createShabakaClient } from '@shabaka/client';
import jsQR from 'jsqr';
import { decodePDFRawStream, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServer } from './server';

const s = useServer();
const PASSWORD = 'a long enough passphrase';
let categoryId: string;

/** Signs an account with `roles` in over HTTP and returns its token. */
async function tokenFor(email: string, roles: string[] = []) {
  await runAdminCommand({ db: s.handle.db, events: s.events }, 'user:add', {
    email,
    displayName: email.split('@')[0],
    password: PASSWORD,
    roles,
  });
  return (await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD })).token;
}

beforeAll(async () => {
  categoryId = (await createShabakaClient({ url: s.url }).complaints.categories.query({ commune: 'tetouan' }))[0]!.id;
});

const complaint = (token?: string) =>
  createShabakaClient({ url: s.url, ...(token ? { token } : {}) }).complaints.submit.mutate({
    commune: 'tetouan',
    categoryId,
    description: 'A broken water pipe floods the street every morning.',
    address: '12 Rue des Oliviers',
    location: { lat: 35.57, lon: -5.37 },
  });

const information = () =>
  createShabakaClient({ url: s.url }).informationRequests.submit.mutate({
    commune: 'tetouan',
    subject: 'Water network works of 2026',
    description: 'I would like the list of the water network works planned for 2026.',
    requester: { name: 'Salma Bennani', email: 'salma@example.ma' },
    deliveryChannel: 'email',
  });

/** The PDF of a 200 answer, its QR code's text and its Latin text (Helvetica draws WinAnsi hex strings). */
async function receipt(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  const doc = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
  let qr: string | null = null;
  let text = '';
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    if (
      obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image') &&
      obj.dict.get(PDFName.of('ColorSpace')) === PDFName.of('DeviceRGB')
    ) {
      const width = (obj.dict.get(PDFName.of('Width')) as PDFNumber).asNumber();
      const height = (obj.dict.get(PDFName.of('Height')) as PDFNumber).asNumber();
      const rgb = decodePDFRawStream(obj).decode();
      const rgba = new Uint8ClampedArray(width * height * 4);
      for (let i = 0; i < width * height; i++) rgba.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
      qr = jsQR(rgba, width, height)?.data ?? null;
    } else if (!obj.dict.get(PDFName.of('Subtype'))) {
      const content = inflateSync(obj.contents).toString('latin1');
      for (const [, hex] of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
        text += `${Buffer.from(hex!, 'hex').toString('latin1')}\n`;
    }
  }
  return { doc, qr, text };
}

describe('receipts need proof of ownership', () => {
  it('prints a complaint receipt with the secret and a QR link carrying it in the fragment', async () => {
    const c = await complaint();
    const { doc, qr, text } = await receipt(await fetch(`${s.url}${c.receiptPath}`));
    expect(qr).toBe(`${s.url}/tetouan/track/${c.code}#s=${c.secret}`);
    expect(text).toContain(c.code);
    expect(text).toContain(c.secret);
    // Metadata travel further than paper: no secret there, nor the address.
    expect(`${doc.getTitle()} ${doc.getSubject()}`).not.toContain(c.secret);
    expect(text).not.toContain('Oliviers');
    // Typed by hand (lower case, a space), and a forgiving code in the path.
    const [, year, n] = c.code.split('-');
    const typed = await receipt(
      await fetch(
        `${s.url}/receipts/TET-${year}-${Number(n)}.pdf?s=${encodeURIComponent(c.secret.toLowerCase().replace('-', ' '))}`,
      ),
    );
    expect(typed.qr).toBe(`${s.url}/tetouan/track/${c.code}#s=${c.secret}`);
  });

  it('answers 404 without proof, as for an unknown code; staff of the commune and the signed-in author print it without the secret', async () => {
    const c = await complaint();
    const unknown = await fetch(`${s.url}/receipts/TET-2020-999999.pdf`);
    const bare = await fetch(`${s.url}/receipts/${c.code}.pdf`);
    expect(bare.status).toBe(404);
    expect(await bare.text()).toBe(await unknown.text());
    expect((await fetch(`${s.url}/receipts/${c.code}.pdf?s=ABCD`)).status).toBe(404);

    const agent = await tokenFor('receipt.agent@example.ma', ['tetouan:agent']);
    const staff = await receipt(
      await fetch(`${s.url}/receipts/${c.code}.pdf`, { headers: { authorization: `Bearer ${agent}` } }),
    );
    expect(staff.qr).toBe(`${s.url}/tetouan/track/${c.code}`);
    expect(staff.text).toContain(c.code);
    expect(staff.text).not.toContain(c.secret);
    const asilah = await tokenFor('receipt.asilah@example.ma', ['asilah:agent']);
    expect(
      (await fetch(`${s.url}/receipts/${c.code}.pdf`, { headers: { authorization: `Bearer ${asilah}` } })).status,
    ).toBe(404);
    const moderator = await tokenFor('receipt.moderator@example.ma', ['tetouan:moderator']);
    expect(
      (await fetch(`${s.url}/receipts/${c.code}.pdf`, { headers: { authorization: `Bearer ${moderator}` } })).status,
    ).toBe(404);

    const author = await tokenFor('receipt.author@example.ma');
    const mine = await complaint(author);
    const own = await receipt(
      await fetch(`${s.url}/receipts/${mine.code}.pdf`, { headers: { cookie: `shabaka_session=${author}` } }),
    );
    expect(own.qr).toBe(`${s.url}/tetouan/track/${mine.code}`);
    const other = await tokenFor('receipt.other@example.ma');
    expect(
      (await fetch(`${s.url}/receipts/${mine.code}.pdf`, { headers: { cookie: `shabaka_session=${other}` } })).status,
    ).toBe(404);
  });

  it('counts wrong secrets against the case, with the API: 5 different wrong ones, then 429 even for the right one', async () => {
    const c = await complaint();
    const wrong = [...'23456789']
      .map((ch) => `WXYZ-WXY${ch}`)
      .filter((x) => x !== c.secret)
      .slice(0, 5);
    for (const guess of wrong) expect((await fetch(`${s.url}/receipts/${c.code}.pdf?s=${guess}`)).status).toBe(404);
    const limited = await fetch(`${s.url}/receipts/${c.code}.pdf?s=${c.secret}`);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toMatch(/Too many wrong secrets/);
    // One store for the process: the tracking procedure is limited too.
    expect(
      await createShabakaClient({ url: s.url }).complaints.track.query({ code: c.code, secret: c.secret }),
    ).toMatchObject({ owner: false, secretError: 'too_many_attempts' });
  });

  it('prints an information request receipt on the same terms', async () => {
    const r = await information();
    expect(r.receiptPath).toBe(`/receipts/information/${r.code}.pdf?s=${r.secret}`);
    const { qr, text } = await receipt(await fetch(`${s.url}${r.receiptPath}`));
    expect(qr).toBe(`${s.url}/tetouan/information/${r.code}#s=${r.secret}`);
    expect(text).toContain(r.code);
    expect(text).toContain(r.secret);
    expect(text).toMatch(/20 jours ouvrables/);
    expect(text).not.toMatch(/Salma|Water network/);
    expect((await fetch(`${s.url}/receipts/information/${r.code}.pdf`)).status).toBe(404);
    expect((await fetch(`${s.url}/receipts/information/TET-DI-2020-999999.pdf?s=${r.secret}`)).status).toBe(404);
    // A complaint's route does not serve a request, nor the other way round.
    expect((await fetch(`${s.url}/receipts/${r.code}.pdf?s=${r.secret}`)).status).toBe(404);
    const agent = await tokenFor('receipt.info.agent@example.ma', ['tetouan:agent']);
    const staff = await receipt(
      await fetch(`${s.url}/receipts/information/${r.code}.pdf`, { headers: { authorization: `Bearer ${agent}` } }),
    );
    expect(staff.qr).toBe(`${s.url}/tetouan/information/${r.code}`);
  });
});
