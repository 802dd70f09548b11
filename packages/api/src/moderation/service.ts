import { createHash } from 'node:crypto';
import type { AttachmentState, Db, ReportReason } from '@shabaka/db';
import { recordAudit, type AuditAction } from '../audit';
import { findCommuneBySlug, rolesOf, type CommuneRow } from '../communes';
import { insertEvent, fileUrl, complaintSettings } from '../complaints';
import type { InnerContext } from '../context';
import { badRequest, conflict, notFound, tooManyRequests } from '../errors';
import { addressKey } from '../limits';
import { notifyAccounts, notifySubject } from '../notifications';
import * as repo from './repository';
import type { FileSize, ModerationInput, ReportInput } from './schemas';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events' | 'limits' | 'ip'>;

/** Anonymous reports one network address may make, over all photos: enough for honest use, not for a campaign. */
export const ANONYMOUS_REPORTS = { max: 10, windowMs: 3_600_000 };

/**
 * Who counts as one reporter: an account, or — without one — the network address the
 * HTTP layer saw (never a client-chosen id, which anyone can make up). The address is
 * kept only as a hash salted with the photo's id, so keys of two photos cannot be joined.
 */
function reporterKey(ctx: Ctx, userId: string | null, attachmentId: string) {
  if (userId) return `user:${userId}`;
  if (!ctx.ip)
    throw badRequest('address_required', 'Reporting without an account needs a network address.', 'attachmentId');
  return `address:${createHash('sha256')
    .update(`${attachmentId}:${addressKey(ctx.ip)}`)
    .digest('hex')}`;
}

const photoNotFound = () => notFound('unknown_photo', 'No such photo in this commune.');

/**
 * "This image will be hidden automatically once several people report it." In one
 * transaction under the attachment's row lock: the report, the count, and — when the
 * distinct reports reach the commune's threshold — the hiding, its audit entry and a
 * timeline entry on the complaint (so its author sees it on the tracking page).
 */
export async function report(ctx: Ctx, commune: CommuneRow, userId: string | null, input: ReportInput) {
  const key = reporterKey(ctx, userId, input.attachmentId);
  if (!userId) {
    const verdict = ctx.limits.hit(
      `photos.report:${addressKey(ctx.ip!)}`,
      ANONYMOUS_REPORTS.max,
      ANONYMOUS_REPORTS.windowMs,
      ctx.clock.now().getTime(),
    );
    if (!verdict.allowed)
      throw tooManyRequests('too_many_reports', 'Too many reports from this network; sign in or try again later.');
  }
  const { reportThreshold } = await complaintSettings(ctx.db, commune.id);
  const now = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const a = await repo.lockAttachment(trx, commune.id, input.attachmentId);
    // Only photos are public; scans and removed photos cannot be reported.
    if (!a || a.kind !== 'photo' || a.state === 'removed') throw photoNotFound();
    const inserted = await repo.insertReport(trx, {
      communeId: commune.id,
      attachmentId: a.id,
      reporterKey: key,
      reporterId: userId,
      reason: input.reason,
      createdAt: now,
    });
    if (!inserted) return { code: a.code, alreadyReported: true, hidden: a.state === 'hidden', hiddenNow: false };
    const reportCount = a.reportCount + 1;
    const hiddenNow = a.state === 'visible' && reportCount >= reportThreshold;
    await repo.updateAttachment(trx, commune.id, a.id, {
      reportCount,
      ...(hiddenNow ? { state: 'hidden', hiddenAt: now } : {}),
    });
    await recordAudit(trx, {
      communeId: commune.id,
      actorId: userId,
      action: 'photo.reported',
      targetType: 'attachment',
      targetId: a.id,
      data: { code: a.code, reason: input.reason, reporter: userId ? 'account' : 'anonymous', reportCount },
    });
    if (hiddenNow) {
      await recordAudit(trx, {
        communeId: commune.id,
        actorId: null,
        action: 'photo.hidden',
        targetType: 'attachment',
        targetId: a.id,
        data: {
          code: a.code,
          threshold: reportThreshold,
          before: { state: a.state, reportCount: a.reportCount },
          after: { state: 'hidden', reportCount },
        },
      });
      await insertEvent(trx, {
        communeId: commune.id,
        complaintId: a.complaintId,
        at: now,
        actorId: null,
        kind: 'photo_hidden',
        data: { attachmentId: a.id },
      });
      // Its author hears of it through the complaint's contacts (the only way to reach them).
      await notifySubject(trx, {
        communeId: commune.id,
        template: 'photo.hidden',
        params: { code: a.code },
        subject: { type: 'complaint', id: a.complaintId },
        now,
      });
    }
    return { code: a.code, alreadyReported: false, hidden: hiddenNow || a.state === 'hidden', hiddenNow };
  });
  if (result.hiddenNow) {
    ctx.events.publish({
      kind: 'image.hidden',
      commune: commune.slug,
      data: { code: result.code, attachmentId: input.attachmentId },
    });
  }
  return { alreadyReported: result.alreadyReported, hidden: result.hidden };
}

/** The moderation queue: hidden photos first, then visible photos with reports below the threshold. */
export async function queue(db: Db, commune: CommuneRow) {
  const { reportThreshold } = await complaintSettings(db, commune.id);
  const items = await repo.moderationQueue(db, commune.id);
  const reasons = await repo.reasonsOf(
    db,
    commune.id,
    items.map((i) => i.id),
  );
  return {
    threshold: reportThreshold,
    items: items.map((i) => {
      const mine = reasons.filter((r) => r.attachmentId === i.id);
      const last = mine.reduce<Date | null>((m, r) => (r.last && (!m || r.last > m) ? r.last : m), null);
      return {
        attachmentId: i.id,
        complaintId: i.complaintId,
        code: i.code,
        stage: i.stage,
        state: i.state,
        reportCount: i.reportCount,
        hiddenAt: i.hiddenAt,
        lastReportedAt: last,
        // Who reported since the last decision: accounts, or anonymous network addresses.
        reporters: {
          accounts: mine.reduce((n, r) => n + Number(r.fromAccounts), 0),
          anonymous: mine.reduce((n, r) => n + Number(r.n) - Number(r.fromAccounts), 0),
        },
        reasons: Object.fromEntries(mine.map((r) => [r.reason, r.n])) as Partial<Record<ReportReason, number>>,
        url: fileUrl(commune.slug, i.id, 'full'),
        thumbUrl: fileUrl(commune.slug, i.id, i.thumbFileId ? 'thumb' : 'full'),
      };
    }),
  };
}

type Action = 'restore' | 'confirm' | 'unreport';
/**
 * What each action needs and leaves, and who hears of it: the photo's author (the complaint's
 * contacts) when the photo comes back or goes for good, and the accounts that reported it
 * whether it was removed or kept.
 */
const ACTIONS: Record<
  Action,
  {
    from: AttachmentState[];
    to: AttachmentState;
    event: string;
    audit: AuditAction;
    published: string;
    author?: 'photo.restored' | 'photo.removed';
    reporters: 'report.removed' | 'report.kept';
  }
> = {
  // Report rows are kept (the history, and each reporter still counts once), but the
  // count restarts at 0: only reports made after the decision can hide it again.
  restore: {
    from: ['hidden'],
    to: 'visible',
    event: 'photo_restored',
    audit: 'photo.restored',
    published: 'image.restored',
    author: 'photo.restored',
    reporters: 'report.kept',
  },
  // Removed for good: never served publicly again, not even after new reports.
  confirm: {
    from: ['hidden', 'visible'],
    to: 'removed',
    event: 'photo_removed',
    audit: 'photo.removed',
    published: 'image.removed',
    author: 'photo.removed',
    reporters: 'report.removed',
  },
  // Dismisses the reports of a photo still visible (below the threshold).
  unreport: {
    from: ['visible'],
    to: 'visible',
    event: 'photo_reports_dismissed',
    audit: 'photo.unreported',
    published: 'image.unreported',
    reporters: 'report.kept',
  },
};

/** A moderator's decision on a photo: audited with before/after, on the complaint's timeline, published live. */
export async function moderate(ctx: Ctx, commune: CommuneRow, actorId: string, action: Action, input: ModerationInput) {
  const rule = ACTIONS[action];
  const now = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const a = await repo.lockAttachment(trx, commune.id, input.attachmentId);
    if (!a || a.kind !== 'photo') throw photoNotFound();
    if (!rule.from.includes(a.state)) {
      throw conflict('invalid_moderation', `A photo that is "${a.state}" cannot be given "${action}".`, 'attachmentId');
    }
    const after = { state: rule.to, reportCount: rule.to === 'removed' ? a.reportCount : 0 };
    await repo.updateAttachment(trx, commune.id, a.id, {
      ...after,
      ...(rule.to === 'visible' ? { hiddenAt: null } : {}),
      moderatedAt: now,
      moderatedBy: actorId,
    });
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: rule.audit,
      targetType: 'attachment',
      targetId: a.id,
      data: { code: a.code, note: input.note ?? null, before: { state: a.state, reportCount: a.reportCount }, after },
    });
    await insertEvent(trx, {
      communeId: commune.id,
      complaintId: a.complaintId,
      at: now,
      actorId,
      kind: rule.event,
      internalNote: input.note ?? null,
      data: { attachmentId: a.id },
    });
    const subject = { type: 'complaint', id: a.complaintId };
    if (rule.author) {
      await notifySubject(trx, {
        communeId: commune.id,
        template: rule.author,
        params: { code: a.code },
        subject,
        now,
      });
    }
    await notifyAccounts(trx, {
      communeId: commune.id,
      userIds: await repo.accountReportersSince(trx, commune.id, a.id, a.moderatedAt),
      template: rule.reporters,
      params: { code: a.code },
      subject,
      audience: 'citizen',
      now,
    });
    return { code: a.code, state: after.state };
  });
  ctx.events.publish({
    kind: rule.published,
    commune: commune.slug,
    data: { code: result.code, attachmentId: input.attachmentId },
  });
  return { attachmentId: input.attachmentId, ...result };
}

export interface ViewedFile {
  bytes: Buffer;
  mime: string;
  sha256: string;
  /** True when only staff may see it: the HTTP layer must not let shared caches keep it. */
  restricted: boolean;
}

/**
 * The bytes of an attachment for one viewer, or null. The public gets visible photos
 * only; staff handling complaints or moderating also get hidden photos and scans;
 * removed photos are for moderators alone.
 */
export async function attachmentForViewer(
  { db, access }: Pick<InnerContext, 'db' | 'access'>,
  communeSlug: string,
  attachmentId: string,
  size: FileSize,
  viewer: { userId: string } | null,
): Promise<ViewedFile | null> {
  const commune = await findCommuneBySlug(db, communeSlug);
  if (!commune) return null;
  const file = await repo.attachmentFile(db, commune.id, attachmentId, size);
  if (!file) return null;
  const open = { bytes: Buffer.from(file.bytes), mime: file.mime, sha256: file.sha256 };
  if (file.kind === 'photo' && file.state === 'visible' && !viewer) return { ...open, restricted: false };
  if (!viewer) return null;
  const roles = await rolesOf(db, commune.id, viewer.userId);
  const moderator = access.communeAllows('moderation:act', roles, []);
  const staff = moderator || access.communeAllows('complaints:process', roles, []);
  if (file.state === 'removed' ? moderator : staff) return { ...open, restricted: true };
  // Signed in without a role here: the same as the public.
  return file.kind === 'photo' && file.state === 'visible' ? { ...open, restricted: false } : null;
}
