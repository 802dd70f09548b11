import { describe, expect, it } from 'vitest';
import { createInnerContext } from '../src/context';
import { createOutboxWorker, smtpDriver } from '../src/notifications';
import { createCaller } from '../src/root';
import { PASSWORD, useHarness } from './harness';
import { startMailServer } from './mail-server';

const h = useHarness();
const PUBLIC_URL = 'https://shabaka.ma';

/** The secret of the latest account link emailed to `email` (read from the outbox, as the worker will send it). */
async function linkOf(email: string, template: 'account.verify' | 'account.reset') {
  const row = await h.handle.db
    .selectFrom('notifications')
    .select('params')
    .where('recipient', '=', email)
    .where('template', '=', template)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return (row.params as { token: string }).token;
}

describe('accounts and sessions', () => {
  it('signs up, confirms the address with the emailed link (delivered over SMTP), then signs in and out', async () => {
    const mail = await startMailServer();
    const worker = createOutboxWorker(
      { db: h.handle.db, clock: h.clock },
      {
        drivers: { email: smtpDriver(mail.url), sms: null },
        publicUrl: PUBLIC_URL,
        mailFrom: 'Shabaka <no-reply@shabaka.ma>',
      },
    );
    try {
      const answer = await h.anon().auth.signUp({
        commune: 'tetouan',
        email: ' Amina@Example.MA ',
        password: 'a long passphrase',
        displayName: 'Amina',
        locale: 'fr',
      });
      expect(answer).toEqual({ status: 'check_your_email' });
      // Not before the address is confirmed: the right password says why.
      await expect(
        h.anon().auth.signIn({ email: 'amina@example.ma', password: 'a long passphrase' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { reason: 'email_not_verified' } });

      expect(await worker.runOnce()).toBe(1);
      const [email] = mail.received;
      expect(email!.envelopeTo).toEqual(['amina@example.ma']);
      expect(email!.subject).toBe('Tétouan : confirmez votre adresse e-mail');
      expect(email!.text).toContain('Bonjour Amina');
      const token = new RegExp(`${PUBLIC_URL}/tetouan/verify-email#([\\w-]+)`).exec(email!.text ?? '')?.[1];
      expect(token, email!.text).toBeTruthy();
      expect(email!.html).toContain(`href="${PUBLIC_URL}/tetouan/verify-email#${token}"`);
      // Once sent, the outbox keeps no usable link (only the delivery log's hash of the email).
      const row = await h.handle.db
        .selectFrom('notifications')
        .select(['params', 'state'])
        .where('recipient', '=', 'amina@example.ma')
        .executeTakeFirstOrThrow();
      expect(row.state).toBe('sent');
      expect(JSON.stringify(row.params)).not.toContain(token!);

      expect(await h.anon().auth.verifyEmail({ token: token! })).toEqual({ email: 'amina@example.ma' });
      await expect(h.anon().auth.verifyEmail({ token: token! })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        cause: { reason: 'invalid_link' },
      });
      const { user, token: session } = await h
        .anon()
        .auth.signIn({ email: 'amina@example.ma', password: 'a long passphrase', commune: 'tetouan' });
      expect(user.email).toBe('amina@example.ma');
      expect(await (await h.as(session)).auth.me()).toMatchObject({ email: 'amina@example.ma', displayName: 'Amina' });
      await (await h.as(session)).auth.signOut();
      expect(await (await h.as(session)).auth.me()).toBeNull();
    } finally {
      await worker.stop();
      await mail.close();
    }
  });

  it('stores only a hash of the password, of the session token and of the emailed link', async () => {
    await h.anon().auth.signUp({
      commune: 'tetouan',
      email: 'hash@example.ma',
      password: 'another passphrase',
      displayName: 'Hash',
    });
    const token = await linkOf('hash@example.ma', 'account.verify');
    await h.anon().auth.verifyEmail({ token });
    const { token: session } = await h.anon().auth.signIn({ email: 'hash@example.ma', password: 'another passphrase' });
    const u = await h.handle.db
      .selectFrom('users')
      .select(['id', 'passwordHash'])
      .where('email', '=', 'hash@example.ma')
      .executeTakeFirstOrThrow();
    expect(u.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const sessions = await h.handle.db.selectFrom('sessions').select('tokenHash').execute();
    expect(sessions.some((s) => s.tokenHash === session)).toBe(false);
    const links = await h.handle.db
      .selectFrom('accountTokens')
      .select('tokenHash')
      .where('userId', '=', u.id)
      .execute();
    expect(links.length).toBe(1);
    expect(links.some((l) => l.tokenHash === token)).toBe(false);
  });

  it('gives the same error for an unknown email and a wrong password', async () => {
    await h.user('known@example.ma');
    const wrong = h.anon().auth.signIn({ email: 'known@example.ma', password: 'not the password' });
    await expect(wrong).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'Wrong email or password.' });
    const unknown = h.anon().auth.signIn({ email: 'nobody@example.ma', password: 'whatever it is' });
    await expect(unknown).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'Wrong email or password.' });
  });

  it('names the field of bad input', async () => {
    const err = await h
      .anon()
      .auth.signUp({ commune: 'tetouan', email: 'not-an-email', password: 'short', displayName: 'X' })
      .catch((e) => e);
    expect(err.code).toBe('BAD_REQUEST');
    const { fieldErrorsOf } = await import('../src/trpc');
    expect(fieldErrorsOf(err.cause)).toEqual({
      email: ['Enter a valid email address'],
      password: ['Use at least 10 characters'],
      displayName: ['Enter your name'],
    });
  });

  it('slows down repeated failed sign-ins on one account', async () => {
    const { signInDelayMs } = await import('../src/auth/service');
    await h.user('slow@example.ma');
    expect(signInDelayMs(h.limits, 'slow@example.ma', Date.now())).toBe(0);
    let third = 0;
    for (let i = 0; i < 3; i++) {
      third = Date.now();
      await h
        .anon()
        .auth.signIn({ email: 'slow@example.ma', password: 'not it at all' })
        .catch(() => undefined);
    }
    // After three failures the next attempt may start 1 s after the third one started.
    expect(signInDelayMs(h.limits, 'slow@example.ma', third)).toBeGreaterThanOrEqual(1000);
    expect(signInDelayMs(h.limits, 'slow@example.ma', third)).toBeLessThanOrEqual(1600);
    expect(signInDelayMs(h.limits, 'slow@example.ma', Date.now() + 16 * 60_000)).toBe(0);
    await h.anon().auth.signIn({ email: 'slow@example.ma', password: PASSWORD });
    expect(signInDelayMs(h.limits, 'slow@example.ma', Date.now())).toBe(0);
  });

  it('answers sign-up the same for a new, an unconfirmed and a confirmed address, and lets the mailbox decide', async () => {
    const signUp = (password: string, displayName: string) =>
      h.anon().auth.signUp({ commune: 'asilah', email: 'twice@example.ma', password, displayName, locale: 'ar' });
    expect(await signUp('first passphrase here', 'First')).toEqual({ status: 'check_your_email' });
    const first = await linkOf('twice@example.ma', 'account.verify');
    h.clock.advance(1000);
    // Signed up again before confirming: a new link, the latest password; the first link is dead.
    expect(await signUp('second passphrase here', 'Second')).toEqual({ status: 'check_your_email' });
    const second = await linkOf('twice@example.ma', 'account.verify');
    expect(second).not.toBe(first);
    await expect(h.anon().auth.verifyEmail({ token: first })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await h.anon().auth.verifyEmail({ token: second });
    await expect(
      h.anon().auth.signIn({ email: 'twice@example.ma', password: 'first passphrase here' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await h.anon().auth.signIn({ email: 'twice@example.ma', password: 'second passphrase here' });
    h.clock.advance(1000);
    // Confirmed: the same answer, an email to the owner instead of a link, and nothing changes.
    expect(await signUp('third passphrase here', 'Third')).toEqual({ status: 'check_your_email' });
    const notices = await h.handle.db
      .selectFrom('notifications')
      .innerJoin('communes', 'communes.id', 'notifications.communeId')
      .select(['template', 'language', 'communes.slug'])
      .where('recipient', '=', 'twice@example.ma')
      .orderBy('notifications.createdAt')
      .orderBy('template')
      .execute();
    expect(notices.map((n) => n.template).sort()).toEqual(['account.exists', 'account.verify', 'account.verify']);
    expect(notices.every((n) => n.slug === 'asilah' && n.language === 'ar')).toBe(true);
    await h.anon().auth.signIn({ email: 'twice@example.ma', password: 'second passphrase here' });
  });

  it('limits sign-up attempts per target address, from any number of callers', async () => {
    const probe = (ip: string, email = 'probed@example.ma') =>
      h.anon(ip).auth.signUp({ commune: 'tetouan', email, password: 'a long passphrase', displayName: 'Probed' });
    for (const n of [1, 2, 3]) await expect(probe(`198.51.100.${n}`)).resolves.toEqual({ status: 'check_your_email' });
    const refused = await probe('198.51.100.4').catch((e) => e);
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', cause: { reason: 'rate_limited' } });
    // Other addresses are not affected; an hour later the address can be asked about again.
    await expect(probe('198.51.100.4', 'someone.else@example.ma')).resolves.toEqual({ status: 'check_your_email' });
    h.clock.advance(3_600_000);
    await expect(probe('198.51.100.5')).resolves.toEqual({ status: 'check_your_email' });
  });

  it('resets a forgotten password with an emailed link: one use, one hour, every other session ended', async () => {
    const { token: before } = await h.user('forgot@example.ma');
    const ask = (email: string) => h.anon().auth.requestPasswordReset({ commune: 'mdiq', email });
    // The same answer for an address with no account, and no email to it.
    expect(await ask('nobody.here@example.ma')).toEqual({ status: 'check_your_email' });
    expect(await ask('forgot@example.ma')).toEqual({ status: 'check_your_email' });
    const none = await h.handle.db
      .selectFrom('notifications')
      .select('id')
      .where('recipient', '=', 'nobody.here@example.ma')
      .execute();
    expect(none).toEqual([]);
    const token = await linkOf('forgot@example.ma', 'account.reset');
    await expect(h.anon().auth.resetPassword({ token, newPassword: 'short' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const reset = await h.anon().auth.resetPassword({ token, newPassword: 'a brand new passphrase' });
    expect(await (await h.as(reset.token)).auth.me()).toMatchObject({ email: 'forgot@example.ma' });
    expect(await (await h.as(before)).auth.me()).toBeNull();
    await expect(h.anon().auth.signIn({ email: 'forgot@example.ma', password: PASSWORD })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await h.anon().auth.signIn({ email: 'forgot@example.ma', password: 'a brand new passphrase' });
    await expect(h.anon().auth.resetPassword({ token, newPassword: 'yet another passphrase' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { reason: 'invalid_link' },
    });
    // A link older than an hour no longer works.
    h.clock.advance(1000);
    await ask('forgot@example.ma');
    const late = await linkOf('forgot@example.ma', 'account.reset');
    h.clock.advance(61 * 60_000);
    try {
      await expect(
        h.anon().auth.resetPassword({ token: late, newPassword: 'yet another passphrase' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { reason: 'invalid_link' } });
    } finally {
      h.clock.advance(-61 * 60_000);
    }
  });

  it('tells the owner of a sign-in from a device the account never used', async () => {
    await h.user('devices@example.ma', ['chefchaouen:agent']);
    const from = (userAgent: string) =>
      createCaller(() => createInnerContext(h.deps, { ip: null, userAgent })).auth.signIn({
        email: 'devices@example.ma',
        password: PASSWORD,
      });
    const notices = () =>
      h.handle.db
        .selectFrom('notifications')
        .innerJoin('communes', 'communes.id', 'notifications.communeId')
        .select(['template', 'params', 'communes.slug'])
        .where('recipient', '=', 'devices@example.ma')
        .execute();
    // h.user signed in once (no signature): the account's first device, no news to anyone.
    const phone =
      'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';
    await from(phone);
    await from(phone);
    const [notice, ...more] = await notices();
    expect(more).toEqual([]);
    expect(notice).toMatchObject({
      template: 'account.signIn',
      slug: 'chefchaouen',
      params: { device: 'Chrome · Android' },
    });
    await from('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0');
    expect((await notices()).map((n) => (n.params as { device: string }).device).sort()).toEqual([
      'Chrome · Android',
      'Firefox · Linux',
    ]);
  });

  it('changing the password signs out other sessions and keeps this one', async () => {
    const { caller, token } = await h.user('change@example.ma');
    const other = (await h.anon().auth.signIn({ email: 'change@example.ma', password: PASSWORD })).token;
    await expect(
      caller.auth.changePassword({ currentPassword: 'wrong one', newPassword: 'brand new passphrase' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await caller.auth.changePassword({ currentPassword: PASSWORD, newPassword: 'brand new passphrase' });
    expect(await (await h.as(token)).auth.me()).not.toBeNull();
    expect(await (await h.as(other)).auth.me()).toBeNull();
    await expect(
      h.anon().auth.signIn({ email: 'change@example.ma', password: 'brand new passphrase' }),
    ).resolves.toHaveProperty('token');
  });

  it('signs out everywhere at once', async () => {
    const { caller, token } = await h.user('everywhere@example.ma');
    const other = (await h.anon().auth.signIn({ email: 'everywhere@example.ma', password: PASSWORD })).token;
    await caller.auth.signOutEverywhere();
    expect(await (await h.as(token)).auth.me()).toBeNull();
    expect(await (await h.as(other)).auth.me()).toBeNull();
  });

  it('expires sessions after their lifetime', async () => {
    const { token } = await h.user('expire@example.ma');
    h.clock.advance(31 * 86_400_000);
    try {
      expect(await (await h.as(token)).auth.me()).toBeNull();
    } finally {
      h.clock.advance(-31 * 86_400_000);
    }
  });
});
