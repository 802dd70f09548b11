import type { LunarHolidayCode, Localized } from '@shabaka/db';

/**
 * Moroccan working-day arithmetic, pure (no database, no clock).
 *
 * Days are local calendar dates in `Africa/Casablanca`, written 'YYYY-MM-DD' and
 * handled as UTC midnights so that no zone or DST change can shift them; only the
 * two conversions at the edges (`localDate`, `endOfLocalDay`) know about the zone.
 *
 * THE RULE (Law 31-13 periods "from the date of receipt"):
 *   1. The day of receipt is the local date of the moment the commune received the
 *      request (the web submission, the stamp on a letter, the counter visit).
 *   2. That day is never counted. Day 1 is the first working day AFTER it. So a request
 *      filed on a Saturday, a Sunday, a public holiday, or on a working day after office
 *      hours counts from the next working day — and so does one filed on a working
 *      morning (filed Friday → day 1 is Monday). Office hours therefore never change a
 *      deadline, and an online filing at 23:00 is treated exactly like one at 09:00.
 *   3. Working days are Monday–Friday minus public holidays (fixed ones computed for
 *      any year, moveable ones from the table a network admin maintains).
 *   4. The deadline is the end of day n: 23:59:59 local time on the nth working day.
 *   5. An extension of m days adds m working days after the current deadline's day.
 */

export const MOROCCO_ZONE = 'Africa/Casablanca';
/** 'YYYY-MM-DD' */
export type IsoDay = string;

export interface Holiday {
  day: IsoDay;
  code: string;
  names: Localized;
  kind: 'fixed' | 'lunar';
}

interface FixedHoliday {
  month: number;
  day: number;
  code: string;
  names: Localized;
  /** First year it is observed (the Amazigh New Year became a paid holiday in 2024). */
  since?: number;
}

/** Fixed-date public holidays (REFERENCE.md). No substitute day when one falls on a weekend. */
export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, code: 'new_year', names: { ar: 'رأس السنة الميلادية', fr: 'Nouvel an', es: 'Año Nuevo' } },
  {
    month: 1,
    day: 11,
    code: 'independence_manifesto',
    names: {
      ar: 'ذكرى تقديم وثيقة الاستقلال',
      fr: 'Manifeste de l’indépendance',
      es: 'Manifiesto de la Independencia',
    },
  },
  {
    month: 1,
    day: 14,
    code: 'amazigh_new_year',
    since: 2024,
    names: { ar: 'رأس السنة الأمازيغية', fr: 'Nouvel an amazigh', es: 'Año Nuevo amazigh' },
  },
  { month: 5, day: 1, code: 'labour_day', names: { ar: 'عيد الشغل', fr: 'Fête du Travail', es: 'Día del Trabajo' } },
  { month: 7, day: 30, code: 'throne_day', names: { ar: 'عيد العرش', fr: 'Fête du Trône', es: 'Fiesta del Trono' } },
  {
    month: 8,
    day: 14,
    code: 'oued_eddahab',
    names: {
      ar: 'ذكرى استرجاع إقليم وادي الذهب',
      fr: 'Allégeance de Oued Eddahab',
      es: 'Recuperación de Oued Eddahab',
    },
  },
  {
    month: 8,
    day: 20,
    code: 'revolution_king_people',
    names: {
      ar: 'ذكرى ثورة الملك والشعب',
      fr: 'Révolution du Roi et du Peuple',
      es: 'Revolución del Rey y del Pueblo',
    },
  },
  {
    month: 8,
    day: 21,
    code: 'youth_day',
    names: { ar: 'عيد الشباب', fr: 'Fête de la Jeunesse', es: 'Fiesta de la Juventud' },
  },
  {
    month: 11,
    day: 6,
    code: 'green_march',
    names: { ar: 'ذكرى المسيرة الخضراء', fr: 'Marche verte', es: 'Marcha Verde' },
  },
  {
    month: 11,
    day: 18,
    code: 'independence_day',
    names: { ar: 'عيد الاستقلال', fr: 'Fête de l’Indépendance', es: 'Fiesta de la Independencia' },
  },
];

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoOf = (y: number, m: number, d: number): IsoDay => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(day: IsoDay): number {
  const m = ISO.exec(day);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}
const fromUtc = (t: number): IsoDay => new Date(t).toISOString().slice(0, 10);

/** The day `n` calendar days after `day` (negative n goes back). */
export const addDays = (day: IsoDay, n: number): IsoDay => fromUtc(toUtc(day) + n * DAY_MS);
/** `n` calendar months after `day`, the month's last day when it is shorter (31 January + 1 = 28 February). */
export function addMonths(day: IsoDay, n: number): IsoDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: IsoDay) => new Date(toUtc(day)).getUTCDay();
export const yearOf = (day: IsoDay) => Number(day.slice(0, 4));

export function fixedHolidays(year: number): Holiday[] {
  return FIXED_HOLIDAYS.filter((h) => !h.since || year >= h.since).map((h) => ({
    day: isoOf(year, h.month, h.day),
    code: h.code,
    names: h.names,
    kind: 'fixed' as const,
  }));
}

export interface WorkingCalendar {
  /** Weekdays off (0 = Sunday … 6 = Saturday). */
  readonly weekend: ReadonlySet<number>;
  /** The holiday on that day, if any (fixed first, then the moveable ones). */
  holidayOn(day: IsoDay): Holiday | undefined;
  /** Years whose moveable holidays are known; outside them only fixed holidays apply. */
  readonly lunarYears: ReadonlySet<number>;
}

export interface LunarDay {
  day: IsoDay;
  code?: LunarHolidayCode | string;
  names: Localized;
}

/** A calendar from the moveable holidays (as loaded from the table) and the computed fixed ones. */
export function buildCalendar(
  lunar: readonly LunarDay[] = [],
  options: { weekend?: readonly number[]; lunarYears?: Iterable<number> } = {},
): WorkingCalendar {
  const moveable = new Map<IsoDay, Holiday>();
  for (const l of lunar) moveable.set(l.day, { day: l.day, code: l.code ?? 'other', names: l.names, kind: 'lunar' });
  const fixedByYear = new Map<number, Map<IsoDay, Holiday>>();
  const fixedOf = (year: number) => {
    let m = fixedByYear.get(year);
    if (!m) {
      m = new Map(fixedHolidays(year).map((h) => [h.day, h]));
      fixedByYear.set(year, m);
    }
    return m;
  };
  return {
    weekend: new Set(options.weekend ?? [6, 0]),
    lunarYears: new Set(options.lunarYears ?? lunar.map((l) => yearOf(l.day))),
    holidayOn: (day) => fixedOf(yearOf(day)).get(day) ?? moveable.get(day),
  };
}

export const isWeekend = (day: IsoDay, cal: WorkingCalendar) => cal.weekend.has(weekdayOf(day));
export const isWorkingDay = (day: IsoDay, cal: WorkingCalendar) => !isWeekend(day, cal) && !cal.holidayOn(day);

/** Every holiday of a year, fixed and moveable, in date order. */
export function holidaysOfYear(year: number, cal: WorkingCalendar): Holiday[] {
  const out: Holiday[] = [];
  for (let d = isoOf(year, 1, 1); yearOf(d) === year; d = addDays(d, 1)) {
    const h = cal.holidayOn(d);
    if (h) out.push(h);
  }
  return out;
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(day: IsoDay, cal: WorkingCalendar): IsoDay {
  // A year has at most ~125 days off: the loop always ends well before this bound.
  let d = addDays(day, 1);
  for (let i = 0; i < 400 && !isWorkingDay(d, cal); i++) d = addDays(d, 1);
  return d;
}

/** The nth working day after `day` (day itself never counts); n = 0 gives `day`. */
export function nthWorkingDayAfter(day: IsoDay, n: number, cal: WorkingCalendar): IsoDay {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`A number of working days must be a whole number ≥ 0 (got ${n})`);
  let d = day;
  for (let i = 0; i < n; i++) d = nextWorkingDay(d, cal);
  return d;
}

/** Working days in (from, to]: how many counted days have elapsed by the end of `to`. */
export function workingDaysBetween(from: IsoDay, to: IsoDay, cal: WorkingCalendar): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, cal)) n++;
  return n;
}

// ——— The zone, at the edges ———

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in `zone`. */
export function localDate(at: Date, zone = MOROCCO_ZONE): IsoDay {
  let f = dayFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(zone, f);
  }
  return f.format(at);
}

/** Offset of `zone` from UTC at an instant, in milliseconds (Casablanca: +1 h, +0 h during Ramadan). */
function offsetMs(at: number, zone: string): number {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant of a local wall-clock time in `zone` (the later one if the clock repeats). */
export function zonedInstant(day: IsoDay, hh: number, mm: number, ss: number, zone = MOROCCO_ZONE): Date {
  const wall = toUtc(day) + ((hh * 60 + mm) * 60 + ss) * 1000;
  let t = wall - offsetMs(wall, zone);
  // Second pass settles instants next to an offset change.
  t = wall - offsetMs(t, zone);
  return new Date(t);
}

/** 23:59:59 local on `day`: a deadline "at the end of the working day". */
export const endOfLocalDay = (day: IsoDay, zone = MOROCCO_ZONE) => zonedInstant(day, 23, 59, 59, zone);

// ——— Deadlines ———

/** Day 1 of a period started by a receipt at `receivedAt` (rule 2 above). */
export const firstCountedDay = (receivedAt: Date, cal: WorkingCalendar, zone = MOROCCO_ZONE) =>
  nextWorkingDay(localDate(receivedAt, zone), cal);

/** The last day of an n-working-day period started at `start`. */
export const deadlineDay = (start: Date, n: number, cal: WorkingCalendar, zone = MOROCCO_ZONE) =>
  nthWorkingDayAfter(localDate(start, zone), n, cal);

/**
 * Deadline of an n-working-day period received at `start`: 23:59:59 local on the nth
 * working day after the day of receipt (the day of receipt is not counted).
 */
export function addWorkingDays(start: Date, n: number, cal: WorkingCalendar, zone = MOROCCO_ZONE): Date {
  return endOfLocalDay(deadlineDay(start, n, cal, zone), zone);
}

/** A deadline moved by m more working days (an extension): counted after the current deadline's day. */
export function extendDeadline(due: Date, m: number, cal: WorkingCalendar, zone = MOROCCO_ZONE): Date {
  return endOfLocalDay(nthWorkingDayAfter(localDate(due, zone), m, cal), zone);
}

/** Working days counted between a receipt and a reply (0 when the reply came before day 1 ended). */
export const elapsedWorkingDays = (receivedAt: Date, at: Date, cal: WorkingCalendar, zone = MOROCCO_ZONE) =>
  workingDaysBetween(localDate(receivedAt, zone), localDate(at, zone), cal);

/**
 * Working days left until a deadline, today included when it is a working day
 * (1 = due at the end of today or of the next working day if today is off); 0 once passed.
 * `countsFrom` is the period's first counted day (the day after receipt): days before it were
 * never part of the deadline, so on the day of filing an n-day period has n days left, not n + 1.
 */
export function workingDaysLeft(
  now: Date,
  due: Date,
  cal: WorkingCalendar,
  zone = MOROCCO_ZONE,
  countsFrom?: IsoDay,
): number {
  if (due.getTime() < now.getTime()) return 0;
  const today = localDate(now, zone);
  const from = countsFrom && countsFrom > today ? countsFrom : today;
  return workingDaysBetween(addDays(from, -1), localDate(due, zone), cal);
}

/** End of the last day of a window of `n` calendar or working days starting at `from`. */
export function windowEnd(
  from: Date,
  n: number,
  unit: 'calendar' | 'working',
  cal: WorkingCalendar,
  zone = MOROCCO_ZONE,
): Date {
  const start = localDate(from, zone);
  return endOfLocalDay(unit === 'working' ? nthWorkingDayAfter(start, n, cal) : addDays(start, n), zone);
}
