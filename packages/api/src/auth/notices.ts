import { createHash } from 'node:crypto';
import type { Db, Language } from '@shabaka/db';
import { enqueue } from '../notifications';

/*
 * The emails an account receives (issue 13): confirm the address, "you already have an
 * account", reset the password, a sign-in from a new device. Written to the outbox in the
 * caller's transaction like every notice, on the commune of the portal where it happened
 * (its name and sender); email only, and legal: none can be switched off.
 */

export type AccountTemplate = 'account.verify' | 'account.exists' | 'account.reset' | 'account.signIn';

export interface AccountEmail {
  communeId: string;
  template: AccountTemplate;
  user: { id: string; email: string; displayName: string; locale: Language };
  /** The link's secret (verify, reset): removed from the outbox once the email is sent. */
  token?: string;
  params?: Record<string, unknown>;
  now: Date;
}

export function sendAccountEmail(trx: Db, e: AccountEmail) {
  return enqueue(
    trx,
    {
      communeId: e.communeId,
      template: e.template,
      params: { name: e.user.displayName, ...e.params, ...(e.token ? { token: e.token } : {}) },
      subject: { type: 'account', id: e.user.id },
      now: e.now,
    },
    [{ channel: 'email', address: e.user.email, language: e.user.locale }],
  );
}

/** A device as its owner would recognise it: the browser and the system, from its signature. */
export function describeDevice(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\/|Opera/.test(ua)
      ? 'Opera'
      : /SamsungBrowser\//.test(ua)
        ? 'Samsung Internet'
        : /Firefox\//.test(ua)
          ? 'Firefox'
          : /Chrome\/|Chromium\//.test(ua)
            ? 'Chrome'
            : /Safari\//.test(ua)
              ? 'Safari'
              : null;
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return [browser, system].filter(Boolean).join(' · ') || '?';
}

/**
 * Records that `userId` signed in from this device; true when the device is new for an account
 * that had signed in before (the first device of an account is no news to its owner).
 */
export async function isNewDevice(db: Db, userId: string, userAgent: string | undefined, now: Date) {
  const deviceHash = createHash('sha256')
    .update(userAgent ?? '')
    .digest('base64url');
  const known = await db.selectFrom('userDevices').select(['deviceHash']).where('userId', '=', userId).execute();
  await db
    .insertInto('userDevices')
    .values({ userId, deviceHash, firstSeenAt: now, lastSeenAt: now })
    .onConflict((oc) => oc.columns(['userId', 'deviceHash']).doUpdateSet({ lastSeenAt: now }))
    .execute();
  return known.length > 0 && !known.some((d) => d.deviceHash === deviceHash);
}
