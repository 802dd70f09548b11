import type { Db } from '@shabaka/db';
import { sql } from 'kysely';

/**
 * The code of the case a row's (commune_id, subject_type, subject_id) names (a complaint or an
 * information request; null for another subject). Read here directly: the case modules
 * themselves notify through this one.
 */
export function caseCodeOf(alias: string) {
  const communeId = sql.ref(`${alias}.communeId`);
  const subjectId = sql.ref(`${alias}.subjectId`);
  return sql<string | null>`case ${sql.ref(`${alias}.subjectType`)}
    when 'complaint' then (select c.code from complaints c where c.commune_id = ${communeId} and c.id = ${subjectId})
    when 'information_request' then
      (select i.code from information_requests i where i.commune_id = ${communeId} and i.id = ${subjectId})
    end`;
}

/**
 * Notices with their attempts, one row per attempt (a notice not tried yet: one row with no
 * attempt), oldest first, with the case's code: one case's, or a commune's over a period
 * (by when the notice was written), legal notices only when asked.
 */
export function evidenceRows(
  db: Db,
  p: {
    communeId: string;
    subject?: { type: string; id: string };
    period?: { from: Date; until: Date };
    legalOnly?: boolean;
    limit?: number;
  },
) {
  let q = db
    .selectFrom('notifications as n')
    .leftJoin('notificationDeliveries as d', (j) =>
      j.onRef('d.communeId', '=', 'n.communeId').onRef('d.notificationId', '=', 'n.id'),
    )
    .select([
      'n.id',
      'n.subjectType',
      'n.template',
      'n.class',
      'n.channel',
      'n.recipient',
      'n.language',
      'n.state',
      'n.createdAt',
      'n.idempotencyKey',
      'd.attempt',
      'd.at',
      'd.templateVersion',
      'd.contentSha256',
      'd.providerId',
      'd.status',
      'd.error',
      caseCodeOf('n').as('code'),
    ])
    .where('n.communeId', '=', p.communeId);
  if (p.subject) q = q.where('n.subjectType', '=', p.subject.type).where('n.subjectId', '=', p.subject.id);
  if (p.period) q = q.where('n.createdAt', '>=', p.period.from).where('n.createdAt', '<', p.period.until);
  if (p.legalOnly) q = q.where('n.class', '=', 'legal');
  q = q.orderBy('n.createdAt').orderBy('n.channel').orderBy('n.id').orderBy('d.attempt');
  if (p.limit) q = q.limit(p.limit);
  return q.execute();
}
