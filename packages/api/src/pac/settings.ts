import type { Db } from '@shabaka/db';
import { settingsOfCommune } from '../communes';

/**
 * How a commune runs its PAC consultations (`communes.settings.pac`) over these defaults. Neither
 * figure is in 113-14 or decree 2.16.301 (they ask for a participatory approach, not for delays):
 * each commune sets its own, and the public page says what it promised.
 */
export const PAC_SETTINGS_DEFAULTS = {
  /** Calendar days within which every contribution on the draft gets its public answer. */
  answerDays: 30,
  /** An unanswered contribution is "due soon" this many calendar days before its answer date. */
  dueSoonDays: 5,
};
export type PacSettings = typeof PAC_SETTINGS_DEFAULTS;

export function settingsOf(settings: unknown): PacSettings {
  const own = ((settings ?? {}) as { pac?: Record<string, unknown> }).pac ?? {};
  const int = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
  return {
    answerDays: int(own.answerDays, 1, 365) ?? PAC_SETTINGS_DEFAULTS.answerDays,
    dueSoonDays: int(own.dueSoonDays, 0, 60) ?? PAC_SETTINGS_DEFAULTS.dueSoonDays,
  };
}

export async function pacSettings(db: Db, communeId: string): Promise<PacSettings> {
  return settingsOf(await settingsOfCommune(db, communeId));
}
