import type { Db } from '@shabaka/db';
import * as repo from './repository';
import type { PetitionSettings } from './settings';

/*
 * The council's session calendar: ordinary sessions open in the first week of the settings' months (113-14
 * art. 33: February, May, October), extraordinary ones when called. Staff enter the actual dates; until they
 * do, a month's ordinary session is estimated at its first day and shown as an estimate.
 */

export interface Session {
  id: string | null;
  kind: 'ordinary' | 'extraordinary';
  opensOn: string;
  note: string | null;
  /** Not in the calendar yet: the first day of an ordinary session's month. */
  estimated: boolean;
}

const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;
const monthEnd = (day: string) => {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
};

/** The first days of the ordinary sessions' months after `day`, for the next `count` sessions. */
function ordinaryMonthsAfter(day: string, s: PetitionSettings, count: number) {
  const out: string[] = [];
  for (let year = Number(day.slice(0, 4)); out.length < count; year++)
    for (const m of s.ordinarySessionMonths) {
      const start = monthStart(year, m);
      // A session whose month has begun is under way: a petition admitted now goes to the next one.
      if (start > day && out.length < count) out.push(start);
    }
  return out;
}

/**
 * The ordinary session after `day`: the one entered in the calendar if it opens by the end of the next
 * ordinary month, else that month's estimate. With `createdBy`, an estimate is entered in the calendar (the
 * petition scheduled on it links a real row staff can then move).
 */
export async function nextOrdinarySession(
  db: Db,
  communeId: string,
  day: string,
  s: PetitionSettings,
  createdBy?: string,
): Promise<Session> {
  const estimate = ordinaryMonthsAfter(day, s, 1)[0]!;
  const entered = (await repo.sessions(db, communeId, day)).find(
    (x) => x.kind === 'ordinary' && x.opensOn > day && x.opensOn <= monthEnd(estimate),
  );
  if (entered) return { ...entered, estimated: false };
  if (!createdBy) return { id: null, kind: 'ordinary', opensOn: estimate, note: null, estimated: true };
  const row = await repo.insertSession(db, { communeId, kind: 'ordinary', opensOn: estimate, note: null, createdBy });
  return { ...row, estimated: false };
}

/** The calendar from `day`: entered sessions, and the estimates of the next ordinary months that have none. */
export async function upcomingSessions(
  db: Db,
  communeId: string,
  day: string,
  s: PetitionSettings,
): Promise<Session[]> {
  const entered = await repo.sessions(db, communeId, day);
  const estimates = ordinaryMonthsAfter(day, s, s.ordinarySessionMonths.length)
    .filter((start) => !entered.some((x) => x.kind === 'ordinary' && x.opensOn.slice(0, 7) === start.slice(0, 7)))
    .map((opensOn): Session => ({ id: null, kind: 'ordinary', opensOn, note: null, estimated: true }));
  return [...entered.map((x) => ({ ...x, estimated: false })), ...estimates].sort((a, b) =>
    a.opensOn.localeCompare(b.opensOn),
  );
}
