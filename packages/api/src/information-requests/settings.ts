import { INFORMATION_REQUEST_SETTINGS_DEFAULTS, type Db, type InformationRequestSettings } from '@shabaka/db';
import { settingsOfCommune } from '../communes';

/** A commune's information-request clocks: its own values over the law's defaults. */
export async function informationSettings(db: Db, communeId: string): Promise<InformationRequestSettings> {
  return settingsOf(await settingsOfCommune(db, communeId));
}

/** Only well-formed values override a default (a typo in settings never breaks the clocks). */
export function settingsOf(settings: unknown): InformationRequestSettings {
  const own = ((settings ?? {}) as { informationRequests?: Record<string, unknown> }).informationRequests ?? {};
  const out = { ...INFORMATION_REQUEST_SETTINGS_DEFAULTS };
  for (const key of Object.keys(out) as (keyof InformationRequestSettings)[]) {
    const v = own[key];
    if (key === 'remedyDayUnit') {
      if (v === 'calendar' || v === 'working') out.remedyDayUnit = v;
    } else if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 365) {
      out[key] = v;
    }
  }
  return out;
}

/** Settings of several communes at once (the figures and the calendar hook read them in bulk). */
export async function settingsByCommune(db: Db, communeIds: string[]) {
  if (communeIds.length === 0) return new Map<string, InformationRequestSettings>();
  const rows = await db.selectFrom('communes').select(['id', 'settings']).where('id', 'in', communeIds).execute();
  return new Map(rows.map((r) => [r.id, settingsOf(r.settings)]));
}
