import { createHash, createPublicKey, verify as edVerify } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, type CanonicalContent } from '../src/documents/canonical';
import { renderDocument } from '../src/documents/pdf';
import { pdfForViewer, record } from '../src/documents/service';
import { decryptPrivateKey, sha256Hex, signedMessage, signMessage } from '../src/signing/crypto';
import { runAdminCommand } from '../src/admin';
import { useHarness } from './harness';

const SECRET = 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';
const h = useHarness({ signing: { secret: SECRET, publicUrl: 'https://shabaka.example' } });

type Caller = Awaited<ReturnType<typeof h.user>>['caller'];
let mdiqAgent: Awaited<ReturnType<typeof h.user>>;
let mdiqAdmin: Awaited<ReturnType<typeof h.user>>;
let tetouanAgent: Awaited<ReturnType<typeof h.user>>;

const residence = (name = 'Fatima Zahra El Amrani') => ({
  commune: 'mdiq',
  template: 'residence_certificate' as const,
  recipient: { name, cin: 'L123456' },
  fields: { address: '12, rue Al Massira, M’diq', since: '2019-09-01', purpose: 'dossier de bourse' },
  language: 'both' as const,
  delivery: 'electronic' as const,
});

const issueAs = (caller: Caller, input = residence()) => caller.documents.issue(input);
const pdfOf = async (code: string) => {
  const r = await pdfForViewer(h.deps, code, { userId: mdiqAgent.id });
  if (!r || r === 'forbidden') throw new Error(`no pdf for ${code}`);
  return r.pdf;
};

beforeAll(async () => {
  mdiqAgent = await h.user('agent@mdiq.example', ['mdiq:agent']);
  mdiqAdmin = await h.user('admin@mdiq.example', ['mdiq:commune_admin']);
  tetouanAgent = await h.user('agent@tetouan.example', ['tetouan:agent']);
});

describe('issuing and verifying signed documents', () => {
  it('issues a bilingual residence certificate for M’diq that verifies as valid', async () => {
    const doc = await issueAs(mdiqAgent.caller);
    expect(doc.code).toMatch(/^MDQ-DOC-2026-\d{6}$/);
    expect(doc).toMatchObject({
      commune: 'mdiq',
      template: 'residence_certificate',
      status: 'valid',
      delivery: 'electronic',
    });
    expect(doc.verifyUrl).toBe(`https://shabaka.example/verify/${doc.code}`);
    expect(doc.downloadPath).toMatch(new RegExp(`^/documents/${doc.code}\\.pdf\\?token=[A-Za-z0-9_-]{32}$`));

    const pdf = await pdfOf(doc.code);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(doc.pdfSha256);

    const v = await h.anon().documents.verify({ code: doc.code });
    expect(v).toMatchObject({
      status: 'valid',
      code: doc.code,
      issuer: { commune: 'mdiq', names: { fr: "M'diq" } },
      type: 'residence_certificate',
      keyId: doc.keyId,
      revocation: null,
      file: 'not_checked',
    });
    // The public answer names issuer, date, type and status — never the holder.
    expect(JSON.stringify(v)).not.toMatch(/Fatima|L123456|Massira/);

    const withFile = await h
      .anon()
      .documents.verify({ code: doc.code.toLowerCase(), pdfBase64: pdf.toString('base64') });
    expect(withFile).toMatchObject({ status: 'valid', file: 'identical' });
  });

  it('says "tampered" when one byte of the PDF changed', async () => {
    const doc = await issueAs(mdiqAgent.caller);
    const pdf = Buffer.from(await pdfOf(doc.code));
    const i = Math.floor(pdf.length / 2);
    pdf[i] = pdf[i]! ^ 0x01;
    const v = await h.anon().documents.verify({ code: doc.code, pdfBase64: pdf.toString('base64') });
    expect(v).toMatchObject({ status: 'tampered', file: 'different', issuer: { commune: 'mdiq' } });
  });

  it('says "tampered" when the stored record was edited behind the signature', async () => {
    const doc = await issueAs(mdiqAgent.caller);
    await sql`update documents set canonical = replace(canonical, 'Fatima', 'Fatema') where code = ${doc.code}`.execute(
      h.handle.db,
    );
    expect((await h.anon().documents.verify({ code: doc.code })).status).toBe('tampered');
  });

  it('says "unknown" for a code nobody issued, and for anything that is not a code', async () => {
    for (const code of ['MDQ-DOC-2026-999999', 'TET-2026-000001', '<script>', '']) {
      expect(await h.anon().documents.verify({ code })).toMatchObject({ status: 'unknown', issuer: null, type: null });
    }
  });

  it('revokes with a public reason: "revoked" even when the bytes match; audited; only once', async () => {
    const doc = await issueAs(mdiqAgent.caller);
    const pdf = await pdfOf(doc.code);
    // Agents issue; revoking is its own permission (documents:revoke), commune admins' by default.
    await expect(
      mdiqAgent.caller.documents.revoke({ commune: 'mdiq', code: doc.code, reason: 'an agent may not revoke' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.anon().documents.verify({ code: doc.code })).status).toBe('valid');
    const revoked = await mdiqAdmin.caller.documents.revoke({
      commune: 'mdiq',
      code: doc.code,
      reason: 'Adresse erronée, remplacé par un nouveau certificat',
    });
    expect(revoked).toMatchObject({ code: doc.code, status: 'revoked' });
    const v = await h.anon().documents.verify({ code: doc.code, pdfBase64: pdf.toString('base64') });
    expect(v).toMatchObject({
      status: 'revoked',
      file: 'identical',
      revocation: { reason: 'Adresse erronée, remplacé par un nouveau certificat' },
    });
    await expect(
      mdiqAdmin.caller.documents.revoke({ commune: 'mdiq', code: doc.code, reason: 'again and again' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const audit = await h.handle.db
      .selectFrom('auditLog')
      .select(['action', 'data'])
      .where('targetType', '=', 'document')
      .execute();
    expect(audit.filter((a) => a.action === 'document.revoked').map((a) => a.data.code)).toContain(doc.code);
    expect(audit.filter((a) => a.action === 'document.issued').length).toBeGreaterThan(3);
  });

  it('returns the same document for a repeated idempotency key', async () => {
    const input = { ...residence(), idempotencyKey: 'counter-7-2026-03-07-0001' };
    const [a, b] = [await issueAs(mdiqAgent.caller, input), await issueAs(mdiqAgent.caller, input)];
    expect(b.code).toBe(a.code);
    expect(b.downloadPath).toBe(a.downloadPath);
  });

  it('renders every template in every language, with texts typed in either script', async () => {
    const inputs = [
      {
        template: 'administrative_certificate' as const,
        fields: {
          subject: 'Non-exercice d’activité commerciale',
          statement:
            'L’intéressé n’exerce aucune activité commerciale sur le territoire de la commune.\nCette attestation est valable trois mois.',
        },
      },
      {
        template: 'information_answer' as const,
        fields: {
          requestCode: 'MDQ-INF-2026-000003',
          question: 'ما هي ميزانية إصلاح الطرق لسنة 2026؟',
          answer: 'بلغت ميزانية إصلاح الطرق 4 500 000 درهم، موزعة على 12 مشروعا.',
        },
      },
    ];
    for (const language of ['ar', 'fr', 'both'] as const) {
      for (const t of inputs) {
        const doc = await mdiqAgent.caller.documents.issue({
          commune: 'mdiq',
          recipient: { name: 'يوسف بنعلي', address: 'حي السلام' },
          language,
          delivery: 'paper',
          ...t,
        });
        expect((await h.anon().documents.verify({ code: doc.code })).status).toBe('valid');
      }
    }
  });

  it('renders any storable text: emoji, bidi controls, tabs, words longer than a line', async () => {
    const doc = await mdiqAgent.caller.documents.issue({
      ...residence('👩🏽‍⚖️ \u202Eevil\tName شهادة 2026'),
      fields: { address: `${'x'.repeat(290)} حي`, purpose: '<script>alert(1)</script>' },
    });
    expect((await h.anon().documents.verify({ code: doc.code })).status).toBe('valid');
  });

  it('refuses malformed input with field errors', async () => {
    await expect(
      issueAs(mdiqAgent.caller, { ...residence(), recipient: { name: 'X Y', cin: '12-34' } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      mdiqAgent.caller.documents.issue({ ...residence(), requesterEmail: 'nobody@nowhere.example' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('nobody@nowhere.example') });
  });
});

describe('offline verification', () => {
  it('checks a document with node:crypto alone, from the PDF, the public record and the published key', async () => {
    const doc = await issueAs(mdiqAgent.caller);
    const pdf = await pdfOf(doc.code);
    // What anyone can fetch: the record (without personal content) and the published keys.
    const rec = JSON.parse(JSON.stringify(await record(h.deps, doc.code, null)));
    const keys = JSON.parse(JSON.stringify(await h.anon().signing.publicKeys()));
    expect(rec.canonical).toBeUndefined();

    // ——— From here on: node:crypto and the three inputs, nothing from the project ———
    const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
    const key = keys.find(
      (k: { keyId: string; commune: string }) => k.keyId === rec.keyId && k.commune === rec.issuer.commune,
    );
    expect(sha256(pdf)).toBe(rec.pdfSha256);
    const message = Buffer.from(`shabaka-document-v1\n${rec.canonicalSha256}\n${sha256(pdf)}`, 'ascii');
    expect(edVerify(null, message, createPublicKey(key.publicKeyPem), Buffer.from(rec.signature, 'base64'))).toBe(true);
    // The key was valid on the date of issue.
    expect(
      new Date(key.createdAt) <= new Date(rec.issuedAt) &&
        (!key.retiredAt || new Date(rec.issuedAt) <= new Date(key.retiredAt)),
    ).toBe(true);
    // One changed byte, and the same check fails.
    const bad = Buffer.from(pdf);
    bad[100] = bad[100]! ^ 0xff;
    expect(
      edVerify(
        null,
        Buffer.from(`shabaka-document-v1\n${rec.canonicalSha256}\n${sha256(bad)}`),
        createPublicKey(key.publicKeyPem),
        Buffer.from(rec.signature, 'base64'),
      ),
    ).toBe(false);
  });

  it('gives holders the canonical content, sorted-key JSON whose hash the signature covers', async () => {
    const doc = await issueAs(mdiqAgent.caller);
    const rec = await record(h.deps, doc.code, { userId: mdiqAgent.id });
    expect(rec).toHaveProperty('canonical');
    const canonical = (rec as { canonical: string }).canonical;
    expect(createHash('sha256').update(canonical, 'utf8').digest('hex')).toBe(
      (rec as { canonicalSha256: string }).canonicalSha256,
    );
    expect(canonicalJson(JSON.parse(canonical))).toBe(canonical);
    expect(JSON.parse(canonical)).toMatchObject({
      format: 'shabaka-document/1',
      code: doc.code,
      commune: { slug: 'mdiq' },
      template: 'residence_certificate',
      recipient: { name: 'Fatima Zahra El Amrani', cin: 'L123456' },
      fields: { address: '12, rue Al Massira, M’diq', since: '2019-09-01' },
      issued_at: doc.issuedAt.toISOString(),
      key_id: doc.keyId,
    });
    // A stranger with the right download token is a holder too; a wrong token is not.
    const token = doc.downloadPath.split('token=')[1]!;
    expect(await record(h.deps, doc.code, null, token)).toHaveProperty('canonical');
    expect(
      await record(
        h.deps,
        doc.code,
        null,
        token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).not.toHaveProperty('canonical');
  });
});

describe('public records that reveal no personal data', () => {
  const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
  /** What an attacker who knows everything but the CIN would hash for one guess. */
  const guess = (canonical: string, cin: string) => {
    const c = JSON.parse(canonical) as CanonicalContent;
    return sha256(canonicalJson({ ...c, salt: undefined, recipient: { ...c.recipient, cin } }));
  };

  it('salts the content: its public hash cannot confirm a guessed CIN, yet the record still verifies offline', async () => {
    const doc = await issueAs(mdiqAgent.caller);
    const holder = (await record(h.deps, doc.code, { userId: mdiqAgent.id })) as {
      canonical: string;
      canonicalSha256: string;
    };
    const pub = JSON.parse(JSON.stringify(await record(h.deps, doc.code, null)));
    expect(pub).toMatchObject({ status: 'valid', offline: 'anyone', canonicalSha256: holder.canonicalSha256 });
    expect(pub.canonical).toBeUndefined();
    const salt = (JSON.parse(holder.canonical) as CanonicalContent).salt!;
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    // The right CIN without the salt gives another hash: the offline brute force of the issue finds nothing.
    expect(guess(holder.canonical, 'L123456')).not.toBe(pub.canonicalSha256);
    expect(JSON.stringify(pub)).not.toContain(salt);
    // Two documents with the same content get different hashes, and the PDF carries the salt as its identifier.
    const twin = await issueAs(mdiqAgent.caller);
    expect(twin.pdfSha256).not.toBe(doc.pdfSha256);
    const pdf = await pdfOf(doc.code);
    expect(pdf.toString('latin1').toLowerCase()).toContain(`<${salt}>`);
    // The holder checks the content against the public hash with the salt included.
    expect(sha256(Buffer.from(holder.canonical, 'utf8'))).toBe(pub.canonicalSha256);
  });

  it('keeps a document issued before salting valid, but gives its hashes and signature to holders only', async () => {
    // A document as issued before issue 10: the same content without a salt, signed the old way.
    const doc = await issueAs(mdiqAgent.caller);
    const row = await h.handle.db
      .selectFrom('documents')
      .select(['id', 'canonical', 'keyId', 'communeId'])
      .where('code', '=', doc.code)
      .executeTakeFirstOrThrow();
    const key = await h.handle.db
      .selectFrom('signingKeys')
      .selectAll()
      .where('id', '=', row.keyId)
      .executeTakeFirstOrThrow();
    const privateKey = decryptPrivateKey(
      {
        ciphertext: Buffer.from(key.privateKeyCiphertext!),
        iv: Buffer.from(key.privateKeyIv!),
        tag: Buffer.from(key.privateKeyTag!),
        salt: Buffer.from(key.privateKeySalt!),
      },
      SECRET,
      row.communeId,
      row.keyId,
    );
    const content = { ...(JSON.parse(row.canonical) as CanonicalContent), salt: undefined };
    const canonical = canonicalJson(content);
    const pdf = Buffer.from(await renderDocument(content, `https://shabaka.example/verify/${doc.code}`));
    const canonicalSha256 = sha256Hex(Buffer.from(canonical, 'utf8'));
    const signature = signMessage(signedMessage(canonicalSha256, sha256Hex(pdf)), privateKey);
    await h.handle.db
      .updateTable('documents')
      .set({ canonical, canonicalSha256, pdf, pdfSha256: sha256Hex(pdf), signature })
      .where('id', '=', row.id)
      .execute();
    // Unsalted, its public hash would confirm the CIN at the first right guess.
    expect(guess(canonical, 'L123456')).toBe(canonicalSha256);

    expect(await h.anon().documents.verify({ code: doc.code })).toMatchObject({ status: 'valid', offline: 'holders' });
    expect(await h.anon().documents.verify({ code: doc.code, pdfBase64: pdf.toString('base64') })).toMatchObject({
      status: 'valid',
      file: 'identical',
    });
    const pub = JSON.parse(JSON.stringify(await record(h.deps, doc.code, null)));
    expect(pub).toMatchObject({ status: 'valid', offline: 'holders', keyId: row.keyId });
    for (const k of ['canonicalSha256', 'pdfSha256', 'signature', 'signedMessage', 'canonical'])
      expect(pub).not.toHaveProperty(k);
    // Its holder still verifies it offline, with node:crypto alone.
    const rec = JSON.parse(JSON.stringify(await record(h.deps, doc.code, { userId: mdiqAgent.id })));
    const message = Buffer.from(
      `shabaka-document-v1\n${sha256(Buffer.from(rec.canonical, 'utf8'))}\n${sha256(pdf)}`,
      'ascii',
    );
    const published = (await h.anon().signing.publicKeys()).find((k) => k.keyId === rec.keyId)!;
    expect(edVerify(null, message, createPublicKey(published.publicKeyPem), Buffer.from(rec.signature, 'base64'))).toBe(
      true,
    );
  });
});

describe('signing keys', () => {
  it('keeps old documents valid after a rotation and signs new ones with the new key', async () => {
    const before = await issueAs(mdiqAgent.caller);
    await expect(mdiqAgent.caller.signing.rotate({ commune: 'mdiq' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    h.clock.advance(60_000);
    const rotated = await mdiqAdmin.caller.signing.rotate({ commune: 'mdiq' });
    expect(rotated.previousKeyId).toBe(before.keyId);
    expect(rotated.keyId).not.toBe(before.keyId);
    h.clock.advance(60_000);

    const after = await issueAs(mdiqAgent.caller);
    expect(after.keyId).toBe(rotated.keyId);
    expect(
      (await h.anon().documents.verify({ code: before.code, pdfBase64: (await pdfOf(before.code)).toString('base64') }))
        .status,
    ).toBe('valid');
    expect((await h.anon().documents.verify({ code: after.code })).status).toBe('valid');

    const published = (await h.anon().signing.publicKeys()).filter((k) => k.commune === 'mdiq');
    expect(published.map((k) => [k.keyId, k.status])).toEqual([
      [before.keyId, 'retired'],
      [rotated.keyId, 'active'],
    ]);
    expect(published[0]!.retiredAt).toEqual(rotated.createdAt);
    // A retired key loses its private half: it can never sign again.
    const old = await h.handle.db
      .selectFrom('signingKeys')
      .selectAll()
      .where('id', '=', before.keyId)
      .executeTakeFirstOrThrow();
    expect(old.privateKeyCiphertext).toBeNull();
    const actions = await h.handle.db
      .selectFrom('auditLog')
      .select('action')
      .where('targetType', '=', 'signing_key')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['signing.key_created', 'signing.key_rotated']),
    );
  });

  it('stores private keys encrypted: no PEM in the row, and only the right secret and commune decrypt them', async () => {
    const rows = await h.handle.db
      .selectFrom('signingKeys')
      .innerJoin('communes', 'communes.id', 'signingKeys.communeId')
      .selectAll('signingKeys')
      .select('communes.slug')
      .where('retiredAt', 'is', null)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const flat = JSON.stringify(
        Object.values(row).map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v)),
      );
      expect(flat).not.toMatch(/PRIVATE KEY|BEGIN/);
      const encrypted = {
        ciphertext: Buffer.from(row.privateKeyCiphertext!),
        iv: Buffer.from(row.privateKeyIv!),
        tag: Buffer.from(row.privateKeyTag!),
        salt: Buffer.from(row.privateKeySalt!),
      };
      const key = decryptPrivateKey(encrypted, SECRET, row.communeId, row.id);
      const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
      expect(spki.toString('base64')).toBe(row.publicKey);
      // The ciphertext is not the PKCS#8 key itself.
      expect(
        Buffer.from(row.privateKeyCiphertext!).includes(key.export({ type: 'pkcs8', format: 'der' }).subarray(16)),
      ).toBe(false);
      expect(() => decryptPrivateKey(encrypted, `${SECRET}!`, row.communeId, row.id)).toThrow();
      expect(() => decryptPrivateKey(encrypted, SECRET, '00000000-0000-4000-8000-000000000000', row.id)).toThrow();
    }
  });

  it('creates one key for two first documents racing', async () => {
    const agent = await h.user('agent@asilah.example', ['asilah:agent']);
    const input = { ...residence(), commune: 'asilah' };
    const [a, b] = await Promise.all([agent.caller.documents.issue(input), agent.caller.documents.issue(input)]);
    expect(a.keyId).toBe(b.keyId);
    expect(a.code).not.toBe(b.code);
    expect(a.code).toMatch(/^ASL-DOC-2026-/);
  });
});

describe('tenancy', () => {
  it('refuses a Tetouan agent issuing, revoking, listing or rotating for M’diq', async () => {
    const doc = await issueAs(mdiqAgent.caller);
    await expect(issueAs(tetouanAgent.caller)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      tetouanAgent.caller.documents.revoke({ commune: 'mdiq', code: doc.code, reason: 'not mine to revoke' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Through their own commune, M’diq's codes do not exist (revoking there takes a Tetouan admin; an agent is refused first).
    await expect(
      tetouanAgent.caller.documents.revoke({ commune: 'tetouan', code: doc.code, reason: 'not mine to revoke' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const tetouanAdmin = await h.user('admin.docs@tetouan.example', ['tetouan:commune_admin']);
    await expect(
      tetouanAdmin.caller.documents.revoke({ commune: 'tetouan', code: doc.code, reason: 'not mine to revoke' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      tetouanAdmin.caller.documents.revoke({ commune: 'mdiq', code: doc.code, reason: 'not mine to revoke' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(tetouanAgent.caller.documents.list({ commune: 'mdiq' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(tetouanAgent.caller.signing.rotate({ commune: 'mdiq' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await pdfForViewer(h.deps, doc.code, { userId: tetouanAgent.id })).toBe('forbidden');
    expect((await h.anon().documents.verify({ code: doc.code })).status).toBe('valid');
  });

  it('refuses to issue for a commune whose code prefix another commune already uses', async () => {
    // Prefixes are unique in the database now (communes_code_prefix): a commune sharing
    // Tetouan's cannot exist, so the refusal moved to where it would be created.
    await expect(
      runAdminCommand({ db: h.handle.db, events: h.events }, 'commune:add', {
        slug: 'tetouan-sud',
        names: { ar: 'تطوان الجنوبية', fr: 'Tétouan-Sud', es: 'Tetuán Sur' },
        lat: 35.55,
        lon: -5.37,
        population: 1000,
        populationSource: 'test',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('TET belongs to tetouan'),
    });
  });

  it('signs each commune’s documents with its own key only', async () => {
    const mdiq = await issueAs(mdiqAgent.caller);
    const tet = await tetouanAgent.caller.documents.issue({ ...residence(), commune: 'tetouan' });
    expect(tet.code).toMatch(/^TET-DOC-2026-/);
    expect(tet.keyId).not.toBe(mdiq.keyId);
    const keys = await h.anon().signing.publicKeys();
    const tetKey = keys.find((k) => k.keyId === tet.keyId)!;
    expect(tetKey.commune).toBe('tetouan');
    // M'diq's signature does not verify under Tetouan's key.
    const rec = await record(h.deps, mdiq.code, null);
    const message = Buffer.from(
      `shabaka-document-v1\n${(rec as { canonicalSha256: string }).canonicalSha256}\n${mdiq.pdfSha256}`,
    );
    expect(
      edVerify(
        null,
        message,
        createPublicKey(tetKey.publicKeyPem),
        Buffer.from((rec as { signature: string }).signature, 'base64'),
      ),
    ).toBe(false);
    // The database refuses a document naming another commune's key.
    const tetouan = await h.handle.db
      .selectFrom('communes')
      .select('id')
      .where('slug', '=', 'tetouan')
      .executeTakeFirstOrThrow();
    await expect(
      h.handle.db
        .insertInto('documents')
        .values({
          communeId: tetouan.id,
          code: 'TET-DOC-2026-900000',
          template: 'residence_certificate',
          language: 'fr',
          delivery: 'paper',
          recipientName: 'x',
          canonical: '{}',
          canonicalSha256: 'x',
          pdf: Buffer.from('x'),
          pdfSha256: 'x',
          signature: Buffer.from('x'),
          keyId: mdiq.keyId,
          issuedAt: new Date(),
        })
        .execute(),
    ).rejects.toThrow(/documents_key|foreign key/);
  });
});

describe('holders and lists', () => {
  it('links a document to the citizen’s account: theirs to list and download, nobody else’s', async () => {
    const citizen = await h.user('citizen@mdiq.example');
    const other = await h.user('other@mdiq.example');
    const doc = await mdiqAgent.caller.documents.issue({
      ...residence('Citizen One'),
      requesterEmail: 'citizen@mdiq.example',
    });
    expect((await citizen.caller.documents.mine()).map((d) => d.code)).toEqual([doc.code]);
    expect(await other.caller.documents.mine()).toEqual([]);
    expect(await pdfForViewer(h.deps, doc.code, { userId: citizen.id })).toMatchObject({ code: doc.code });
    expect(await pdfForViewer(h.deps, doc.code, { userId: other.id })).toBe('forbidden');
    expect(await pdfForViewer(h.deps, doc.code, null)).toBe('forbidden');
    expect(await pdfForViewer(h.deps, doc.code, null, doc.downloadPath.split('token=')[1])).toMatchObject({
      code: doc.code,
    });
    expect(await pdfForViewer(h.deps, 'MDQ-DOC-2026-999999', { userId: citizen.id })).toBeNull();
  });

  it('lists the commune’s documents for staff, filtered, without their bytes', async () => {
    const all = await mdiqAgent.caller.documents.list({ commune: 'mdiq' });
    expect(all.length).toBeGreaterThan(5);
    expect(all[0]).not.toHaveProperty('pdf');
    expect(all.every((d) => d.commune === 'mdiq')).toBe(true);
    const revoked = await mdiqAgent.caller.documents.list({ commune: 'mdiq', status: 'revoked' });
    expect(revoked.length).toBeGreaterThan(0);
    expect(revoked.every((d) => d.status === 'revoked')).toBe(true);
    const found = await mdiqAgent.caller.documents.list({ commune: 'mdiq', query: 'citizen one' });
    expect(found.map((d) => d.recipientName)).toEqual(['Citizen One']);
  });
});
