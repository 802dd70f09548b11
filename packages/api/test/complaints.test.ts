import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const h = useHarness();
let photo: string;
let categoryId: string;
let asilahCategory: string;

const countRows = async (table: 'complaints' | 'files' | 'complaintAttachments') =>
  (await h.handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

beforeAll(async () => {
  // A JPEG that carries EXIF with GPS, as phones send them.
  photo = (
    await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#7a9' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneCo', Model: 'Cheap 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 34/1 42/1' } })
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
    const file = await h.handle.db.selectFrom('files').select(['bytes', 'mime', 'width']).where('mime', '=', 'image/jpeg').executeTakeFirstOrThrow();
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
    const e1 = await h.anon().complaints.submit({ ...submission(), photos: [{ dataBase64: photo }, { dataBase64: notImage }] }).catch((e) => e);
    expect(e1.code).toBe('BAD_REQUEST');
    expect(e1.cause.field).toBe('photos.1');
    const big = Buffer.alloc(9 * 1024 * 1024, 1).toString('base64');
    const e2 = await h.anon().complaints.submit({ ...submission(), photos: [{ dataBase64: big }] }).catch((e) => e);
    expect(e2.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(e2.cause.issues)).toMatch(/larger than 8 MB/);
    const four = Array.from({ length: 4 }, () => ({ dataBase64: photo }));
    const e3 = await h.anon().complaints.submit({ ...submission(), photos: four }).catch((e) => e);
    expect(JSON.stringify(e3.cause.issues)).toMatch(/at most 3 photos/);
    expect(await Promise.all([countRows('complaints'), countRows('files')])).toEqual(before);
  });

  it('requires a place and a contact matching the chosen channel', async () => {
    const { location: _l, ...noWhere } = submission();
    const e = await h.anon().complaints.submit(noWhere).catch((x) => x);
    expect(e.cause.issues[0].path).toEqual(['location']);
    const e2 = await h.anon().complaints.submit({ ...submission(), replyChannel: 'email' }).catch((x) => x);
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
  });

  it('moves through the stages with a public timeline that hides internal notes and staff names', async () => {
    const agent = await h.user('lamp.agent@example.ma', ['tetouan:agent']);
    const asilah = await h.user('asilah.agent@example.ma', ['asilah:agent']);
    const { code, id, secret } = await h.anon().complaints.submit({ ...submission(), contact: { phone: '+212 600 000 000' }, replyChannel: 'sms' });
    await expect(asilah.caller.complaints.detail({ commune: 'tetouan', id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(asilah.caller.complaints.detail({ commune: 'asilah', id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const queue = await agent.caller.complaints.queue({ commune: 'tetouan', stage: 'received' });
    expect(queue.items.some((i) => i.code === code)).toBe(true);
    h.clock.advance(3 * 3_600_000);
    const dept = (await agent.caller.staff.overview({ commune: 'tetouan' })).departments.find((d) => d.code === 'roads-lighting')!;
    await agent.caller.complaints.assign({ commune: 'tetouan', id, departmentId: dept.id, publicNote: 'Sent to the lighting team.', internalNote: 'Call Said at the depot' });
    await expect(agent.caller.complaints.transition({ commune: 'tetouan', id, to: 'rejected' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await agent.caller.complaints.transition({ commune: 'tetouan', id, to: 'final', publicNote: 'Repair scheduled for Monday.' });
    await agent.caller.complaints.transition({ commune: 'tetouan', id, to: 'resolved', publicNote: 'The lamp was replaced.' });
    await expect(agent.caller.complaints.transition({ commune: 'tetouan', id, to: 'final' })).rejects.toMatchObject({ code: 'CONFLICT' });
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
    await expect(h.anon().complaints.reopen({ code, secret, reason: 'Still broken.' })).rejects.toMatchObject({ code: 'CONFLICT' });
    h.clock.advance(-31 * 86_400_000 - 3 * 3_600_000);
  });

  it('links a duplicate to its original and registers counter complaints with scans', async () => {
    const agent = await h.user('counter.agent@example.ma', ['tetouan:agent']);
    const original = await h.anon().complaints.submit(submission());
    const copy = await h.anon().complaints.submit(submission());
    await agent.caller.complaints.transition({ commune: 'tetouan', id: copy.id, to: 'duplicate', duplicateOf: original.code });
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
    const phone = await agent.caller.complaints.register({ commune: 'tetouan', channel: 'phone', categoryId, description: 'Phone call about a broken street lamp.', address: 'Rue 7', replyChannel: 'paper' });
    for (const c of [paper, phone]) {
      const rows = await h.handle.db.selectFrom('auditLog').select(['action', 'actorId']).where('targetId', '=', c.id).execute();
      expect(rows).toEqual([{ action: 'complaint.registered', actorId: agent.id }]);
    }
    expect(await h.handle.db.selectFrom('auditLog').select('id').where('targetId', '=', copy.id).where('action', '=', 'complaint.registered').execute()).toEqual([]);
    const asilahAgent = await h.user('asilah2@example.ma', ['asilah:agent']);
    await expect(
      asilahAgent.caller.complaints.register({ commune: 'tetouan', channel: 'phone', categoryId, description: 'Phone call about noise.', address: 'x y z', replyChannel: 'paper' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      asilahAgent.caller.complaints.register({ commune: 'asilah', channel: 'phone', categoryId, description: 'Category of another commune', address: 'x y z', replyChannel: 'paper' }),
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
