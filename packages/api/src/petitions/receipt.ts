import type { Db } from '@shabaka/db';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import * as documents from '../documents';
import { arDate, frDate } from '../documents';
import type * as repo from './repository';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events' | 'signing'>;

/** One receipt per petition: a retried filing, or a dossier opened again, finds the first. */
export const receiptKey = (petitionId: string) => `petition:${petitionId}:receipt`;

const signaturesOf = (p: repo.PetitionRow) => {
  const n = p.signaturesOnline + p.signaturesPaper;
  return p.petitioner === 'association'
    ? { fr: 'au nom de l’association pétitionnaire', ar: 'باسم الجمعية صاحبة العريضة' }
    : { fr: `portant ${n} signatures`, ar: `مرفوقة بـ ${n} توقيعا` };
};

/**
 * The petition's filing receipt (113-14, decree 2.16.403: filed with the president against a receipt), a signed
 * document anyone can verify at /verify/<code>, delivered to the mandataire's account. Issued after the filing
 * commits (the PDF is rendered outside any transaction) and idempotent, so a receipt that failed to render is
 * issued the next time the mandataire's page asks for it.
 */
export async function petitionReceipt(
  ctx: Ctx,
  commune: CommuneRow,
  p: repo.PetitionRow,
  mandataire: { name: string; cin: string; address: string },
) {
  if (!p.receivedAt || !p.answerDueAt) return null;
  const existing = await documents.findByKey(ctx, commune, receiptKey(p.id));
  if (existing) return existing;
  const email = await emailOf(ctx.db, p.mandataireId);
  const signatures = signaturesOf(p);
  return documents.issue(ctx, commune, p.mandataireId, {
    template: 'petition_receipt',
    language: 'both',
    delivery: 'electronic',
    recipient: { name: mandataire.name, cin: mandataire.cin, address: mandataire.address },
    requesterEmail: email,
    fields: {
      code: p.code,
      subject: p.subject,
      request: p.request,
      receivedFr: frDate(p.receivedAt),
      receivedAr: arDate(p.receivedAt),
      dueFr: frDate(p.answerDueAt),
      dueAr: arDate(p.answerDueAt),
      signaturesFr: signatures.fr,
      signaturesAr: signatures.ar,
    },
    idempotencyKey: receiptKey(p.id),
  });
}

/** The receipt already issued, if any: what staff read, since issuing one in the mandataire's name is theirs alone. */
export function findReceipt(ctx: Ctx, commune: CommuneRow, petitionId: string) {
  return documents.findByKey(ctx, commune, receiptKey(petitionId));
}

async function emailOf(db: Db, userId: string) {
  return (await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email;
}
