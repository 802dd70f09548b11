import { createHash, randomUUID } from 'node:crypto';
import {
  LANGUAGES,
  type Db,
  type InboxAudience,
  type Language,
  type NotificationChannel,
  type NotificationClass,
  type RecipientChannel,
} from '@shabaka/db';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { insertInbox } from './inbox-repository';
import { withdrawnAddresses } from './preferences-repository';
import * as repo from './repository';
import { isTemplate, type TemplateName } from './templates';

/*
 * The outbox's writing side: what a service calls INSIDE its own transaction, so a notice
 * exists exactly when the change that causes it committed (a rolled-back change leaves no
 * notice, a committed one is never lost). Delivery is the worker's (worker.ts).
 */

/** The key a provider may use to drop a repeated send: one per (notice, channel, recipient), never per attempt. */
export const idempotencyKeyOf = (id: string, channel: NotificationChannel, recipient: string) =>
  createHash('sha256').update(`${id}\n${channel}\n${recipient}`).digest('hex').slice(0, 32);

export interface Notice {
  communeId: string;
  template: TemplateName;
  /** Legal/transactional notices go by every registered channel and cannot be switched off. */
  class?: NotificationClass;
  params: Record<string, unknown>;
  subject?: { type: string; id: string } | undefined;
  /** Where an in-app copy's link leads: the citizen's tracking page (default) or the staff case page. */
  audience?: InboxAudience;
  now: Date;
}

/** One recipient of a notice: an address on an outbox channel, or an account's in-app centre (`inapp`, its id). */
export interface Recipient {
  channel: RecipientChannel;
  address: string;
  language: Language;
}

/** Writes one notice to each recipient in the caller's transaction `trx`. */
export async function enqueue(trx: Db, notice: Notice, given: readonly Recipient[]) {
  if (!isTemplate(notice.template)) throw new Error(`Unknown notification template ${notice.template}`);
  // An engagement message never reaches an address whose latest recorded consent is a
  // refusal or a withdrawal (preferences.ts: the settings page, the counter's unticked box,
  // an unsubscribe link); a legal notice goes to every recipient regardless. What needs a
  // consent given first (a followed case's news, digests) checks the account's choice itself.
  const recipients = notice.class === 'engagement' ? await notWithdrawn(trx, given) : given;
  // In-app copies have nothing to deliver: the account's bell reads them (inbox.ts), rendered
  // in whatever language the reader has then.
  await insertInbox(
    trx,
    recipients
      .filter((r) => r.channel === 'inapp')
      .map((r) => ({
        communeId: notice.communeId,
        userId: r.address,
        audience: notice.audience ?? 'citizen',
        template: notice.template,
        params: notice.params,
        subjectType: notice.subject?.type ?? null,
        subjectId: notice.subject?.id ?? null,
        createdAt: notice.now,
      })),
  );
  const outbound = recipients.filter((r): r is Recipient & { channel: NotificationChannel } => r.channel !== 'inapp');
  const rows = outbound.map((r) => {
    const id = randomUUID();
    return {
      communeId: notice.communeId,
      id,
      template: notice.template,
      class: notice.class ?? 'legal',
      channel: r.channel,
      recipient: r.address,
      language: r.language,
      params: notice.params,
      subjectType: notice.subject?.type ?? null,
      subjectId: notice.subject?.id ?? null,
      idempotencyKey: idempotencyKeyOf(id, r.channel, r.address),
      createdAt: notice.now,
    };
  });
  await repo.insertNotifications(trx, rows);
  return rows.map((r) => r.id);
}

async function notWithdrawn(trx: Db, recipients: readonly Recipient[]) {
  const withdrawn = await withdrawnAddresses(trx, recipients);
  return recipients.filter((r) => !withdrawn.has(`${r.channel}\n${r.address}`));
}

export interface Contact {
  email?: string | null | undefined;
  phone?: string | null | undefined;
  /** The signed-in account that filed it: its in-app centre hears too. */
  account?: string | null | undefined;
}

/**
 * A phone number SMS can reach, in E.164, or null: Moroccan numbers as people write them
 * (06…, 07…, +212…); a fixed line (05…) takes no SMS.
 */
export function smsNumber(phone: string): string | null {
  const n = parsePhoneNumberFromString(phone, 'MA');
  if (!n || !n.isValid()) return null;
  const type = n.getType();
  return type === undefined || type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? n.number : null;
}

/** The recipient's language, or the fallback when the caller's is unknown. */
export const languageOr = (language: string | undefined, fallback: Language): Language =>
  (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : fallback;

/**
 * Records who hears about a subject (a case): the email and the mobile number the citizen
 * gave, in their language, with where they gave them; inside the intake's transaction.
 */
export async function registerRecipients(
  trx: Db,
  p: {
    communeId: string;
    subject: { type: string; id: string };
    contact: Contact;
    language: Language;
    source: string;
    now: Date;
  },
) {
  const base = {
    communeId: p.communeId,
    subjectType: p.subject.type,
    subjectId: p.subject.id,
    language: p.language,
    source: p.source,
    createdAt: p.now,
  };
  const rows: repo.NewRecipient[] = [];
  if (p.contact.email) rows.push({ ...base, channel: 'email', address: p.contact.email.trim().toLowerCase() });
  const sms = p.contact.phone ? smsNumber(p.contact.phone) : null;
  if (sms) rows.push({ ...base, channel: 'sms', address: sms });
  if (p.contact.account) rows.push({ ...base, channel: 'inapp', address: p.contact.account });
  await repo.insertRecipients(trx, rows);
  return rows.length;
}

/** Enqueues a notice about a subject to every recipient it has, in the caller's transaction. */
export async function notifySubject(trx: Db, notice: Notice & { subject: { type: string; id: string } }) {
  const recipients = await repo.recipientsOf(trx, notice.communeId, notice.subject.type, notice.subject.id);
  return enqueue(trx, notice, recipients);
}
