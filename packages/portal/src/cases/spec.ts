import type { CaseKind } from './owner';
import type { LoadState } from '../desk/List';

/** What every tracked case answers with: whether the caller proved they own it, and why not. */
export interface OwnedCase {
  code: string;
  /** The slug of the commune the case belongs to (a code typed in another commune's portal). */
  commune: string;
  owner: boolean;
  secretError: 'wrong_secret' | 'too_many_attempts' | null;
}

/**
 * One case type as the citizen's screens see it: its code rule, its lookup and live updates
 * (the section's tRPC procedures), and where its pages are. Each section writes one; the
 * tracking page, the receipt and the tracking form are shared.
 */
export interface CaseSpec<T extends OwnedCase> {
  kind: CaseKind;
  normalizeCode: (input: string) => string;
  isCode: (code: string) => boolean;
  /** The public lookup (`track`), with the secret when there is one; `enabled` only for a well-formed code. */
  useTrack: (code: string, secret: string | undefined, enabled: boolean) => LoadState<T>;
  /**
   * Live updates of one case: refreshes the lookup and returns what to announce (or '' for
   * nothing) through `announce`.
   */
  useUpdates: (code: string, enabled: boolean, announce: (text: string) => void) => void;
  /** The printable receipt (site root); the secret proves the owner. */
  receiptPdfHref: (code: string, secret: string | undefined) => string;
  /** The tracking page, relative to the section's routes. */
  trackPath: (code: string) => string;
}

/** `value` if it is one of `list` (an address or a form may hold anything), else undefined. */
export const oneOf = <T extends string>(list: readonly T[], value: string | null | undefined): T | undefined =>
  value && (list as readonly string[]).includes(value) ? (value as T) : undefined;
