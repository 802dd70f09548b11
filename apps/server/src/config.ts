import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Read and validated once at start; a bad value stops the server with a message naming the variable. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// connection string' })
    .optional(),
  SHABAKA_DATA_DIR: z.string().min(1).default('./data'),
  SHABAKA_DEMO: z
    .enum(['0', '1', 'true', 'false', ''])
    .default('')
    .transform((v) => v === '1' || v === 'true'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  SHABAKA_PUBLIC_URL: z.url().optional(),
  // Never echoed: zod's messages name the rule, not the value.
  SHABAKA_SECRET: z
    .string()
    .min(32, { message: 'must be at least 32 characters (openssl rand -base64 32)' })
    .optional(),
  SHABAKA_RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  // Notifications (issue 13). Never echoed either: the SMTP URL and the SMS auth hold credentials.
  SHABAKA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: 'must be an smtp:// or smtps:// URL (smtp://user:password@host:587)' })
    .optional(),
  SHABAKA_MAIL_FROM: z.string().trim().min(3).optional(),
  SHABAKA_MAIL_DIR: z.string().min(1).optional(),
  SHABAKA_SMS_DRIVER: z.enum(['http', 'file', 'off', '']).default(''),
  SHABAKA_SMS_URL: z.url().optional(),
  SHABAKA_SMS_AUTH: z.string().optional(),
  SHABAKA_SMS_AUTH_HEADER: z.string().trim().min(1).default('Authorization'),
  SHABAKA_SMS_BODY: z.string().optional(),
  SHABAKA_SMS_CONTENT_TYPE: z.string().trim().min(1).default('application/json'),
  SHABAKA_SMS_FROM: z.string().trim().optional(),
  SHABAKA_SMS_IDEMPOTENCY_HEADER: z.string().trim().default('Idempotency-Key'),
  SHABAKA_SMS_ID_FIELD: z.string().trim().optional(),
  SHABAKA_SMS_FILE: z.string().min(1).optional(),
  SHABAKA_NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  SHABAKA_NOTIFY_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  SHABAKA_NOTIFY_RETRY_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  SHABAKA_NOTIFY_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(300_000),
  SHABAKA_NOTIFY_DEADLINES_MS: z.coerce.number().int().min(1000).max(86_400_000).default(900_000),
  SHABAKA_NOTIFY_DIGESTS_MS: z.coerce.number().int().min(1000).max(86_400_000).default(900_000),
  SHABAKA_TRUST_PROXY: z
    .string()
    .trim()
    .default('')
    .transform((v, ctx) => {
      if (v === '' || v === 'false' || v === '0') return false as const;
      if (/^\d+$/.test(v)) return Number(v);
      const list = v
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      const bad = list.find((a) => !PROXY_KEYWORDS.includes(a) && !isAddressOrRange(a));
      if (bad !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a hop count or a comma-separated list of addresses or CIDR ranges ("${bad}" is neither)`,
        });
        return z.NEVER;
      }
      return list;
    }),
});

/** Names proxy-addr (Fastify's trustProxy) understands for the usual private ranges. */
const PROXY_KEYWORDS = ['loopback', 'linklocal', 'uniquelocal'];
function isAddressOrRange(value: string) {
  const [address, bits, extra] = value.split('/');
  if (extra !== undefined || !address || !isIP(address)) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}

export type ServerConfig = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  environment: 'development' | 'production' | 'test';
  /**
   * SHABAKA_PUBLIC_URL: the address citizens use, printed in PDF links and QR codes. Required
   * to serve in production (`assertServable`); `--local` (the quick start) stands for
   * http://localhost:<PORT>, for trying Shabaka on one machine.
   */
  publicUrl: string | undefined;
  /**
   * SHABAKA_SECRET: encrypts the communes' document-signing keys (AES-256-GCM, key by HKDF)
   * and derives document download links. Required in production on PostgreSQL (several
   * processes must share it, and it must not live beside the database backups; the
   * server refuses to start without it). When absent otherwise, the server generates
   * one on first use (its first signature) and keeps it in <SHABAKA_DATA_DIR>/secret.key (mode 0600) —
   * losing that file makes every signing key undecryptable (documents still verify;
   * rotate to sign again). A function, so logging or serialising the config never
   * shows it; the secret must never be logged (apps/server/src/documents.ts).
   */
  secret: (() => string) | undefined;
  rateLimits: boolean;
  /**
   * SHABAKA_TRUST_PROXY: whose X-Forwarded-For decides the caller's address (limits, logs).
   * Unset: nobody's, the socket's address counts (a client cannot pick its own). A hop
   * count (`1`: one reverse proxy in front) or a list of proxy addresses/CIDR ranges.
   */
  trustProxy: false | number | string[];
  /** How notices leave (issue 13; docs/notifications.md). */
  notifications: NotificationConfig;
};

export interface NotificationConfig {
  /** SHABAKA_SMTP_URL, a function like `secret` (it may hold a password); none: email notices wait. */
  smtpUrl: (() => string) | undefined;
  /**
   * SHABAKA_MAIL_DIR: without an SMTP server, emails are written there as `.eml` files (by
   * default `<data dir>/mail` in development; never otherwise unless set).
   */
  mailDir: string | undefined;
  /** SHABAKA_MAIL_FROM: the sender when a commune sets none (`settings.notifications.emailFrom`). */
  mailFrom: string;
  /**
   * SHABAKA_SMS_DRIVER: `http` (a gateway, SHABAKA_SMS_URL…), `file` (one JSON line per SMS in
   * SHABAKA_SMS_FILE, the default in development) or `off` (SMS notices wait; the default otherwise).
   */
  sms:
    | { driver: 'off' }
    | { driver: 'file'; path: string }
    | {
        driver: 'http';
        url: string;
        auth: (() => string) | undefined;
        authHeader: string;
        body: string | undefined;
        contentType: string;
        from: string | undefined;
        idempotencyHeader: string;
        idField: string | undefined;
      };
  /** SHABAKA_NOTIFY_MAX_ATTEMPTS: failed attempts before a notice is dead-lettered. */
  maxAttempts: number;
  /** SHABAKA_NOTIFY_POLL_MS: how often an idle worker looks for due notices. */
  pollMs: number;
  /** SHABAKA_NOTIFY_RETRY_MS: the wait after a first failed attempt (doubled after each next one). */
  retryMs: number;
  /** SHABAKA_NOTIFY_LEASE_MS: how long a claim holds a notice (a crashed worker's notices wait that long). */
  leaseMs: number;
  /** SHABAKA_NOTIFY_DEADLINES_MS: how often staff deadlines are swept (due in 2 working days, overdue). */
  deadlinesMs: number;
  /** SHABAKA_NOTIFY_DIGESTS_MS: how often held engagement notices are swept into daily and weekly digests. */
  digestsMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): ServerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dataDir = resolve(c.SHABAKA_DATA_DIR);
  const publicUrl = c.SHABAKA_PUBLIC_URL ?? (argv.includes('--local') ? `http://localhost:${c.PORT}` : undefined);
  const smsDriver = c.SHABAKA_SMS_DRIVER || (c.NODE_ENV === 'development' ? 'file' : 'off');
  if (smsDriver === 'http' && !c.SHABAKA_SMS_URL) {
    throw new ConfigError('Invalid configuration:\n  SHABAKA_SMS_URL: required when SHABAKA_SMS_DRIVER is http');
  }
  const notifications: NotificationConfig = {
    smtpUrl: c.SHABAKA_SMTP_URL ? () => c.SHABAKA_SMTP_URL! : undefined,
    mailDir: c.SHABAKA_SMTP_URL
      ? undefined
      : c.SHABAKA_MAIL_DIR
        ? resolve(c.SHABAKA_MAIL_DIR)
        : c.NODE_ENV === 'development'
          ? resolve(`${dataDir}/mail`)
          : undefined,
    mailFrom: c.SHABAKA_MAIL_FROM ?? `Shabaka <no-reply@${publicUrl ? new URL(publicUrl).hostname : 'localhost'}>`,
    sms:
      smsDriver === 'http'
        ? {
            driver: 'http',
            url: c.SHABAKA_SMS_URL!,
            auth: c.SHABAKA_SMS_AUTH ? () => c.SHABAKA_SMS_AUTH! : undefined,
            authHeader: c.SHABAKA_SMS_AUTH_HEADER,
            body: c.SHABAKA_SMS_BODY,
            contentType: c.SHABAKA_SMS_CONTENT_TYPE,
            from: c.SHABAKA_SMS_FROM,
            idempotencyHeader: c.SHABAKA_SMS_IDEMPOTENCY_HEADER,
            idField: c.SHABAKA_SMS_ID_FIELD,
          }
        : smsDriver === 'file'
          ? { driver: 'file', path: resolve(c.SHABAKA_SMS_FILE ?? `${dataDir}/sms.log`) }
          : { driver: 'off' },
    maxAttempts: c.SHABAKA_NOTIFY_MAX_ATTEMPTS,
    pollMs: c.SHABAKA_NOTIFY_POLL_MS,
    retryMs: c.SHABAKA_NOTIFY_RETRY_MS,
    leaseMs: c.SHABAKA_NOTIFY_LEASE_MS,
    deadlinesMs: c.SHABAKA_NOTIFY_DEADLINES_MS,
    digestsMs: c.SHABAKA_NOTIFY_DIGESTS_MS,
  };
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir,
    demo: c.SHABAKA_DEMO || argv.includes('--demo'),
    environment: c.NODE_ENV,
    publicUrl,
    secret: c.SHABAKA_SECRET ? () => c.SHABAKA_SECRET! : undefined,
    rateLimits: c.SHABAKA_RATE_LIMITS === 'on',
    trustProxy: c.SHABAKA_TRUST_PROXY,
    notifications,
  };
}

export class ConfigError extends Error {}

/**
 * What serving needs beyond valid values (the CLI does not): in production, the public URL.
 * Without it, links and QR codes would have to follow the request's Host header, which
 * anyone can forge.
 */
export function assertServable(config: ServerConfig) {
  if (config.environment === 'production' && !config.publicUrl) {
    throw new ConfigError(
      'Invalid configuration:\n  SHABAKA_PUBLIC_URL: required in production — the address citizens use (e.g. https://shabaka.example.ma), ' +
        'printed in receipts, documents and their QR codes. To try Shabaka on this machine, start with --local (http://localhost:<PORT>).',
    );
  }
}
