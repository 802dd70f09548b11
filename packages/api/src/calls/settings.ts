import type { Db } from '@shabaka/db';
import { settingsOfCommune } from '../communes';

/**
 * How a commune's committees score (`communes.settings.calls`) over these defaults. Neither figure is
 * legal: circular D2185 of 2018 asks for calls, criteria and a committee, not for a scale.
 */
export const CALL_SETTINGS_DEFAULTS = {
  /** Each criterion is marked from 0 to this. */
  scoreScale: 10,
  /** Scores a dossier needs before staff propose a decision on it. */
  minScorers: 2,
};
export type CallSettings = typeof CALL_SETTINGS_DEFAULTS;

export function settingsOf(settings: unknown): CallSettings {
  const own = ((settings ?? {}) as { calls?: Record<string, unknown> }).calls ?? {};
  const out = { ...CALL_SETTINGS_DEFAULTS };
  const int = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
  out.scoreScale = int(own.scoreScale, 1, 100) ?? out.scoreScale;
  out.minScorers = int(own.minScorers, 1, 20) ?? out.minScorers;
  return out;
}

export async function callSettings(db: Db, communeId: string): Promise<CallSettings> {
  return settingsOf(await settingsOfCommune(db, communeId));
}
