import type { Db, Localized } from '@shabaka/db';
import type { Access, CommunePermission } from '../access';
import type { Session } from '../auth';
import { loadCalendar, firstCountedDay } from '../calendar';
import { formatSecret, normaliseSecret, ownerView, type OwnedCase } from '../cases';
import type { Clock } from '../clock';
import { rolesOf } from '../communes';
import { findByCode, findCategory, complaintCode, trackingPath } from '../complaints';
import * as information from '../information-requests';
import { informationCode, trackingPath as informationTrackingPath } from '../information-requests';
import type { LimitStore } from '../limits';
import { pdfKey, renderPdf } from '../pdf-queue';
import type { ComplaintReceipt, InformationReceipt } from './pdf';

export interface ReceiptDeps {
  db: Db;
  clock: Clock;
  /** The process's limit store: a wrong secret here counts against the case like anywhere else. */
  limits: LimitStore;
  /** Who may print a case's receipt besides its owner (staff allowed to process it). */
  access: Access;
}

/** What the HTTP request brings as proof: `?s=` and/or the signed-in session (cookie or bearer). */
export interface ReceiptProof {
  secret?: string | null | undefined;
  session: Session | null;
}

/**
 * A receipt, or why not: `none` (unknown code, or no proof — the same answer, so a code
 * alone tells nothing), `too_many_attempts` (the case's wrong-secret limit).
 */
export type ReceiptResult = { code: string; pdf: Uint8Array } | 'none' | 'too_many_attempts';

/**
 * Who may print a case's receipt: the owner with the secret (the only way to print it),
 * the author signed in, or staff of the case's commune allowed to process it. Returns the
 * secret to print (formatted) or null, or the refusal.
 */
async function proofFor(
  deps: ReceiptDeps,
  c: OwnedCase & { communeId: string },
  proof: ReceiptProof,
  permission: CommunePermission,
): Promise<{ secret: string | null } | 'none' | 'too_many_attempts'> {
  const secret = proof.secret ? normaliseSecret(proof.secret) : null;
  if (secret) {
    const view = ownerView({ limits: deps.limits, clock: deps.clock, session: null }, c, secret);
    if (view.owner) return { secret: formatSecret(secret) };
    if (view.secretError === 'too_many_attempts') return 'too_many_attempts';
  }
  const userId = proof.session?.userId;
  if (!userId) return 'none';
  if (c.authorId === userId) return { secret: null };
  const roles = await rolesOf(deps.db, c.communeId, userId);
  return deps.access.communeAllows(permission, roles, proof.session!.networkRoles) ? { secret: null } : 'none';
}

const base = (url: string) => url.replace(/\/+$/, '');

/**
 * The PDF receipt of the complaint with this tracking code (typed forgivingly).
 * `baseUrl` is where the portals are served (e.g. https://shabaka.ma).
 */
export async function receiptPdf(
  deps: ReceiptDeps,
  rawCode: string,
  baseUrl: string,
  proof: ReceiptProof,
): Promise<ReceiptResult> {
  const parsed = complaintCode.safeParse(rawCode);
  if (!parsed.success) return 'none';
  const c = await findByCode(deps.db, parsed.data);
  if (!c) return 'none';
  const allowed = await proofFor(
    deps,
    { kind: 'complaint', id: c.id, communeId: c.communeId, authorId: c.authorId, ownerSecretHash: c.ownerSecretHash },
    proof,
    'complaints:process',
  );
  if (typeof allowed === 'string') return allowed;
  const [commune, category] = await Promise.all([
    deps.db.selectFrom('communes').select(['slug', 'names']).where('id', '=', c.communeId).executeTakeFirstOrThrow(),
    findCategory(deps.db, c.communeId, c.categoryId),
  ]);
  const data: ComplaintReceipt = {
    code: c.code,
    communeNames: commune.names,
    secret: allowed.secret,
    kind: c.kind,
    channel: c.channel,
    categoryNames: (category?.names ?? { ar: '', fr: '', es: '' }) as Localized,
    receivedAt: c.createdAt,
    ackDueAt: c.ackDueAt,
    answerDueAt: c.answerDueAt,
    trackingUrl: `${base(baseUrl)}${trackingPath(commune.slug, c.code)}`,
  };
  // Bounded and cached (pdf-queue.ts): thirty printers at once cannot stall the server.
  const now = deps.clock.now();
  const pdf = await renderPdf(pdfKey('receipt', data, now), { kind: 'receipt', args: [data, now] });
  return { code: c.code, pdf };
}

/** The PDF receipt of an information request, on the same terms. */
export async function informationReceiptPdf(
  deps: ReceiptDeps,
  rawCode: string,
  baseUrl: string,
  proof: ReceiptProof,
): Promise<ReceiptResult> {
  const parsed = informationCode.safeParse(rawCode);
  if (!parsed.success) return 'none';
  const r = await information.findByCode(deps.db, parsed.data);
  if (!r) return 'none';
  const allowed = await proofFor(
    deps,
    {
      kind: 'information_request',
      id: r.id,
      communeId: r.communeId,
      authorId: r.authorId,
      ownerSecretHash: r.ownerSecretHash,
    },
    proof,
    'information:process',
  );
  if (typeof allowed === 'string') return allowed;
  const [commune, cal] = await Promise.all([
    deps.db.selectFrom('communes').select(['slug', 'names']).where('id', '=', r.communeId).executeTakeFirstOrThrow(),
    loadCalendar(deps.db),
  ]);
  const data: InformationReceipt = {
    code: r.code,
    communeNames: commune.names,
    secret: allowed.secret,
    channel: r.channel,
    deliveryChannel: r.deliveryChannel,
    urgent: r.urgent,
    receivedAt: r.receivedAt,
    firstCountedDay: firstCountedDay(r.receivedAt, cal),
    workingDays: r.periodWorkingDays,
    dueAt: r.dueAt,
    trackingUrl: `${base(baseUrl)}${informationTrackingPath(commune.slug, r.code)}`,
  };
  const now = deps.clock.now();
  const pdf = await renderPdf(pdfKey('information-receipt', data, now), {
    kind: 'informationReceipt',
    args: [data, now],
  });
  return { code: r.code, pdf };
}
