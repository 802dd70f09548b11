import type { Db } from '@shabaka/db';
import { settingsOfCommune } from '../communes';

/**
 * The figures of the partnership rules, per commune (`communes.settings.subsidies`) over these defaults.
 * Sources in REFERENCE.md: PM circular 7/2003 asks for a convention above 50,000 MAD and a decision below
 * (the circular is certain, the threshold a setting); dahir 1-58-376 art. 32 has subsidised associations
 * account for the money, and a commune may refuse a new application while a report is overdue (its choice).
 */
export const SUBSIDY_SETTINGS_DEFAULTS = {
  /** At or above this amount a subsidy is a signed convention; below it, a signed decision. */
  conventionThresholdMad: 50_000,
  /** Whether an association with an overdue report may apply to a new call (calls read this). */
  blockApplicationsWhileReportsOverdue: true,
};
export type SubsidySettings = typeof SUBSIDY_SETTINGS_DEFAULTS;

/** Only well-formed values override a default (a typo in settings never changes what is owed). */
export function settingsOf(settings: unknown): SubsidySettings {
  const own = ((settings ?? {}) as { subsidies?: Record<string, unknown> }).subsidies ?? {};
  const out = { ...SUBSIDY_SETTINGS_DEFAULTS };
  const threshold = own.conventionThresholdMad;
  if (typeof threshold === 'number' && Number.isInteger(threshold) && threshold >= 0 && threshold <= 100_000_000)
    out.conventionThresholdMad = threshold;
  if (typeof own.blockApplicationsWhileReportsOverdue === 'boolean')
    out.blockApplicationsWhileReportsOverdue = own.blockApplicationsWhileReportsOverdue;
  return out;
}

export async function subsidySettings(db: Db, communeId: string): Promise<SubsidySettings> {
  return settingsOf(await settingsOfCommune(db, communeId));
}
