import type { Db } from '@shabaka/db';
import type { ResidenceCheck } from '@shabaka/db/enums';
import { settingsOfCommune } from '../../communes';

/**
 * How a commune runs its prioritisation votes (`communes.settings.pacProposals`) over these defaults. The
 * law (113-14 art. 119, decree 2.16.301) asks for participation, not for a voting age or a population: each
 * figure is the commune's choice, prefilled in a new consultation and printed with its results.
 */
export const PROPOSAL_SETTINGS_DEFAULTS = {
  /** Who may vote: residents from this age (the electoral age by default; many participatory budgets use 16). */
  minAge: 18,
  /**
   * The residents of that age the participation rate is read against, and its source (a census table).
   * Null until the commune enters it: staff then give it with each consultation.
   */
  eligible: null as { value: number; source: string } | null,
  residenceCheck: 'self_declared' as ResidenceCheck,
};
export type ProposalSettings = typeof PROPOSAL_SETTINGS_DEFAULTS;

export function settingsOf(settings: unknown): ProposalSettings {
  const own = ((settings ?? {}) as { pacProposals?: Record<string, unknown> }).pacProposals ?? {};
  const int = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
  const eligible = (own.eligible ?? {}) as Record<string, unknown>;
  const value = int(eligible.value, 1, 100_000_000);
  const source = typeof eligible.source === 'string' && eligible.source.trim() ? eligible.source.trim() : null;
  return {
    minAge: int(own.minAge, 12, 25) ?? PROPOSAL_SETTINGS_DEFAULTS.minAge,
    eligible: value && source ? { value, source } : null,
    residenceCheck:
      own.residenceCheck === 'agent_verified' || own.residenceCheck === 'self_declared'
        ? own.residenceCheck
        : PROPOSAL_SETTINGS_DEFAULTS.residenceCheck,
  };
}

export async function proposalSettings(db: Db, communeId: string): Promise<ProposalSettings> {
  return settingsOf(await settingsOfCommune(db, communeId));
}
