import type { Db } from '@shabaka/db';
import { sql } from 'kysely';
import { bump, dayOf, histogramMedian, type Counter } from '../cases';

/*
 * Complaints' own rollups (the kernel moves them: cases/rollups.ts): daily figures per
 * category, and how long acknowledging and resolving took, as a histogram of hours.
 */

export function bumpDaily(
  db: Db,
  communeId: string,
  at: Date,
  categoryId: string,
  columns: Counter<'complaintDaily'>[],
) {
  return bump(db, 'complaintDaily', { communeId, day: dayOf(at), categoryId }, columns);
}

/** Log-scale hour buckets (4 per doubling, ~19% wide): medians from a histogram of a few dozen rows. */
export const bucketOf = (hours: number) => Math.floor(Math.log2(1 + Math.max(0, hours)) * 4);
export const bucketHours = (bucket: number) => 2 ** ((bucket + 0.5) / 4) - 1;

export async function recordDuration(db: Db, communeId: string, measure: 'ack' | 'resolve', from: Date, to: Date) {
  const bucket = bucketOf((to.getTime() - from.getTime()) / 3_600_000);
  await bump(db, 'complaintDurations', { communeId, measure, bucket }, ['n']);
  // A bulletin's period reads its medians by month (bulletins/, complaintPeriodFigures).
  if (measure === 'resolve') await bumpMonth(db, communeId, to, 'resolve', bucket);
}

/** One more in the month of `at` (Morocco's calendar): a resolution's bucket, or a reopening (value 0). */
export const bumpMonth = (db: Db, communeId: string, at: Date, measure: 'resolve' | 'reopened', value: number) =>
  bump(db, 'complaintMonthCounts', { communeId, month: dayOf(at).slice(0, 7), measure, value }, ['n']);

/** The median in hours (one decimal) of a histogram of buckets. */
export function medianHours(rows: { bucket: number; n: number }[]): number | null {
  const bucket = histogramMedian(rows, (r) => r.bucket);
  return bucket === null ? null : Math.round(bucketHours(bucket) * 10) / 10;
}

/**
 * A citizen rates an answer (or changes their rating): one more in the new rating's row of the
 * commune's histogram, one less in the old one's, in the rating's transaction.
 */
export async function moveRating(db: Db, communeId: string, from: number | null, to: number) {
  if (from === to) return;
  if (from !== null) {
    await db
      .updateTable('complaintRatings')
      .set({ n: sql`n - 1` })
      .where('communeId', '=', communeId)
      .where('rating', '=', from)
      .execute();
  }
  await bump(db, 'complaintRatings', { communeId, rating: to }, ['n']);
}
