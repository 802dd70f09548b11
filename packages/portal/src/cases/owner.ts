import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';

/**
 * The owner proof of a case as the citizen handles it (no React in the pure part): the short
 * secret printed on the receipt, the `#s=` fragment that carries it (never sent to the server,
 * so never in its logs), and the device's memory of recent cases. Mirrors the API's
 * packages/api/src/cases/owner.ts; the server decides, this only helps typing it.
 */

/** No 0/O, 1/I/L: what is read off paper is typed back without doubt. */
export const SECRET_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const SECRET_PATTERN = new RegExp(`^[${SECRET_ALPHABET}]{8}$`);

/** What people type: any case, spaces and dashes anywhere. */
export const normalizeSecret = (input: string) => input.toUpperCase().replace(/[\s\-–—_]/g, '');
export const isSecret = (input: string) => SECRET_PATTERN.test(normalizeSecret(input));
/** ABCD-EFGH, as printed. */
export const formatSecret = (input: string) => {
  const s = normalizeSecret(input);
  return s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4)}` : s;
};

/** The secret a link carries in its fragment (`#s=ABCD-EFGH`), if it is one. */
export function secretFromFragment(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('s') ?? '';
  return isSecret(value) ? formatSecret(value) : undefined;
}
export const withSecret = (path: string, secret: string | undefined) =>
  secret ? `${path}#s=${encodeURIComponent(formatSecret(secret))}` : path;

/** Takes the secret out of the address bar (a copied or shared link then does not carry it). */
export function dropFragment() {
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

export type CaseKind = 'complaint' | 'information';
export interface RecentCase {
  kind: CaseKind;
  code: string;
  secret: string;
  /** The commune's slug. */
  commune: string;
  /** When it was filed or first remembered here (ISO). */
  at: string;
}

export const RECENT_KEY = 'shabaka.cases';
/** Bounded: an old phone's storage is small, and a shared device should not hoard. */
export const RECENT_MAX = 20;
const EVENT = 'shabaka:cases';

const valid = (c: unknown): c is RecentCase => {
  const r = c as RecentCase;
  return (
    !!r &&
    (r.kind === 'complaint' || r.kind === 'information') &&
    typeof r.code === 'string' &&
    isSecret(String(r.secret)) &&
    typeof r.commune === 'string' &&
    typeof r.at === 'string'
  );
};

/** The stored list as stored (a string: the same value while unchanged, as useSyncExternalStore wants). */
function storedRecent(): string | null {
  try {
    return localStorage.getItem(RECENT_KEY);
  } catch {
    return null;
  }
}

function parseRecent(raw: string | null): RecentCase[] {
  try {
    const list: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(list) ? list.filter(valid) : [];
  } catch {
    return [];
  }
}

export const recentCases = (): RecentCase[] => parseRecent(storedRecent());

function save(list: RecentCase[]) {
  try {
    if (list.length) localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX)));
    else localStorage.removeItem(RECENT_KEY);
  } catch {
    // Private mode or full storage: the receipt's URL and PDF still hold the secret.
  }
  window.dispatchEvent(new Event(EVENT));
}

const same = (a: Pick<RecentCase, 'kind' | 'code'>, b: Pick<RecentCase, 'kind' | 'code'>) =>
  a.kind === b.kind && a.code === b.code;

/** Newest first; a case already known moves to the top with the latest secret. */
export function rememberCase(entry: Omit<RecentCase, 'at'> & { at?: string }) {
  const list = recentCases();
  const known = list.find((c) => same(c, entry));
  const next: RecentCase = {
    ...entry,
    secret: formatSecret(entry.secret),
    at: known?.at ?? entry.at ?? new Date().toISOString(),
  };
  save([next, ...list.filter((c) => !same(c, entry))]);
}

export const forgetCase = (kind: CaseKind, code: string) => save(recentCases().filter((c) => !same(c, { kind, code })));
export const forgetAllCases = (kind: CaseKind) => save(recentCases().filter((c) => c.kind !== kind));
export const recallSecret = (kind: CaseKind, code: string) =>
  recentCases().find((c) => same(c, { kind, code }))?.secret;

const subscribeRecent = (onChange: () => void) => {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
};

/**
 * The device's recent cases of one kind, kept in step with other tabs and other screens. None
 * while a page its build wrote ahead is hydrated (the build knows no device), then the device's.
 */
export function useRecentCases(kind: CaseKind) {
  const raw = useSyncExternalStore(subscribeRecent, storedRecent, () => null);
  return useMemo(() => parseRecent(raw).filter((c) => c.kind === kind), [raw, kind]);
}

/**
 * The secret for a tracking page: from the link's fragment (remembered on this device, then
 * taken out of the address bar), else from the device's memory; `set` adopts one typed by hand
 * for this page only.
 */
export function usePageSecret(kind: CaseKind, code: string, commune: string) {
  const pick = () => {
    const fromLink = secretFromFragment(window.location.hash);
    if (fromLink) {
      rememberCase({ kind, code, secret: fromLink, commune });
      dropFragment();
    }
    return fromLink ?? recallSecret(kind, code);
  };
  const [secret, setSecret] = useState<string | undefined>(pick);
  const [forCode, setForCode] = useState(code);
  if (forCode !== code) {
    setForCode(code);
    setSecret(pick());
  }
  // A receipt link opened in this same tab only changes the fragment: no new page load.
  useEffect(() => {
    const onHash = () => {
      const fromLink = secretFromFragment(window.location.hash);
      if (!fromLink) return;
      rememberCase({ kind, code, secret: fromLink, commune });
      dropFragment();
      setSecret(fromLink);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [kind, code, commune]);
  return [secret, setSecret] as const;
}
