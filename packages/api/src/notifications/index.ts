/** The notifications domain as other domains see it: import from here, never from its files. */
export { enqueue, idempotencyKeyOf, languageOr, notifySubject, registerRecipients, smsNumber } from './outbox';
export type { Contact, Notice } from './outbox';
export type { Drivers, EmailDriver, EmailMessage, SentReceipt, SmsDriver, SmsMessage } from './drivers';
export { fileEmailDriver, messageIdOf, smtpDriver } from './email';
export { DEFAULT_SMS_BODY, fileSmsDriver, httpSmsDriver, smsSegments, type HttpSmsConfig } from './sms';
export { OUTBOX_DEFAULTS, backoffMs, type OutboxSettings } from './settings';
export { TEMPLATES, renderEmail, renderSms, templateVersion, type TemplateName } from './templates';
export {
  attemptDelivery,
  createOutboxWorker,
  recordOutcome,
  senderOf,
  shortLink,
  type OutboxWorker,
  type WorkerOptions,
} from './worker';
export { claimDue, type ClaimedNotification } from './repository';
export { notificationsRouter } from './router';
export { INBOX_EVENT, inboxLink } from './inbox';
export {
  DUE_SOON_WORKING_DAYS,
  communeAdmins,
  notifyAccounts,
  createDeadlineWatch,
  notifyDeadLetter,
  notifyStaff,
  runUpkeep,
  sweepStaffDeadlines,
  type DeadlineWatch,
  type StaffDeadlineSource,
} from './staff';
export type { Recipient } from './outbox';
export { sweepTimedNotices, type TimedNoticeDue, type TimedNoticeSource } from './timed';
export { linkOf, renderInApp } from './templates';
export { sampleParams } from './samples';
export { follow, isFollowing, notifyFollowers, recordContactConsent, unfollow, unsubscribe } from './preferences';
export { createDigestWatch, periodStart, sweepDigests, type DigestWatch } from './digest';
export { unsubscribeLink } from './worker';
