import { createHash, randomBytes } from 'node:crypto';
import type { CommuneRole, Db, Language, NetworkRole } from '@shabaka/db';
import { recordAudit } from '../audit';
import type { InnerContext } from '../context';
import { conflict, unauthorized } from '../errors';
import type { LimitStore } from '../limits';
import { rateLimited } from '../limits';
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
  ctx?: Pick<InnerContext, 'language'>,
) {
  if (await repo.findUserByEmail(db, input.email)) {
    throw conflict('email_taken', 'An account already exists for this email address.', 'email');
  }
  const passwordHash = await hashPassword(input.password, ctx);
  return repo.insertUser(db, {
    email: input.email,
    displayName: input.displayName,
    passwordHash,
    locale: input.locale,
  });
}

export async function signUp(
  ctx: InnerContext,
  input: { email: string; password: string; displayName: string; locale: Language },
) {
  const user = await createAccount(ctx.db, input, ctx);
  const { token, expiresAt } = await openSession(ctx, user.id);
  return { user: publicUser(user), token, expiresAt };
}

/**
 * Failed sign-ins lock the account progressively: after n attempts on one email within
 * 15 minutes, the next may start only 0.25 s, 0.5 s, 1 s … up to 5 s later. Each attempt
 * reserves its slot at once (before any await), so parallel guesses queue behind each
 * other instead of all passing the same delay; an attempt that would wait more than 3 s
 * is refused (429) without queuing. Unknown emails are counted the same way (their own
 * key, so they lock nobody else) and cost the same hashing, so timing tells nothing.
 * On top: the per-address limit of auth.signIn (limits/calls.ts).
 */
const SIGN_IN_FORGET_MS = 15 * 60_000;
const SIGN_IN_MAX_WAIT_MS = 3_000;
export const signInSpacingMs = (attempts: number) => Math.min(5_000, 250 * 2 ** (attempts - 1));
const signInKey = (email: string) => `signIn:account:${email.trim().toLowerCase()}`;
/** How long the next sign-in on `email` would wait now. */
export const signInDelayMs = (limits: LimitStore, email: string, now: number) =>
  limits.waitMs(signInKey(email), SIGN_IN_FORGET_MS, now);

export async function signIn(ctx: InnerContext, input: { email: string; password: string }) {
  const key = signInKey(input.email);
  const slot = ctx.limits.schedule(key, signInSpacingMs, SIGN_IN_MAX_WAIT_MS, SIGN_IN_FORGET_MS);
  if (!slot.allowed) throw rateLimited(ctx, slot.waitMs);
  if (slot.waitMs > 0) await new Promise((r) => setTimeout(r, slot.waitMs));
  const user = await repo.findUserByEmail(ctx.db, input.email);
  // Same message for unknown email and wrong password: no account enumeration.
  const ok = user
    ? await verifyPassword(input.password, user.passwordHash, ctx)
    : await hashPassword(input.password, ctx).then(() => false);
  if (!user || !ok) throw unauthorized('wrong_credentials', 'Wrong email or password.');
  ctx.limits.reset(key);
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
    await recordAudit(trx, {
      actorId: session.userId,
      communeId: null,
      action: 'auth.signed_out_everywhere',
      targetType: 'user',
      targetId: session.userId,
    });
  });
  ctx.response?.clearSessionCookie();
  return { ok: true as const };
}

export async function me(ctx: InnerContext) {
  if (!ctx.session) return null;
  const s = ctx.session;
  const memberships = await repo.membershipsOf(ctx.db, s.userId);
  const rolesIn = new Map<string, CommuneRole[]>();
  for (const m of memberships) rolesIn.set(m.commune, [...(rolesIn.get(m.commune) ?? []), m.role]);
  return {
    id: s.userId,
    email: s.email,
    displayName: s.displayName,
    locale: s.locale,
    memberships,
    networkRoles: s.networkRoles,
    /**
     * What the account may do, computed by the server's permission table (access.ts) so
     * clients never mirror it: per commune where it holds a role, in any other commune
     * (a network admin's), and across the network.
     */
    permissions: {
      communes: Object.fromEntries(
        [...rolesIn].map(([commune, roles]) => [commune, ctx.access.communePermissions(roles, s.networkRoles)]),
      ),
      anyCommune: ctx.access.communePermissions([], s.networkRoles),
      network: ctx.access.networkPermissions(s.networkRoles),
    },
  };
}

/** A password change signs the account out everywhere else. */
export async function changePassword(
  ctx: InnerContext,
  session: Session,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await repo.findUserById(ctx.db, session.userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash, ctx))) {
    throw unauthorized('wrong_current_password', 'The current password is not correct.');
  }
  const hash = await hashPassword(input.newPassword, ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePasswordHash(trx, user.id, hash, ctx.clock.now());
    await repo.deleteOtherSessions(trx, user.id, ctx.sessionToken ? hashToken(ctx.sessionToken) : null);
    await recordAudit(trx, {
      actorId: user.id,
      communeId: null,
      action: 'auth.password_changed',
      targetType: 'user',
      targetId: user.id,
    });
  });
  return { ok: true as const };
}
