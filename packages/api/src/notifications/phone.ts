import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Db, Language, PhoneCodePurpose } from '@shabaka/db';
import { lookupCode, proveOwner } from '../cases';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { DomainError } from '../errors';
import { maskRecipient } from './evidence';
import { enqueue, smsNumber } from './outbox';
import * as phoneRepo from './phone-repository';
import * as repo from './repository';

/*
 * Following a case by SMS without an account or email (issue 13): the case's owner (its secret
 * or its account, as on the tracking page: a code is not ownership) adds a mobile phone, which
 * gets a 6-digit code by SMS through the outbox; typing it back registers the phone as an SMS
 * recipient of the case. The same phone can then list its cases in the commune, again after a
 * code, through a short session. Codes and session tokens are stored as hashes only.
 */

/** How long a code is valid: long enough to switch apps and type it, short for a guesser. */
export const CODE_TTL_MS = 10 * 60_000;
/** Wrong tries before a code is locked (a new one must be asked for, within the call limits). */
export const CODE_MAX_ATTEMPTS = 5;
/** How long a confirmed phone's list stays open. */
export const PHONE_SESSION_TTL_MS = 15 * 60_000;

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'limits' | 'session' | 'events'>;

const fail = (
  code: 'BAD_REQUEST' | 'TOO_MANY_REQUESTS' | 'UNAUTHORIZED',
  reason: 'not_a_mobile' | 'wrong_code' | 'code_locked' | 'phone_session_expired',
  message: string,
  field?: string,
) => new DomainError(code, reason, message, field);

/** The phone in E.164 if it takes an SMS; a fixed line (05…) is refused naming the field. */
function mobile(phone: string) {
  const e164 = smsNumber(phone);
  if (!e164)
    throw fail(
      'BAD_REQUEST',
      'not_a_mobile',
      'This is not a Moroccan mobile number (fixed lines take no SMS).',
      'phone',
    );
  return e164;
}

/** The code's hash, salted with its row's id: the same code on two rows hashes differently. */
const hashCode = (id: string, code: string) => createHash('sha256').update(`${id}\n${code}`).digest('hex');
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A 6-digit code, uniformly drawn (leading zeros kept). */
const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * Writes a new code for the phone (earlier unused ones of the same purpose and case stop
 * working) and its SMS in the outbox, in one transaction: legal/transactional, to this phone
 * only. The code travels in the outbox row as `token`, which is dropped once sent.
 */
async function sendCode(
  ctx: Ctx,
  p: {
    communeId: string;
    communeSlug: string;
    purpose: PhoneCodePurpose;
    phone: string;
    subject: { type: string; id: string } | null;
    language: Language;
  },
) {
  const now = ctx.clock.now();
  const code = newCode();
  await ctx.db.transaction().execute(async (trx) => {
    const scope = { communeId: p.communeId, phone: p.phone, purpose: p.purpose };
    await phoneRepo.retireCodes(trx, { ...scope, subjectId: p.subject?.id ?? null }, now);
    await phoneRepo.insertCode(trx, {
      ...scope,
      subject: p.subject,
      language: p.language,
      createdAt: now,
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      hash: (id) => hashCode(id, code),
    });
    await enqueue(
      trx,
      {
        communeId: p.communeId,
        template: 'phone.code',
        class: 'legal',
        // Urgent: the person is waiting for it with the form open, and it is dead in 10 minutes;
        // quiet hours are for messages nobody asked for at that moment.
        params: { token: code, urgent: true },
        subject: p.subject ?? undefined,
        now,
      },
      [{ channel: 'sms', address: p.phone, language: p.language }],
    );
  });
  // The worker wakes on the process's events: the code leaves now, not at the next poll.
  ctx.events.publish({ kind: 'notifications.phone_code', commune: p.communeSlug, data: {} });
  return { expiresAt: new Date(now.getTime() + CODE_TTL_MS) };
}

/**
 * Checks a typed code against the phone's latest live code of this purpose (and case). The
 * try is counted first, in one statement that refuses past the limit, so parallel guesses
 * cannot share one count; a right code is then spent. Wrong, expired or no code: the same
 * `wrong_code` (naming the field), or `code_locked` once 5 wrong tries were made.
 */
async function spendCode(
  ctx: Ctx,
  p: { communeId: string; purpose: PhoneCodePurpose; phone: string; subjectId: string | null; pin: string },
) {
  const now = ctx.clock.now();
  const live = await phoneRepo.liveCode(ctx.db, p);
  const wrong = () => fail('BAD_REQUEST', 'wrong_code', 'This code is wrong or has expired. Ask for a new one.', 'pin');
  if (!live || new Date(live.expiresAt).getTime() <= now.getTime()) throw wrong();
  const counted = await phoneRepo.countTry(ctx.db, p.communeId, live.id, CODE_MAX_ATTEMPTS);
  if (!counted)
    throw fail('TOO_MANY_REQUESTS', 'code_locked', 'Too many wrong tries for this code. Ask for a new one.', 'pin');
  const expected = Buffer.from(live.codeHash, 'hex');
  const actual = Buffer.from(hashCode(live.id, p.pin), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw wrong();
  // Spent once: a second confirmation with the same code (a double tap) finds it used.
  if (!(await phoneRepo.spend(ctx.db, p.communeId, live.id, now))) throw wrong();
}

type OwnedInput = { kind: 'complaint' | 'information_request'; code: string; secret?: string | undefined };

/**
 * The case of a tracking page, proven the caller's (the receipt's secret or the filing
 * account, under the case's limit of wrong secrets), else the owner errors. An unknown code
 * is `unknown_code`, as on the tracking page.
 */
async function ownCase(ctx: Ctx, input: OwnedInput) {
  const found = await lookupCode(ctx.db, input.code, (communeId) =>
    phoneRepo.caseOwner(ctx.db, input.kind, communeId, input.code),
  );
  if (!found) throw new DomainError('NOT_FOUND', 'unknown_case', 'No case has this code.', 'code');
  const { row, commune } = found;
  proveOwner(
    ctx,
    { kind: input.kind, id: row.id, authorId: row.authorId, ownerSecretHash: row.ownerSecretHash },
    input.secret,
  );
  return { subject: { type: input.kind, id: row.id }, communeId: row.communeId, communeSlug: commune.slug };
}

/** The owner asks for a code on a phone to follow the case by SMS. */
export async function requestFollow(ctx: Ctx, input: OwnedInput & { phone: string; language: Language }) {
  const phone = mobile(input.phone);
  const c = await ownCase(ctx, input);
  const { expiresAt } = await sendCode(ctx, {
    communeId: c.communeId,
    communeSlug: c.communeSlug,
    purpose: 'follow',
    phone,
    subject: c.subject,
    language: input.language,
  });
  return { phone: maskRecipient('sms', phone), expiresAt };
}

/** The owner types the code back: the phone becomes an SMS recipient of the case's notices. */
export async function confirmFollow(ctx: Ctx, input: OwnedInput & { phone: string; pin: string }) {
  const phone = mobile(input.phone);
  const c = await ownCase(ctx, input);
  await spendCode(ctx, { communeId: c.communeId, purpose: 'follow', phone, subjectId: c.subject.id, pin: input.pin });
  const code = await phoneRepo.codeLanguage(ctx.db, c.communeId, phone, c.subject.id);
  await repo.insertRecipients(ctx.db, [
    {
      communeId: c.communeId,
      subjectType: c.subject.type,
      subjectId: c.subject.id,
      channel: 'sms',
      address: phone,
      language: code.language,
      source: 'phone_code',
      createdAt: ctx.clock.now(),
    },
  ]);
  return { following: true as const, phone: maskRecipient('sms', phone) };
}

/** The cases a phone follows in a commune (complaints and information requests), newest first. */
async function casesOf(db: Db, communeId: string, phone: string) {
  const rows = await phoneRepo.followedCases(db, communeId, phone);
  return rows.flatMap((r) => {
    const code = r.code;
    return code ? [{ kind: r.subjectType as 'complaint' | 'information_request', code, since: r.createdAt }] : [];
  });
}

/**
 * A phone asks for the list of its cases. The answer is the same whether or not it follows
 * any: a code is sent only to a phone that does (an SMS to every number typed would cost the
 * commune and bother strangers), which the caller cannot tell from the answer.
 */
export async function requestList(
  ctx: Ctx,
  commune: Pick<CommuneRow, 'id' | 'slug'>,
  input: { phone: string; language: Language },
) {
  const phone = mobile(input.phone);
  const now = ctx.clock.now();
  if ((await casesOf(ctx.db, commune.id, phone)).length > 0) {
    await sendCode(ctx, {
      communeId: commune.id,
      communeSlug: commune.slug,
      purpose: 'list',
      phone,
      subject: null,
      language: input.language,
    });
  }
  return { status: 'check_your_phone' as const, expiresAt: new Date(now.getTime() + CODE_TTL_MS) };
}

/** The phone's code typed back: a short session (its token shown once, only its hash kept) and the cases. */
export async function confirmList(ctx: Ctx, commune: Pick<CommuneRow, 'id'>, input: { phone: string; pin: string }) {
  const phone = mobile(input.phone);
  await spendCode(ctx, { communeId: commune.id, purpose: 'list', phone, subjectId: null, pin: input.pin });
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + PHONE_SESSION_TTL_MS);
  await phoneRepo.insertSession(ctx.db, {
    communeId: commune.id,
    tokenHash: hashToken(token),
    phone,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt, phone: maskRecipient('sms', phone), cases: await casesOf(ctx.db, commune.id, phone) };
}

/** The cases again, within the session's life (the page's refresh). */
export async function listCases(ctx: Ctx, commune: Pick<CommuneRow, 'id'>, input: { token: string }) {
  const session = await phoneRepo.sessionByHash(ctx.db, commune.id, hashToken(input.token));
  if (!session || new Date(session.expiresAt).getTime() <= ctx.clock.now().getTime()) {
    throw fail('UNAUTHORIZED', 'phone_session_expired', 'This list has expired. Ask for a new code.');
  }
  return {
    expiresAt: session.expiresAt,
    phone: maskRecipient('sms', session.phone),
    cases: await casesOf(ctx.db, commune.id, session.phone),
  };
}
