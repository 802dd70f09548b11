import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { cinKey, deriveKey } from '../identity';

/*
 * Signer identities and the one-person-one-signature key (issue 15), with node:crypto only.
 *
 * - The de-duplication key is HMAC-SHA256(key, "<petition id>|<normalised CIN>"), the key derived from the
 *   server secret by HKDF: a CIN space is small (two letters and six digits), so a plain salted hash stored
 *   next to its salt could be reversed by trying them all; without the server secret it cannot. Scoped to the
 *   petition, so the keys of two petitions do not tell that one person signed both. Online and paper
 *   signatures compute the same key, so the unique index counts a person once whatever the channel.
 * - Identities (name, CIN, address…) are AES-256-GCM encrypted under another derived key, with the commune and
 *   the petition as additional data: a row copied to another petition does not decrypt. Stored as
 *   version byte | 12-byte IV | 16-byte tag | ciphertext.
 */

const DEDUP_INFO = 'shabaka/petition-dedup/v1';
const IDENTITY_INFO = 'shabaka/petition-identity/v1';
const VERSION = 1;

const derive = deriveKey;
// The key derivation and CIN normalisation are shared with the PAC's votes (identity/index.ts).
export { normaliseCin } from '../identity';

export const dedupKey = (secret: string, petitionId: string, cin: string) =>
  cinKey(secret, DEDUP_INFO, petitionId, cin);

const aad = (communeId: string, petitionId: string) =>
  Buffer.from(`${IDENTITY_INFO}|${communeId}|${petitionId}`, 'utf8');

export function sealIdentity(secret: string, communeId: string, petitionId: string, identity: object): Uint8Array {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(secret, IDENTITY_INFO), iv);
  cipher.setAAD(aad(communeId, petitionId));
  const body = Buffer.concat([cipher.update(JSON.stringify(identity), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** Throws when the secret, the commune or the petition is not the one it was sealed for. */
export function openIdentity<T>(secret: string, communeId: string, petitionId: string, sealed: Uint8Array): T {
  const b = Buffer.from(sealed);
  if (b[0] !== VERSION) throw new Error('Unknown identity envelope version.');
  const decipher = createDecipheriv('aes-256-gcm', derive(secret, IDENTITY_INFO), b.subarray(1, 13));
  decipher.setAAD(aad(communeId, petitionId));
  decipher.setAuthTag(b.subarray(13, 29));
  return JSON.parse(Buffer.concat([decipher.update(b.subarray(29)), decipher.final()]).toString('utf8')) as T;
}
