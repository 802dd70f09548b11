import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { InnerContext } from '../context';
import { boundedQueue, busy } from '../limits';

/**
 * scrypt runs on libuv's thread pool (4 threads, shared with file reads and image
 * work); at most two hashes run at once and sixteen wait (none longer than 2 s), so a flood of sign-ins gets fast
 * 503s instead of a queue every real user waits behind, and a core stays free.
 */
const hashing = boundedQueue({ concurrency: 2, queue: 16, maxWaitMs: 2000, expectedMs: 150 });
async function scrypt(
  password: string,
  salt: Buffer,
  keylen: number,
  opts: ScryptOptions,
  ctx?: Pick<InnerContext, 'language'>,
) {
  const done = await hashing.run(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );
  if (!done) throw busy(ctx);
  return done.value;
}

// N=2^15 keeps a hash around 50 ms on a small server: slow for guessing, fine for sign-in.
const PARAMS = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEYLEN = 32;

/** Encoded as scrypt$N$r$p$salt$hash so parameters can be raised later without a migration. */
export async function hashPassword(password: string, ctx?: Pick<InnerContext, 'language'>): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, KEYLEN, PARAMS, ctx);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(
  password: string,
  encoded: string,
  ctx?: Pick<InnerContext, 'language'>,
): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = encoded.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(
    password.normalize('NFKC'),
    Buffer.from(salt, 'base64url'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: PARAMS.maxmem,
    },
    ctx,
  );
  return timingSafeEqual(key, expected);
}
