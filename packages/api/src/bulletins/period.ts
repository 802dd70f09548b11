import { addDays, localDate, zonedInstant } from '../calendar';

/** A bulletin's period: a year's quarter (1–4) or the whole year (0), in Morocco's calendar. */
export interface Period {
  year: number;
  quarter: number;
  /** First and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** The same period as instants: [start, end). */
  start: Date;
  end: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function periodOf(year: number, quarter: number): Period {
  const first = quarter === 0 ? 1 : (quarter - 1) * 3 + 1;
  const last = quarter === 0 ? 12 : first + 2;
  const from = `${year}-${pad(first)}-01`;
  const to = addDays(last === 12 ? `${year + 1}-01-01` : `${year}-${pad(last + 1)}-01`, -1);
  return {
    year,
    quarter,
    from,
    to,
    start: zonedInstant(from, 0, 0, 0),
    end: zonedInstant(addDays(to, 1), 0, 0, 0),
  };
}

/** `2026-q1` or `2026`: the bulletin's stable address. */
export const slugOf = (p: { year: number; quarter: number }) => (p.quarter ? `${p.year}-q${p.quarter}` : `${p.year}`);
export function parseSlug(slug: string) {
  const [y, q] = slug.split('-q');
  return { year: Number(y), quarter: q ? Number(q) : 0 };
}

/** A period can be reported on once it has begun (a quarter still running reads its figures so far). */
export const hasBegun = (p: Period, now: Date) => p.from <= localDate(now);
