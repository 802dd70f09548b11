import { createHash, randomUUID } from 'node:crypto';
import type { Db, Localized, NotificationChannel } from '@shabaka/db';
import type { Clock } from '../clock';
import type { EventBus } from '../events';
import type { Drivers, SentReceipt } from './drivers';
import * as repo from './repository';
import { smsSegments } from './sms';
import type { ClaimedNotification } from './repository';
import { OUTBOX_DEFAULTS, backoffMs, moroccoDay, quietUntil, smsRulesOf, type OutboxSettings } from './settings';
import { notifyDeadLetter } from './staff';
import { isTemplate, linkOf, renderEmail, renderSms, templateVersion } from './templates';

/*
 * The outbox's delivering side, started by the server process. Each round claims due
 * notices (repository.claimDue: one statement, FOR UPDATE SKIP LOCKED, a lease), sends each
 * through its channel's driver OUTSIDE any transaction (a slow SMTP server holds no lock and,
 * on PGlite, does not block the one connection), then records the attempt and moves the
 * notice. A process that dies after sending and before recording loses only its lease: the
 * notice is due again when it ends and goes out again with the same idempotency key. At
 * least once, never lost; a provider that honours the key sends it once.
 */

export interface WorkerDeps {
  db: Db;
  clock: Clock;
  /** Events are published after commit: any of them may follow a transaction that enqueued notices. */
  events?: EventBus | undefined;
}

export interface WorkerOptions {
  drivers: Drivers;
  /** The base of links in notices (SHABAKA_PUBLIC_URL, or this machine outside production). */
  publicUrl: string;
  /** The sender when the commune sets none (`communes.settings.notifications.emailFrom`). */
  mailFrom: string;
  settings?: Partial<OutboxSettings>;
  /** Told about each failed attempt (the server logs it). */
  onError?: (notice: ClaimedNotification, error: unknown) => void;
}

interface Commune {
  slug: string;
  names: Localized;
  settings: Record<string, unknown>;
}

/** The short tracking link of a case code (the server's /t/<code> redirects to its page). */
export const shortLink = (publicUrl: string, code: string) => `${publicUrl.replace(/\/+$/, '')}/t/${code}`;

/**
 * An engagement email's unsubscribe link: the portal's page (a press, since mail scanners open
 * links) at GET, the server's one-click route at POST (RFC 8058), one URL for both.
 */
export const unsubscribeLink = (publicUrl: string, slug: string, token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/${slug}/unsubscribe?t=${encodeURIComponent(token)}`;

/** The commune's own sender, or the default with the commune's name shown. */
export function senderOf(commune: Commune, language: keyof Localized, fallback: string) {
  const own = (commune.settings.notifications as { emailFrom?: unknown } | undefined)?.emailFrom;
  if (typeof own === 'string' && own) return own;
  const address = /<([^>]+)>/.exec(fallback)?.[1] ?? fallback;
  return `"${commune.names[language].replace(/["\\]/g, '')}" <${address}>`;
}

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

export interface AttemptOutcome {
  receipt: SentReceipt | null;
  error: string | null;
  contentSha256: string | null;
  templateVersion: string;
  /** The SMS's segments (what the provider bills); null for email. */
  segments: number | null;
}

/**
 * One attempt of a claimed notice: render it in its language, hand it to its driver. Never
 * throws; recording the outcome is `recordOutcome`'s (the two are apart so a crash between
 * them can be shown to re-send, not lose).
 */
export async function attemptDelivery(
  n: ClaimedNotification,
  commune: Commune,
  options: Pick<WorkerOptions, 'drivers' | 'publicUrl' | 'mailFrom'>,
): Promise<AttemptOutcome> {
  const version = isTemplate(n.template) ? templateVersion(n.template, n.language) : 'unknown';
  let contentSha256: string | null = null;
  let segments: number | null = null;
  try {
    if (!isTemplate(n.template)) throw new Error(`Unknown template ${n.template}`);
    // An engagement email carries its one-click unsubscribe link (RFC 8058); a legal notice none.
    const unsubscribe =
      n.class === 'engagement' && typeof n.params.token === 'string'
        ? unsubscribeLink(options.publicUrl, commune.slug, n.params.token)
        : null;
    const input = {
      template: n.template,
      language: n.language,
      params: n.params,
      communeNames: commune.names,
      link: linkOf(n.template, n.params, options.publicUrl, commune.slug),
      publicUrl: options.publicUrl,
      unsubscribe,
    };
    let receipt: SentReceipt;
    if (n.channel === 'email') {
      const driver = options.drivers.email;
      if (!driver) throw new Error('No email driver');
      const mail = renderEmail(input);
      const message = {
        from: senderOf(commune, n.language, options.mailFrom),
        to: n.recipient,
        ...mail,
        language: n.language,
        idempotencyKey: n.idempotencyKey,
        ...(unsubscribe
          ? {
              headers: {
                'List-Unsubscribe': `<${unsubscribe}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              },
            }
          : {}),
      };
      contentSha256 = sha256([message.from, message.to, mail.subject, mail.text, mail.html]);
      receipt = await driver.send(message);
    } else {
      const driver = options.drivers.sms;
      if (!driver) throw new Error('No SMS driver');
      const text = renderSms(input);
      contentSha256 = sha256([n.recipient, text]);
      segments = (await smsSegments(text)).segments;
      receipt = await driver.send({ to: n.recipient, text, idempotencyKey: n.idempotencyKey });
    }
    return { receipt, error: null, contentSha256, templateVersion: version, segments };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { receipt: null, error: message.slice(0, 1000), contentSha256, templateVersion: version, segments };
  }
}

/** Writes the attempt to the delivery log and moves the notice: sent, retried later, or dead. */
export async function recordOutcome(
  db: Db,
  n: ClaimedNotification,
  outcome: AttemptOutcome,
  now: Date,
  settings: OutboxSettings,
) {
  const dead = !outcome.receipt && n.attempts >= settings.maxAttempts;
  const status = outcome.receipt ? 'sent' : dead ? 'dead' : 'failed';
  await repo.recordAttempt(
    db,
    n.claim,
    {
      communeId: n.communeId,
      notificationId: n.id,
      attempt: n.attempts,
      channel: n.channel,
      at: now,
      template: n.template,
      templateVersion: outcome.templateVersion,
      idempotencyKey: n.idempotencyKey,
      contentSha256: outcome.contentSha256,
      providerId: outcome.receipt?.providerId ?? null,
      status,
      error: outcome.error,
      segments: outcome.segments,
    },
    status === 'failed' ? new Date(now.getTime() + backoffMs(n.attempts, settings)) : null,
    // The commune's admins hear of it in the same transaction (staff.ts).
    (trx) => notifyDeadLetter(trx, n.communeId, n.id, now),
  );
  return status;
}

/**
 * When an SMS must wait instead of leaving now (null: now), by its commune's rules
 * (settings.ts `SmsRules`): quiet hours, unless the notice is urgent; the daily cap, for
 * engagement messages only (a legal notice is never held back by a budget). One round's
 * counts are read once per commune and kept up to date as the round sends.
 */
function smsTiming(db: Db, now: Date) {
  const sentToday = new Map<string, Promise<number>>();
  const day = moroccoDay(now);
  return async (n: ClaimedNotification, settings: Record<string, unknown>): Promise<Date | null> => {
    const rules = smsRulesOf(settings);
    const quiet = n.params.urgent === true ? null : quietUntil(rules, now);
    if (quiet) return quiet;
    if (rules.smsDailyCap === null) return null;
    if (!sentToday.has(n.communeId)) sentToday.set(n.communeId, repo.smsSentSince(db, n.communeId, day.start));
    const sent = await sentToday.get(n.communeId)!;
    if (n.class === 'engagement' && sent >= rules.smsDailyCap) return day.next;
    // Counted as it leaves (a failed send over-counts one: the cap errs on the side of spending less).
    sentToday.set(n.communeId, Promise.resolve(sent + 1));
    return null;
  };
}

export interface OutboxWorker {
  /** One round: claims what is due and delivers it; the number of attempts made. */
  runOnce(): Promise<number>;
  /** Delivers in the background: rounds until nothing is due, then waits for the poll or a wake. */
  start(): void;
  /** Asks for a round now (after a commit that enqueued notices). */
  wake(): void;
  /** Stops after the current round and closes the drivers. */
  stop(): Promise<void>;
  readonly settings: OutboxSettings;
}

export function createOutboxWorker(deps: WorkerDeps, options: WorkerOptions): OutboxWorker {
  const settings: OutboxSettings = { ...OUTBOX_DEFAULTS, ...options.settings };
  const channels = (['email', 'sms'] as const).filter((c) => options.drivers[c]) as NotificationChannel[];
  let running: Promise<void> | null = null;
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let woken = false;
  const abort = new AbortController();

  async function runOnce() {
    const now = deps.clock.now();
    const claimed = await repo.claimDue(deps.db, {
      now,
      leaseEnd: new Date(now.getTime() + settings.leaseMs),
      claim: randomUUID(),
      channels,
      limit: settings.batch,
    });
    if (claimed.length === 0) return 0;
    // Read each round: a commune's new name or sender applies to the next notice.
    const rows = await repo.communesByIds(deps.db, [...new Set(claimed.map((n) => n.communeId))]);
    const communes = new Map(rows.map((c) => [c.id, { ...c, settings: c.settings as Record<string, unknown> }]));
    const smsLater = smsTiming(deps.db, now);
    for (const n of claimed) {
      const commune = communes.get(n.communeId)!;
      const later = n.channel === 'sms' ? await smsLater(n, commune.settings) : null;
      if (later) {
        await repo.postpone(deps.db, n, later);
        continue;
      }
      const outcome = await attemptDelivery(n, commune, options);
      if (outcome.error) options.onError?.(n, outcome.error);
      await recordOutcome(deps.db, n, outcome, deps.clock.now(), settings);
    }
    return claimed.length;
  }

  async function loop() {
    while (!stopped) {
      try {
        while (!stopped && (await runOnce()) > 0);
      } catch (error) {
        // The database may be briefly away (a restart, a failover): try again at the next poll.
        options.onError?.({} as ClaimedNotification, error);
      }
      if (stopped) break;
      if (!woken) {
        await new Promise<void>((resolve) => {
          wakeUp = resolve;
          const timer = setTimeout(resolve, settings.pollMs);
          timer.unref?.();
        });
      }
      wakeUp = null;
      woken = false;
    }
  }

  const wake = () => {
    woken = true;
    wakeUp?.();
  };

  return {
    settings,
    runOnce,
    wake,
    start() {
      if (running || stopped || channels.length === 0) return;
      running = loop();
      if (deps.events) {
        const events = deps.events.stream(abort.signal);
        void (async () => {
          try {
            for await (const _ of events) wake();
          } catch {
            // Aborted by stop().
          }
        })();
      }
    },
    async stop() {
      stopped = true;
      abort.abort();
      wake();
      await running;
      await Promise.all([options.drivers.email?.close?.(), options.drivers.sms?.close?.()]);
    },
  };
}
