import type { Db } from '@shabaka/db';
import type { KeyObject } from 'node:crypto';
import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { decryptPrivateKey, encryptPrivateKey, generateSigningKey, publicKeyForms } from './crypto';
import * as repo from './repository';
import { signingSetup } from './runtime';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events' | 'signing'>;
type Commune = Pick<CommuneRow, 'id' | 'slug'>;

export interface ActiveKey {
  id: string;
  createdAt: Date;
  privateKey: KeyObject;
}

/**
 * The commune's active signing key, decrypted for one signature. Created on the
 * commune's first document (audited); two first documents racing share one key.
 */
export async function activeSigningKey(ctx: Ctx, commune: Commune, actorId: string | null): Promise<ActiveKey> {
  const secret = await signingSetup(ctx).secret();
  let row = await repo.findActiveKey(ctx.db, commune.id);
  if (!row) {
    const fresh = generateSigningKey();
    const createdAt = ctx.clock.now();
    const created = await ctx.db.transaction().execute(async (trx) => {
      const inserted = await repo.insertActiveKey(trx, {
        communeId: commune.id,
        id: fresh.id,
        publicKey: fresh.publicKey,
        encrypted: encryptPrivateKey(fresh.privateKey, secret, commune.id, fresh.id),
        createdAt,
        createdBy: actorId,
      });
      if (inserted) {
        await recordAudit(trx, {
          communeId: commune.id,
          actorId,
          action: 'signing.key_created',
          targetType: 'signing_key',
          targetId: fresh.id,
        });
      }
      return inserted;
    });
    if (created) ctx.events.publish({ kind: 'signing.key_created', commune: commune.slug, data: { keyId: fresh.id } });
    row = await repo.findActiveKey(ctx.db, commune.id);
    if (!row) throw new Error(`No active signing key for ${commune.slug}.`);
  }
  return { id: row.id, createdAt: row.createdAt, privateKey: decryptStored(row, secret, commune.id) };
}

function decryptStored(
  row: {
    id: string;
    privateKeyCiphertext: Uint8Array | null;
    privateKeyIv: Uint8Array | null;
    privateKeyTag: Uint8Array | null;
    privateKeySalt: Uint8Array | null;
  },
  secret: string,
  communeId: string,
) {
  if (!row.privateKeyCiphertext || !row.privateKeyIv || !row.privateKeyTag || !row.privateKeySalt) {
    throw new Error(`Signing key ${row.id} has no private key.`);
  }
  try {
    return decryptPrivateKey(
      {
        ciphertext: Buffer.from(row.privateKeyCiphertext),
        iv: Buffer.from(row.privateKeyIv),
        tag: Buffer.from(row.privateKeyTag),
        salt: Buffer.from(row.privateKeySalt),
      },
      secret,
      communeId,
      row.id,
    );
  } catch {
    // Never say more: the secret is not the one that encrypted the key (SHABAKA_SECRET changed?).
    throw new Error(`Signing key ${row.id} cannot be decrypted with this server's SHABAKA_SECRET.`);
  }
}

/**
 * A new active key for the commune; the previous one retires (its private half is
 * erased) but stays published, so the documents it signed still verify.
 */
export async function rotate(ctx: Ctx, commune: Commune, actorId: string) {
  const secret = await signingSetup(ctx).secret();
  const fresh = generateSigningKey();
  const encrypted = encryptPrivateKey(fresh.privateKey, secret, commune.id, fresh.id);
  const result = await ctx.db.transaction().execute(async (trx) => {
    // Waits for documents being signed with the current key to commit; the time is read
    // after, so every document of the old key was issued before it retired.
    const previous = await repo.lockActiveKey(trx, commune.id, 'update');
    const now = ctx.clock.now();
    // Keys never overlap: the new one starts no earlier than the old one did.
    const at = previous && previous.createdAt > now ? previous.createdAt : now;
    if (previous) await repo.retireKey(trx, commune.id, previous.id, at, actorId);
    await repo.insertActiveKey(trx, {
      communeId: commune.id,
      id: fresh.id,
      publicKey: fresh.publicKey,
      encrypted,
      createdAt: at,
      createdBy: actorId,
    });
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'signing.key_rotated',
      targetType: 'signing_key',
      targetId: fresh.id,
      data: { previousKeyId: previous?.id ?? null },
    });
    return { keyId: fresh.id, previousKeyId: previous?.id ?? null, createdAt: at };
  });
  ctx.events.publish({
    kind: 'signing.key_rotated',
    commune: commune.slug,
    data: { keyId: result.keyId, previousKeyId: result.previousKeyId },
  });
  return result;
}

export type PublishedKey = Awaited<ReturnType<typeof publicKeys>>[number];

/** Every commune's keys, active and retired, with their validity periods. */
export async function publicKeys(db: Db) {
  const rows = await repo.allPublicKeys(db);
  return rows.map((k) => ({
    commune: k.commune,
    communeNames: k.communeNames,
    keyId: k.keyId,
    algorithm: 'Ed25519' as const,
    /** SPKI DER, base64. */
    publicKey: k.publicKey,
    publicKeyPem: publicKeyForms(k.publicKey).pem,
    createdAt: k.createdAt,
    retiredAt: k.retiredAt,
    status: k.retiredAt ? ('retired' as const) : ('active' as const),
  }));
}
