import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmailDriver, EmailMessage } from './drivers';

/**
 * Email over SMTP with nodemailer (SHABAKA_SMTP_URL: smtp://user:pass@host:587, smtps://…
 * for implicit TLS). nodemailer is loaded on the first send, not when the server starts.
 * The Message-ID is derived from the notice's idempotency key, so every attempt of one notice
 * carries the same one and a receiving system can drop a repeat; the key also travels as
 * `X-Shabaka-Idempotency-Key`.
 */
export function smtpDriver(url: string, options: { timeoutMs?: number } = {}): EmailDriver {
  const timeout = options.timeoutMs ?? 15_000;
  let transport: Promise<import('nodemailer').Transporter> | null = null;
  const open = () =>
    (transport ??= import('nodemailer').then((nodemailer) =>
      nodemailer.createTransport({
        url,
        // A few kept-open connections: a burst of notices (a deadline sweep, a busy morning)
        // does not pay a TCP and TLS handshake and an SMTP greeting per email.
        pool: true,
        maxConnections: 3,
        // An unreachable server fails the attempt within seconds (nodemailer waits 2 minutes by default).
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: 2 * timeout,
      } as Parameters<typeof nodemailer.createTransport>[0]),
    ));
  return {
    async send(m: EmailMessage) {
      const info = await (await open()).sendMail(mailOf(m));
      // The server's answer to DATA ("250 OK: queued as 1A2B3C"): the provider's reference.
      return { providerId: typeof info.response === 'string' ? info.response.slice(0, 300) : null };
    },
    async close() {
      if (transport) (await transport).close();
      transport = null;
    },
  };
}

/** The message nodemailer builds for a notice (the SMTP and file drivers send the same). */
const mailOf = (m: EmailMessage) => ({
  from: m.from,
  to: m.to,
  subject: m.subject,
  text: m.text,
  html: m.html,
  messageId: messageIdOf(m.idempotencyKey, m.from),
  headers: { ...m.headers, 'X-Shabaka-Idempotency-Key': m.idempotencyKey, 'Content-Language': m.language },
});

/**
 * Development without an SMTP server: each email is written whole (MIME, as it would have been
 * sent) to `<dir>/<key>.eml`, which any mail client opens, so a developer can follow a
 * sign-up's confirmation link. Named by the idempotency key: a repeated attempt overwrites its
 * own file, as a provider honouring the key keeps one message.
 */
export function fileEmailDriver(dir: string, onWrite?: (path: string, m: EmailMessage) => void): EmailDriver {
  let transport: Promise<import('nodemailer').Transporter> | null = null;
  const open = () =>
    (transport ??= import('nodemailer').then((nodemailer) =>
      nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }),
    ));
  return {
    async send(m: EmailMessage) {
      const info = (await (await open()).sendMail(mailOf(m))) as { message: Buffer };
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${m.idempotencyKey}.eml`);
      await writeFile(path, info.message);
      onWrite?.(path, m);
      return { providerId: `file:${path}` };
    },
  };
}

/** `<key@domain-of-the-sender>`: stable for one notice across attempts and processes. */
export function messageIdOf(key: string, from: string) {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'shabaka.invalid';
  return `<${key}@${domain}>`;
}
