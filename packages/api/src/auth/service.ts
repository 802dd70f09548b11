import { randomBytes } from 'node:crypto';
import type { CommuneRole, Db, Language, NetworkRole } from '@shabaka/db';
import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, forbidden, isUniqueViolation, unauthorized } from '../errors';
import type { LimitStore } from '../limits';
import { rateLimited } from '../limits';
import { describeDevice, isNewDevice, sendAccountEmail } from './notices';
import { hashPassword, verifyPassword } from './password';
import * as repo from './repository';
import { hashToken, issueToken, spendToken } from './tokens';

export interface Session {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  locale: Language;
  networkRoles: NetworkRole[];
}

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

/**
 * Creates an account that can sign in at once (the CLI and demo seeding: an administrator
 * made it). Citizens sign up with `signUp`, which first confirms their address.
 */
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
    emailVerifiedAt: new Date(),
  });
}

/** What sign-up and a reset request answer, whether or not an account exists for the address. */
const CHECK_EMAIL = { status: 'check_your_email' as const };

/**
 * Sign-up at a commune's portal. The account cannot sign in until its owner opens the link
 * sent to the address, and the answer is the same whether or not the address has an account
 * (no one learns who has one): a new address gets the link; an unconfirmed one gets a new
 * link, the latest sign-up's password and name replacing the earlier ones (whoever reads the
 * mailbox decides); a confirmed one gets "you already have an account", and nothing changes.
 * The password is hashed in every case, so the time taken tells nothing either.
 */
export async function signUp(
  ctx: InnerContext & { commune: CommuneRow },
  input: { email: string; password: string; displayName: string; locale: Language },
) {
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(input.password, ctx);
  const fields = { displayName: input.displayName, locale: input.locale, passwordHash };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const existing = await repo.findUserByEmail(trx, input.email);
      if (existing?.emailVerifiedAt) {
        await sendAccountEmail(trx, { communeId: ctx.commune.id, template: 'account.exists', user: existing, now });
        return;
      }
      const user = existing
        ? await repo.updateUnconfirmedUser(trx, existing.id, { ...fields, homeCommuneId: ctx.commune.id, at: now })
        : await repo.insertUser(trx, { email: input.email, ...fields, homeCommuneId: ctx.commune.id });
      const token = await issueToken(trx, user.id, 'verify_email', now);
      await sendAccountEmail(trx, { communeId: ctx.commune.id, template: 'account.verify', user, token, now });
    });
  } catch (error) {
    // Two sign-ups for one new address at once: the other made the account and sent its link.
    if (!isUniqueViolation(error, 'users_email_key')) throw error;
  }
  return CHECK_EMAIL;
}

/**
 * Opens the link sent at sign-up: the address is confirmed and the account can sign in.
 * No session is opened here: the person signs in with the password chosen at sign-up, so a
 * link from a sign-up someone else made with this address cannot hand them the account.
 */
export async function verifyEmail(ctx: InnerContext, input: { token: string }) {
  const now = ctx.clock.now();
  const email = await ctx.db.transaction().execute(async (trx) => {
    const userId = await spendToken(trx, input.token, 'verify_email', now);
    if (!userId) return null;
    const user = await repo.confirmEmail(trx, userId, now);
    await recordAudit(trx, {
      actorId: userId,
      communeId: null,
      action: 'auth.email_verified',
      targetType: 'user',
      targetId: userId,
    });
    return user.email;
  });
  if (!email) throw badRequest('invalid_link', 'This link is no longer valid: ask for a new one.', 'token');
  return { email };
}

/** "Forgotten password": a link to choose a new one, sent if the address has an account; the same answer either way. */
export async function requestPasswordReset(ctx: InnerContext & { commune: CommuneRow }, input: { email: string }) {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const user = await repo.findUserByEmail(trx, input.email);
    if (!user) return;
    const token = await issueToken(trx, user.id, 'reset_password', now);
    await sendAccountEmail(trx, { communeId: ctx.commune.id, template: 'account.reset', user, token, now });
  });
  return CHECK_EMAIL;
}

/**
 * Chooses a new password with the emailed link: every session of the account ends (whoever
 * knew the old password is out), the address counts as confirmed (the link reached it), and
 * this browser is signed in.
 */
export async function resetPassword(ctx: InnerContext, input: { token: string; newPassword: string }) {
  const now = ctx.clock.now();
  const hash = await hashPassword(input.newPassword, ctx);
  const user = await ctx.db.transaction().execute(async (trx) => {
    const userId = await spendToken(trx, input.token, 'reset_password', now);
    if (!userId) return null;
    await repo.updatePasswordHash(trx, userId, hash, now);
    const confirmed = await repo.confirmEmail(trx, userId, now);
    await repo.deleteOtherSessions(trx, userId, null);
    await recordAudit(trx, {
      actorId: userId,
      communeId: null,
      action: 'auth.password_reset',
      targetType: 'user',
      targetId: userId,
    });
    return confirmed;
  });
  if (!user) throw badRequest('invalid_link', 'This link is no longer valid: ask for a new one.', 'token');
  const { token, expiresAt } = await openSession(ctx, user.id);
  return { user: publicUser(user), token, expiresAt };
}

/** The commune whose name an account's email carries: the portal used now, else the account's own. */
async function letterheadOf(ctx: InnerContext, user: { id: string; homeCommuneId: string | null }, slug?: string) {
  const here = slug ? await ctx.communeCache.bySlug(slug) : undefined;
  return here?.id ?? user.homeCommuneId ?? (await repo.firstMembershipCommune(ctx.db, user.id));
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

export async function signIn(
  ctx: InnerContext,
  input: { email: string; password: string; commune?: string | undefined },
) {
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
  const now = ctx.clock.now();
  const communeId = await letterheadOf(ctx, user, input.commune);
  if (!user.emailVerifiedAt) {
    // The right password on an unconfirmed account: send the link again (at most every 5
    // minutes, the mailbox is not to be flooded) and say why the door stays shut.
    if (communeId && !(await repo.recentToken(ctx.db, user.id, 'verify_email', new Date(now.getTime() - 5 * 60_000)))) {
      await ctx.db.transaction().execute(async (trx) => {
        const token = await issueToken(trx, user.id, 'verify_email', now);
        await sendAccountEmail(trx, { communeId, template: 'account.verify', user, token, now });
      });
    }
    throw forbidden('email_not_verified', 'Confirm your email address first: open the link we sent to it.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    if ((await isNewDevice(trx, user.id, ctx.userAgent, now)) && communeId) {
      const params = { at: now.toISOString(), device: describeDevice(ctx.userAgent) };
      await sendAccountEmail(trx, { communeId, template: 'account.signIn', user, params, now });
    }
  });
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
