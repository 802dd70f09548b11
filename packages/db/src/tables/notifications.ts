/** Tables of the notifications outbox (issue 13). */
import type { Generated } from 'kysely';
import type { Language } from '../enums';
import type { Json, Timestamp } from '../types';

export type NotificationChannel = 'email' | 'sms';
/** A recipient's channel: the outbox's, or the in-app centre of an account (address: the user id). */
export type RecipientChannel = NotificationChannel | 'inapp';
export type NotificationState = 'pending' | 'sent' | 'dead';
/** Legal/transactional notices go by every registered channel; engagement messages follow preferences. */
export type NotificationClass = 'legal' | 'engagement';
export type DeliveryStatus = 'sent' | 'failed' | 'dead';

/** A channel and address to notify about one subject (a case), in the recipient's language. */
export interface NotificationRecipientTable {
  communeId: string;
  id: Generated<string>;
  /** What it is about: `complaint`, later `information_request`… */
  subjectType: string;
  subjectId: string;
  channel: RecipientChannel;
  /** An email address, a phone number in E.164, or an account's id (in-app). */
  address: string;
  language: Language;
  /** Where it was recorded: `intake` (the form or the counter). */
  source: string;
  createdAt: Timestamp;
}

/** One notice to one recipient on one channel: the outbox row the worker delivers. */
export interface NotificationTable {
  communeId: string;
  id: Generated<string>;
  /** The catalog template: `complaint.received`, `complaint.updated`… */
  template: string;
  class: NotificationClass;
  channel: NotificationChannel;
  recipient: string;
  language: Language;
  /** The template's values (code, stage, public note…). */
  params: Json<Record<string, unknown>>;
  subjectType: string | null;
  subjectId: string | null;
  idempotencyKey: string;
  state: NotificationState;
  attempts: Generated<number>;
  nextAttemptAt: Timestamp;
  claim: string | null;
  lastError: string | null;
  sentAt: Timestamp | null;
  createdAt: Timestamp;
}

/** One delivery attempt: the evidence that a notice went out (or why it did not). */
export interface NotificationDeliveryTable {
  communeId: string;
  id: Generated<string>;
  notificationId: string;
  attempt: number;
  channel: NotificationChannel;
  at: Timestamp;
  template: string;
  /** Short hash of the template's texts in the language sent: a wording change is a new version. */
  templateVersion: string;
  idempotencyKey: string;
  /** SHA-256 of what was handed to the provider (recipient, subject and bodies). */
  contentSha256: string | null;
  /** What the provider answered to identify the message (SMTP queue id line, gateway id). */
  providerId: string | null;
  status: DeliveryStatus;
  error: string | null;
  /** The SMS segments the text takes (what the provider bills); null for email. */
  segments: number | null;
}

export interface NotificationTables {
  notificationRecipients: NotificationRecipientTable;
  notifications: NotificationTable;
  notificationDeliveries: NotificationDeliveryTable;
}

declare module '../types' {
  interface Database extends NotificationTables {}
}
