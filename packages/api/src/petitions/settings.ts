import type { Db, SignerBasis } from '@shabaka/db';

/**
 * How a commune applies 113-14 arts. 121–125 (`communes.settings.petitions`) over these defaults. Every figure
 * is a setting because the sources are uncertain (REFERENCE.md: thresholds **M**, the voter-roll condition **L**).
 */
export const PETITION_SETTINGS_DEFAULTS = {
  /** Art. 123 (M): 100 signatures under 35,000 inhabitants, 200 otherwise, 400 in a commune with arrondissements. */
  thresholds: { smallBelow: 35_000, small: 100, large: 200, arrondissements: 400 },
  hasArrondissements: false,
  /**
   * The census the tier is read from. Without a population here, the commune's own (communes.population and
   * its source) applies; a commune sets both when a newer census is confirmed.
   */
  census: { name: null as string | null, population: null as number | null },
  /** Who may sign: residents, and people with an economic, commercial or professional activity here (art. 121). */
  signerBases: ['resident', 'activity'] as SignerBasis[],
  /** Whether signers must be on the electoral rolls: sources conflict (L), off until the text is confirmed. */
  registeredVoterRequired: false,
  /** The bureau notifies a rejection, with its reasons, within this many months of receipt (art. 125, H). */
  rejectionNoticeMonths: 3,
  /** Days after receipt at which the bureau is reminded of a petition it has not reviewed. */
  alertDays: [30, 60, 80],
  /** Months of the council's ordinary sessions (art. 33, M: February, May, October), first week. */
  ordinarySessionMonths: [2, 5, 10],
  /** Days the signers' identities are kept after the council's decision (or a rejection), then erased. */
  retentionDays: 365,
};
export type PetitionSettings = typeof PETITION_SETTINGS_DEFAULTS;

const int = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
const ints = (v: unknown, min: number, max: number) =>
  Array.isArray(v) && v.length > 0 && v.every((x) => int(x, min, max) !== undefined)
    ? [...new Set(v as number[])].sort((a, b) => a - b)
    : undefined;

/** A commune's settings over the defaults; a malformed value falls back to the default rather than failing. */
export function settingsOf(settings: unknown): PetitionSettings {
  const own = ((settings ?? {}) as { petitions?: Record<string, unknown> }).petitions ?? {};
  const d = PETITION_SETTINGS_DEFAULTS;
  const t = (own.thresholds ?? {}) as Record<string, unknown>;
  const census = (own.census ?? {}) as Record<string, unknown>;
  const bases = Array.isArray(own.signerBases)
    ? (own.signerBases as unknown[]).filter((b): b is SignerBasis => b === 'resident' || b === 'activity')
    : [];
  return {
    thresholds: {
      smallBelow: int(t.smallBelow, 1, 10_000_000) ?? d.thresholds.smallBelow,
      small: int(t.small, 1, 100_000) ?? d.thresholds.small,
      large: int(t.large, 1, 100_000) ?? d.thresholds.large,
      arrondissements: int(t.arrondissements, 1, 100_000) ?? d.thresholds.arrondissements,
    },
    hasArrondissements: typeof own.hasArrondissements === 'boolean' ? own.hasArrondissements : d.hasArrondissements,
    census: {
      name: typeof census.name === 'string' && census.name.trim() ? census.name.trim() : null,
      population: int(census.population, 1, 100_000_000) ?? null,
    },
    signerBases: bases.length > 0 ? [...new Set(bases)] : d.signerBases,
    registeredVoterRequired:
      typeof own.registeredVoterRequired === 'boolean' ? own.registeredVoterRequired : d.registeredVoterRequired,
    rejectionNoticeMonths: int(own.rejectionNoticeMonths, 1, 24) ?? d.rejectionNoticeMonths,
    alertDays: ints(own.alertDays, 1, 720) ?? d.alertDays,
    ordinarySessionMonths: ints(own.ordinarySessionMonths, 1, 12) ?? d.ordinarySessionMonths,
    retentionDays: int(own.retentionDays, 0, 3650) ?? d.retentionDays,
  };
}

/** The commune's petition settings and the population its tier is read from (with its source and certainty). */
export async function petitionSettings(db: Db, communeId: string) {
  const row = await db
    .selectFrom('communes')
    .select(['settings', 'population', 'populationSource', 'populationToVerify'])
    .where('id', '=', communeId)
    .executeTakeFirstOrThrow();
  const settings = settingsOf(row.settings);
  const own = settings.census.population !== null;
  return {
    settings,
    population: {
      value: own ? settings.census.population! : row.population,
      census: own ? (settings.census.name ?? 'settings') : row.populationSource,
      // A population the network has not confirmed against the latest census: staff see a warning.
      toVerify: own ? false : row.populationToVerify,
    },
  };
}
