import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@shabaka/db';
import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { conflict, notFound } from '../errors';
import * as repo from './repository';

type Ctx = Pick<InnerContext, 'db' | 'clock'>;

const PREFIX = 'shk_';
/** shk_ + 32 random bytes in base64url (43 characters). */
const KEY_SHAPE = /^shk_[A-Za-z0-9_-]{43}$/;

/** Only this hash is stored: a database leak does not leak usable keys. Keys are random, so no salt is needed. */
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function listKeys(db: Db, commune: CommuneRow) {
  return repo.keysOf(db, commune.id);
}

/** Issues a key; the plain value is returned here once and never again. */
export async function createKey(ctx: Ctx, commune: CommuneRow, label: string, actorId: string) {
  const key = PREFIX + randomBytes(32).toString('base64url');
  const row = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertKey(trx, {
      communeId: commune.id,
      label,
      keyHash: hashApiKey(key),
      createdBy: actorId,
      createdAt: ctx.clock.now(),
    });
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'apikey.created',
      targetType: 'api_key',
      targetId: row.id,
      data: { label },
    });
    return row;
  });
  return { ...row, key };
}

export async function revokeKey(ctx: Ctx, commune: CommuneRow, id: string, actorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const revoked = await repo.revokeKey(trx, commune.id, id, ctx.clock.now());
    if (!revoked) {
      const existing = await repo.findKey(trx, commune.id, id);
      if (!existing) throw notFound('unknown_api_key', 'No such API key in this commune.');
      throw conflict('already_revoked', 'This API key was already revoked.', 'id');
    }
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'apikey.revoked',
      targetType: 'api_key',
      targetId: id,
      data: { label: revoked.label },
    });
    return { id: revoked.id, revokedAt: revoked.revokedAt! };
  });
}

/** The commune a presented key belongs to, or null (unknown, malformed or revoked). */
export async function communeForApiKey(
  db: Db,
  key: string | null | undefined,
): Promise<{ id: string; slug: string } | null> {
  // Reject anything not shaped like our keys before hashing or querying.
  if (!key || !KEY_SHAPE.test(key)) return null;
  const row = await repo.liveKeyByHash(db, hashApiKey(key));
  return row ? { id: row.communeId, slug: row.slug } : null;
}
