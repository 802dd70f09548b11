import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SentReceipt, SmsDriver, SmsMessage } from './drivers';

/**
 * SMS segments as the network counts them: GSM-7 texts take 160 characters in one segment
 * (153 per part when split); any character outside GSM-7 (every Arabic letter) makes the
 * whole text UCS-2: 70 in one segment, 67 per part. The library loads on first use, not when
 * the server starts (apps/server/build.mjs checks).
 */
export async function smsSegments(text: string) {
  const { SegmentedMessage } = await import('sms-segments-calculator');
  const m = new SegmentedMessage(text);
  return { segments: m.segmentsCount, encoding: m.encodingName, characters: m.numberOfCharacters };
}

export interface HttpSmsConfig {
  /** The gateway's endpoint (SHABAKA_SMS_URL). */
  url: string;
  method?: 'POST' | 'PUT';
  /** A header carrying the credentials (SHABAKA_SMS_AUTH_HEADER, Authorization by default). */
  authHeader?: string;
  /** Its value (SHABAKA_SMS_AUTH: `Bearer …`, `Basic …`, an API key). */
  auth?: string | undefined;
  /**
   * The request body with placeholders {to}, {text}, {from}, {key} (SHABAKA_SMS_BODY), escaped
   * for the content type: JSON strings, or form-encoded values.
   */
  body?: string;
  contentType?: string;
  /** The sender name or number the gateway shows (SHABAKA_SMS_FROM). */
  from?: string;
  /** The header that carries the idempotency key (SHABAKA_SMS_IDEMPOTENCY_HEADER); empty: none. */
  idempotencyHeader?: string;
  /** Where the gateway's JSON answer holds its message id (SHABAKA_SMS_ID_FIELD: `id`, `data.messageId`). */
  idField?: string;
  timeoutMs?: number;
}

export const DEFAULT_SMS_BODY = '{"to":"{to}","from":"{from}","text":"{text}","reference":"{key}"}';

/**
 * An HTTP gateway (Moroccan providers expose one): one request per SMS, any 2xx is accepted,
 * anything else (or no answer within the timeout) fails the attempt, which the outbox retries.
 */
export function httpSmsDriver(config: HttpSmsConfig): SmsDriver {
  const contentType = config.contentType ?? 'application/json';
  const template = config.body ?? DEFAULT_SMS_BODY;
  const escape = contentType.includes('json')
    ? (v: string) => JSON.stringify(v).slice(1, -1)
    : contentType.includes('x-www-form-urlencoded')
      ? encodeURIComponent
      : (v: string) => v;
  return {
    async send(m: SmsMessage): Promise<SentReceipt> {
      const values: Record<string, string> = { to: m.to, text: m.text, from: config.from ?? '', key: m.idempotencyKey };
      const body = template.replace(/\{(to|text|from|key)\}/g, (_, k: string) => escape(values[k]!));
      const headers: Record<string, string> = { 'content-type': contentType };
      if (config.auth) headers[(config.authHeader ?? 'authorization').toLowerCase()] = config.auth;
      const keyHeader = config.idempotencyHeader ?? 'Idempotency-Key';
      if (keyHeader) headers[keyHeader.toLowerCase()] = m.idempotencyKey;
      const response = await fetch(config.url, {
        method: config.method ?? 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(config.timeoutMs ?? 15_000),
      });
      const answer = await response.text();
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}: ${answer.slice(0, 200)}`);
      return { providerId: providerIdOf(answer, config.idField) };
    },
  };
}

function providerIdOf(answer: string, field: string | undefined): string | null {
  if (field) {
    try {
      let v: unknown = JSON.parse(answer);
      for (const part of field.split('.')) v = (v as Record<string, unknown> | null)?.[part];
      if (typeof v === 'string' || typeof v === 'number') return String(v);
    } catch {
      // Not JSON: keep the raw answer below.
    }
  }
  return answer.trim().slice(0, 300) || null;
}

/**
 * Development: each SMS is one JSON line appended to a file (SHABAKA_SMS_FILE), with its
 * segment count, instead of a gateway. A real driver: the outbox, retries and delivery log
 * work as in production.
 */
export function fileSmsDriver(path: string): SmsDriver {
  let line = 0;
  return {
    async send(m: SmsMessage) {
      await mkdir(dirname(path), { recursive: true });
      const entry = { at: new Date().toISOString(), ...m, ...(await smsSegments(m.text)) };
      await appendFile(path, `${JSON.stringify(entry)}\n`);
      return { providerId: `file:${++line}:${m.idempotencyKey}` };
    },
  };
}
