import { createHash, randomBytes } from 'node:crypto';
import type { AccountTokenPurpose, Db } from '@shabaka/db';

/*
 * Single-use links sent by email (confirm the address, reset the password). The token is
 * random and travels only in the email (in the link's fragment, so it reaches no server log
 * or Referer); the table keeps its SHA-256, like sessions: a leaked table opens nothing.
 */

/** How long a link works: a day to confirm an address, an hour to reset a password. */
export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  verify_email: 24 * 3_600_000,
  reset_password: 3_600_000,
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Issues a new link for `purpose`, in the caller's transaction; earlier unused ones stop working. */
export async function issueToken(trx: Db, userId: string, purpose: AccountTokenPurpose, now: Date) {
  const token = randomBytes(32).toString('base64url');
  await trx.deleteFrom('accountTokens').where('userId', '=', userId).where('purpose', '=', purpose).execute();
  await trx
    .insertInto('accountTokens')
    .values({
      userId,
      purpose,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
    })
    .execute();
  return token;
}

/**
 * Spends a link: the user it was issued to, or null when it is unknown, used or expired (one
 * answer for all three: a guessed token learns nothing). Marked used in the same statement,
 * so two tabs opening one link cannot both spend it.
 */
export async function spendToken(trx: Db, token: string, purpose: AccountTokenPurpose, now: Date) {
  if (token.length < 20 || token.length > 200) return null;
  const row = await trx
    .updateTable('accountTokens')
    .set({ usedAt: now })
    .where('tokenHash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .returning('userId')
    .executeTakeFirst();
  return row?.userId ?? null;
}
