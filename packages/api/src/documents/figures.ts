import type { Db, DocumentTemplate } from '@shabaka/db';
import { sql } from 'kysely';

/** A commune's signed documents issued over a period (instants `start`…`end`), per template, for its bulletin. */
export async function documentPeriodFigures(db: Db, communeId: string, period: { start: Date; end: Date }) {
  const rows = await db
    .selectFrom('documents')
    .select(['template', sql<number>`count(*)`.as('n')])
    .where('communeId', '=', communeId)
    .where('issuedAt', '>=', period.start)
    .where('issuedAt', '<', period.end)
    .groupBy('template')
    .orderBy('template')
    .execute();
  return rows.map((r) => ({ template: r.template as DocumentTemplate, n: Number(r.n) }));
}
