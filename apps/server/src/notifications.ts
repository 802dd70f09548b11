import {
  createDeadlineWatch,
  createDigestWatch,
  createOutboxWorker,
  fileEmailDriver,
  fileSmsDriver,
  httpSmsDriver,
  smtpDriver,
  type AppDeps,
  type Drivers,
} from '@shabaka/api';
import type { ServerConfig } from './config';

/**
 * The process's outbox worker (packages/api/src/notifications/worker.ts), from the one
 * configuration: email over SMTP when SHABAKA_SMTP_URL is set, else to `.eml` files in
 * development (SHABAKA_MAIL_DIR), SMS by the configured driver. A channel
 * without a driver is not delivered here: its notices wait in the outbox. Drivers load their
 * libraries on first send (nodemailer), not at start.
 */
export function outboxWorker(
  config: Pick<ServerConfig, 'notifications' | 'publicUrl' | 'port'>,
  deps: Pick<AppDeps, 'db' | 'clock' | 'events'>,
  log: { warn(obj: object, msg: string): void; info?(obj: object, msg: string): void },
) {
  const n = config.notifications;
  const drivers: Drivers = {
    email: n.smtpUrl
      ? smtpDriver(n.smtpUrl())
      : n.mailDir
        ? fileEmailDriver(n.mailDir, (path) => log.info?.({ path }, 'email written (no SMTP server configured)'))
        : null,
    sms:
      n.sms.driver === 'http'
        ? httpSmsDriver({
            url: n.sms.url,
            auth: n.sms.auth?.(),
            authHeader: n.sms.authHeader,
            ...(n.sms.body ? { body: n.sms.body } : {}),
            contentType: n.sms.contentType,
            ...(n.sms.from ? { from: n.sms.from } : {}),
            idempotencyHeader: n.sms.idempotencyHeader,
            ...(n.sms.idField ? { idField: n.sms.idField } : {}),
          })
        : n.sms.driver === 'file'
          ? fileSmsDriver(n.sms.path)
          : null,
  };
  return createOutboxWorker(deps, {
    drivers,
    // Links in notices point where citizens reach the portals; without the setting, this machine.
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    mailFrom: n.mailFrom,
    settings: { maxAttempts: n.maxAttempts, pollMs: n.pollMs, baseDelayMs: n.retryMs, leaseMs: n.leaseMs },
    // The notice's id and channel only: its recipient and content are personal data.
    onError: (notice, error) =>
      log.warn(
        { notification: notice.id, channel: notice.channel, attempt: notice.attempts, error: redacted(error) },
        'notification attempt failed',
      ),
  });
}

/** A provider's error without the addresses or numbers it may quote (kept whole in the delivery log). */
const redacted = (error: unknown) =>
  String(error)
    .replace(/[^\s<>@"']+@[^\s<>@"']+/g, '[address]')
    .replace(/\+?\d[\d\s.-]{7,}\d/g, '[number]');

/**
 * The process's sweep of staff deadlines (notifications/staff.ts): due in 2 working days and
 * overdue, told once per case and threshold whichever process sweeps first.
 */
export function deadlineWatch(
  config: Pick<ServerConfig, 'notifications'>,
  deps: Pick<AppDeps, 'db' | 'clock' | 'events' | 'modules'>,
  log: { warn(obj: object, msg: string): void },
) {
  return createDeadlineWatch(deps, {
    intervalMs: config.notifications.deadlinesMs,
    onError: (error) => log.warn({ error: String(error) }, 'staff deadline sweep failed'),
  });
}

/**
 * The process's digest sweep (notifications/digest.ts): engagement notices held for a daily
 * or weekly digest leave in the first sweep of the next period, once whichever process sweeps.
 */
export function digestWatch(
  config: Pick<ServerConfig, 'notifications'>,
  deps: Pick<AppDeps, 'db' | 'clock' | 'events'>,
  log: { warn(obj: object, msg: string): void },
) {
  return createDigestWatch(deps, {
    intervalMs: config.notifications.digestsMs,
    onError: (error) => log.warn({ error: String(error) }, 'digest sweep failed'),
  });
}
