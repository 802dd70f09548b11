import type { Db } from '@shabaka/db';
import { settingsOfCommune } from '../../communes';

/** One age band of the attendance sheet: from `from` to `to` years, both included; `to` null for "and over". */
export interface AgeBand {
  from: number;
  to: number | null;
}

/**
 * The age bands attendance is counted in (`communes.settings.pac.ageBands`). No text sets them: these are the
 * bands the issue names (under 18, 18–29, 30–44, 45–59, 60 and over), and a commune that reports to a programme
 * with other bands sets its own. Each band's key ("18-29", "60+") is what a count or a paper line names.
 */
export const DEFAULT_AGE_BANDS: readonly AgeBand[] = [
  { from: 0, to: 17 },
  { from: 18, to: 29 },
  { from: 30, to: 44 },
  { from: 45, to: 59 },
  { from: 60, to: null },
];

export const bandKey = (b: AgeBand) => (b.to === null ? `${b.from}+` : `${b.from}-${b.to}`);

/** The commune's bands if they are well formed (consecutive from 0, the last open), else the defaults. */
export function ageBandsOf(settings: unknown): AgeBand[] {
  const own = ((settings ?? {}) as { pac?: { ageBands?: unknown } }).pac?.ageBands;
  if (!Array.isArray(own) || own.length < 2 || own.length > 12) return [...DEFAULT_AGE_BANDS];
  const bands: AgeBand[] = [];
  let next = 0;
  for (const [i, b] of own.entries()) {
    const { from, to } = (b ?? {}) as { from?: unknown; to?: unknown };
    const last = i === own.length - 1;
    if (from !== next) return [...DEFAULT_AGE_BANDS];
    if (last ? to !== null : !(Number.isInteger(to) && (to as number) >= from && (to as number) < 120))
      return [...DEFAULT_AGE_BANDS];
    bands.push({ from, to: last ? null : (to as number) });
    next = last ? next : (to as number) + 1;
  }
  return bands;
}

export async function ageBands(db: Db, communeId: string): Promise<AgeBand[]> {
  return ageBandsOf(await settingsOfCommune(db, communeId));
}
