import { createHash, randomBytes } from 'node:crypto';
import {
  PREFERENCE_CHANNELS,
  type ConsentSource,
  type Db,
  type EngagementFrequency,
  type Language,
  type PreferenceChannel,
  type RecipientChannel,
} from '@shabaka/db';
import type { InnerContext } from '../context';
import { badRequest, unauthorized } from '../errors';
import { enqueue, smsNumber, type Recipient } from './outbox';
import * as repo from './preferences-repository';
import type { TemplateName } from './templates';

/*
 * Engagement messages follow the person's choice (issue 13, "Two classes" and "Consent and
 * preferences"). Legal notices (receipts, answers, extensions…) ignore all of this: they go
 * by every channel the person registered and cannot be switched off (outbox.ts).
 *
 * Two records: an account's choice per channel (`notification_preferences`: consent and
 * frequency, the state), and the append-only log of every consent given or withdrawn
 * (`notification_consents`: who, which address, when, where — the portal, the counter with
 * its agent, an unsubscribe link). The log is also what the outbox checks before writing an
 * engagement notice to an address: its latest row there must not be a refusal or a
 * withdrawal. A followed case's news and digests go further: they need the account's consent
 * given on the channel (`grants`), never assumed.
 */

type Ctx = Pick<InnerContext, 'db' | 'clock'>;

export interface ChannelChoice {
  channel: PreferenceChannel;
  consent: boolean;
  frequency: EngagementFrequency;
}

/** A channel never set: no consent given yet, and "immediate" once it is. */
const UNSET = { consent: false, frequency: 'immediate' as EngagementFrequency, source: null, updatedAt: null };

/** Where an account is reached on a channel: its email, its bell (its id); no phone is kept on an account. */
const accountAddress = (channel: RecipientChannel, user: { id: string; email: string }) =>
  channel === 'email' ? user.email : channel === 'inapp' ? user.id : null;

/** Whether engagement messages may go on this channel: consent given and a frequency other than never. */
const grants = (c: { consent: boolean; frequency: EngagementFrequency }) => c.consent && c.frequency !== 'never';

async function accountOf(db: Db, userId: string) {
  const user = await repo.userById(db, userId);
  if (!user) throw unauthorized('sign_in_required', 'Sign in to manage your notifications.');
  return user;
}

/** The signed-in account's choices on every channel, and its recent consent history. */
export async function preferences(ctx: Ctx, userId: string) {
  const user = await accountOf(ctx.db, userId);
  const [rows, history] = await Promise.all([
    repo.preferencesOf(ctx.db, userId),
    repo.consentHistory(ctx.db, userId, 20),
  ]);
  return {
    email: user.email,
    channels: PREFERENCE_CHANNELS.map((channel) => {
      const row = rows.find((r) => r.channel === channel);
      return { channel, ...(row ?? UNSET) };
    }),
    history,
  };
}

/**
 * Sets some channels' choices for the account, each change logged with its time and source.
 * A channel whose choice is unchanged logs nothing (saving the form twice is no new consent).
 */
export async function setChoices(
  trx: Db,
  user: { id: string; email: string },
  choices: readonly ChannelChoice[],
  p: { source: ConsentSource; now: Date; communeId?: string | null },
) {
  const current = await repo.preferencesOf(trx, user.id);
  let changed = 0;
  for (const choice of choices) {
    const before = current.find((r) => r.channel === choice.channel);
    if (before && before.consent === choice.consent && before.frequency === choice.frequency) continue;
    await repo.upsertPreference(trx, { userId: user.id, ...choice, source: p.source, updatedAt: p.now });
    await repo.insertConsents(trx, [
      {
        channel: choice.channel,
        userId: user.id,
        address: accountAddress(choice.channel, user),
        granted: grants(choice),
        frequency: choice.frequency,
        source: p.source,
        actorId: null,
        communeId: p.communeId ?? null,
        subjectType: null,
        subjectId: null,
        at: p.now,
      },
    ]);
    changed++;
  }
  return changed;
}

/** The account's own choices from its settings page (source `web`). */
export async function setPreferences(ctx: Ctx, userId: string, input: { channels: ChannelChoice[] }) {
  const user = await accountOf(ctx.db, userId);
  const now = ctx.clock.now();
  const changed = await ctx.db
    .transaction()
    .execute((trx) => setChoices(trx, user, input.channels, { source: 'web', now }));
  return { changed, ...(await preferences(ctx, userId)) };
}

/**
 * A walk-in's consent, recorded by the counter agent with the complaint (source `counter`,
 * the agent and the time): per contact given, a grant or a refusal. A refusal is recorded
 * too: it is evidence, and it ends an earlier grant of the same address.
 */
export async function recordContactConsent(
  trx: Db,
  p: {
    communeId: string;
    subject: { type: string; id: string };
    contact: { email?: string | null | undefined; phone?: string | null | undefined };
    consent: { email: boolean; sms: boolean };
    actorId: string;
    source: ConsentSource;
    now: Date;
  },
) {
  const rows: repo.ConsentRecord[] = [];
  const base = {
    userId: null,
    frequency: null,
    source: p.source,
    actorId: p.actorId,
    communeId: p.communeId,
    subjectType: p.subject.type,
    subjectId: p.subject.id,
    at: p.now,
  };
  if (p.contact.email)
    rows.push({ ...base, channel: 'email', address: p.contact.email.trim().toLowerCase(), granted: p.consent.email });
  const sms = p.contact.phone ? smsNumber(p.contact.phone) : null;
  if (sms) rows.push({ ...base, channel: 'sms', address: sms, granted: p.consent.sms });
  await repo.insertConsents(trx, rows);
}

// ——— Follows ———

/**
 * Follows a case that is not one's own (the caller checked): its later moves reach the
 * follower as engagement messages. Following is asking for the case's news, so a channel
 * the account never set gets its consent recorded now (email and the bell, "immediate",
 * source `web`); a choice already made (even "never") is left as it is.
 */
export async function follow(
  trx: Db,
  p: { communeId: string; subject: { type: string; id: string }; userId: string; now: Date },
) {
  const user = await accountOf(trx, p.userId);
  const added = await repo.insertFollow(trx, {
    communeId: p.communeId,
    subjectType: p.subject.type,
    subjectId: p.subject.id,
    userId: p.userId,
    createdAt: p.now,
  });
  const set = new Set((await repo.preferencesOf(trx, p.userId)).map((r) => r.channel));
  const unset = (['email', 'inapp'] as const).filter((c) => !set.has(c));
  await setChoices(
    trx,
    user,
    unset.map((channel) => ({ channel, consent: true, frequency: 'immediate' })),
    { source: 'web', now: p.now, communeId: p.communeId },
  );
  return { following: true, added };
}

export async function unfollow(
  trx: Db,
  p: { communeId: string; subject: { type: string; id: string }; userId: string },
) {
  await repo.deleteFollow(trx, {
    communeId: p.communeId,
    subjectType: p.subject.type,
    subjectId: p.subject.id,
    userId: p.userId,
  });
  return { following: false };
}

export const isFollowing = (db: Db, communeId: string, subject: { type: string; id: string }, userId: string) =>
  repo.isFollowing(db, communeId, subject.type, subject.id, userId);

/** A one-click unsubscribe token for an engagement email: random, only its SHA-256 kept. */
export async function unsubscribeToken(
  trx: Db,
  p: { address: string; userId: string | null; communeId: string; now: Date },
) {
  const token = randomBytes(24).toString('base64url');
  await repo.insertUnsubscribe(trx, {
    tokenHash: sha256(token),
    channel: 'email',
    address: p.address,
    userId: p.userId,
    communeId: p.communeId,
    createdAt: p.now,
  });
  return token;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * An engagement notice about a case to its followers, in the change's transaction, by each
 * one's choice per channel (email, the bell): immediate → the outbox now (an email carries
 * its own unsubscribe token); daily or weekly → held for the digest (digest.ts); never, or
 * no consent → nothing. `except`: accounts that hear of it anyway (the case's own author).
 */
export async function notifyFollowers(
  trx: Db,
  notice: {
    communeId: string;
    template: TemplateName;
    subject: { type: string; id: string };
    params: Record<string, unknown>;
    now: Date;
    except?: readonly (string | null)[];
  },
) {
  const followers = (await repo.followersOf(trx, notice.communeId, notice.subject.type, notice.subject.id)).filter(
    (f) => !notice.except?.includes(f.id),
  );
  if (followers.length === 0) return 0;
  const prefs = await repo.preferencesOfMany(
    trx,
    followers.map((f) => f.id),
  );
  const held: repo.NewHeld[] = [];
  const inapp: Recipient[] = [];
  const emails: Recipient[] = [];
  for (const f of followers) {
    for (const channel of ['email', 'inapp'] as const) {
      const pref = prefs.find((p) => p.userId === f.id && p.channel === channel);
      if (!pref || !grants(pref)) continue;
      if (pref.frequency === 'daily' || pref.frequency === 'weekly') {
        held.push({
          communeId: notice.communeId,
          userId: f.id,
          channel,
          frequency: pref.frequency,
          template: notice.template,
          params: notice.params,
          subjectType: notice.subject.type,
          subjectId: notice.subject.id,
          createdAt: notice.now,
        });
        continue;
      }
      const r = { channel, address: accountAddress(channel, f)!, language: f.locale as Language };
      (channel === 'email' ? emails : inapp).push(r);
    }
  }
  await repo.insertHeld(trx, held);
  const base = { ...notice, class: 'engagement' as const };
  await enqueue(trx, base, inapp);
  for (const r of emails) {
    const token = await unsubscribeToken(trx, {
      address: r.address,
      userId: followers.find((f) => f.email === r.address)?.id ?? null,
      communeId: notice.communeId,
      now: notice.now,
    });
    await enqueue(trx, { ...base, params: { ...notice.params, token } }, [r]);
  }
  return held.length + inapp.length + emails.length;
}

/**
 * One-click unsubscribe (RFC 8058, and the portal's page): the link's channel gets the
 * engagement frequency "never" for its account (or, for a contact, a withdrawn consent),
 * recorded with source `email`. Idempotent: a second press changes and records nothing.
 */
export async function unsubscribe(ctx: Ctx, token: string) {
  const link = await repo.unsubscribeByHash(ctx.db, sha256(token));
  if (!link) throw badRequest('invalid_link', 'This unsubscribe link is not valid.', 'token');
  const now = ctx.clock.now();
  const changed = await ctx.db.transaction().execute(async (trx) => {
    await repo.markUnsubscribeUsed(trx, link.tokenHash, now);
    if (link.userId) {
      const user = await accountOf(trx, link.userId);
      const pref = (await repo.preferencesOf(trx, user.id)).find((r) => r.channel === link.channel);
      return setChoices(
        trx,
        // The address the link was sent to, even if the account's email changed since.
        { id: user.id, email: link.channel === 'email' ? link.address : user.email },
        [{ channel: link.channel as PreferenceChannel, consent: pref?.consent ?? false, frequency: 'never' }],
        { source: 'email', now, communeId: link.communeId },
      );
    }
    // Already withdrawn (a second press): nothing more to record.
    if ((await repo.withdrawnAddresses(trx, [link])).size > 0) return 0;
    await repo.insertConsents(trx, [
      {
        channel: link.channel,
        userId: null,
        address: link.address,
        granted: false,
        frequency: 'never',
        source: 'email',
        actorId: null,
        communeId: link.communeId,
        subjectType: null,
        subjectId: null,
        at: now,
      },
    ]);
    return 1;
  });
  return { unsubscribed: true, channel: link.channel, changed: changed > 0 };
}
