import { COMPLAINT_SETTINGS_DEFAULTS, type ComplaintSettings, type Db } from '@shabaka/db';
import { settingsOfCommune } from '../communes';

/** A commune's complaint settings: its own values over the network defaults. */
export async function complaintSettings(db: Db, communeId: string): Promise<ComplaintSettings> {
  return settingsOf(await settingsOfCommune(db, communeId));
}

/** The complaint settings held in a `communes.settings` value, over the defaults. */
export function settingsOf(communeSettings: unknown): ComplaintSettings {
  const own = (communeSettings as { complaints?: Partial<ComplaintSettings> }).complaints ?? {};
  return { ...COMPLAINT_SETTINGS_DEFAULTS, ...own };
}

const DAY = 86_400_000;
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** Rounds a position to a grid of about `meters`, so the public map never pins a doorstep. */
export function coarsen(lat: number, lon: number, meters: number) {
  if (meters <= 0) return { lat, lon };
  const dLat = meters / 111_320;
  const dLon = meters / (111_320 * Math.cos((lat * Math.PI) / 180));
  return { lat: (Math.floor(lat / dLat) + 0.5) * dLat, lon: (Math.floor(lon / dLon) + 0.5) * dLon };
}
