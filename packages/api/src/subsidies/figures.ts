import type { Db } from '@shabaka/db';
import { sql } from 'kysely';
import { localDate } from '../calendar';
import { figureRows } from './repository';

/**
 * The network overview's subsidy figures per commune, for the current year: committed and paid
 * (dirhams), associations followed (a signed or completed subsidy this year) and how many of them
 * owe no overdue report — the dashboard shows the share.
 */
export async function subsidyFigures(db: Db, now: Date) {
  const day = localDate(now);
  const rows = await figureRows(db, Number(day.slice(0, 4)), day);
  return new Map(
    rows.map((r) => [
      r.communeId,
      {
        subsidiesCommittedMad: r.committedMad,
        subsidiesPaidMad: r.paidMad,
        subsidisedAssociations: r.followed,
        subsidisedReportsUpToDate: r.upToDate,
      },
    ]),
  );
}

/**
 * A commune's subsidies over a period, for its bulletin: granted in it (count, dirhams; conventions, above the
 * circular 7/2003 threshold, counted apart), and tranches paid in it (`from`…`to`, Morocco's days).
 */
export async function subsidyPeriodFigures(
  db: Db,
  communeId: string,
  period: { from: string; to: string; start: Date; end: Date },
) {
  const [granted, paid] = await Promise.all([
    db
      .selectFrom('subsidies')
      .select([
        sql<number>`count(*)`.as('n'),
        sql<number>`count(*) filter (where kind = 'convention')`.as('conventions'),
        sql<number>`coalesce(sum(amount_mad), 0)`.as('amount'),
      ])
      .where('communeId', '=', communeId)
      .where('state', '<>', 'cancelled')
      .where('grantedAt', '>=', period.start)
      .where('grantedAt', '<', period.end)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('subsidyTranches')
      .select(sql<number>`coalesce(sum(amount_mad), 0)`.as('amount'))
      .where('communeId', '=', communeId)
      .where('paidOn', '>=', period.from)
      .where('paidOn', '<=', period.to)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    granted: Number(granted.n),
    conventions: Number(granted.conventions),
    grantedMad: Number(granted.amount),
    paidMad: Number(paid.amount),
  };
}
