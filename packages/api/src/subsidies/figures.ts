import type { Db } from '@shabaka/db';
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
