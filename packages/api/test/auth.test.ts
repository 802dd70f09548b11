import { describe, expect, it } from 'vitest';
import { PASSWORD, useHarness } from './harness';

const h = useHarness();

describe('accounts and sessions', () => {
  it('signs up, resolves the session and signs out', async () => {
    const { user, token } = await h
      .anon()
      .auth.signUp({ email: ' Amina@Example.MA ', password: 'a long passphrase', displayName: 'Amina', locale: 'fr' });
    expect(user.email).toBe('amina@example.ma');
    const me = await (await h.as(token)).auth.me();
    expect(me).toMatchObject({ email: 'amina@example.ma', displayName: 'Amina', memberships: [], networkRoles: [] });
    await (await h.as(token)).auth.signOut();
    expect(await (await h.as(token)).auth.me()).toBeNull();
  });

  it('stores only a hash of the password and of the token', async () => {
    const { token } = await h
      .anon()
      .auth.signUp({ email: 'hash@example.ma', password: 'another passphrase', displayName: 'Hash' });
    const u = await h.handle.db
      .selectFrom('users')
      .select('passwordHash')
      .where('email', '=', 'hash@example.ma')
      .executeTakeFirstOrThrow();
    expect(u.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const sessions = await h.handle.db.selectFrom('sessions').select('tokenHash').execute();
    expect(sessions.some((s) => s.tokenHash === token)).toBe(false);
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
      .auth.signUp({ email: 'not-an-email', password: 'short', displayName: 'X' })
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

  it('refuses a second account with the same email, naming the field', async () => {
    await h.anon().auth.signUp({ email: 'twice@example.ma', password: 'a long passphrase', displayName: 'Twice' });
    await expect(
      h.anon().auth.signUp({ email: 'TWICE@example.ma', password: 'a long passphrase', displayName: 'Twice' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('limits sign-up attempts per target address, from any number of callers, and keeps the 409 meanwhile', async () => {
    await h
      .anon('198.51.100.1')
      .auth.signUp({ email: 'probed@example.ma', password: 'a long passphrase', displayName: 'Probed' });
    // Asking about one address from ever-changing addresses: two more answers, then refusals.
    for (const n of [2, 3]) {
      await expect(
        h
          .anon(`198.51.100.${n}`)
          .auth.signUp({ email: 'Probed@example.ma', password: 'a long passphrase', displayName: 'Xavier' }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
    }
    const refused = await h
      .anon('198.51.100.4')
      .auth.signUp({ email: 'probed@example.ma', password: 'a long passphrase', displayName: 'Xavier' })
      .catch((e) => e);
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', cause: { reason: 'rate_limited' } });
    // Other addresses are not affected; an hour later the address can be asked about again.
    await expect(
      h
        .anon('198.51.100.4')
        .auth.signUp({ email: 'someone.else@example.ma', password: 'a long passphrase', displayName: 'Else' }),
    ).resolves.toHaveProperty('token');
    h.clock.advance(3_600_000);
    await expect(
      h.anon().auth.signUp({ email: 'probed@example.ma', password: 'a long passphrase', displayName: 'Xavier' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
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
