import type { AttachmentState, Db, ReportReason } from '@shabaka/db';
import { sql } from 'kysely';

const ATTACHMENT_COLUMNS = [
  'complaintAttachments.id',
  'complaintAttachments.complaintId',
  'complaintAttachments.kind',
  'complaintAttachments.state',
  'complaintAttachments.reportCount',
  'complaintAttachments.fileId',
  'complaintAttachments.thumbFileId',
  'complaintAttachments.hiddenAt',
  'complaintAttachments.moderatedAt',
  'complaints.code',
] as const;

/**
 * The attachment with its complaint's code, row-locked: reports and moderator actions
 * on one photo are serialised, so the threshold is crossed exactly once.
 */
export function lockAttachment(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('complaintAttachments')
    .innerJoin('complaints', (j) =>
      j
        .onRef('complaints.communeId', '=', 'complaintAttachments.communeId')
        .onRef('complaints.id', '=', 'complaintAttachments.complaintId'),
    )
    .select(ATTACHMENT_COLUMNS)
    .where('complaintAttachments.communeId', '=', communeId)
    .where('complaintAttachments.id', '=', id)
    .forUpdate('complaintAttachments')
    .executeTakeFirst();
}
export type LockedAttachment = NonNullable<Awaited<ReturnType<typeof lockAttachment>>>;

/** Inserts the report unless this reporter already reported the photo; true when inserted. */
export async function insertReport(
  db: Db,
  r: {
    communeId: string;
    attachmentId: string;
    reporterKey: string;
    reporterId: string | null;
    reason: ReportReason;
    createdAt: Date;
  },
) {
  const row = await db
    .insertInto('photoReports')
    .values(r)
    .onConflict((oc) => oc.columns(['communeId', 'attachmentId', 'reporterKey']).doNothing())
    .returning('reporterKey')
    .executeTakeFirst();
  return !!row;
}

export async function updateAttachment(
  db: Db,
  communeId: string,
  id: string,
  set: {
    state?: AttachmentState;
    reportCount?: number;
    hiddenAt?: Date | null;
    moderatedAt?: Date;
    moderatedBy?: string;
  },
) {
  await db
    .updateTable('complaintAttachments')
    .set(set)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

/** Photos waiting for a moderator: hidden ones, and visible ones with reports below the threshold. */
export function moderationQueue(db: Db, communeId: string) {
  return db
    .selectFrom('complaintAttachments')
    .innerJoin('complaints', (j) =>
      j
        .onRef('complaints.communeId', '=', 'complaintAttachments.communeId')
        .onRef('complaints.id', '=', 'complaintAttachments.complaintId'),
    )
    .select([...ATTACHMENT_COLUMNS, 'complaints.stage'])
    .where('complaintAttachments.communeId', '=', communeId)
    .where('complaintAttachments.kind', '=', 'photo')
    .where((eb) =>
      eb.or([
        eb('complaintAttachments.state', '=', 'hidden'),
        eb.and([eb('complaintAttachments.state', '=', 'visible'), eb('complaintAttachments.reportCount', '>', 0)]),
      ]),
    )
    .orderBy(sql`complaint_attachments.state = 'hidden'`, 'desc')
    .orderBy('complaintAttachments.reportCount', 'desc')
    .orderBy('complaintAttachments.id')
    .limit(500)
    .execute();
}

/**
 * Reasons of the reports that still count: those made after the last moderator
 * decision (older rows stay as history, but they were already judged).
 */
export function reasonsOf(db: Db, communeId: string, attachmentIds: string[]) {
  if (attachmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('photoReports as r')
    .innerJoin('complaintAttachments as a', (j) =>
      j.onRef('a.communeId', '=', 'r.communeId').onRef('a.id', '=', 'r.attachmentId'),
    )
    .select((eb) => [
      'r.attachmentId',
      'r.reason',
      eb.fn.countAll<number>().as('n'),
      // Reports without an account (counted once per network address), for the moderator's judgement.
      eb.fn.count<number>('r.reporterId').as('fromAccounts'),
      eb.fn.max('r.createdAt').as('last'),
    ])
    .where('r.communeId', '=', communeId)
    .where('r.attachmentId', 'in', attachmentIds)
    .where((eb) => eb.or([eb('a.moderatedAt', 'is', null), eb('r.createdAt', '>', eb.ref('a.moderatedAt'))]))
    .groupBy(['r.attachmentId', 'r.reason'])
    .execute();
}

/** The stored bytes of an attachment (or its thumbnail), with what decides who may see it. */
export function attachmentFile(db: Db, communeId: string, attachmentId: string, size: 'full' | 'thumb') {
  return db
    .selectFrom('complaintAttachments')
    .innerJoin('files', (j) =>
      j
        .onRef('files.communeId', '=', 'complaintAttachments.communeId')
        .onRef('files.id', '=', size === 'thumb' ? 'complaintAttachments.thumbFileId' : 'complaintAttachments.fileId'),
    )
    .select(['complaintAttachments.kind', 'complaintAttachments.state', 'files.mime', 'files.sha256', 'files.bytes'])
    .where('complaintAttachments.communeId', '=', communeId)
    .where('complaintAttachments.id', '=', attachmentId)
    .executeTakeFirst();
}

/**
 * The accounts that reported a photo since the last moderator decision: who hears of this
 * decision. Anonymous reports (a hashed network address) have no one to tell.
 */
export async function accountReportersSince(db: Db, communeId: string, attachmentId: string, since: Date | null) {
  const rows = await db
    .selectFrom('photoReports')
    .select('reporterId')
    .distinct()
    .where('communeId', '=', communeId)
    .where('attachmentId', '=', attachmentId)
    .where('reporterId', 'is not', null)
    .$if(since !== null, (q) => q.where('createdAt', '>', since!))
    .execute();
  return rows.map((r) => r.reporterId!);
}
