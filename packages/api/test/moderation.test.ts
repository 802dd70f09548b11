import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { attachmentForViewer } from '../src/moderation/service';
import { useHarness, withCommuneSettings } from './harness';

const h = useHarness();
let photo: string;

beforeAll(async () => {
  photo = (
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
      .jpeg()
      .toBuffer()
  ).toString('base64');
});

/** A complaint with one photo in `commune`; returns its code, id and the photo's id. */
async function complaintWithPhoto(commune: string) {
  const categoryId = (await h.anon().complaints.categories({ commune }))[0]!.id;
  const r = await h.anon().complaints.submit({
    commune,
    categoryId,
    description: 'Rubbish dumped on the pavement next to the market.',
    address: 'Market street',
    photos: [{ dataBase64: photo }],
  });
  const [photoId] = (await h.anon().complaints.track({ code: r.code })).photos.map((p) => p.id);
  return { code: r.code, id: r.id, photoId: photoId! };
}

/** Anonymous reporters are told apart by their network address. */
const from = (n: number) => h.anon(`203.0.113.${n}`);
const auditOf = (targetId: string) =>
  h.handle.db
    .selectFrom('auditLog')
    .select(['action', 'actorId', 'data'])
    .where('targetId', '=', targetId)
    .orderBy('createdAt')
    .execute();

describe('photo reports and moderation', () => {
  it('hides a photo once three distinct reporters (two accounts, one network address) report it', async () => {
    const { code, id, photoId } = await complaintWithPhoto('tetouan');
    const publish = vi.spyOn(h.events, 'publish');
    const alice = await h.user('alice.reporter@example.ma');
    const bob = await h.user('bob.reporter@example.ma');

    expect(
      await alice.caller.photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'offensive' }),
    ).toEqual({ alreadyReported: false, hidden: false });
    // The same account twice counts once, whatever address it reports from.
    expect(
      await (await h.as(alice.token)).photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' }),
    ).toEqual({ alreadyReported: true, hidden: false });
    await from(1).photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'personal_data' });
    // The same address twice counts once, whatever device id the client makes up (it is ignored now).
    expect(
      (
        await from(1).photos.report({
          commune: 'tetouan',
          attachmentId: photoId,
          reason: 'personal_data',
          deviceId: 'device-2-abcdefghijklmnop',
        } as never)
      ).alreadyReported,
    ).toBe(true);
    expect((await h.anon().complaints.track({ code })).photos).toHaveLength(1);
    expect(publish).not.toHaveBeenCalledWith(expect.objectContaining({ kind: 'image.hidden' }));

    expect(await bob.caller.photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'offensive' })).toEqual({
      alreadyReported: false,
      hidden: true,
    });
    const t = await h.anon().complaints.track({ code });
    expect(t.photos).toHaveLength(0);
    expect(t.stage).toBe('received');
    expect(t.timeline.map((e) => e.kind)).toEqual(['submitted', 'photo_hidden']);
    expect(publish).toHaveBeenCalledWith({
      kind: 'image.hidden',
      commune: 'tetouan',
      data: { code, attachmentId: photoId },
    });
    publish.mockRestore();

    const row = await h.handle.db
      .selectFrom('complaintAttachments')
      .select(['state', 'reportCount', 'hiddenAt'])
      .where('id', '=', photoId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'hidden', reportCount: 3 });
    expect(row.hiddenAt).toEqual(h.clock.now());
    // Only a hash of the address (salted with the photo's id) is kept.
    const keys = (
      await h.handle.db.selectFrom('photoReports').select('reporterKey').where('attachmentId', '=', photoId).execute()
    ).map((r) => r.reporterKey);
    expect(keys.filter((k) => k.startsWith('address:'))).toEqual([expect.stringMatching(/^address:[0-9a-f]{64}$/)]);
    expect(keys.join()).not.toContain('203.0.113');
    expect((await auditOf(photoId)).map((a) => a.action).sort()).toEqual([
      'photo.hidden',
      'photo.reported',
      'photo.reported',
      'photo.reported',
    ]);

    // Staff still see it (moderation queue, complaint detail); the public does not.
    expect(await attachmentForViewer(h.deps, 'tetouan', photoId, 'full', null)).toBeNull();
    const agent = await h.user('agent.files@example.ma', ['tetouan:agent']);
    expect((await attachmentForViewer(h.deps, 'tetouan', photoId, 'thumb', { userId: agent.id }))?.mime).toBe(
      'image/webp',
    );
    expect((await agent.caller.complaints.detail({ commune: 'tetouan', id })).attachments[0]!.state).toBe('hidden');
  });

  it('needs a network address from anonymous reporters and refuses scans or unknown photos', async () => {
    const { photoId } = await complaintWithPhoto('tetouan');
    await expect(
      h.anon().photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      from(2).photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'rude' as 'spam' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // A Tetouan photo cannot be reported through another commune.
    await expect(
      from(2).photos.report({ commune: 'asilah', attachmentId: photoId, reason: 'spam' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('crosses the threshold once when reports arrive at the same time', async () => {
    const { photoId } = await complaintWithPhoto('tetouan');
    const publish = vi.spyOn(h.events, 'publish');
    await Promise.all(
      [20, 21, 22, 23, 23].map((n) =>
        from(n).photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' }),
      ),
    );
    const row = await h.handle.db
      .selectFrom('complaintAttachments')
      .select(['state', 'reportCount'])
      .where('id', '=', photoId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'hidden', reportCount: 4 });
    expect((await auditOf(photoId)).filter((a) => a.action === 'photo.hidden')).toHaveLength(1);
    expect(publish.mock.calls.filter(([e]) => e.kind === 'image.hidden')).toHaveLength(1);
    publish.mockRestore();
  });

  it('takes the threshold from the commune settings', async () => {
    await withCommuneSettings(h.handle.db, 'mdiq', { complaints: { reportThreshold: 2 } }, async () => {
      const { code, photoId } = await complaintWithPhoto('mdiq');
      await from(3).photos.report({ commune: 'mdiq', attachmentId: photoId, reason: 'unrelated' });
      expect((await h.anon().complaints.track({ code })).photos).toHaveLength(1);
      const second = await from(4).photos.report({ commune: 'mdiq', attachmentId: photoId, reason: 'unrelated' });
      expect(second.hidden).toBe(true);
      expect((await h.anon().complaints.track({ code })).photos).toHaveLength(0);
    });
  });

  it('lets a Tetouan moderator restore, dismiss and confirm, and refuses other communes', async () => {
    const { code, photoId } = await complaintWithPhoto('tetouan');
    const moderator = await h.user('mod.tet@example.ma', ['tetouan:moderator']);
    const asilahMod = await h.user('mod.asi@example.ma', ['asilah:moderator']);
    const agent = await h.user('agent.mod@example.ma', ['tetouan:agent']);
    for (const n of [10, 11, 12])
      await from(n).photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'offensive' });
    expect((await h.anon().complaints.track({ code })).photos).toHaveLength(0);

    const queue = await moderator.caller.moderation.queue({ commune: 'tetouan' });
    const item = queue.items.find((i) => i.attachmentId === photoId)!;
    expect(queue.threshold).toBe(3);
    expect(item).toMatchObject({
      code,
      state: 'hidden',
      reportCount: 3,
      reasons: { offensive: 3 },
      thumbUrl: `/files/tetouan/${photoId}?size=thumb`,
    });

    // Tenancy: another commune's moderator is refused; through their own commune the id does not exist.
    await expect(
      asilahMod.caller.moderation.restore({ commune: 'tetouan', attachmentId: photoId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      asilahMod.caller.moderation.restore({ commune: 'asilah', attachmentId: photoId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(asilahMod.caller.moderation.queue({ commune: 'tetouan' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(agent.caller.moderation.confirm({ commune: 'tetouan', attachmentId: photoId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.anon().moderation.queue({ commune: 'tetouan' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    h.clock.advance(60_000);
    const publish = vi.spyOn(h.events, 'publish');
    expect(
      await moderator.caller.moderation.restore({
        commune: 'tetouan',
        attachmentId: photoId,
        note: 'A street, no person in it.',
      }),
    ).toMatchObject({ state: 'visible' });
    expect(publish).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'image.restored', data: { code, attachmentId: photoId } }),
    );
    publish.mockRestore();
    const t = await h.anon().complaints.track({ code });
    expect(t.photos.map((p) => p.id)).toEqual([photoId]);
    expect(t.timeline.map((e) => e.kind)).toEqual(['submitted', 'photo_hidden', 'photo_restored']);
    expect(JSON.stringify(t)).not.toContain('no person in it');
    await expect(
      moderator.caller.moderation.restore({ commune: 'tetouan', attachmentId: photoId }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(
      (await moderator.caller.moderation.queue({ commune: 'tetouan' })).items.some((i) => i.attachmentId === photoId),
    ).toBe(false);

    // The count restarted: earlier reporters stay counted once (no-op), new ones count again.
    expect(
      (await from(10).photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'offensive' }))
        .alreadyReported,
    ).toBe(true);
    h.clock.advance(60_000);
    await from(13).photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' });
    const again = (await moderator.caller.moderation.queue({ commune: 'tetouan' })).items.find(
      (i) => i.attachmentId === photoId,
    )!;
    expect(again).toMatchObject({ state: 'visible', reportCount: 1, reasons: { spam: 1 } });
    await moderator.caller.moderation.unreport({ commune: 'tetouan', attachmentId: photoId });
    expect(
      (await moderator.caller.moderation.queue({ commune: 'tetouan' })).items.some((i) => i.attachmentId === photoId),
    ).toBe(false);

    // Confirmed: removed for good — not public, not for agents, only for moderators.
    await moderator.caller.moderation.confirm({ commune: 'tetouan', attachmentId: photoId, note: 'Shows a face.' });
    expect((await h.anon().complaints.track({ code })).photos).toHaveLength(0);
    await expect(
      from(14).photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      moderator.caller.moderation.restore({ commune: 'tetouan', attachmentId: photoId }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await attachmentForViewer(h.deps, 'tetouan', photoId, 'full', { userId: agent.id })).toBeNull();
    expect(await attachmentForViewer(h.deps, 'tetouan', photoId, 'full', { userId: asilahMod.id })).toBeNull();
    expect((await attachmentForViewer(h.deps, 'tetouan', photoId, 'full', { userId: moderator.id }))?.mime).toBe(
      'image/jpeg',
    );

    const audit = await auditOf(photoId);
    const decisions = audit.filter((a) => a.actorId === moderator.id);
    expect(decisions.map((a) => a.action)).toEqual(['photo.restored', 'photo.unreported', 'photo.removed']);
    expect(decisions[0]!.data).toMatchObject({
      note: 'A street, no person in it.',
      before: { state: 'hidden', reportCount: 3 },
      after: { state: 'visible', reportCount: 0 },
    });
    expect(decisions[2]!.data).toMatchObject({ before: { state: 'visible' }, after: { state: 'removed' } });
  });
  it('counts anonymous reporters once per address, limits them, and after a restore counts only new reporters', async () => {
    const { code, photoId } = await complaintWithPhoto('tetouan');
    const moderator = await h.user('mod.count@example.ma', ['tetouan:moderator']);
    const carol = await h.user('carol.reporter@example.ma');
    // The attack of the issue: three made-up device ids from one browser.
    for (const n of [1, 2, 3]) {
      await h.anon('198.51.100.7').photos.report({
        commune: 'tetouan',
        attachmentId: photoId,
        reason: 'spam',
        deviceId: `made-up-device-${n}-xxxxxxxx`,
      } as never);
    }
    // An IPv6 subscriber's whole /64 is one reporter too.
    await h.anon('2001:db8:5:6::1').photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' });
    expect(
      (
        await h
          .anon('2001:db8:5:6:ffff::9')
          .photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' })
      ).alreadyReported,
    ).toBe(true);
    expect((await h.anon().complaints.track({ code })).photos).toHaveLength(1);
    await carol.caller.photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'offensive' });
    const item = (await moderator.caller.moderation.queue({ commune: 'tetouan' })).items.find(
      (i) => i.attachmentId === photoId,
    )!;
    expect(item).toMatchObject({ state: 'hidden', reportCount: 3, reporters: { accounts: 1, anonymous: 2 } });

    // Restored: the same people (address or account) cannot hide it again; only new reporters count.
    h.clock.advance(60_000);
    await moderator.caller.moderation.restore({ commune: 'tetouan', attachmentId: photoId });
    h.clock.advance(60_000);
    expect(
      (
        await h.anon('198.51.100.7').photos.report({
          commune: 'tetouan',
          attachmentId: photoId,
          reason: 'spam',
          deviceId: 'brand-new-device-xxxxxxxxx',
        } as never)
      ).alreadyReported,
    ).toBe(true);
    expect(
      (await carol.caller.photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' })).alreadyReported,
    ).toBe(true);
    expect(
      (await h.anon('2001:db8:5:6::2').photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' }))
        .alreadyReported,
    ).toBe(true);
    expect((await h.anon().complaints.track({ code })).photos).toHaveLength(1);
    await h.anon('198.51.100.8').photos.report({ commune: 'tetouan', attachmentId: photoId, reason: 'spam' });
    const after = (await moderator.caller.moderation.queue({ commune: 'tetouan' })).items.find(
      (i) => i.attachmentId === photoId,
    )!;
    expect(after).toMatchObject({ state: 'visible', reportCount: 1, reporters: { accounts: 0, anonymous: 1 } });

    // Anonymous reports are limited per address over all photos; an account is not.
    const photos = [photoId];
    for (let i = 0; i < 4; i++) photos.push((await complaintWithPhoto('tetouan')).photoId);
    const spammer = h.anon('192.0.2.99');
    let refused = 0;
    for (let i = 0; i < 12; i++) {
      await spammer.photos
        .report({ commune: 'tetouan', attachmentId: photos[i % photos.length]!, reason: 'spam' })
        .catch((e: { code: string; data?: { reason?: string } }) => {
          expect(e).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
          refused++;
        });
    }
    expect(refused).toBe(12 - 10);
    // An hour later the address gets its slots back.
    h.clock.advance(3_600_000);
    await expect(
      spammer.photos.report({ commune: 'tetouan', attachmentId: photos[4]!, reason: 'spam' }),
    ).resolves.toMatchObject({ alreadyReported: true });
  });

  it('tells the photo’s author (the complaint’s contacts) and the accounts that reported it of each outcome', async () => {
    const categoryId = (await h.anon().complaints.categories({ commune: 'tetouan' }))[0]!.id;
    const r = await h.anon().complaints.submit({
      commune: 'tetouan',
      categoryId,
      description: 'Rubbish dumped on the pavement next to the market.',
      address: 'Market street',
      contact: { email: 'photo.author@example.ma', phone: '0661234500' },
      photos: [{ dataBase64: photo }],
    });
    const [photoId] = (await h.anon().complaints.track({ code: r.code })).photos.map((p) => p.id);
    const moderator = await h.user('mod.notices@example.ma', ['tetouan:moderator']);
    const reporters = await Promise.all(['rep.one@example.ma', 'rep.two@example.ma'].map((e) => h.user(e)));
    const noticesOf = async (template: string) =>
      (
        await h.handle.db
          .selectFrom('notifications')
          .select(['channel', 'recipient'])
          .where('template', '=', template)
          .where('subjectId', '=', r.id)
          .orderBy('channel')
          .orderBy('recipient')
          .execute()
      ).map((n) => `${n.channel}:${n.recipient}`);
    const inbox = async (caller: (typeof reporters)[number]['caller']) =>
      (await caller.notifications.inbox({ language: 'fr' })).items.map((i) => [i.template, i.text, i.href]);

    for (const rep of reporters)
      await rep.caller.photos.report({ commune: 'tetouan', attachmentId: photoId!, reason: 'offensive' });
    await from(40).photos.report({ commune: 'tetouan', attachmentId: photoId!, reason: 'offensive' });
    // Hidden at the threshold: the author hears, by every contact given; reporters hear nothing yet.
    expect(await noticesOf('photo.hidden')).toEqual(['email:photo.author@example.ma', 'sms:+212661234500']);

    // Restored: the author hears; the two account reporters hear the photo was kept (in-app and
    // email); the anonymous one has no contact.
    await moderator.caller.moderation.restore({ commune: 'tetouan', attachmentId: photoId! });
    expect(await noticesOf('photo.restored')).toEqual(['email:photo.author@example.ma', 'sms:+212661234500']);
    expect(await noticesOf('report.kept')).toEqual(['email:rep.one@example.ma', 'email:rep.two@example.ma']);
    expect(await inbox(reporters[0]!.caller)).toEqual([
      [
        'report.kept',
        `La photo que vous avez signalée sur la réclamation ${r.code} reste visible après examen`,
        `/tetouan/track/${r.code}`,
      ],
    ]);

    // A second report by an account counts nothing (one per account, ever); a new account
    // reports, then the photo is removed: only that reporter hears of this decision.
    h.clock.advance(60_000);
    expect(
      await reporters[1]!.caller.photos.report({ commune: 'tetouan', attachmentId: photoId!, reason: 'spam' }),
    ).toMatchObject({ alreadyReported: true });
    const third = await h.user('rep.three@example.ma');
    await third.caller.photos.report({ commune: 'tetouan', attachmentId: photoId!, reason: 'spam' });
    h.clock.advance(60_000);
    await moderator.caller.moderation.confirm({ commune: 'tetouan', attachmentId: photoId! });
    expect(await noticesOf('photo.removed')).toEqual(['email:photo.author@example.ma', 'sms:+212661234500']);
    expect(await noticesOf('report.removed')).toEqual(['email:rep.three@example.ma']);
    expect((await inbox(third.caller)).map((i) => i[0])).toEqual(['report.removed']);
  });
});
