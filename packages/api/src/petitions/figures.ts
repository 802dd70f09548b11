import type { Db } from '@shabaka/db';
import { sql } from 'kysely';

/**
 * A commune's petitions over a period (instants `start`…`end`), for its bulletin: opened for signatures, filed with
 * the president, found admissible or rejected by the bureau, and decided or answered by the council in it.
 */
export async function petitionPeriodFigures(db: Db, communeId: string, period: { start: Date; end: Date }) {
  const within = (column: string) =>
    sql<number>`count(*) filter (where ${sql.ref(column)} >= ${period.start} and ${sql.ref(column)} < ${period.end})`;
  const r = await db
    .selectFrom('petitions')
    .select([
      within('collecting_at').as('opened'),
      within('received_at').as('filed'),
      sql<number>`count(*) filter (where state <> 'rejected' and reviewed_at >= ${period.start} and reviewed_at < ${period.end})`.as(
        'admissible',
      ),
      sql<number>`count(*) filter (where state = 'rejected' and reviewed_at >= ${period.start} and reviewed_at < ${period.end})`.as(
        'rejected',
      ),
      within('decided_at').as('decided'),
    ])
    .where('communeId', '=', communeId)
    .executeTakeFirstOrThrow();
  return {
    opened: Number(r.opened),
    filed: Number(r.filed),
    admissible: Number(r.admissible),
    rejected: Number(r.rejected),
    decided: Number(r.decided),
  };
}
