import type { AssociationSector, Petitioner, PetitionTrack } from '@shabaka/db';
import type { AssociationFlags } from '../associations';
import type { PetitionSettings } from './settings';

/*
 * The eligibility engine (113-14 arts. 121–125), pure functions of the settings and the facts read by the
 * service: how many signatures a petition needs here, whether an association may petition (and which
 * condition fails), and the pre-filing checklist mirroring the decree's form (2.16.403).
 */

export type Tier = 'small' | 'large' | 'arrondissements';

/** The signatures a citizens' petition needs in a commune of `population`, and the tier it falls in. */
export function threshold(population: number, s: PetitionSettings): { tier: Tier; signatures: number } {
  if (s.hasArrondissements) return { tier: 'arrondissements', signatures: s.thresholds.arrondissements };
  return population < s.thresholds.smallBelow
    ? { tier: 'small', signatures: s.thresholds.small }
    : { tier: 'large', signatures: s.thresholds.large };
}

/** What a petition needs before it can be filed: signatures for citizens, none for an association or a proposal. */
export function signaturesNeeded(
  track: PetitionTrack,
  petitioner: Petitioner,
  population: number,
  s: PetitionSettings,
): { tier: Tier | 'none'; signatures: number } {
  // An association petitions in its own name (art. 122); a citizen proposal is not the law's petition and
  // needs no threshold: its support is shown, and the commune answers it all the same.
  if (petitioner === 'association' || track === 'proposal') return { tier: 'none', signatures: 0 };
  return threshold(population, s);
}

/** One condition checked, and whether it holds. */
export interface Condition {
  code: string;
  ok: boolean;
  /** Dates or figures a reader needs to understand it (the day the association turns 3, the count reached…). */
  detail?: Record<string, string | number> | undefined;
}

/**
 * Whether an association may petition (art. 122): constituted over N years, seat or branch in the commune,
 * in good standing (the registry's flags), and an activity related to the subject (its sectors hold the theme).
 */
export function associationConditions(
  flags: AssociationFlags,
  sectors: readonly AssociationSector[],
  theme: AssociationSector,
) {
  const conditions: Condition[] = flags.eligibleToPetition.reasons.map((r) => ({
    code: r.code,
    ok: r.ok,
    detail: r.until ? { until: r.until } : undefined,
  }));
  conditions.push({ code: 'related_activity', ok: sectors.includes(theme), detail: { theme } });
  return conditions;
}

export interface ChecklistFacts {
  track: PetitionTrack;
  petitioner: Petitioner;
  subject: string;
  reasons: string;
  request: string;
  mandataire: { name: string; cin: string; address: string };
  signatures: number;
  needed: number;
  /** The association's conditions, for its petition. */
  association?: readonly Condition[] | undefined;
  /** The association's statutes, receipt and bureau list on file (the decree's annexes). */
  associationDocuments?: { statutes: boolean; receipt: boolean; bureau: boolean } | undefined;
}

/**
 * The pre-filing checklist, in the order of the decree's form: the subject and reasons, the mandataire, the
 * signatories (with the threshold), and for an association its annexes and conditions. Filing needs every item.
 */
export function checklist(f: ChecklistFacts): Condition[] {
  const items: Condition[] = [
    { code: 'subject', ok: f.subject.trim().length > 0 },
    { code: 'reasons', ok: f.reasons.trim().length > 0 },
    { code: 'request', ok: f.request.trim().length > 0 },
    {
      code: 'mandataire',
      ok: !!f.mandataire.name.trim() && !!f.mandataire.cin.trim() && !!f.mandataire.address.trim(),
    },
  ];
  if (f.petitioner === 'citizens')
    items.push({
      code: 'signatures',
      ok: f.signatures >= f.needed,
      detail: { count: f.signatures, needed: f.needed },
    });
  if (f.petitioner === 'association') {
    const d = f.associationDocuments ?? { statutes: false, receipt: false, bureau: false };
    items.push(
      { code: 'statutes', ok: d.statutes },
      { code: 'receipt', ok: d.receipt },
      { code: 'bureau_list', ok: d.bureau },
    );
    items.push(...(f.association ?? []));
  }
  return items;
}
