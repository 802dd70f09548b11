export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from './root';
export {
  createAppDeps,
  createInnerContext,
  defaultConfig,
  type AppDeps,
  type AppDepsInput,
  type InnerContext,
  type ApiConfig,
  type Mailer,
  type MailMessage,
  type ResponseHooks,
} from './context';
export { createEventBus, type EventBus, type DomainEvent } from './events';
export { systemClock, fixedClock, type Clock } from './clock';
export { runAdminCommand, adminCommands, type AdminCommand } from './admin';
export { seedDemo } from './demo';
export type { Meta, Access } from './trpc';
export * as open311 from './open311/service';
export { attachmentForViewer, type ViewedFile } from './moderation/service';
export { publishedFile } from './publication';
export {
  receiptPdf,
  informationReceiptPdf,
  type ReceiptDeps,
  type ReceiptProof,
  type ReceiptResult,
} from './receipts/service';
export * as documents from './documents/server';
export { procedureSheetPdf } from './procedures/sheet-service';
export { configurePdfWorker, renderPdf, pdfKey } from './pdf-queue';
export { memoryLimitStore, unlimitedStore, type LimitStore, type LimitVerdict, type ScheduleVerdict } from './limits';
export { boundedQueue, busy, LIMITS, LimitError, rateLimited, spendCall, type CallLimit } from './limits/calls';
export {
  createDeadlineWatch,
  createOutboxWorker,
  createDigestWatch,
  type DigestWatch,
  fileEmailDriver,
  fileSmsDriver,
  httpSmsDriver,
  smtpDriver,
  OUTBOX_DEFAULTS,
  type Drivers,
  type HttpSmsConfig,
  type OutboxSettings,
  type DeadlineWatch,
  type OutboxWorker,
} from './notifications';
export { unsubscribe as unsubscribeNotifications } from './notifications';
export { shortLinkTarget } from './complaints';
export { shortLinkTarget as informationShortLinkTarget } from './information-requests';
export { shortLinkTarget as documentShortLinkTarget } from './documents';
// The bench's outbox figure and the server's mail:preview render and enqueue as the worker does.
export {
  enqueue as enqueueNotice,
  renderEmail,
  renderSms,
  sampleParams as notificationSampleParams,
  senderOf,
  smsSegments,
  shortLink,
  templateVersion,
  TEMPLATES as NOTIFICATION_TEMPLATES,
  type TemplateName as NotificationTemplate,
} from './notifications';
export { roomFeed } from './rooms';
export { ledgerFile as subsidyLedgerFile, LEDGER_COLUMNS as SUBSIDY_LEDGER_COLUMNS } from './subsidies';
export {
  catalogJsonLd as openDataCatalog,
  exportBundle as openDataBundle,
  versionFile as openDataFile,
  validateCsv as validateOpenDataCsv,
  type FileKind as OpenDataFileKind,
  type TableSchema as OpenDataTableSchema,
} from './open-data';
