import type { Db } from '@shabaka/db';
import { isUniqueViolation } from '../errors';
import { withLockedCase, type CaseRow, type CaseSpec } from './kernel';
import { formatSecret, generateSecret, hashSecret, withHash } from './owner';
import { caseRows, type CaseTable } from './repository';

/** The unique index `(commune_id, idempotency_key)` of each case table: what a lost race raises. */
// Call dossiers have none: one dossier per association and call is their replay guard.
const IDEMPOTENCY_INDEX: Partial<Record<CaseTable, string>> = {
  complaints: 'complaints_idempotency',
  informationRequests: 'information_requests_idempotency',
};

type Owned = CaseRow & { ownerSecretHash: string | null };

/**
 * Intake that a retry cannot file twice: a person whose first answer never arrived (a
 * dropped connection, a double tap, an app resending) sends the same idempotency key and
 * gets the case already filed. `create` is the domain's whole intake — its checks, then its
 * own write (a transaction, or one atomic statement for the complaint fast path), then its
 * answer — and runs only for a key not seen yet. Two requests with one key at once both
 * miss the look-up; the unique index lets one insert win and the loser answers with the
 * winner's case instead of an error.
 *
 * Only hashes of the first answer's secret are kept, so a replay carries a new secret whose
 * hash joins the first one's: whichever answer the person kept, its secret works.
 */
export async function idempotentIntake<S extends string, R extends Owned, Out>(
  db: Db,
  spec: CaseSpec<S, R>,
  communeId: string,
  key: string | null | undefined,
  steps: { create: () => Promise<Out>; replay: (row: R, secret: string) => Out | Promise<Out> },
): Promise<Out> {
  const filed = (k: string) => caseRows(spec.table).findByIdempotencyKey(db, communeId, k) as Promise<R | undefined>;
  const replay = async (row: R) => steps.replay(row, await addOwnerSecret(db, spec, communeId, row.id));
  const existing = key ? await filed(key) : undefined;
  if (existing) return replay(existing);
  try {
    return await steps.create();
  } catch (err) {
    const index = IDEMPOTENCY_INDEX[spec.table];
    if (!key || !index || !isUniqueViolation(err, index)) throw err;
    const winner = await filed(key);
    if (!winner) throw err;
    return replay(winner);
  }
}

/** A new owner secret for the case, its hash added under the row lock; returns it formatted. */
async function addOwnerSecret<S extends string, R extends Owned>(
  db: Db,
  spec: CaseSpec<S, R>,
  communeId: string,
  id: string,
) {
  const secret = generateSecret();
  await withLockedCase(db, spec, communeId, id, (trx, row) =>
    spec.repo.update(trx, communeId, row.id, { ownerSecretHash: withHash(row.ownerSecretHash, hashSecret(secret)) }),
  );
  return formatSecret(secret);
}
