import type { Db } from '@shabaka/db';
import { conflict } from '../errors';

/**
 * What signing needs from the process that hosts the API: the server secret (which
 * encrypts the communes' private keys) and the public address printed in QR codes.
 * The server provides them once per database handle (apps/server/src/documents.ts);
 * tests provide their own. Kept out of ApiConfig so the secret never travels with the
 * context objects that get logged or serialised.
 */
export interface SigningSetup {
  /** SHABAKA_SECRET, or a function reading it on first use (memoised). At least 32 characters. */
  secret: string | (() => string | Promise<string>);
  /** Base of the verification links printed on documents, e.g. https://shabaka.ma */
  publicUrl?: string | undefined;
}

interface ResolvedSetup {
  secret(): Promise<string>;
  publicUrl: string;
}

export const MIN_SECRET_LENGTH = 32;
const DEFAULT_PUBLIC_URL = 'http://localhost:8080';
const setups = new WeakMap<Db, ResolvedSetup>();

export function configureSigning(db: Db, setup: SigningSetup): void {
  const source = setup.secret;
  let pending: Promise<string> | undefined;
  const secret = () => {
    pending ??= Promise.resolve()
      .then(() => (typeof source === 'function' ? source() : source))
      .then((s) => {
        if (typeof s !== 'string' || s.length < MIN_SECRET_LENGTH) {
          throw new Error(`The signing secret must be at least ${MIN_SECRET_LENGTH} characters long.`);
        }
        return s;
      });
    // A failed read (an unwritable data directory…) is retried on the next use.
    pending.catch(() => (pending = undefined));
    return pending;
  };
  setups.set(db, { secret, publicUrl: (setup.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '') });
}

export function signingSetup(db: Db): ResolvedSetup {
  const setup = setups.get(db);
  // Scripts and tests that never configured signing get a clear refusal, not a crash.
  if (!setup) throw conflict('signing_not_configured', 'Document signing is not set up on this server (it needs SHABAKA_SECRET).');
  return setup;
}

export const isSigningConfigured = (db: Db) => setups.has(db);
