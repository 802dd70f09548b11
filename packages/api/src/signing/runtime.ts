import { conflict } from '../errors';

/**
 * What signing needs from the process that hosts the API: the server secret (which
 * encrypts the communes' private keys) and the public address printed in QR codes.
 * Built once with the rest of the dependencies (`createAppDeps`, context.ts) and read
 * from the context as `ctx.signing`; tests give their own. Kept out of ApiConfig so the
 * secret never travels with the config objects that get logged or serialised.
 */
export interface SigningSetup {
  /** SHABAKA_SECRET, or a function reading it on first use (memoised). At least 32 characters. */
  secret: string | (() => string | Promise<string>);
  /** Base of the verification links printed on documents, e.g. https://shabaka.ma */
  publicUrl?: string | undefined;
}

/** Signing as procedures see it (`ctx.signing`): null on a process that has no secret. */
export interface Signing {
  /** The secret, read on first use; a failed read is retried on the next one. */
  secret(): Promise<string>;
  /** No trailing slash. */
  publicUrl: string;
}

export const MIN_SECRET_LENGTH = 32;
const DEFAULT_PUBLIC_URL = 'http://localhost:8080';

export function createSigning(setup: SigningSetup): Signing {
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
  return { secret, publicUrl: (setup.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '') };
}

/** The context's signing, or a clear refusal (not a crash) on a process that has none. */
export function signingSetup(deps: { signing: Signing | null }): Signing {
  if (!deps.signing)
    throw conflict(
      'signing_not_configured',
      'Document signing is not set up on this server (it needs SHABAKA_SECRET).',
    );
  return deps.signing;
}
