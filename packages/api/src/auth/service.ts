import { createHash, randomBytes } from 'node:crypto';
import type { Db, Language, NetworkRole } from '@shabaka/db';
import { recordAudit } from '../audit/repository';
import type { InnerContext } from '../context';
import { conflict, tooManyRequests, unauthorized } from '../errors';
import { hashPassword, verifyPassword } from './password';
import * as repo from './repository';

export interface Session {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  locale: Language;
  networkRoles: NetworkRole[];
}

/** Tokens are random and opaque; only their hash is stored, so a leaked table opens no session. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function resolveSession(db: Db, token: string, now: Date): Promise<Session | null> {
  if (token.length < 20 || token.length > 200) return null;
  const row = await repo.findLiveSession(db, hashToken(token), now);
  if (!row) return null;
  return { ...row, locale: row.locale as Language, networkRoles: await repo.networkRolesOf(db, row.userId) };
}

async function openSession(ctx: InnerContext, userId: string) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(ctx.clock.now().getTime() + ctx.config.sessionTtlDays * 86_400_000);
  await repo.insertSession(ctx.db, { tokenHash: hashToken(token), userId, expiresAt });
  ctx.response?.setSessionCookie(token, expiresAt);
  return { token, expiresAt };
}

export const publicUser = (u: { id: string; email: string; displayName: string; locale: string }) => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  locale: u.locale as Language,
});

/** Creates an account (also used by the CLI and demo seeding). */
export async function createAccount(
  db: Db,
  input: { email: string; password: string; displayName: string; locale: Language },
) {
  if (await repo.findUserByEmail(db, input.email)) {
    throw conflict('email_taken', 'An account already exists for this email address.', 'email');
  }
  const passwordHash = await hashPassword(input.password);
  return repo.insertUser(db, { email: input.email, displayName: input.displayName, passwordHash, locale: input.locale });
}

/**
 * Sign-up attempts per target address. The 409 "already exists" tells whether an address has
 * an account (until email verification lets sign-up answer neutrally); counting attempts per
 * address, whoever makes them, keeps that from being asked about one address over and over.
 */
export const SIGN_UPS_PER_EMAIL = { max: 3, windowMs: 3_600_000 };

export async function signUp(ctx: InnerContext, input: { email: string; password: string; displayName: string; locale: Language }) {
  const verdict = ctx.limits.hit(`auth.signUp:email:${input.email}`, SIGN_UPS_PER_EMAIL.max, SIGN_UPS_PER_EMAIL.windowMs, ctx.clock.now().getTime());
  if (!verdict.allowed) {
    throw tooManyRequests('too_many_sign_ups', `Too many sign-up attempts for this email address; try again in ${Math.ceil(verdict.retryAfterMs / 60_000)} minutes.`);
  }
  const user = await createAccount(ctx.db, input);
  const { token, expiresAt } = await openSession(ctx, user.id);
  return { user: publicUser(user), token, expiresAt };
}

/**
 * Progressive delay: after failed sign-ins on an account, each further attempt waits
 * longer (0.25 s, 0.5 s, 1 s … up to 5 s) for 15 minutes, on top of the per-IP rate limit.
 */
const failures = new Map<string, { count: number; at: number }>();
const FAILURE_WINDOW_MS = 15 * 60_000;
export function signInDelayMs(email: string, now: number) {
  const f = failures.get(email);
  if (!f || now - f.at > FAILURE_WINDOW_MS) return 0;
  return Math.min(5000, 250 * 2 ** (f.count - 1));
}
function recordFailure(email: string, now: number) {
  const f = failures.get(email);
  failures.set(email, { count: f && now - f.at <= FAILURE_WINDOW_MS ? f.count + 1 : 1, at: now });
  if (failures.size > 10_000) failures.delete(failures.keys().next().value!);
}

export async function signIn(ctx: InnerContext, input: { email: string; password: string }) {
  const delay = signInDelayMs(input.email, Date.now());
  if (delay > 0) await new Promise((r) => setTimeout(r, delay));
  const user = await repo.findUserByEmail(ctx.db, input.email);
  // Same message for unknown email and wrong password: no account enumeration.
  const ok = user ? await verifyPassword(input.password, user.passwordHash) : await hashPassword(input.password).then(() => false);
  if (!user || !ok) {
    recordFailure(input.email, Date.now());
    throw unauthorized('wrong_credentials', 'Wrong email or password.');
  }
  failures.delete(input.email);
  const { token, expiresAt } = await openSession(ctx, user.id);
  return { user: publicUser(user), token, expiresAt };
}

export async function signOut(ctx: InnerContext) {
  if (ctx.sessionToken) await repo.deleteSession(ctx.db, hashToken(ctx.sessionToken));
  ctx.response?.clearSessionCookie();
  return { ok: true as const };
}

/** Ends every session of the account, this one included (a lost phone, a shared computer). */
export async function signOutEverywhere(ctx: InnerContext, session: Session) {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteOtherSessions(trx, session.userId, null);
    await recordAudit(trx, { actorId: session.userId, communeId: null, action: 'auth.signed_out_everywhere', targetType: 'user', targetId: session.userId });
  });
  ctx.response?.clearSessionCookie();
  return { ok: true as const };
}

export async function me(ctx: InnerContext) {
  if (!ctx.session) return null;
  const s = ctx.session;
  return {
    id: s.userId,
    email: s.email,
    displayName: s.displayName,
    locale: s.locale,
    memberships: await repo.membershipsOf(ctx.db, s.userId),
    networkRoles: s.networkRoles,
  };
}

/** A password change signs the account out everywhere else. */
export async function changePassword(ctx: InnerContext, session: Session, input: { currentPassword: string; newPassword: string }) {
  const user = await repo.findUserById(ctx.db, session.userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw unauthorized('wrong_current_password', 'The current password is not correct.');
  }
  const hash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePasswordHash(trx, user.id, hash, ctx.clock.now());
    await repo.deleteOtherSessions(trx, user.id, ctx.sessionToken ? hashToken(ctx.sessionToken) : null);
    await recordAudit(trx, { actorId: user.id, communeId: null, action: 'auth.password_changed', targetType: 'user', targetId: user.id });
  });
  return { ok: true as const };
}
