import type { Db } from '@shabaka/db';
import { bump, dayOf, type Counter } from '../cases';

/*
 * Information requests' own rollups (the kernel moves them: cases/rollups.ts): daily
 * compliance figures, and reply times as a histogram of whole working days.
 */

export function bumpDaily(db: Db, communeId: string, at: Date, columns: Counter<'informationRequestDaily'>[]) {
  return bump(db, 'informationRequestDaily', { communeId, day: dayOf(at) }, columns);
}

export function recordResponseTime(db: Db, communeId: string, workingDays: number) {
  return bump(db, 'informationRequestDurations', { communeId, workingDays }, ['n']);
}
