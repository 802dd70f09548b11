import { createServer, type IncomingMessage } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPLAINT_STAGES, INFORMATION_REQUEST_STATES, LANGUAGES } from '@shabaka/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fileSmsDriver,
  httpSmsDriver,
  renderEmail,
  linkOf,
  renderInApp,
  renderSms,
  smsSegments,
  TEMPLATES,
  templateVersion,
  type TemplateName,
} from '../src/notifications';

/**
 * The longest code of each series (a 5-letter prefix, a 6-digit number; information codes
 * carry their DI infix) and its short link: a template is tested with its own series' code.
 */
const CODES = {
  complaint: 'ABCDE-2026-999999',
  information: 'ABCDE-DI-2026-999999',
  document: 'ABCDE-DOC-2026-999999',
} as const;
const seriesOf = (template: TemplateName) =>
  template.startsWith('information.') ? 'information' : template.startsWith('document.') ? 'document' : 'complaint';
const shortLinkOf = (template: TemplateName) => `https://shabaka.ma/t/${CODES[seriesOf(template)]}`;
const CODE = CODES.complaint;
const LINK = `https://shabaka.ma/t/${CODE}`;
const NAMES = { ar: 'القصر الكبير', fr: 'Ksar El Kébir', es: 'Ksar el Kebir' };
const templates = Object.keys(TEMPLATES) as TemplateName[];
/** Every template in every language, in every state its case type has (the state is shown in some). */
const cases = LANGUAGES.flatMap((language) =>
  templates.flatMap((template) =>
    (seriesOf(template) === 'information' ? INFORMATION_REQUEST_STATES : COMPLAINT_STAGES).map((stage) => ({
      language,
      template,
      stage: stage as string,
    })),
  ),
);
const input = (c: (typeof cases)[number]) => ({
  template: c.template,
  language: c.language,
  params: {
    code: CODES[seriesOf(c.template)],
    stage: c.stage,
    state: c.stage,
    answerDueAt: '2026-05-06T10:00:00Z',
    dueAt: '2026-05-06T10:00:00Z',
    remedyDue: '2026-06-06T22:59:59Z',
    reopenUntil: '2026-06-10T10:00:00Z',
    reason: 'Une raison',
    note: 'Une note',
    name: 'Amina',
    token: '123456',
    at: '2026-05-06T10:00:00Z',
    device: 'Chrome · Android',
    // Staff notices' values (dueAt above).
    channel: 'sms',
  },
  communeNames: NAMES,
  link: shortLinkOf(c.template),
});

describe('notification templates', () => {
  it('fit one SMS segment in every language with the longest code and the short link', async () => {
    // Account emails (auth/notices.ts) have no SMS text: they go by email only.
    const sms = cases.filter((c) => (TEMPLATES[c.template] as { sms?: string }).sms);
    expect(sms.length).toBeGreaterThan(0);
    const counted = await Promise.all(
      sms.map(async (c) => ({ ...c, text: renderSms(input(c)), ...(await smsSegments(renderSms(input(c)))) })),
    );
    // A phone's code carries no link (a code SMS with a link is what phishing looks like).
    const over = counted.filter(
      (s) =>
        s.segments !== 1 ||
        (s.template.startsWith('phone.') ? /\d{6}/.test(s.text) === false : !s.text.includes(shortLinkOf(s.template))),
    );
    expect(over).toEqual([]);
    // Arabic is UCS-2: 70 characters for one segment.
    const arabic = renderSms(input({ language: 'ar', template: 'complaint.updated', stage: 'referred' }));
    expect(await smsSegments(arabic)).toMatchObject({ encoding: 'UCS-2', segments: 1 });
    expect(arabic.length).toBeLessThanOrEqual(70);
  });

  it('count segments as the network does: 70 UCS-2 or 160 GSM-7 characters in one', async () => {
    expect(await smsSegments('ب'.repeat(70))).toMatchObject({ segments: 1, encoding: 'UCS-2' });
    expect(await smsSegments('ب'.repeat(71))).toMatchObject({ segments: 2, encoding: 'UCS-2' });
    expect(await smsSegments('a'.repeat(160))).toMatchObject({ segments: 1, encoding: 'GSM-7' });
    expect(await smsSegments('a'.repeat(161))).toMatchObject({ segments: 2, encoding: 'GSM-7' });
  });

  it('render every email in every language from the catalogs, with a version per wording', () => {
    for (const c of cases) {
      const mail = renderEmail(input(c));
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part, `${c.language} ${c.template}`).not.toMatch(
          /notifications\.|complaintsGlossary\.|information\.state\.|\{\w+\}|Invalid Date/,
        );
      }
      expect(mail.text).toContain(NAMES[c.language]);
      expect(mail.text).toContain(shortLinkOf(c.template));
      expect(mail.html).toContain(`lang="${c.language}" dir="${c.language === 'ar' ? 'rtl' : 'ltr'}"`);
    }
    const versions = LANGUAGES.map((l) => templateVersion('complaint.received', l));
    expect(new Set(versions).size).toBe(3);
    expect(templateVersion('complaint.received', 'ar')).toBe(templateVersion('complaint.received', 'ar'));
  });

  it('escape what a person wrote in the HTML', () => {
    const mail = renderEmail({
      ...input({ language: 'fr', template: 'complaint.updated', stage: 'resolved' }),
      params: { code: CODE, stage: 'resolved', note: '<script>alert(1)</script>' },
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });
});

describe('SMS drivers', () => {
  const seen: { headers: IncomingMessage['headers']; body: string; url: string }[] = [];
  let status = 200;
  let url = '';
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body, url: req.url ?? '' });
      res.statusCode = status;
      res.end(status === 200 ? '{"messages":[{"id":"abc-1"}],"id":"top-1"}' : 'quota exceeded');
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/sms`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends through an HTTP gateway with its auth header, body template and idempotency header', async () => {
    const driver = httpSmsDriver({
      url,
      authHeader: 'X-Api-Key',
      auth: 'secret-key',
      contentType: 'application/x-www-form-urlencoded',
      body: 'dest={to}&msg={text}&sender={from}&ref={key}',
      from: 'CHAOUEN',
      idempotencyHeader: 'X-Request-Id',
      idField: 'id',
    });
    const text = 'شكايتكم: قيد المعالجة. https://shabaka.ma/t/CHF-2026-000001 & co';
    const r = await driver.send({ to: '+212612345678', text, idempotencyKey: 'k-123' });
    expect(r.providerId).toBe('top-1');
    const [req] = seen.splice(0);
    expect(req!.headers['x-api-key']).toBe('secret-key');
    expect(req!.headers['x-request-id']).toBe('k-123');
    const form = new URLSearchParams(req!.body);
    expect(Object.fromEntries(form)).toEqual({ dest: '+212612345678', msg: text, sender: 'CHAOUEN', ref: 'k-123' });
  });

  it('escapes JSON bodies and fails the attempt on a gateway error', async () => {
    const driver = httpSmsDriver({ url, auth: 'Bearer t' });
    await driver.send({ to: '+212700000000', text: 'He said "hi"\nthen left', idempotencyKey: 'k-2' });
    const [req] = seen.splice(0);
    expect(JSON.parse(req!.body)).toMatchObject({ to: '+212700000000', text: 'He said "hi"\nthen left' });
    expect(req!.headers['idempotency-key']).toBe('k-2');
    status = 503;
    await expect(driver.send({ to: '+212700000000', text: 'x', idempotencyKey: 'k-3' })).rejects.toThrow(/503/);
    status = 200;
  });

  it('writes each SMS as a JSON line for development, with its segments', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shabaka-sms-'));
    const path = join(dir, 'sms.log');
    const driver = fileSmsDriver(path);
    await driver.send({ to: '+212612345678', text: 'توصلنا بشكايتكم', idempotencyKey: 'k-4' });
    const [line] = (await readFile(path, 'utf8')).trim().split('\n');
    expect(JSON.parse(line!)).toMatchObject({
      to: '+212612345678',
      idempotencyKey: 'k-4',
      segments: 1,
      encoding: 'UCS-2',
    });
    await rm(dir, { recursive: true });
  });
});

describe('in-app lines', () => {
  it('every case and staff template has its in-app line in every language, with the code, from the catalogs', () => {
    // Account emails (verification, reset…) go to an address only, never to a bell; a phone's code to the phone only.
    for (const c of cases.filter((c) => !c.template.startsWith('account.') && !c.template.startsWith('phone.'))) {
      const line = renderInApp(c.template, c.language, input(c).params, NAMES);
      // A digest is about several cases; a room booking, a PAC's phase, a PAC consultation, a workshop and a
      // checklist item have no code: their lines name the commune.
      const expected =
        c.template === 'digest' ||
        c.template.startsWith('room.') ||
        c.template.startsWith('pac.') ||
        c.template.startsWith('consultation.') ||
        c.template.startsWith('workshop.') ||
        c.template.startsWith('staff.publication')
          ? NAMES[c.language]
          : input(c).params.code;
      expect(line, `${c.template} ${c.language}`).toContain(expected);
      expect(line).not.toMatch(/notifications\./);
    }
  });

  it('staff notices link to the staff case page, citizens’ to the short tracking link', () => {
    const params = { code: CODE, id: 'abc' };
    expect(linkOf('staff.assigned', params, 'https://shabaka.ma/', 'tetouan')).toBe(
      'https://shabaka.ma/tetouan/staff/complaints/abc',
    );
    expect(linkOf('complaint.updated', params, 'https://shabaka.ma/', 'tetouan')).toBe(LINK);
  });
});
