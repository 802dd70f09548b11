import type { Db, InformationRequestState } from '@shabaka/db';
import { localDate } from '../calendar';

/**
 * Compliance rollups, changed in the same transaction as the request, so figures read a
 * few rows per commune instead of scanning every request.
 */
type DailyColumn = 'received' | 'responded' | 'respondedOnTime' | 'answered' | 'refused' | 'transferred' | 'withdrawn';

export async function bumpDaily(db: Db, communeId: string, at: Date, columns: DailyColumn[]) {
  if (columns.length === 0) return;
  const values = Object.fromEntries(columns.map((c) => [c, 1]));
  await db
    .insertInto('informationRequestDaily')
    .values({ communeId, day: localDate(at), ...values })
    .onConflict((oc) =>
      oc
        .columns(['communeId', 'day'])
        .doUpdateSet((eb) =>
          Object.fromEntries(columns.map((c) => [c, eb(eb.ref(`informationRequestDaily.${c}`), '+', 1)])),
        ),
    )
    .execute();
}

export async function moveStateCount(
  db: Db,
  communeId: string,
  from: InformationRequestState | null,
  to: InformationRequestState,
) {
  if (from === to) return;
  if (from) {
    await db
      .updateTable('informationRequestStateCounts')
      .set((eb) => ({ n: eb('n', '-', 1) }))
      .where('communeId', '=', communeId)
      .where('state', '=', from)
      .execute();
  }
  await db
    .insertInto('informationRequestStateCounts')
    .values({ communeId, state: to, n: 1 })
    .onConflict((oc) =>
      oc.columns(['communeId', 'state']).doUpdateSet((eb) => ({ n: eb('informationRequestStateCounts.n', '+', 1) })),
    )
    .execute();
}

export async function recordResponseTime(db: Db, communeId: string, workingDays: number) {
  await db
    .insertInto('informationRequestDurations')
    .values({ communeId, workingDays, n: 1 })
    .onConflict((oc) =>
      oc
        .columns(['communeId', 'workingDays'])
        .doUpdateSet((eb) => ({ n: eb('informationRequestDurations.n', '+', 1) })),
    )
    .execute();
}

/** The median of a histogram of whole working days (the lower middle value for an even count). */
export function medianOf(rows: { workingDays: number; n: number }[]): number | null {
  const sorted = rows.filter((r) => r.n > 0).sort((a, b) => a.workingDays - b.workingDays);
  const total = sorted.reduce((s, r) => s + r.n, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const r of sorted) {
    seen += r.n;
    if (seen * 2 >= total) return r.workingDays;
  }
  return null;
}
