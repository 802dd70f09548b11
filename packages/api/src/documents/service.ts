import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db, Language, Localized } from '@shabaka/db';
import { SPANISH_DOCUMENT_TEMPLATES } from '@shabaka/db/enums';
import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import { rolesOf } from '../communes';
import { allocateCode, communeOfCode, lookupCode, normaliseCode } from '../cases';
import { enqueue } from '../notifications';
import type { InnerContext } from '../context';
import { badRequest, conflict, isUniqueViolation, notFound } from '../errors';
import {
  sha256Hex,
  signedMessage,
  signMessage,
  verifyMessage,
  lockActiveKey,
  signingSetup,
  activeSigningKey,
} from '../signing';
import { canonicalJson, isSalted, type CanonicalContent } from './canonical';
import { renderPdf } from '../pdf-queue';
import * as repo from './repository';
import { DOCUMENT_CODE, documentCode, type IssueRequest, type ListInput } from './schemas';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events' | 'signing'>;
/** The database and the process's signing (secret, public URL), both from the context. */
type SigningDeps = Pick<InnerContext, 'db' | 'signing'>;
/** A viewer's rights depend on the permission table too (staff of the issuing commune). */
type ViewerDeps = Pick<InnerContext, 'db' | 'signing' | 'access'>;

export const verifyPath = (code: string) => `/verify/${code}`;
/** Where the short link of a notice (/t/<code>) leads for a document's code: its verify page, or null. */
export async function shortLinkTarget(db: Db, raw: string): Promise<string | null> {
  const code = normaliseCode(raw, 'document');
  const commune = code ? await communeOfCode(db, code) : undefined;
  return code && commune ? verifyPath(code) : null;
}
export const recordPath = (code: string) => `/verify/${code}.json`;
export const pdfPath = (code: string) => `/documents/${code}.pdf`;
export const KEYS_PATH = '/.well-known/shabaka-keys.json';

/**
 * The download capability of one document, for holders without an account (electronic
 * delivery by link): HMAC-SHA256 of "<commune id>|<code>" under a key derived from the
 * server secret, 32 base64url characters. Codes are sequential and guessable; these
 * tokens are not, so "anyone with the code" sees the verification page, never the PDF.
 */
export function accessToken(secret: string, communeId: string, code: string) {
  const key = Buffer.from(
    hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), 'shabaka/document-access/v1', 32),
  );
  return createHmac('sha256', key).update(`${communeId}|${code}`).digest('base64url').slice(0, 32);
}

type Summary = NonNullable<Awaited<ReturnType<typeof repo.findByIdempotencyKey>>>;

async function summaryOf(deps: SigningDeps, commune: string, d: Summary) {
  const setup = signingSetup(deps);
  const token = accessToken(await setup.secret(), d.communeId, d.code);
  return {
    id: d.id,
    code: d.code,
    commune,
    template: d.template,
    language: d.language,
    delivery: d.delivery,
    keyId: d.keyId,
    pdfSha256: d.pdfSha256,
    issuedAt: d.issuedAt,
    status: d.revokedAt ? ('revoked' as const) : ('valid' as const),
    revokedAt: d.revokedAt,
    revocationReason: d.revocationReason,
    verifyPath: verifyPath(d.code),
    verifyUrl: `${setup.publicUrl}${verifyPath(d.code)}`,
    /** For staff and the signed-in holder (paper delivery: print this). */
    pdfPath: pdfPath(d.code),
    /** For the holder without an account (electronic delivery): a link that works without signing in. */
    downloadPath: `${pdfPath(d.code)}?token=${token}`,
  };
}

/** The document issued under one idempotency key, if any: how another domain finds the document it asked for. */
export async function findByKey(deps: SigningDeps, commune: Pick<CommuneRow, 'id' | 'slug'>, key: string) {
  const d = await repo.findByIdempotencyKey(deps.db, commune.id, key);
  return d ? summaryOf(deps, commune.slug, d) : null;
}

/**
 * Issues a signed document: allocates the code, builds the canonical content, renders
 * the PDF, signs "shabaka-document-v1\n<sha256(canonical)>\n<sha256(pdf)>" with the
 * commune's active key and stores it all. The PDF is rendered outside the transaction
 * (a failure there leaves a gap in the numbering, never a half-stored document); the
 * insert re-checks, under a share lock, that the key did not rotate meanwhile.
 */
export async function issue(ctx: Ctx, commune: CommuneRow, actorId: string, input: IssueRequest) {
  if (input.language === 'es' && !SPANISH_DOCUMENT_TEMPLATES.includes(input.template))
    throw badRequest('language_not_available', 'This document is written in Arabic and French only.', 'language');
  if (input.idempotencyKey) {
    const existing = await repo.findByIdempotencyKey(ctx.db, commune.id, input.idempotencyKey);
    if (existing) return summaryOf(ctx, commune.slug, existing);
  }
  let requesterId: string | null = null;
  if (input.requesterEmail) {
    const user = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', input.requesterEmail)
      .executeTakeFirst();
    if (!user) throw badRequest('unknown_account', `No account uses ${input.requesterEmail}.`, 'requesterEmail');
    requesterId = user.id;
  }
  const setup = signingSetup(ctx);
  // Outside the insert's transaction on purpose: the PDF is rendered between the two (see
  // above), and a gap in the numbering is better than a lock held while rendering. The
  // prefix is the commune's own (unique), so the code names this commune's document only.
  const code = await allocateCode(ctx.db, commune, 'document', ctx.clock.now());
  const verifyUrl = `${setup.publicUrl}${verifyPath(code)}`;

  for (let attempt = 1; ; attempt++) {
    const key = await activeSigningKey(ctx, commune, actorId);
    const now = ctx.clock.now();
    // Never before the key's validity starts (clocks of several servers may differ).
    const issuedAt = now < key.createdAt ? key.createdAt : now;
    const content: CanonicalContent = {
      format: 'shabaka-document/1',
      code,
      commune: { slug: commune.slug, names: commune.names },
      template: input.template,
      language: input.language,
      recipient: { name: input.recipient.name, cin: input.recipient.cin, address: input.recipient.address },
      fields: { ...input.fields },
      issued_at: issuedAt.toISOString(),
      key_id: key.id,
      salt: randomBytes(16).toString('hex'),
    };
    const canonical = canonicalJson(content);
    const pdf = await renderPdf(null, { kind: 'document', args: [content, verifyUrl] });
    const canonicalSha256 = sha256Hex(Buffer.from(canonical, 'utf8'));
    const pdfSha256 = sha256Hex(pdf);
    const signature = signMessage(signedMessage(canonicalSha256, pdfSha256), key.privateKey);

    let stored: Summary | null;
    try {
      stored = await ctx.db.transaction().execute(async (trx) => {
        if (!(await lockActiveKey(trx, commune.id, 'share', key.id))) return null;
        const row = await repo.insertDocument(trx, {
          communeId: commune.id,
          code,
          template: input.template,
          language: input.language,
          delivery: input.delivery,
          recipientName: input.recipient.name,
          canonical,
          canonicalSha256,
          pdf,
          pdfSha256,
          signature,
          keyId: key.id,
          requesterId,
          issuedBy: actorId,
          issuedAt,
          idempotencyKey: input.idempotencyKey ?? null,
        });
        await recordAudit(trx, {
          communeId: commune.id,
          actorId,
          action: 'document.issued',
          targetType: 'document',
          targetId: row.id,
          data: { code, template: input.template, delivery: input.delivery, keyId: key.id },
        });
        // The account it is issued to hears of it, with the verify link, in the document's
        // language (the commune's default for a bilingual one); written with the document.
        if (requesterId && input.requesterEmail) {
          await enqueue(
            trx,
            {
              communeId: commune.id,
              template: 'document.issued',
              params: { code },
              subject: { type: 'document', id: row.id },
              now,
            },
            [
              {
                channel: 'email',
                address: input.requesterEmail.trim().toLowerCase(),
                language: input.language === 'both' ? (commune.defaultLanguage as Language) : input.language,
              },
            ],
          );
        }
        return {
          id: row.id,
          communeId: commune.id,
          code,
          template: input.template,
          language: input.language,
          delivery: input.delivery,
          keyId: key.id,
          pdfSha256,
          issuedAt,
          revokedAt: null,
          revocationReason: null,
        };
      });
    } catch (err) {
      // Two requests with one idempotency key raced: the loser returns the winner's document.
      if (input.idempotencyKey && isUniqueViolation(err, 'documents_idempotency')) {
        const existing = await repo.findByIdempotencyKey(ctx.db, commune.id, input.idempotencyKey);
        if (existing) return summaryOf(ctx, commune.slug, existing);
      }
      throw err;
    }
    if (!stored) {
      // The key rotated while the PDF was being made: sign again with the new one.
      if (attempt < 3) continue;
      throw new Error(`The signing key of ${commune.slug} kept rotating; try again.`);
    }
    ctx.events.publish({ kind: 'document.issued', commune: commune.slug, data: { code, template: input.template } });
    return summaryOf(ctx, commune.slug, stored);
  }
}

export type VerificationStatus = 'valid' | 'tampered' | 'revoked' | 'unknown';
type Found = NonNullable<Awaited<ReturnType<typeof repo.findForVerification>>>;

/** A document by code: the prefix names the commune, the code is looked up inside it. */
async function findDocument(db: Db, code: string): Promise<Found | undefined> {
  return (await lookupCode(db, code, (communeId) => repo.findForVerification(db, communeId, code)))?.row;
}

/**
 * Whether the stored record holds together: its signature verifies with the commune's
 * published key over its canonical content and PDF hash, the canonical content names
 * this code, commune, key and date, and the date lies in the key's validity period.
 */
function recordHolds(d: Found, storedPdf: Uint8Array | null): boolean {
  if (!d.publicKey || !d.keyCreatedAt) return false;
  const canonicalSha256 = sha256Hex(Buffer.from(d.canonical, 'utf8'));
  if (canonicalSha256 !== d.canonicalSha256) return false;
  if (storedPdf && sha256Hex(storedPdf) !== d.pdfSha256) return false;
  let content: Partial<CanonicalContent>;
  try {
    content = JSON.parse(d.canonical) as Partial<CanonicalContent>;
  } catch {
    return false;
  }
  const issuedAt = d.issuedAt.getTime();
  if (
    content.code !== d.code ||
    content.key_id !== d.keyId ||
    content.commune?.slug !== d.commune ||
    content.template !== d.template ||
    new Date(content.issued_at ?? NaN).getTime() !== issuedAt ||
    issuedAt < d.keyCreatedAt.getTime() ||
    (d.keyRetiredAt && issuedAt > d.keyRetiredAt.getTime())
  ) {
    return false;
  }
  return verifyMessage(signedMessage(canonicalSha256, d.pdfSha256), d.publicKey, d.signature);
}

export interface Verification {
  status: VerificationStatus;
  code: string;
  issuer: { commune: string; names: Localized } | null;
  issuedAt: Date | null;
  type: Found['template'] | null;
  keyId: string | null;
  revocation: { at: Date; reason: string } | null;
  /** The uploaded copy against the signed original: identical, different, or none given. */
  file: 'identical' | 'different' | 'not_checked';
  /**
   * Who can check it offline: anyone (salted content: the public record has hashes and
   * signature), or only holders (documents issued before salting, whose public hashes
   * would let a CIN be guessed offline, so the public record leaves them out).
   */
  offline: 'anyone' | 'holders' | null;
}

/**
 * Public verification. Without a file, checks the stored record (and its stored PDF).
 * With a file: valid only if its SHA-256 is the signed one and the signature verifies.
 * Says who issued it, when, what type and its status — never its content.
 */
export async function verify(db: Db, rawCode: string, file?: Uint8Array): Promise<Verification> {
  const code = rawCode.trim().toUpperCase();
  const unknown: Verification = {
    status: 'unknown',
    code,
    issuer: null,
    issuedAt: null,
    type: null,
    keyId: null,
    revocation: null,
    file: 'not_checked',
    offline: null,
  };
  if (!DOCUMENT_CODE.test(code)) return unknown;
  const d = await findDocument(db, code);
  if (!d) return unknown;
  const storedPdf = file ? null : (await repo.pdfOf(db, d.communeId, d.id)).pdf;
  const holds = recordHolds(d, storedPdf);
  const fileResult = file ? (sha256Hex(file) === d.pdfSha256 ? 'identical' : 'different') : 'not_checked';
  const status: VerificationStatus =
    !holds || fileResult === 'different' ? 'tampered' : d.revokedAt ? 'revoked' : 'valid';
  return {
    status,
    code: d.code,
    issuer: { commune: d.commune, names: d.communeNames },
    issuedAt: d.issuedAt,
    type: d.template,
    keyId: d.keyId,
    revocation: d.revokedAt ? { at: d.revokedAt, reason: d.revocationReason ?? '' } : null,
    file: fileResult,
    offline: isSalted(d.canonical) ? 'anyone' : 'holders',
  };
}

export interface Viewer {
  userId: string;
}

/** Holders: staff of the issuing commune, the linked citizen account, or whoever has the download token. */
async function isHolder(
  deps: ViewerDeps,
  d: Pick<Found, 'communeId' | 'code' | 'requesterId'>,
  viewer: Viewer | null,
  token: string | undefined,
) {
  if (viewer) {
    if (d.requesterId && d.requesterId === viewer.userId) return true;
    if (deps.access.communeAllows('documents:issue', await rolesOf(deps.db, d.communeId, viewer.userId), []))
      return true;
  }
  if (token && deps.signing) {
    const expected = Buffer.from(accessToken(await deps.signing.secret(), d.communeId, d.code));
    const given = Buffer.from(token);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
  }
  return false;
}

/**
 * The verification record (`GET /verify/<code>.json`): everything needed to check the
 * signature offline with the published key. The canonical content (names, CIN,
 * address, and its salt) is included for holders only; everyone else gets its salted
 * SHA-256, which is what the signature covers. For documents issued before salting,
 * everyone else gets no hash and no signature at all (with the signature, the PDF's
 * hash and the key, a guessed CIN could be confirmed offline).
 */
export async function record(deps: ViewerDeps, rawCode: string, viewer: Viewer | null, token?: string) {
  const { db } = deps;
  const { file: _notChecked, ...v } = await verify(db, rawCode);
  if (v.status === 'unknown') return { format: 'shabaka-document-record/1' as const, ...v };
  const d = (await findDocument(db, v.code))!;
  const holder = await isHolder(deps, d, viewer, token);
  const crypto =
    holder || v.offline === 'anyone'
      ? {
          canonicalSha256: d.canonicalSha256,
          pdfSha256: d.pdfSha256,
          signature: Buffer.from(d.signature).toString('base64'),
          signedMessage: `shabaka-document-v1\n${d.canonicalSha256}\n${d.pdfSha256}`,
        }
      : {};
  return {
    format: 'shabaka-document-record/1' as const,
    ...v,
    algorithm: 'Ed25519' as const,
    ...crypto,
    keysUrl: KEYS_PATH,
    ...(holder ? { canonical: d.canonical } : {}),
  };
}

/** The signed PDF for a holder; 'forbidden' for anyone else, null when no document has the code. */
export async function pdfForViewer(deps: ViewerDeps, rawCode: string, viewer: Viewer | null, token?: string) {
  const { db } = deps;
  const parsed = documentCode.safeParse(rawCode);
  if (!parsed.success) return null;
  const d = await findDocument(db, parsed.data);
  if (!d) return null;
  if (!(await isHolder(deps, d, viewer, token))) return 'forbidden' as const;
  const { pdf } = await repo.pdfOf(db, d.communeId, d.id);
  return { code: d.code, pdf: Buffer.from(pdf), revoked: !!d.revokedAt };
}

/** Revokes a document with a reason (shown publicly on the verification page). */
export async function revoke(ctx: Ctx, commune: CommuneRow, actorId: string, input: { code: string; reason: string }) {
  const result = await ctx.db.transaction().execute(async (trx) => {
    const d = await repo.lockByCode(trx, commune.id, input.code);
    if (!d) throw notFound('unknown_document', `No document of this commune has the code ${input.code}.`);
    if (d.revokedAt) throw conflict('already_revoked', 'This document was already revoked.', 'code');
    const at = ctx.clock.now();
    await repo.revoke(trx, commune.id, d.id, at, actorId, input.reason);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'document.revoked',
      targetType: 'document',
      targetId: d.id,
      data: { code: d.code, reason: input.reason },
    });
    return { code: d.code, status: 'revoked' as const, revokedAt: at, reason: input.reason };
  });
  ctx.events.publish({ kind: 'document.revoked', commune: commune.slug, data: { code: result.code } });
  return result;
}

/** The commune's documents for its staff (newest first), without their bytes. */
export async function list(deps: SigningDeps, commune: CommuneRow, input: ListInput) {
  const rows = await repo.listForCommune(deps.db, commune.id, input);
  return Promise.all(
    rows.map(async (r) => ({
      ...(await summaryOf(deps, commune.slug, r)),
      recipientName: r.recipientName,
      issuedByName: r.issuedByName,
      linkedToAccount: r.requesterId !== null,
    })),
  );
}

/** A citizen's own documents: those issued to their account. */
export async function mine(db: Db, userId: string) {
  const rows = await repo.listForRequester(db, userId);
  return rows.map((r) => ({
    code: r.code,
    commune: r.commune,
    communeNames: r.communeNames,
    template: r.template,
    language: r.language,
    issuedAt: r.issuedAt,
    status: r.revokedAt ? ('revoked' as const) : ('valid' as const),
    revokedAt: r.revokedAt,
    verifyPath: verifyPath(r.code),
    pdfPath: pdfPath(r.code),
  }));
}
