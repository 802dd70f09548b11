import type { ComplaintStage, Db } from '@shabaka/db';
import { sql } from 'kysely';

/**
 * Dashboard rollups, changed in the same transaction as the complaint, so figures
 * read a few rows per commune instead of scanning every complaint.
 */
// Built once: an Intl.DateTimeFormat with a time zone costs far more to build than to use,
// and intake used to build one per submission while holding the commune's rollup rows.
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Africa/Casablanca',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const dayOf = (d: Date) => dayFormat.format(d);

type DailyColumn = 'received' | 'acknowledged' | 'resolved' | 'resolvedOnTime' | 'closed' | 'closedOnTime';

export async function bumpDaily(db: Db, communeId: string, at: Date, categoryId: string, columns: DailyColumn[]) {
  if (columns.length === 0) return;
  const values = Object.fromEntries(columns.map((c) => [c, 1]));
  await db
    .insertInto('complaintDaily')
    .values({ communeId, day: dayOf(at), categoryId, ...values })
    .onConflict((oc) =>
      oc
        .columns(['communeId', 'day', 'categoryId'])
        .doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb(eb.ref(`complaintDaily.${c}`), '+', 1)]))),
    )
    .execute();
}

export async function moveStageCount(db: Db, communeId: string, from: ComplaintStage | null, to: ComplaintStage) {
  if (from) {
    await db
      .updateTable('complaintStageCounts')
      .set((eb) => ({ n: eb('n', '-', 1) }))
      .where('communeId', '=', communeId)
      .where('stage', '=', from)
      .execute();
  }
  await db
    .insertInto('complaintStageCounts')
    .values({ communeId, stage: to, n: 1 })
    .onConflict((oc) =>
      oc.columns(['communeId', 'stage']).doUpdateSet((eb) => ({ n: eb('complaintStageCounts.n', '+', 1) })),
    )
    .execute();
}

/** Log-scale hour buckets (4 per doubling, ~19% wide): medians from a histogram of a few dozen rows. */
export const bucketOf = (hours: number) => Math.floor(Math.log2(1 + Math.max(0, hours)) * 4);
export const bucketHours = (bucket: number) => 2 ** ((bucket + 0.5) / 4) - 1;

export async function recordDuration(db: Db, communeId: string, measure: 'ack' | 'resolve', from: Date, to: Date) {
  const bucket = bucketOf((to.getTime() - from.getTime()) / 3_600_000);
  await db
    .insertInto('complaintDurations')
    .values({ communeId, measure, bucket, n: 1 })
    .onConflict((oc) =>
      oc.columns(['communeId', 'measure', 'bucket']).doUpdateSet((eb) => ({ n: eb('complaintDurations.n', '+', 1) })),
    )
    .execute();
}

export function medianFromHistogram(rows: { bucket: number; n: number }[]): number | null {
  const sorted = [...rows].filter((r) => r.n > 0).sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((s, r) => s + r.n, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const r of sorted) {
    seen += r.n;
    if (seen * 2 >= total) return Math.round(bucketHours(r.bucket) * 10) / 10;
  }
  return null;
}

export { dayOf, sql };
