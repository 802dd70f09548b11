import type { Db } from '@shabaka/db';
import { settingsOfCommune } from '../communes';

/**
 * The legal figures the registry's flags read, per commune (`communes.settings.associations`) over these defaults.
 * Sources in REFERENCE.md: 113-14 (associations may petition after 3 years), dahir 1-58-376 (definitive receipt
 * within 60 days or the association operates by law; changes declared within one month). The general assembly's
 * period comes from each association's statutes: a yearly one is the common case, to confirm per commune.
 */
export const ASSOCIATION_SETTINGS_DEFAULTS = {
  petitionMinYears: 3,
  changesDeclarationDays: 30,
  definitiveReceiptDays: 60,
  generalAssemblyMaxMonths: 12,
};
export type AssociationSettings = typeof ASSOCIATION_SETTINGS_DEFAULTS;

/** Only well-formed values override a default (a typo in settings never breaks the flags). */
export function settingsOf(settings: unknown): AssociationSettings {
  const own = ((settings ?? {}) as { associations?: Record<string, unknown> }).associations ?? {};
  const out = { ...ASSOCIATION_SETTINGS_DEFAULTS };
  for (const key of Object.keys(out) as (keyof AssociationSettings)[]) {
    const v = own[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3650) out[key] = v;
  }
  return out;
}

export async function associationSettings(db: Db, communeId: string): Promise<AssociationSettings> {
  return settingsOf(await settingsOfCommune(db, communeId));
}
