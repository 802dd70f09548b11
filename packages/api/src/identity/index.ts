import { createHmac, hkdfSync } from 'node:crypto';

/*
 * One person, one voice (issue 15): the keys that count a person once by their CIN, shared by petitions
 * (one signature) and PAC prioritisation votes (one ballot), with node:crypto only.
 *
 * The key is HMAC-SHA256(k, "<scope>|<normalised CIN>"), k derived from the server secret by HKDF under a
 * purpose label (`info`): a CIN space is small (two letters and six digits), so a plain salted hash stored
 * next to its salt could be reversed by trying them all; without the server secret it cannot. Scoped (a
 * petition, a consultation), so the keys of two scopes do not tell that one person took part in both; each
 * purpose has its own derived key, so a petition's key never equals a vote's. Online and paper entries
 * compute the same key, so a unique index counts a person once whatever the channel.
 */

/** A 32-byte key derived from the server secret for one purpose (HKDF-SHA256, no salt, `info` names it). */
export const deriveKey = (secret: string, info: string) =>
  Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), info, 32));

/** A CIN as typed on paper or online ("ab 123 456", "AB-123456") to one form: capitals and digits only. */
export const normaliseCin = (cin: string) => cin.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** The de-duplication key of a CIN within one scope of one purpose (base64url, never reversible without the secret). */
export function cinKey(secret: string, info: string, scope: string, cin: string) {
  return createHmac('sha256', deriveKey(secret, info))
    .update(`${scope}|${normaliseCin(cin)}`)
    .digest('base64url');
}
