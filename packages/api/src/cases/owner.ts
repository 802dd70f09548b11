import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { InnerContext } from '../context';
import { forbidden, tooManyRequests } from '../errors';
import { normaliseSecret, ownerSecret, SECRET_ALPHABET, SECRET_LENGTH } from '../fields';

export { normaliseSecret, ownerSecret, SECRET_ALPHABET, SECRET_LENGTH };

/*
 * Who owns a case. A tracking code is not ownership: codes follow each other and are
 * listed in public. Every case (complaint, information request, later case types) gets
 * at intake an owner proof: the account that filed it, or a short secret a person can
 * copy by hand from the screen or the paper receipt. Reopening, rating, withdrawing,
 * reading a private answer — any citizen action on a case — needs one or the other.
 *
 * The secret: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown
 * as ABCD-EFGH, about 40 bits. Only salted hashes are stored. SHA-256 rather than a slow
 * hash: intake must stay cheap, guessing online is limited per case (below), and whoever
 * reads the database already reads the case itself.
 */
/** Distinct wrong secrets allowed per case within the window, whoever tries them. */
export const WRONG_SECRET_MAX = 5;
export const WRONG_SECRET_WINDOW_MS = 15 * 60_000;
/** Hashes kept per case: one per idempotent replay of the intake, the newest win. */
const MAX_HASHES = 4;

export type CaseKind =
  | 'complaint'
  | 'information_request'
  | 'call_application'
  | 'contribution'
  | 'petition'
  | 'pac_proposal'
  | 'recommendation'
  | 'observation';

/** A fresh secret, unformatted (8 characters). */
export function generateSecret(): string {
  let s = '';
  for (let i = 0; i < SECRET_LENGTH; i++) s += SECRET_ALPHABET[randomInt(SECRET_ALPHABET.length)];
  return s;
}

/** ABCDEFGH → ABCD-EFGH, as shown and printed. */
export const formatSecret = (secret: string) => `${secret.slice(0, 4)}-${secret.slice(4)}`;

const digest = (salt: Buffer, secret: string) => createHash('sha256').update(salt).update(secret, 'utf8').digest();

/** One stored hash: `<salt>.<sha256(salt ‖ secret)>`, both base64url. */
export function hashSecret(secret: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('base64url')}.${digest(salt, secret).toString('base64url')}`;
}

/** The stored column with one more hash (the oldest dropped beyond MAX_HASHES). */
export function withHash(stored: string | null, hash: string): string {
  return [...(stored ? stored.split(' ') : []), hash].slice(-MAX_HASHES).join(' ');
}

/** Compares with every stored hash in constant time (no early exit on the first match). */
export function secretMatches(secret: string, stored: string | null): boolean {
  if (!stored) return false;
  let match = false;
  for (const entry of stored.split(' ')) {
    const [salt, hash] = entry.split('.');
    if (!salt || !hash) continue;
    const expected = Buffer.from(hash, 'base64url');
    const actual = digest(Buffer.from(salt, 'base64url'), secret);
    if (expected.length === actual.length && timingSafeEqual(expected, actual)) match = true;
  }
  return match;
}

/** What `proveOwner` needs of a case. */
export interface OwnedCase {
  kind: CaseKind;
  id: string;
  authorId: string | null;
  ownerSecretHash: string | null;
}

/** How the caller proved ownership; `actorId` is whoever is signed in (null for a receipt holder without account). */
export type OwnerProof = { via: 'account'; actorId: string } | { via: 'secret'; actorId: string | null };

type ProofCtx = Pick<InnerContext, 'limits' | 'session' | 'clock'>;

const limitKey = (c: OwnedCase) => `owner-secret:${c.kind}:${c.id}`;

/**
 * Checks a secret against the case under its per-case limit of wrong tries. Only distinct
 * wrong secrets count: repeating one teaches a guesser nothing, and a device that kept a
 * mistyped secret and refreshes the tracking page must not lock its owner out. Synchronous
 * on purpose, from the count check to the count of a failure: no other call of this
 * process can slip in between (a batch of parallel guesses sees each other's failures).
 */
function checkSecret(ctx: ProofCtx, c: OwnedCase, secret: string): 'ok' | 'wrong_secret' | 'too_many_attempts' {
  const key = limitKey(c);
  const now = ctx.clock.now().getTime();
  // A hit with max 0 is always refused and never counted (LimitStore's contract): it reads the count.
  if (ctx.limits.hit(key, 0, WRONG_SECRET_WINDOW_MS, now).count >= WRONG_SECRET_MAX) return 'too_many_attempts';
  if (secretMatches(secret, c.ownerSecretHash)) return 'ok';
  // The store keeps keys, not secrets: this guess is remembered by a digest of it.
  const tried = `${key}:${createHash('sha256').update(c.id).update(secret).digest('base64url').slice(0, 16)}`;
  if (ctx.limits.hit(tried, 1, WRONG_SECRET_WINDOW_MS, now).allowed)
    ctx.limits.hit(key, WRONG_SECRET_MAX, WRONG_SECRET_WINDOW_MS, now);
  return 'wrong_secret';
}

/**
 * The owner's account (signed in as the case's author) or the secret, else a DomainError:
 * `owner_proof_required` (neither), `wrong_secret`, `too_many_attempts` (the case's limit).
 */
export function proveOwner(ctx: ProofCtx, c: OwnedCase, secret: string | undefined): OwnerProof {
  const userId = ctx.session?.userId ?? null;
  if (userId && c.authorId === userId) return { via: 'account', actorId: userId };
  if (!secret) {
    throw forbidden(
      'owner_proof_required',
      'Only the person who filed this case can do this: sign in with the account that filed it, or give the secret printed on the receipt.',
    );
  }
  const verdict = checkSecret(ctx, c, secret);
  if (verdict === 'too_many_attempts') {
    throw tooManyRequests(
      'too_many_attempts',
      'Too many wrong secrets were tried for this case. Try again in 15 minutes.',
      'secret',
    );
  }
  if (verdict === 'wrong_secret')
    throw forbidden('wrong_secret', 'This secret does not match the case. Check the receipt and try again.');
  return { via: 'secret', actorId: userId };
}

/**
 * For reading (tracking pages): the same proof, but a failure only means "not the owner".
 * A wrong secret still counts against the case's limit, so reading is no free oracle.
 */
export function ownerView(
  ctx: ProofCtx,
  c: OwnedCase,
  secret: string | undefined,
): { owner: boolean; secretError: 'wrong_secret' | 'too_many_attempts' | null } {
  const userId = ctx.session?.userId ?? null;
  if (userId && c.authorId === userId) return { owner: true, secretError: null };
  if (!secret) return { owner: false, secretError: null };
  const verdict = checkSecret(ctx, c, secret);
  return verdict === 'ok' ? { owner: true, secretError: null } : { owner: false, secretError: verdict };
}

/** Audit fields of a citizen action: the account, or "holder of the receipt". */
export const auditedActor = (p: OwnerProof) => ({
  actorId: p.actorId,
  actorKind: p.via === 'account' ? ('account' as const) : ('receipt' as const),
});

/** A new case's proof material: the secret to hand out (formatted) and the hash to store. */
export function newOwnerSecret() {
  const secret = generateSecret();
  return { secret: formatSecret(secret), hash: hashSecret(secret) };
}
