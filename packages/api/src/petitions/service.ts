import { randomUUID } from 'node:crypto';
import type { Db, PetitionState } from '@shabaka/db';
import { associationsRepository, isRepresentative, standingOf } from '../associations';
import { recordAudit } from '../audit';
import { addDays, endOfLocalDay, localDate } from '../calendar';
import {
  allocateCode,
  caseQueue,
  insertTimelineEntry,
  moveCase,
  moveStateCount,
  publishState,
  recordEntry,
  transition,
  withLockedCase,
} from '../cases';
import { networkCommunes, type CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, DomainError, forbidden, isUniqueViolation, notFound } from '../errors';
import { renderPdf } from '../pdf-queue';
import { signingSetup } from '../signing';
import type { Viewer } from '../viewer';
import { petitionCase } from './case';
import { dedupKey, openIdentity, sealIdentity } from './crypto';
import { associationConditions, checklist, signaturesNeeded, type Condition } from './eligibility';
import * as repo from './repository';
import type { PetitionFields, SignerInput } from './schemas';
import { nextOrdinarySession, upcomingSessions } from './sessions';
import type { PetitionDossier } from './dossier-pdf';
import { findReceipt, petitionReceipt } from './receipt';
import { petitionSettings, type PetitionSettings } from './settings';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../audit/actions' {
  interface DomainAuditActions {
    'council_session.created': true;
    'council_session.updated': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events' | 'signing'>;
type AccessCtx = Ctx & Pick<InnerContext, 'access'>;
type Commune = Pick<CommuneRow, 'id' | 'slug' | 'codePrefix'>;

/** The mandataire's identity as sealed on the petition (decree 2.16.403's form). */
export interface Mandataire {
  name: string;
  cin: string;
  address: string;
  phone?: string | undefined;
}
/** A signer's identity as sealed on the signature. */
export interface SignerIdentity {
  name: string;
  cin: string;
  address: string;
  activity?: string | undefined;
  registeredVoter: boolean;
}

const secretOf = (ctx: Pick<InnerContext, 'signing'>) => signingSetup(ctx).secret();
const today = (ctx: Pick<InnerContext, 'clock'>) => localDate(ctx.clock.now());
/** The council's bureau: who reviews, schedules and records decisions, and reads the signers' identities. */
const isBureau = (ctx: AccessCtx, v: Viewer) => ctx.access.communeAllows('petitions:review', v.roles, v.networkRoles);
/** Agents who key in paper signatures at the counter. */
const isAgent = (ctx: AccessCtx, v: Viewer) => ctx.access.communeAllows('petitions:key', v.roles, v.networkRoles);

async function found(db: Db, commune: Commune, id: string) {
  const p = await repo.findPetition(db, commune.id, id);
  if (!p) throw notFound('unknown_petition', 'No such petition in this commune.');
  return p;
}

function requireMandataire(p: repo.PetitionRow, v: Viewer) {
  if (p.mandataireId !== v.userId)
    throw forbidden('not_mandataire', 'Only the petition’s mandataire follows its procedure.');
}

/** The months after receipt the bureau has to notify a rejection: the end of that day in Morocco. */
function answerDue(receivedAt: Date, s: PetitionSettings) {
  const day = localDate(receivedAt);
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + s.rejectionNoticeMonths);
  return endOfLocalDay(d.toISOString().slice(0, 10));
}

// ——— The rules, as the public reads them ———

/**
 * What a commune's petitions need: the signatures of each track here and the tier they come from, who may
 * sign, the bureau's time to answer and the next ordinary session. The population's certainty is for staff:
 * citizens read the figure and its source, never a guess presented as fact.
 */
export async function rules(ctx: Pick<InnerContext, 'db' | 'clock'>, commune: Commune, asStaff = false) {
  const { settings, population } = await petitionSettings(ctx.db, commune.id);
  const petition = signaturesNeeded('petition', 'citizens', population.value, settings);
  return {
    petition,
    thresholds: settings.thresholds,
    hasArrondissements: settings.hasArrondissements,
    population: {
      value: population.value,
      census: population.census,
      ...(asStaff ? { toVerify: population.toVerify } : {}),
    },
    signerBases: settings.signerBases,
    registeredVoterRequired: settings.registeredVoterRequired,
    rejectionNoticeMonths: settings.rejectionNoticeMonths,
    nextSession: await nextOrdinarySession(ctx.db, commune.id, today(ctx), settings),
  };
}

// ——— Drafting ———

async function petitionerOf(ctx: Ctx, commune: Commune, input: PetitionFields, v: Viewer) {
  if (!input.associationId) return { petitioner: 'citizens' as const, associationId: null };
  if (input.track !== 'petition')
    throw badRequest(
      'proposal_by_citizens',
      'A citizen proposal is made by citizens, not an association.',
      'associationId',
    );
  const standing = await standingOf(ctx, commune, input.associationId);
  if (!standing)
    throw badRequest('unknown_association', 'No such association in this commune’s registry.', 'associationId');
  if (!(await isRepresentative(ctx.db, commune.id, v.userId, input.associationId)))
    throw forbidden('not_representative', 'Only a verified representative petitions in the association’s name.');
  return { petitioner: 'association' as const, associationId: input.associationId };
}

/** A draft: the mandataire's own until collecting opens (or, for an association, until it is filed). */
export async function create(ctx: Ctx, commune: Commune, input: PetitionFields, v: Viewer) {
  const now = ctx.clock.now();
  const who = await petitionerOf(ctx, commune, input, v);
  const { settings, population } = await petitionSettings(ctx.db, commune.id);
  const needed = signaturesNeeded(input.track, who.petitioner, population.value, settings);
  const id = randomUUID();
  const sealed = sealIdentity(await secretOf(ctx), commune.id, id, input.mandataire satisfies Mandataire);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertPetition(trx, {
      communeId: commune.id,
      id,
      code: await allocateCode(trx, commune, 'petition', now),
      track: input.track,
      petitioner: who.petitioner,
      associationId: who.associationId,
      mandataireId: v.userId,
      mandataireIdentity: sealed,
      subject: input.subject,
      reasons: input.reasons,
      request: input.request,
      theme: input.theme,
      language: input.language,
      threshold: needed.signatures,
      tier: needed.tier,
      population: population.value,
      census: population.census,
      createdAt: now,
      updatedAt: now,
    });
    await insertTimelineEntry(trx, 'petitions', {
      communeId: commune.id,
      caseId: row.id,
      at: now,
      actorId: v.userId,
      kind: 'drafted',
      toState: 'draft',
    });
    await moveStateCount(trx, petitionCase, commune.id, null, 'draft');
    await recordAudit(trx, {
      communeId: commune.id,
      actorId: v.userId,
      action: 'petition.drafted',
      targetType: petitionCase.type,
      targetId: row.id,
      data: { code: row.code, track: row.track, petitioner: row.petitioner },
    });
    return row;
  });
  return { id: row.id, code: row.code, threshold: row.threshold };
}

/** The mandataire rewrites the draft; the threshold follows the track and today's settings. */
export async function update(ctx: Ctx, commune: Commune, id: string, input: PetitionFields, v: Viewer) {
  const who = await petitionerOf(ctx, commune, input, v);
  const { settings, population } = await petitionSettings(ctx.db, commune.id);
  const needed = signaturesNeeded(input.track, who.petitioner, population.value, settings);
  const sealed = sealIdentity(await secretOf(ctx), commune.id, id, input.mandataire satisfies Mandataire);
  return withLockedCase(ctx.db, petitionCase, commune.id, id, async (trx, p) => {
    requireMandataire(p, v);
    if (p.state !== 'draft') throw conflict('not_draft', 'Only a draft can be changed.');
    await recordEntry(trx, petitionCase, {
      communeId: commune.id,
      row: p,
      kind: 'edited',
      actorId: v.userId,
      now: ctx.clock.now(),
      set: {
        track: input.track,
        petitioner: who.petitioner,
        associationId: who.associationId,
        mandataireIdentity: sealed,
        subject: input.subject,
        reasons: input.reasons,
        request: input.request,
        theme: input.theme,
        language: input.language,
        threshold: needed.signatures,
        tier: needed.tier,
        population: population.value,
        census: population.census,
      },
      audit: {},
    });
    return { id, threshold: needed.signatures };
  });
}

/** A move the mandataire makes on their own petition (open collecting, file, withdraw), through the kernel. */
async function mandataireMove(
  ctx: Ctx,
  commune: Commune,
  id: string,
  v: Viewer,
  to: PetitionState,
  check: (trx: Db, p: repo.PetitionRow) => Promise<{ set?: Record<string, unknown>; data?: Record<string, unknown> }>,
) {
  const now = ctx.clock.now();
  const result = await withLockedCase(ctx.db, petitionCase, commune.id, id, async (trx, p) => {
    requireMandataire(p, v);
    if (!petitionCase.states.next[p.state].includes(to))
      throw conflict('invalid_transition', petitionCase.refusal(p.state, to), 'id');
    const extra = await check(trx, p);
    await moveCase(trx, petitionCase, {
      communeId: commune.id,
      row: p,
      from: p.state,
      to,
      kind: to,
      actorId: v.userId,
      now,
      ...extra,
    });
    return { code: p.code, state: to };
  });
  publishState(ctx, petitionCase, commune.slug, result.code, result.state);
  return result;
}

/** Collecting opens: the petition shows in the register and takes signatures online and on paper. */
export async function openCollecting(ctx: Ctx, commune: Commune, id: string, v: Viewer) {
  const { settings, population } = await petitionSettings(ctx.db, commune.id);
  return mandataireMove(ctx, commune, id, v, 'collecting', async (_trx, p) => {
    if (p.petitioner === 'association')
      throw conflict('association_files_directly', 'An association petitions in its own name: file it directly.', 'id');
    // The target is fixed now, with today's settings: signers read the number they are working towards.
    const needed = signaturesNeeded(p.track, p.petitioner, population.value, settings);
    return {
      set: {
        collectingAt: ctx.clock.now(),
        threshold: needed.signatures,
        tier: needed.tier,
        population: population.value,
        census: population.census,
      },
    };
  });
}

export async function withdraw(ctx: Ctx, commune: Commune, id: string, v: Viewer) {
  return mandataireMove(ctx, commune, id, v, 'withdrawn', async () => ({}));
}

/** What filing needs, from the petition and what is on file: the checklist the mandataire works through. */
async function checklistOf(ctx: Ctx, commune: Commune, p: repo.PetitionRow, mandataire: Mandataire) {
  let association: Condition[] | undefined;
  let documents: { statutes: boolean; receipt: boolean; bureau: boolean } | undefined;
  if (p.petitioner === 'association' && p.associationId) {
    const standing = await standingOf(ctx, commune, p.associationId);
    if (standing) {
      association = associationConditions(standing.flags, standing.association.sectors, p.theme);
      const has = (k: (typeof standing.documentKinds)[number]) => standing.documentKinds.includes(k);
      documents = {
        statutes: has('statutes'),
        receipt: has('definitive_receipt') || has('provisional_receipt'),
        bureau: standing.bureauListed,
      };
    }
  }
  return checklist({
    track: p.track,
    petitioner: p.petitioner,
    subject: p.subject,
    reasons: p.reasons,
    request: p.request,
    mandataire,
    signatures: p.signaturesOnline + p.signaturesPaper,
    needed: p.threshold,
    association,
    associationDocuments: documents,
  });
}

/**
 * Filing with the president against a receipt: every item of the checklist holds (the signatures reached, or
 * the association's conditions met), else CONFLICT naming the items that fail and nothing changes. The
 * bureau's clock starts: a rejection is notified within the setting's months of receipt.
 */
export async function file(ctx: Ctx, commune: CommuneRow, id: string, v: Viewer) {
  const [{ settings }, secret] = await Promise.all([petitionSettings(ctx.db, commune.id), secretOf(ctx)]);
  const moved = await mandataireMove(ctx, commune, id, v, 'filed', async (trx, p) => {
    if (p.track === 'petition' && p.petitioner === 'citizens' && p.state !== 'collecting')
      throw conflict('not_collecting', 'A citizens’ petition collects its signatures before it is filed.', 'id');
    const mandataire = openIdentity<Mandataire>(secret, commune.id, p.id, p.mandataireIdentity);
    // Read inside the move's transaction: on one connection (PGlite) a read beside it would wait for it.
    const items = await checklistOf({ ...ctx, db: trx }, commune, p, mandataire);
    const failing = items.filter((i) => !i.ok).map((i) => i.code);
    if (failing.length > 0)
      throw new DomainError(
        'CONFLICT',
        p.petitioner === 'association' && items.some((i) => !i.ok && ASSOCIATION_CODES.has(i.code))
          ? 'association_not_eligible'
          : 'checklist_incomplete',
        `The petition cannot be filed yet: ${failing.join(', ')}.`,
        'id',
        { failing: failing.join(',') },
      );
    const now = ctx.clock.now();
    return {
      set: { receivedAt: now, answerDueAt: answerDue(now, settings) },
      data: { signatures: p.signaturesOnline + p.signaturesPaper, threshold: p.threshold },
    };
  });
  // The receipt is signed after the filing commits; a failure leaves the petition filed and the mandataire's
  // page issues it on its next read (idempotent), so nothing is lost and the filing is not reported as failed.
  const receipt = await issueReceipt(ctx, commune, id, secret).catch(() => null);
  return { ...moved, receipt: receipt ? { code: receipt.code, verifyPath: receipt.verifyPath } : null };
}

async function issueReceipt(ctx: Ctx, commune: CommuneRow, id: string, secret: string) {
  const p = await found(ctx.db, commune, id);
  return petitionReceipt(ctx, commune, p, openIdentity<Mandataire>(secret, commune.id, p.id, p.mandataireIdentity));
}
const ASSOCIATION_CODES = new Set(['constituted', 'seat_or_branch', 'good_standing', 'related_activity']);

// ——— Signatures ———

function checkSigner(s: SignerInput, settings: PetitionSettings, path: string) {
  if (!settings.signerBases.includes(s.basis))
    throw badRequest('basis_not_accepted', 'This commune does not accept signers on this basis.', `${path}.basis`);
  if (s.basis === 'activity' && !s.activity)
    throw badRequest('activity_required', 'Say which activity you have in the commune.', `${path}.activity`);
  if (settings.registeredVoterRequired && !s.registeredVoter)
    throw badRequest(
      'voter_required',
      'This commune asks signers to be on the electoral rolls.',
      `${path}.registeredVoter`,
    );
}

const identityOf = (s: SignerInput): SignerIdentity => ({
  name: s.name,
  cin: s.cin,
  address: s.address,
  activity: s.activity,
  registeredVoter: s.registeredVoter,
});

/** Signatures, online or on paper, are taken only while the petition collects. */
function requireCollecting(p: repo.PetitionRow) {
  if (p.state !== 'collecting') throw conflict('not_collecting', 'This petition does not take signatures now.', 'id');
}

/**
 * A signed-in person signs online: once per account and once per CIN (the same key as on paper), their
 * identity sealed, only their neighbourhood counted in public.
 */
export async function sign(ctx: Ctx, commune: Commune, input: { id: string; signer: SignerInput }, v: Viewer) {
  const [{ settings }, secret] = await Promise.all([petitionSettings(ctx.db, commune.id), secretOf(ctx)]);
  checkSigner(input.signer, settings, 'signer');
  const now = ctx.clock.now();
  try {
    return await withLockedCase(ctx.db, petitionCase, commune.id, input.id, async (trx, p) => {
      requireCollecting(p);
      if (await repo.hasSigned(trx, commune.id, p.id, v.userId))
        throw conflict('already_signed', 'You have already signed this petition.', 'signer');
      const signed = await repo.insertSignature(trx, {
        communeId: commune.id,
        petitionId: p.id,
        dedupKey: dedupKey(secret, p.id, input.signer.cin),
        channel: 'online',
        accountId: v.userId,
        basis: input.signer.basis,
        neighbourhood: input.signer.neighbourhood,
        identity: sealIdentity(secret, commune.id, p.id, identityOf(input.signer)),
        signedAt: now,
      });
      if (!signed) throw conflict('already_signed', 'This CIN has already signed this petition.', 'signer.cin');
      await repo.countSignatures(trx, commune.id, p.id, 'online', 1);
      return { signatures: p.signaturesOnline + p.signaturesPaper + 1, threshold: p.threshold };
    });
  } catch (err) {
    // Two taps of the same account at once: the partial index decides, and says so as the check would.
    if (isUniqueViolation(err, 'petition_signatures_one_per_account'))
      throw conflict('already_signed', 'You have already signed this petition.', 'signer');
    throw err;
  }
}

/**
 * An agent keys in a paper sheet: every line is checked before anything is stored (a bad line names its
 * field, `signers.<n>.<field>`); then each is counted unless the person already signed (online, on an
 * earlier sheet or higher on this one), and the answer says which lines were duplicates.
 */
export async function paperBatch(
  ctx: AccessCtx,
  commune: Commune,
  input: { id: string; sheet: string; signers: SignerInput[] },
  v: Viewer,
) {
  if (!isAgent(ctx, v)) throw forbidden('not_allowed', 'Only the commune’s agents key in paper signatures.');
  const [{ settings }, secret] = await Promise.all([petitionSettings(ctx.db, commune.id), secretOf(ctx)]);
  input.signers.forEach((s, i) => checkSigner(s, settings, `signers.${i}`));
  const now = ctx.clock.now();
  return withLockedCase(ctx.db, petitionCase, commune.id, input.id, async (trx, p) => {
    requireCollecting(p);
    const batchId = await repo.insertBatch(trx, {
      communeId: commune.id,
      petitionId: p.id,
      sheet: input.sheet,
      keyedBy: v.userId,
      keyedAt: now,
    });
    const lines: { line: number; counted: boolean }[] = [];
    for (const [i, s] of input.signers.entries()) {
      const id = await repo.insertSignature(trx, {
        communeId: commune.id,
        petitionId: p.id,
        dedupKey: dedupKey(secret, p.id, s.cin),
        channel: 'paper',
        batchId,
        basis: s.basis,
        neighbourhood: s.neighbourhood,
        identity: sealIdentity(secret, commune.id, p.id, identityOf(s)),
        signedAt: now,
      });
      lines.push({ line: i, counted: id !== null });
    }
    const accepted = lines.filter((l) => l.counted).length;
    const duplicates = lines.length - accepted;
    await repo.closeBatch(trx, commune.id, batchId, accepted, duplicates);
    await repo.countSignatures(trx, commune.id, p.id, 'paper', accepted);
    await recordEntry(trx, petitionCase, {
      communeId: commune.id,
      row: p,
      kind: 'paper_keyed',
      actorId: v.userId,
      now,
      data: { sheet: input.sheet, accepted, duplicates },
      audit: { sheet: input.sheet, accepted, duplicates },
    });
    return {
      accepted,
      duplicates: lines.filter((l) => !l.counted).map((l) => l.line),
      signatures: p.signaturesOnline + p.signaturesPaper + accepted,
      threshold: p.threshold,
    };
  });
}

/** The mandataire and the bureau read who signed; nobody else, not even the agents who keyed the sheets. */
async function requireIdentityReader(ctx: AccessCtx, p: repo.PetitionRow, v: Viewer) {
  if (p.mandataireId !== v.userId && !isBureau(ctx, v))
    throw forbidden('not_allowed', 'Only the mandataire and the council’s bureau see who signed.');
}

export async function signatures(ctx: AccessCtx, commune: Commune, id: string, v: Viewer) {
  const p = await found(ctx.db, commune, id);
  await requireIdentityReader(ctx, p, v);
  const secret = await secretOf(ctx);
  const rows = await repo.signatures(ctx.db, commune.id, p.id);
  return {
    purged: p.identitiesPurgedAt !== null,
    signatures: rows.map((r, i) => ({
      n: i + 1,
      channel: r.channel,
      sheet: r.sheet,
      basis: r.basis,
      neighbourhood: r.neighbourhood,
      signedAt: r.signedAt,
      identity: r.identity ? openIdentity<SignerIdentity>(secret, commune.id, p.id, r.identity) : null,
    })),
  };
}

/**
 * The signatures as CSV, for the dossier filed on eparticipation.ma. Cells that a spreadsheet would read as a
 * formula are quoted as text: a signer's name must never run in the bureau's spreadsheet.
 */
export async function signaturesCsv(ctx: AccessCtx, commune: Commune, id: string, v: Viewer) {
  const p = await found(ctx.db, commune, id);
  const { signatures: rows } = await signatures(ctx, commune, id, v);
  // Loaded on first use, as the other exports do: the server's start stays light (apps/server/build.mjs checks it).
  const { stringify } = await import('csv-stringify/sync');
  const safe = (s: string | null | undefined) => (s && /^[=+\-@\t\r]/.test(s) ? `'${s}` : (s ?? ''));
  const csv = stringify(
    rows.map((r) => [
      r.n,
      r.channel,
      safe(r.sheet),
      safe(r.identity?.name),
      r.identity?.cin ?? '',
      safe(r.identity?.address),
      safe(r.neighbourhood),
      r.basis,
      safe(r.identity?.activity),
      r.signedAt.toISOString(),
    ]),
    {
      header: true,
      columns: ['n', 'channel', 'sheet', 'name', 'cin', 'address', 'neighbourhood', 'basis', 'activity', 'signed_at'],
    },
  );
  // The BOM lets a spreadsheet read the Arabic names as UTF-8.
  return { filename: `${p.code}-signatures.csv`, contentType: 'text/csv;charset=utf-8', csv: `\uFEFF${csv}` };
}

/**
 * The dossier as a PDF in the layout of the decree's form (petitions/dossier-pdf.ts), with the mandataire and
 * every signatory: for the mandataire and the bureau only, like the identities it prints. Rendered through the
 * bounded PDF queue and never cached, so no identity outlives the request in the server's memory.
 */
export async function dossierPdf(
  ctx: AccessCtx & Pick<InnerContext, 'language'>,
  commune: CommuneRow,
  id: string,
  v: Viewer,
) {
  const p = await found(ctx.db, commune, id);
  if (p.state === 'draft') throw conflict('not_collecting', 'A draft has no dossier yet.', 'id');
  const { purged, signatures: rows } = await signatures(ctx, commune, id, v);
  const secret = await secretOf(ctx);
  const mandataire = openIdentity<Mandataire>(secret, commune.id, p.id, p.mandataireIdentity);
  const standing =
    p.petitioner === 'association' && p.associationId ? await standingOf(ctx, commune, p.associationId) : undefined;
  const has = (k: NonNullable<typeof standing>['documentKinds'][number]) => !!standing?.documentKinds.includes(k);
  const data: PetitionDossier = {
    code: p.code,
    communeNames: commune.names,
    track: p.track,
    filedOn: p.receivedAt ? localDate(p.receivedAt) : null,
    printedOn: today(ctx),
    subject: p.subject,
    reasons: p.reasons,
    request: p.request,
    mandataire: {
      name: mandataire.name,
      cin: mandataire.cin,
      address: mandataire.address,
      phone: mandataire.phone ?? null,
    },
    association: standing
      ? {
          name: standing.association.names.ar || standing.association.names.fr,
          statutes: has('statutes'),
          receipt: has('definitive_receipt') || has('provisional_receipt'),
          bureau: standing.bureauListed,
        }
      : null,
    signatures: rows.map((r) => ({
      n: r.n,
      name: r.identity?.name ?? '',
      cin: r.identity?.cin ?? '',
      address: r.identity?.address ?? '',
      channel: r.channel,
      sheet: r.sheet,
      signedOn: localDate(r.signedAt),
    })),
    identitiesPurged: purged,
    eparticipationRef: p.eparticipationRef,
  };
  const pdf = await renderPdf(null, { kind: 'petitionDossier', args: [data] }, ctx);
  return {
    filename: `${p.code}-dossier.pdf`,
    mime: 'application/pdf' as const,
    dataBase64: Buffer.from(pdf).toString('base64'),
  };
}

// ——— The bureau and the council ———

const ADMISSIBLE_ONLY = 'Only an admissible petition is scheduled, debated and decided.';

/**
 * The bureau's review of a filed petition: admissible (referred to a committee and put on the next ordinary
 * session's agenda) or rejected with public reasons. A rejection after the clock is recorded as late.
 */
export async function review(
  ctx: AccessCtx,
  commune: Commune,
  input:
    | { id: string; decision: 'admissible'; committee: string; note?: string | undefined }
    | { id: string; decision: 'rejected'; reasons: string },
  v: Viewer,
) {
  const now = ctx.clock.now();
  const { settings } = await petitionSettings(ctx.db, commune.id);
  return transition(
    ctx,
    petitionCase,
    commune,
    {
      id: input.id,
      to: input.decision,
      kind: input.decision,
      actorId: v.userId,
      now,
      publicNote: input.decision === 'rejected' ? input.reasons : (input.note ?? null),
    },
    async (trx, p) => {
      if (p.track !== 'petition')
        throw conflict('proposal_answered', 'A citizen proposal is answered, not reviewed.', 'id');
      const late = !!p.answerDueAt && now.getTime() > p.answerDueAt.getTime();
      if (input.decision === 'rejected') return { set: { bureauText: input.reasons }, data: { late } };
      const session = await nextOrdinarySession(trx, commune.id, localDate(now), settings, v.userId);
      return {
        set: { bureauText: input.note ?? null, committee: input.committee, sessionId: session.id },
        data: { late, committee: input.committee, sessionOn: session.opensOn },
      };
    },
  );
}

/** The commune's public answer to a citizen proposal (not binding: it says what the commune will do). */
export async function answer(ctx: AccessCtx, commune: Commune, input: { id: string; answer: string }, v: Viewer) {
  return transition(
    ctx,
    petitionCase,
    commune,
    {
      id: input.id,
      to: 'answered',
      kind: 'answered',
      actorId: v.userId,
      now: ctx.clock.now(),
      publicNote: input.answer,
    },
    (_trx, p) => {
      if (p.track !== 'proposal')
        throw conflict('petition_reviewed', 'A petition is reviewed by the bureau, not answered.', 'id');
      return { set: { bureauText: input.answer } };
    },
  );
}

/** Moves an admissible petition to another session of the calendar (an extraordinary one, or a later one). */
export async function schedule(ctx: AccessCtx, commune: Commune, input: { id: string; sessionId: string }, v: Viewer) {
  const session = await repo.findSession(ctx.db, commune.id, input.sessionId);
  if (!session) throw badRequest('unknown_session', 'No such session in the council’s calendar.', 'sessionId');
  if (session.opensOn < today(ctx)) throw badRequest('session_past', 'This session has already opened.', 'sessionId');
  return withLockedCase(ctx.db, petitionCase, commune.id, input.id, async (trx, p) => {
    if (p.state !== 'admissible') throw conflict('not_admissible', ADMISSIBLE_ONLY, 'id');
    await recordEntry(trx, petitionCase, {
      communeId: commune.id,
      row: p,
      kind: 'scheduled',
      actorId: v.userId,
      now: ctx.clock.now(),
      set: { sessionId: session.id },
      data: { sessionOn: session.opensOn },
      audit: { sessionId: session.id, sessionOn: session.opensOn },
    });
    return { sessionOn: session.opensOn };
  });
}

/** The council debated it in its session (which must have opened). */
export async function debate(ctx: AccessCtx, commune: Commune, id: string, v: Viewer) {
  return transition(
    ctx,
    petitionCase,
    commune,
    { id, to: 'debated', kind: 'debated', actorId: v.userId, now: ctx.clock.now() },
    async (trx, p) => {
      const session = p.sessionId ? await repo.findSession(trx, commune.id, p.sessionId) : undefined;
      if (session && session.opensOn > today(ctx))
        throw conflict('session_not_held', 'The session it is scheduled for has not opened yet.', 'id');
      return { data: { sessionOn: session?.opensOn ?? null } };
    },
  );
}

/** The council's decision: the vote, the decision's text (public) and where it is recorded. */
export async function decide(
  ctx: AccessCtx,
  commune: Commune,
  input: { id: string; vote: { for: number; against: number; abstain: number }; decision: string; record: string },
  v: Viewer,
) {
  return transition(
    ctx,
    petitionCase,
    commune,
    {
      id: input.id,
      to: 'decided',
      kind: 'decided',
      actorId: v.userId,
      now: ctx.clock.now(),
      publicNote: input.decision,
    },
    () => ({
      set: { vote: input.vote, decisionText: input.decision, decisionRecord: input.record },
      data: { vote: input.vote, record: input.record },
    }),
  );
}

/** What the commune did after the decision (works started, a budget line), public, updated as it goes. */
export async function followUp(ctx: AccessCtx, commune: Commune, input: { id: string; text: string }, v: Viewer) {
  return withLockedCase(ctx.db, petitionCase, commune.id, input.id, async (trx, p) => {
    if (p.state !== 'decided') throw conflict('not_decided', 'Follow-up is recorded once the council decided.', 'id');
    await recordEntry(trx, petitionCase, {
      communeId: commune.id,
      row: p,
      kind: 'follow_up',
      actorId: v.userId,
      now: ctx.clock.now(),
      publicNote: input.text,
      set: { followUp: input.text },
      audit: {},
    });
    return { ok: true as const };
  });
}

/** The reference eparticipation.ma gave the filed dossier: the mandataire or the bureau records it. */
export async function reference(ctx: AccessCtx, commune: Commune, input: { id: string; reference: string }, v: Viewer) {
  return withLockedCase(ctx.db, petitionCase, commune.id, input.id, async (trx, p) => {
    if (p.mandataireId !== v.userId && !isBureau(ctx, v))
      throw forbidden('not_mandataire', 'Only the mandataire or the bureau records the national portal’s reference.');
    if (p.state === 'draft' || p.state === 'collecting' || p.state === 'withdrawn')
      throw conflict('not_filed', 'A petition gets its national reference once filed.', 'id');
    await recordEntry(trx, petitionCase, {
      communeId: commune.id,
      row: p,
      kind: 'referenced',
      actorId: v.userId,
      now: ctx.clock.now(),
      set: { eparticipationRef: input.reference },
      data: { reference: input.reference },
      audit: { reference: input.reference },
    });
    return { ok: true as const };
  });
}

// ——— Reads ———

/** Timeline kinds the public reads (the bureau's internal notes and the paper batches stay inside). */
const PUBLIC_KINDS = new Set([
  'collecting',
  'filed',
  'admissible',
  'rejected',
  'scheduled',
  'debated',
  'decided',
  'answered',
  'follow_up',
  'referenced',
  'withdrawn',
]);

function publicOf(r: repo.RegisterRow, now: Date) {
  const signatures = r.signaturesOnline + r.signaturesPaper;
  return {
    ...r,
    signatures,
    reached: signatures >= r.threshold,
    overdue: r.state === 'filed' && !!r.answerDueAt && r.answerDueAt.getTime() < now.getTime(),
  };
}

/** REGISTER_STATES: what each filter of the register lists. */
const REGISTER_STATES: Record<'all' | 'collecting' | 'open' | 'decided', readonly PetitionState[]> = {
  all: ['collecting', 'filed', 'admissible', 'rejected', 'debated', 'decided', 'answered'],
  collecting: ['collecting'],
  open: ['filed', 'admissible', 'debated'],
  decided: ['rejected', 'decided', 'answered'],
};
const PAGE = 20;

/** The commune's public register: petitions and proposals past their draft, newest first. */
export async function register(
  ctx: Pick<InnerContext, 'db' | 'clock'>,
  commune: Commune,
  input: { state: keyof typeof REGISTER_STATES; track?: 'petition' | 'proposal' | undefined; page: number },
) {
  const rows = await repo.register(ctx.db, commune.id, {
    states: REGISTER_STATES[input.state],
    track: input.track,
    limit: PAGE + 1,
    offset: (input.page - 1) * PAGE,
  });
  const now = ctx.clock.now();
  return { items: rows.slice(0, PAGE).map((r) => publicOf(r, now)), more: rows.length > PAGE };
}

/** One petition as the public reads it, with its signatures by neighbourhood and its public timeline. */
export async function detail(ctx: Pick<InnerContext, 'db' | 'clock'>, commune: Commune, id: string) {
  const r = await repo.publicPetition(ctx.db, commune.id, id);
  if (!r || r.state === 'draft') throw notFound('unknown_petition', 'No such petition in this commune.');
  const [neighbourhoods, timeline, association] = await Promise.all([
    repo.byNeighbourhood(ctx.db, commune.id, id),
    repo.events(ctx.db, commune.id, id),
    r.associationId ? associationsRepository.findAssociation(ctx.db, commune.id, r.associationId) : undefined,
  ]);
  return {
    ...publicOf(r, ctx.clock.now()),
    association: association ? { id: association.id, names: association.names } : null,
    neighbourhoods,
    timeline: timeline
      .filter((e) => PUBLIC_KINDS.has(e.kind))
      .map(({ internalNote: _i, data, ...e }) => ({ ...e, sessionOn: (data.sessionOn as string | undefined) ?? null })),
  };
}

/**
 * The mandataire's and the bureau's view: the public one plus the mandataire's identity, the checklist, the
 * paper batches and the whole timeline (internal notes for the bureau only).
 */
export async function dossier(ctx: AccessCtx, commune: CommuneRow, id: string, v: Viewer) {
  const p = await found(ctx.db, commune, id);
  const bureau = isBureau(ctx, v);
  if (p.mandataireId !== v.userId && !bureau && !isAgent(ctx, v))
    throw forbidden('not_allowed', 'Only the mandataire and the commune’s staff see the petition’s dossier.');
  const secret = await secretOf(ctx);
  const readsIdentity = p.mandataireId === v.userId || bureau;
  const mandataire = openIdentity<Mandataire>(secret, commune.id, p.id, p.mandataireIdentity);
  const [pub, timeline, batches, items] = await Promise.all([
    repo.publicPetition(ctx.db, commune.id, id),
    repo.events(ctx.db, commune.id, id),
    repo.batches(ctx.db, commune.id, id),
    checklistOf(ctx, commune, p, mandataire),
  ]);
  // Found, or — for the mandataire only — issued now if the filing's own attempt failed: a read by staff never
  // creates a document in someone else's account (a server without its secret shows none).
  const receipt = !p.receivedAt
    ? null
    : await (
        p.mandataireId === v.userId ? petitionReceipt(ctx, commune, p, mandataire) : findReceipt(ctx, commune, p.id)
      ).catch(() => null);
  return {
    ...publicOf(pub!, ctx.clock.now()),
    receipt: receipt ? { code: receipt.code, verifyPath: receipt.verifyPath, pdfPath: receipt.pdfPath } : null,
    role: p.mandataireId === v.userId ? ('mandataire' as const) : bureau ? ('bureau' as const) : ('agent' as const),
    mandataire: readsIdentity ? mandataire : null,
    checklist: items,
    batches,
    identitiesPurgedAt: p.identitiesPurgedAt,
    timeline: timeline.map((e) => ({ ...e, internalNote: bureau ? e.internalNote : null })),
  };
}

/**
 * What a printed signature sheet carries besides its table: the petition's public text and a QR code leading to
 * it online (where it can be signed too), on the process's public address.
 */
export async function sheet(
  ctx: Pick<InnerContext, 'db' | 'clock' | 'publicUrl' | 'signing'>,
  commune: Commune,
  id: string,
) {
  const p = await detail(ctx, commune, id);
  if (p.state !== 'collecting') throw conflict('not_collecting', 'This petition does not take signatures now.', 'id');
  const base = (ctx.publicUrl ?? ctx.signing?.publicUrl ?? '').replace(/\/+$/, '');
  const url = `${base}/${commune.slug}/petitions/${p.id}`;
  const QRCode = (await import('qrcode')).default;
  const qrSvg = base ? await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }) : null;
  return { code: p.code, subject: p.subject, request: p.request, threshold: p.threshold, url, qrSvg };
}

/** The account's petitions here: those it follows as mandataire (drafts included) and those it signed. */
export async function mine(ctx: Pick<InnerContext, 'db' | 'clock'>, commune: Commune, userId: string) {
  const { own, signed } = await repo.mine(ctx.db, commune.id, userId);
  const now = ctx.clock.now();
  return { own: own.map((r) => publicOf(r, now)), signed: signed.map((r) => publicOf(r, now)) };
}

/** The bureau's queue (kernel): open petitions, the nearest answer deadline first, overdue and due soon. */
export async function queue(
  ctx: Pick<InnerContext, 'db' | 'clock'>,
  commune: Commune,
  f: {
    state?: PetitionState | undefined;
    open?: boolean | undefined;
    overdue?: boolean | undefined;
    dueSoon?: boolean | undefined;
    q?: string | undefined;
    limit: number;
    cursor: number;
  },
) {
  const now = ctx.clock.now();
  const base = ctx.db
    .selectFrom('petitions as c')
    .select([
      'c.id',
      'c.code',
      'c.track',
      'c.petitioner',
      'c.subject',
      'c.state',
      'c.threshold',
      'c.signaturesOnline',
      'c.signaturesPaper',
      'c.createdAt',
      'c.receivedAt',
      'c.answerDueAt',
    ])
    .where('c.state', '!=', 'draft');
  const { settings } = await petitionSettings(ctx.db, commune.id);
  return caseQueue(petitionCase, base, commune.id, f, { now, dueSoonUntil: addDaysTo(now, 14) }, (r, t) => ({
    ...r,
    signatures: r.signaturesOnline + r.signaturesPaper,
    overdue: t.overdue,
    dueSoon: t.dueSoon,
    // Days since receipt, and the reminders (30, 60, 80 days…) already passed: how long the bureau has sat on it.
    daysSinceReceipt: r.receivedAt ? Math.floor((now.getTime() - r.receivedAt.getTime()) / 86_400_000) : null,
    alerts:
      r.receivedAt && r.state === 'filed'
        ? settings.alertDays.filter((d) => now.getTime() >= r.receivedAt!.getTime() + d * 86_400_000)
        : [],
  }));
}
const addDaysTo = (now: Date, days: number) => endOfLocalDay(addDays(localDate(now), days));

// ——— The council's calendar ———

export async function sessions(ctx: Pick<InnerContext, 'db' | 'clock'>, commune: Commune) {
  const { settings } = await petitionSettings(ctx.db, commune.id);
  return upcomingSessions(ctx.db, commune.id, today(ctx), settings);
}

/** The council's calendar holds one session a day: a second one that day is refused under its date. */
async function oneSessionADay<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'council_sessions_one_a_day'))
      throw conflict('session_exists', 'The calendar already has a session that day.', 'opensOn');
    throw err;
  }
}

export function createSession(
  ctx: Ctx,
  commune: Commune,
  input: { kind: 'ordinary' | 'extraordinary'; opensOn: string; note?: string | undefined },
  v: Viewer,
) {
  return oneSessionADay(() =>
    ctx.db.transaction().execute(async (trx) => {
      const s = await repo.insertSession(trx, {
        communeId: commune.id,
        kind: input.kind,
        opensOn: input.opensOn,
        note: input.note ?? null,
        createdBy: v.userId,
      });
      await recordAudit(trx, {
        communeId: commune.id,
        actorId: v.userId,
        action: 'council_session.created',
        targetType: 'council_session',
        targetId: s.id,
        data: { kind: s.kind, opensOn: s.opensOn },
      });
      return s;
    }),
  );
}

export function updateSession(
  ctx: Ctx,
  commune: Commune,
  input: { id: string; kind: 'ordinary' | 'extraordinary'; opensOn: string; note?: string | undefined },
  v: Viewer,
) {
  return oneSessionADay(() =>
    ctx.db.transaction().execute(async (trx) => {
      const ok = await repo.updateSession(trx, commune.id, input.id, {
        kind: input.kind,
        opensOn: input.opensOn,
        note: input.note ?? null,
      });
      if (!ok) throw notFound('unknown_session', 'No such session in the council’s calendar.');
      await recordAudit(trx, {
        communeId: commune.id,
        actorId: v.userId,
        action: 'council_session.updated',
        targetType: 'council_session',
        targetId: input.id,
        data: { kind: input.kind, opensOn: input.opensOn },
      });
      return { ok: true as const };
    }),
  );
}

// ——— The network ———

/**
 * Every commune's petitions of a year, and per commune the figures the dashboard shows: filed, admissible,
 * rejected, decided, answered, rejections notified within the clock, and the median days from receipt to
 * the bureau's review (or the answer to a proposal).
 */
export async function network(ctx: Pick<InnerContext, 'db' | 'clock'>, input: { year?: number | undefined }) {
  const year = input.year ?? Number(today(ctx).slice(0, 4));
  const [rows, communes, years] = await Promise.all([
    repo.network(ctx.db, new Date(`${year}-01-01T00:00:00Z`), new Date(`${year + 1}-01-01T00:00:00Z`)),
    networkCommunes(ctx.db),
    repo.networkYears(ctx.db),
  ]);
  const now = ctx.clock.now();
  type Figures = {
    commune: string;
    names: (typeof communes)[number]['names'];
    collecting: number;
    filed: number;
    admissible: number;
    rejected: number;
    decided: number;
    answered: number;
    onTime: number;
    late: number;
    days: number[];
  };
  // Every commune has its row, a commune without petitions too: zero is a figure the network reads.
  const byCommune = new Map<string, Figures>(
    communes.map((c) => [
      c.slug,
      {
        commune: c.slug,
        names: c.names,
        collecting: 0,
        filed: 0,
        admissible: 0,
        rejected: 0,
        decided: 0,
        answered: 0,
        onTime: 0,
        late: 0,
        days: [],
      },
    ]),
  );
  for (const r of rows) {
    let c = byCommune.get(r.commune);
    if (!c) {
      c = {
        commune: r.commune,
        names: r.communeNames,
        collecting: 0,
        filed: 0,
        admissible: 0,
        rejected: 0,
        decided: 0,
        answered: 0,
        onTime: 0,
        late: 0,
        days: [],
      };
      byCommune.set(r.commune, c);
    }
    if (r.state === 'collecting') c.collecting++;
    if (r.receivedAt) c.filed++;
    if (r.state === 'admissible' || r.state === 'debated' || r.state === 'decided') c.admissible++;
    if (r.state === 'rejected') c.rejected++;
    if (r.state === 'decided') c.decided++;
    if (r.state === 'answered') c.answered++;
    if (!r.receivedAt || !r.answerDueAt) continue;
    // The bureau's word (or the answer to a proposal) came in time when the petition left "filed" by its
    // deadline; one still waiting past it is late already.
    if (r.reviewedAt) {
      if (r.reviewedAt.getTime() <= r.answerDueAt.getTime()) c.onTime++;
      else c.late++;
      c.days.push(Math.round((r.reviewedAt.getTime() - r.receivedAt.getTime()) / 86_400_000));
    } else if (r.answerDueAt.getTime() < now.getTime()) c.late++;
  }
  const median = (xs: number[]) => {
    if (xs.length === 0) return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
  };
  return {
    year,
    years: years.includes(year) ? years : [...years, year].sort((a, b) => b - a),
    communes: [...byCommune.values()].map(({ days, ...c }) => ({ ...c, medianDaysToReview: median(days) })),
    petitions: rows.map((r) => ({
      commune: r.commune,
      communeNames: r.communeNames,
      ...publicOf(r, now),
    })),
  };
}
