import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const h = useHarness();
let photo: string;
let categoryId: string;
let asilahCategory: string;

const countRows = async (table: 'complaints' | 'files' | 'complaintAttachments') =>
  (
    await h.handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

beforeAll(async () => {
  // A JPEG that carries EXIF with GPS, as phones send them.
  photo = (
    await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#7a9' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'PhoneCo', Model: 'Cheap 1' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 34/1 42/1' },
      })
      .toBuffer()
  ).toString('base64');
  categoryId = (await h.anon().complaints.categories({ commune: 'tetouan' })).find((c) => c.code === 'lighting')!.id;
  asilahCategory = (await h.anon().complaints.categories({ commune: 'asilah' }))[0]!.id;
});

const submission = () => ({
  commune: 'tetouan',
  categoryId,
  description: 'The street lamp in front of the school has been off for two weeks.',
  location: { lat: 35.5712, lon: -5.3721 },
  replyChannel: 'portal' as const,
});

describe('complaints window', () => {
  it('takes a complaint with a photo, gives a per-commune yearly code and strips EXIF', async () => {
    const r = await h.anon().complaints.submit({ ...submission(), photos: [{ dataBase64: photo, name: 'lamp.jpg' }] });
    expect(r.code).toMatch(/^TET-2026-\d{6}$/);
    expect(r.stage).toBe('received');
    expect(r.ackDueAt.toISOString()).toBe('2026-03-22T10:00:00.000Z');
    expect(r.answerDueAt.toISOString()).toBe('2026-05-06T10:00:00.000Z');
    const second = await h.anon().complaints.submit(submission());
    expect(Number(second.code.slice(-6))).toBe(Number(r.code.slice(-6)) + 1);
    const file = await h.handle.db
      .selectFrom('files')
      .select(['bytes', 'mime', 'width'])
      .where('mime', '=', 'image/jpeg')
      .executeTakeFirstOrThrow();
    const meta = await sharp(Buffer.from(file.bytes)).metadata();
    expect(meta.exif).toBeUndefined();
    expect(file.width).toBe(1200);
    const tracked = await h.anon().complaints.track({ code: r.code });
    expect(tracked.photos).toHaveLength(1);
    expect(tracked.location!.lat).not.toBe(35.5712);
    expect(Math.abs(tracked.location!.lat - 35.5712)).toBeLessThan(0.003);
    expect(tracked).not.toHaveProperty('contactPhone');
  });

  it('refuses a non-image, an oversized file and a fourth photo, storing nothing', async () => {
    const before = await Promise.all([countRows('complaints'), countRows('files')]);
    const notImage = Buffer.from('%PDF-1.4 not a photo').toString('base64');
    const e1 = await h
      .anon()
      .complaints.submit({ ...submission(), photos: [{ dataBase64: photo }, { dataBase64: notImage }] })
      .catch((e) => e);
    expect(e1.code).toBe('BAD_REQUEST');
    expect(e1.cause.field).toBe('photos.1');
    const big = Buffer.alloc(9 * 1024 * 1024, 1).toString('base64');
    const e2 = await h
      .anon()
      .complaints.submit({ ...submission(), photos: [{ dataBase64: big }] })
      .catch((e) => e);
    expect(e2.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(e2.cause.issues)).toMatch(/larger than 8 MB/);
    const four = Array.from({ length: 4 }, () => ({ dataBase64: photo }));
    const e3 = await h
      .anon()
      .complaints.submit({ ...submission(), photos: four })
      .catch((e) => e);
    expect(JSON.stringify(e3.cause.issues)).toMatch(/at most 3 photos/);
    expect(await Promise.all([countRows('complaints'), countRows('files')])).toEqual(before);
  });

  it('requires a place and a contact matching the chosen channel', async () => {
    const { location: _l, ...noWhere } = submission();
    const e = await h
      .anon()
      .complaints.submit(noWhere)
      .catch((x) => x);
    expect(e.cause.issues[0].path).toEqual(['location']);
    const e2 = await h
      .anon()
      .complaints.submit({ ...submission(), replyChannel: 'email' })
      .catch((x) => x);
    expect(e2.cause.issues[0].path).toEqual(['contact']);
  });

  it('returns the first result for a repeated idempotency key', async () => {
    const key = 'form-1234-abcd';
    const [a, b] = await Promise.all([
      h.anon().complaints.submit({ ...submission(), idempotencyKey: key }),
      h.anon().complaints.submit({ ...submission(), idempotencyKey: key }),
    ]);
    expect(a.code).toBe(b.code);
    const n = await h.handle.db.selectFrom('complaints').select('id').where('idempotencyKey', '=', key).execute();
    expect(n).toHaveLength(1);
    // Whichever answer the device shows, its secret works.
    for (const secret of [a.secret, b.secret])
      expect((await h.anon().complaints.track({ code: a.code, secret })).owner).toBe(true);
  });

  it('moves through the stages with a public timeline that hides internal notes and staff names', async () => {
    const agent = await h.user('lamp.agent@example.ma', ['tetouan:agent']);
    const asilah = await h.user('asilah.agent@example.ma', ['asilah:agent']);
    const { code, id, secret } = await h
      .anon()
      .complaints.submit({ ...submission(), contact: { phone: '+212 600 000 000' }, replyChannel: 'sms' });
    await expect(asilah.caller.complaints.detail({ commune: 'tetouan', id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(asilah.caller.complaints.detail({ commune: 'asilah', id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const queue = await agent.caller.complaints.queue({ commune: 'tetouan', stage: 'received' });
    expect(queue.items.some((i) => i.code === code)).toBe(true);
    h.clock.advance(3 * 3_600_000);
    const dept = (await agent.caller.staff.overview({ commune: 'tetouan' })).departments.find(
      (d) => d.code === 'roads-lighting',
    )!;
    await agent.caller.complaints.assign({
      commune: 'tetouan',
      id,
      departmentId: dept.id,
      publicNote: 'Sent to the lighting team.',
      internalNote: 'Call Said at the depot',
    });
    await expect(agent.caller.complaints.transition({ commune: 'tetouan', id, to: 'rejected' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id,
      to: 'final',
      publicNote: 'Repair scheduled for Monday.',
    });
    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id,
      to: 'resolved',
      publicNote: 'The lamp was replaced.',
    });
    await expect(agent.caller.complaints.transition({ commune: 'tetouan', id, to: 'final' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const t = await h.anon().complaints.track({ code });
    expect(t.stage).toBe('resolved');
    expect(t.timeline.map((e) => e.toStage)).toEqual(['received', 'processing', 'final', 'resolved']);
    expect(JSON.stringify(t)).not.toMatch(/Said|lamp\.agent|600 000/);
    expect(t.timeline.every((e) => e.actorName === null)).toBe(true);
    const d = await agent.caller.complaints.detail({ commune: 'tetouan', id });
    expect(d.contactPhone).toBe('+212 600 000 000');
    expect(d.timeline.some((e) => e.internalNote === 'Call Said at the depot')).toBe(true);
    expect(d.acknowledgedAt).not.toBeNull();

    // Reopen within the period, then rate.
    await h.anon().complaints.reopen({ code, secret, reason: 'It went off again the next day.' });
    expect((await h.anon().complaints.track({ code })).stage).toBe('processing');
    await agent.caller.complaints.transition({ commune: 'tetouan', id, to: 'resolved', publicNote: 'Cable repaired.' });
    await h.anon().complaints.rate({ code, secret, rating: 4 });
    h.clock.advance(31 * 86_400_000);
    await expect(h.anon().complaints.reopen({ code, secret, reason: 'Still broken.' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    h.clock.advance(-31 * 86_400_000 - 3 * 3_600_000);
  });

  it('links a duplicate to its original and registers counter complaints with scans', async () => {
    const agent = await h.user('counter.agent@example.ma', ['tetouan:agent']);
    const original = await h.anon().complaints.submit(submission());
    const copy = await h.anon().complaints.submit(submission());
    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id: copy.id,
      to: 'duplicate',
      duplicateOf: original.code,
    });
    expect((await h.anon().complaints.track({ code: copy.code })).duplicateOf).toBe(original.code);
    const paper = await agent.caller.complaints.register({
      commune: 'tetouan',
      channel: 'paper',
      categoryId,
      description: 'Letter handed in at the counter about a dark street.',
      address: 'Rue Mohammed V, 12',
      replyChannel: 'paper',
      scans: [{ dataBase64: photo }],
    });
    const d = await agent.caller.complaints.detail({ commune: 'tetouan', id: paper.id });
    expect(d.channel).toBe('paper');
    expect(d.registeredBy).toBe(agent.id);
    expect(d.attachments.map((a) => a.kind)).toEqual(['scan']);
    // A counter registration is the agent's act: audited with the agent (both intake statements, with and without files).
    const phone = await agent.caller.complaints.register({
      commune: 'tetouan',
      channel: 'phone',
      categoryId,
      description: 'Phone call about a broken street lamp.',
      address: 'Rue 7',
      replyChannel: 'paper',
    });
    for (const c of [paper, phone]) {
      const rows = await h.handle.db
        .selectFrom('auditLog')
        .select(['action', 'actorId'])
        .where('targetId', '=', c.id)
        .execute();
      expect(rows).toEqual([{ action: 'complaint.registered', actorId: agent.id }]);
    }
    expect(
      await h.handle.db
        .selectFrom('auditLog')
        .select('id')
        .where('targetId', '=', copy.id)
        .where('action', '=', 'complaint.registered')
        .execute(),
    ).toEqual([]);
    const asilahAgent = await h.user('asilah2@example.ma', ['asilah:agent']);
    await expect(
      asilahAgent.caller.complaints.register({
        commune: 'tetouan',
        channel: 'phone',
        categoryId,
        description: 'Phone call about noise.',
        address: 'x y z',
        replyChannel: 'paper',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      asilahAgent.caller.complaints.register({
        commune: 'asilah',
        channel: 'phone',
        categoryId,
        description: 'Category of another commune',
        address: 'x y z',
        replyChannel: 'paper',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(asilahCategory).toBeTruthy();
  });

  it('keeps network figures from rollups', async () => {
    const figures = await h.anon().complaints.figures();
    const tet = figures.find((f) => f.commune === 'tetouan')!;
    const total = await countRows('complaints');
    expect(tet.total).toBe(total);
    expect(tet.byStage.resolved).toBe(1);
    expect(tet.byStage.duplicate).toBe(1);
    expect(tet.receivedThisMonth).toBe(total);
    // Acknowledged after 3 h (the lamp), and at once (the duplicate): the median bucket holds 0 h.
    expect(tet.medianAckHours).toBeGreaterThanOrEqual(0);
    expect(tet.medianAckHours).toBeLessThan(3.5);
    expect(tet.resolvedOnTimeShare).toBe(100);
    expect(tet.topCategories[0]!.code).toBe('lighting');
    const overview = await h.anon().network.overview();
    expect(overview.communes.find((c) => c.slug === 'tetouan')!.figures.complaintsTotal).toBe(total);
    expect(figures.find((f) => f.commune === 'asilah')!.total).toBe(0);
  });
});

describe('owner proof: a code is not ownership', () => {
  const auditOf = (targetId: string, action: string) =>
    h.handle.db
      .selectFrom('auditLog')
      .select(['actorId', 'data'])
      .where('targetId', '=', targetId)
      .where('action', '=', action)
      .execute();
  /** A complaint its agent has resolved, ready to be reopened or rated. */
  const resolved = async (by: ReturnType<typeof h.anon> = h.anon(), extra: Record<string, unknown> = {}) => {
    const agent = await h.user(`resolver.${Math.random().toString(36).slice(2)}@example.ma`, ['tetouan:agent']);
    const r = await by.complaints.submit({ ...submission(), ...extra });
    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id: r.id,
      to: 'resolved',
      publicNote: 'Lamp replaced.',
    });
    return { ...r, agent };
  };
  const otherSecret = (s: string) => (s === 'ABCD-EFGH' ? 'ABCD-EFGJ' : 'ABCD-EFGH');
  /** `n` different secrets, none of them `s`. */
  const wrongSecrets = (s: string, n: number) =>
    [...'23456789ABCDEFGHJK']
      .map((ch) => `WXYZ-WXY${ch}`)
      .filter((x) => x !== s)
      .slice(0, n);

  it('hands out a secret at intake, printed form, and keeps only a salted hash', async () => {
    const r = await h.anon().complaints.submit(submission());
    expect(r.secret).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(r.receiptPath).toBe(`/receipts/${r.code}.pdf?s=${r.secret}`);
    const row = await h.handle.db
      .selectFrom('complaints')
      .select('ownerSecretHash')
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row.ownerSecretHash).toMatch(/^[\w-]{22}\.[\w-]{43}$/);
    expect(row.ownerSecretHash).not.toContain(r.secret.replace('-', ''));
    // Two complaints never share a salt, even with equal secrets.
    const other = await h.handle.db
      .selectFrom('complaints')
      .select('ownerSecretHash')
      .where('id', '!=', r.id)
      .where('ownerSecretHash', 'is not', null)
      .execute();
    expect(other.every((o) => o.ownerSecretHash!.split('.')[0] !== row.ownerSecretHash!.split('.')[0])).toBe(true);
    // Staff never see the hash.
    const agent = await h.user('hash.reader@example.ma', ['tetouan:agent']);
    expect(JSON.stringify(await agent.caller.complaints.detail({ commune: 'tetouan', id: r.id }))).not.toContain(
      row.ownerSecretHash!,
    );
  });

  it('refuses a stranger with only the code: no reopening, no rating, nothing changed, with the reason', async () => {
    const c = await resolved();
    const stranger = await h.user('stranger@example.ma');
    for (const caller of [h.anon(), stranger.caller]) {
      await expect(
        caller.complaints.reopen({ code: c.code, reason: 'Reopened by someone else.' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { reason: 'owner_proof_required' } });
      await expect(caller.complaints.rate({ code: c.code, rating: 1 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        cause: { reason: 'owner_proof_required' },
      });
    }
    await expect(
      h.anon().complaints.reopen({ code: c.code, secret: otherSecret(c.secret), reason: 'A guess.' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { reason: 'wrong_secret' } });
    await expect(h.anon().complaints.rate({ code: c.code, secret: 'nope', rating: 1 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { issues: [{ path: ['secret'] }] },
    });
    const t = await h.anon().complaints.track({ code: c.code });
    expect(t).toMatchObject({ stage: 'resolved', owner: false, rating: null });
    expect(t.timeline.map((e) => e.kind)).toEqual(['submitted', 'stage_changed']);
    const row = await h.handle.db
      .selectFrom('complaints')
      .select(['rating', 'reopenCount'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ rating: null, reopenCount: 0 });
  });

  it('lets the owner reopen with the secret; the reason waits for staff before the public reads it', async () => {
    const c = await resolved();
    // Typed by hand: lower case, no dash, spaces.
    const typed = ` ${c.secret.toLowerCase().replace('-', ' ')} `;
    const done = await h
      .anon()
      .complaints.reopen({ code: c.code, secret: typed, reason: 'It went off again, number 12 side.' });
    expect(done.stage).toBe('processing');
    expect(await auditOf(c.id, 'complaint.reopened')).toEqual([
      { actorId: null, data: { code: c.code, from: 'resolved', actorKind: 'receipt' } },
    ]);

    const pub = await h.anon().complaints.track({ code: c.code });
    expect(pub.stage).toBe('processing');
    const reopened = pub.timeline.find((e) => e.kind === 'reopened')!;
    expect(reopened).toMatchObject({ note: null, citizenText: null, citizenTextStatus: null });
    expect(JSON.stringify(pub)).not.toContain('number 12 side');
    const own = await h.anon().complaints.track({ code: c.code, secret: c.secret });
    expect(own.owner).toBe(true);
    expect(own.timeline.find((e) => e.kind === 'reopened')).toMatchObject({
      note: null,
      citizenText: 'It went off again, number 12 side.',
      citizenTextStatus: 'pending',
    });

    const detail = await c.agent.caller.complaints.detail({ commune: 'tetouan', id: c.id });
    expect(detail.pendingCitizenText).toEqual([
      {
        entryId: expect.any(String),
        at: expect.any(Date),
        kind: 'reopened',
        text: 'It went off again, number 12 side.',
      },
    ]);
    const entryId = detail.pendingCitizenText[0]!.entryId;
    const asilah = await h.user('asilah.reviewer@example.ma', ['asilah:agent']);
    await expect(
      asilah.caller.complaints.reviewCitizenText({ commune: 'tetouan', id: c.id, entryId, publish: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      c.agent.caller.complaints.reviewCitizenText({
        commune: 'tetouan',
        id: c.id,
        entryId: detail.timeline[0]!.id,
        publish: true,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { reason: 'unknown_entry' } });
    expect(
      await c.agent.caller.complaints.reviewCitizenText({ commune: 'tetouan', id: c.id, entryId, publish: true }),
    ).toMatchObject({ status: 'published' });
    await expect(
      c.agent.caller.complaints.reviewCitizenText({ commune: 'tetouan', id: c.id, entryId, publish: false }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { reason: 'already_reviewed' } });
    expect((await h.anon().complaints.track({ code: c.code })).timeline.find((e) => e.kind === 'reopened')!.note).toBe(
      'It went off again, number 12 side.',
    );
    expect((await c.agent.caller.complaints.detail({ commune: 'tetouan', id: c.id })).pendingCitizenText).toEqual([]);
    expect(await auditOf(c.id, 'complaint.citizen_text_reviewed')).toEqual([
      { actorId: c.agent.id, data: { code: c.code, entryId, kind: 'reopened', status: 'published' } },
    ]);
  });

  it('lets the owner rate with the secret; only the owner sees the rating, a rejected comment is never public', async () => {
    const c = await resolved();
    await h
      .anon()
      .complaints.rate({ code: c.code, secret: c.secret, rating: 2, comment: 'Slow, and my street is still dark.' });
    expect(await auditOf(c.id, 'complaint.rated')).toEqual([
      { actorId: null, data: { code: c.code, rating: 2, comment: true, actorKind: 'receipt' } },
    ]);
    const pub = await h.anon().complaints.track({ code: c.code });
    expect(pub.rating).toBeNull();
    expect(JSON.stringify(pub)).not.toContain('still dark');
    expect((await h.anon().complaints.track({ code: c.code, secret: c.secret })).rating).toBe(2);
    // The stranger of the issue cannot overwrite it.
    await expect(h.anon().complaints.rate({ code: c.code, rating: 1 })).rejects.toMatchObject({
      cause: { reason: 'owner_proof_required' },
    });
    const { pendingCitizenText } = await c.agent.caller.complaints.detail({ commune: 'tetouan', id: c.id });
    expect(pendingCitizenText.map((p) => [p.kind, p.text])).toEqual([['rated', 'Slow, and my street is still dark.']]);
    await c.agent.caller.complaints.reviewCitizenText({
      commune: 'tetouan',
      id: c.id,
      entryId: pendingCitizenText[0]!.entryId,
      publish: false,
    });
    expect(JSON.stringify(await h.anon().complaints.track({ code: c.code }))).not.toContain('still dark');
    expect(
      (await h.anon().complaints.track({ code: c.code, secret: c.secret })).timeline.find((e) => e.kind === 'rated'),
    ).toMatchObject({ citizenTextStatus: 'rejected', note: null });
    const row = await h.handle.db
      .selectFrom('complaints')
      .select(['rating', 'ratingComment'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ rating: 2, ratingComment: 'Slow, and my street is still dark.' });
  });

  it('lets the author act signed in without the secret; another account needs the secret', async () => {
    const author = await h.user('author.owner@example.ma');
    const c = await resolved(author.caller);
    expect((await author.caller.complaints.mine()).map((m) => m.code)).toContain(c.code);
    expect((await author.caller.complaints.track({ code: c.code })).owner).toBe(true);
    await author.caller.complaints.rate({ code: c.code, rating: 5 });
    expect(await auditOf(c.id, 'complaint.rated')).toEqual([
      { actorId: author.id, data: { code: c.code, rating: 5, comment: false, actorKind: 'account' } },
    ]);
    const relative = await h.user('relative.owner@example.ma');
    await expect(
      relative.caller.complaints.reopen({ code: c.code, reason: 'Not fixed at all.' }),
    ).rejects.toMatchObject({ cause: { reason: 'owner_proof_required' } });
    await relative.caller.complaints.reopen({ code: c.code, secret: c.secret, reason: 'Not fixed at all.' });
    expect(await auditOf(c.id, 'complaint.reopened')).toEqual([
      { actorId: relative.id, data: { code: c.code, from: 'resolved', actorKind: 'receipt' } },
    ]);
    // A citizen's account never shows as a staff name on the public timeline.
    expect((await h.anon().complaints.track({ code: c.code })).timeline.every((e) => e.actorName === null)).toBe(true);
  });

  it('limits wrong secrets per case: 5 per 15 minutes, then even the right one waits', async () => {
    const c = await resolved();
    const other = await resolved();
    const wrong = wrongSecrets(c.secret, 7);
    // Tracking with a wrong secret is not a free oracle: it counts too.
    expect(await h.anon().complaints.track({ code: c.code, secret: wrong[0] })).toMatchObject({
      owner: false,
      secretError: 'wrong_secret',
      description: null,
    });
    const guesses = await Promise.all(
      wrong.slice(1).map((secret) =>
        h
          .anon()
          .complaints.rate({ code: c.code, secret, rating: 1 })
          .catch((e) => e.cause.reason),
      ),
    );
    expect(guesses.filter((r) => r === 'wrong_secret')).toHaveLength(4);
    expect(guesses.filter((r) => r === 'too_many_attempts')).toHaveLength(2);
    await expect(
      h.anon().complaints.reopen({ code: c.code, secret: c.secret, reason: 'The owner, too late.' }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', cause: { reason: 'too_many_attempts' } });
    expect(await h.anon().complaints.track({ code: c.code, secret: c.secret })).toMatchObject({
      owner: false,
      secretError: 'too_many_attempts',
    });
    // The author's account is not affected, nor is another case.
    await h.anon().complaints.rate({ code: other.code, secret: other.secret, rating: 4 });
    h.clock.advance(16 * 60_000);
    await h.anon().complaints.reopen({ code: c.code, secret: c.secret, reason: 'The owner, after the wait.' });
    expect((await h.anon().complaints.track({ code: c.code })).stage).toBe('processing');
  });

  it('counts a repeated wrong secret once: a device refreshing with a mistyped secret does not lock the owner out', async () => {
    const c = await resolved();
    const [typo] = wrongSecrets(c.secret, 1);
    for (let i = 0; i < 10; i++)
      expect((await h.anon().complaints.track({ code: c.code, secret: typo })).secretError).toBe('wrong_secret');
    await expect(h.anon().complaints.rate({ code: c.code, secret: typo, rating: 3 })).rejects.toMatchObject({
      cause: { reason: 'wrong_secret' },
    });
    await h.anon().complaints.rate({ code: c.code, secret: c.secret, rating: 3 });
    expect((await h.anon().complaints.track({ code: c.code, secret: c.secret })).rating).toBe(3);
  });

  it('gives a working secret on an idempotent replay, and the first one keeps working', async () => {
    const key = 'replay-secret-0001';
    const first = await h.anon().complaints.submit({ ...submission(), idempotencyKey: key });
    const again = await h.anon().complaints.submit({ ...submission(), idempotencyKey: key });
    expect(again.code).toBe(first.code);
    expect(again.secret).not.toBe(first.secret);
    for (const secret of [first.secret, again.secret])
      expect((await h.anon().complaints.track({ code: first.code, secret })).owner).toBe(true);
  });

  it('reads tracking codes forgivingly, with one schema for both case types', async () => {
    const c = await h.anon().complaints.submit(submission());
    const [, year, n] = c.code.split('-');
    for (const typed of [
      `tet ${year} ${Number(n)}`,
      `TET-${year}-${Number(n)}`,
      `tet-${year}-${n}`,
      `  tet.${year}.${n} `,
    ]) {
      expect((await h.anon().complaints.track({ code: typed })).code).toBe(c.code);
    }
    const bad = await h
      .anon()
      .complaints.track({ code: 'tet 2026' })
      .catch((e) => e);
    expect(bad).toMatchObject({
      code: 'BAD_REQUEST',
      cause: { issues: [{ path: ['code'], message: expect.stringMatching(/TET-2026-000081/) }] },
    });
    await expect(h.anon().complaints.track({ code: 'tet di 2026 81' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('keeps the description private unless the citizen publishes it, the address always; staff can hide a published one', async () => {
    const agent = await h.user('privacy.agent@example.ma', ['tetouan:agent']);
    const hidden = await h.anon().complaints.submit({
      ...submission(),
      description: 'Lamp broken in front of the home of Fatima.',
      address: '12 Rue Secrète',
    });
    const pub = await h.anon().complaints.track({ code: hidden.code });
    expect(pub).toMatchObject({ owner: false, description: null, address: null, publicDescription: false });
    expect(JSON.stringify(pub)).not.toMatch(/Fatima|Secrète/);
    expect(JSON.stringify(await h.anon().complaints.map({ commune: 'tetouan' }))).not.toMatch(
      /Fatima|Secrète|street lamp in front/,
    );
    expect(await h.anon().complaints.track({ code: hidden.code, secret: hidden.secret })).toMatchObject({
      owner: true,
      description: 'Lamp broken in front of the home of Fatima.',
      address: '12 Rue Secrète',
    });
    expect(await agent.caller.complaints.detail({ commune: 'tetouan', id: hidden.id })).toMatchObject({
      description: 'Lamp broken in front of the home of Fatima.',
      address: '12 Rue Secrète',
      publicDescription: false,
    });
    await expect(
      agent.caller.complaints.redactDescription({ commune: 'tetouan', id: hidden.id, reason: 'Names a person.' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { reason: 'not_public' } });

    const shown = await h.anon().complaints.submit({
      ...submission(),
      description: 'Lamp broken, call me on 0600112233.',
      address: '14 Rue Publique',
      publicDescription: true,
    });
    expect(await h.anon().complaints.track({ code: shown.code })).toMatchObject({
      description: 'Lamp broken, call me on 0600112233.',
      address: null,
      descriptionRedacted: false,
    });
    const asilah = await h.user('asilah.redactor@example.ma', ['asilah:agent']);
    await expect(
      asilah.caller.complaints.redactDescription({ commune: 'tetouan', id: shown.id, reason: 'A phone number.' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      agent.caller.complaints.redactDescription({ commune: 'tetouan', id: shown.id, reason: '' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { issues: [{ path: ['reason'] }] } });
    expect(
      await agent.caller.complaints.redactDescription({ commune: 'tetouan', id: shown.id, reason: 'A phone number.' }),
    ).toEqual({ code: shown.code, redacted: true });
    expect(await h.anon().complaints.track({ code: shown.code })).toMatchObject({
      description: null,
      descriptionRedacted: true,
    });
    expect((await h.anon().complaints.track({ code: shown.code, secret: shown.secret })).description).toBe(
      'Lamp broken, call me on 0600112233.',
    );
    await expect(
      agent.caller.complaints.redactDescription({ commune: 'tetouan', id: shown.id, reason: 'Again.' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { reason: 'already_redacted' } });
    expect(await auditOf(shown.id, 'complaint.description_redacted')).toEqual([
      { actorId: agent.id, data: { code: shown.code, reason: 'A phone number.' } },
    ]);

    // The counter records the citizen's choice.
    const paper = await agent.caller.complaints.register({
      commune: 'tetouan',
      channel: 'paper',
      categoryId,
      description: 'Letter about the dark street.',
      address: 'Rue 9',
      replyChannel: 'paper',
      publicDescription: true,
    });
    expect(paper.secret).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect((await h.anon().complaints.track({ code: paper.code })).description).toBe('Letter about the dark street.');
  });
});
