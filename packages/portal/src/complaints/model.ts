/** Pure helpers of the complaints screens (no React, no DOM): unit-tested in test/complaints.test.ts. */

import { COMPLAINT_LIMITS } from '@shabaka/api/field-limits';
import { fieldErrors } from '@shabaka/client';
import type { Translator } from '@shabaka/ui';
import { describeError, type ErrorText } from '../errors';
import {
  COMPLAINT_OPEN_STAGES,
  isComplaintOpen,
  type ComplaintKind as Kind,
  type ReplyChannel,
} from '@shabaka/db/enums';

export type { ComplaintKind as Kind, ReplyChannel, ReportReason } from '@shabaka/db/enums';

/** The API's limits (constants only: no zod in this module's chunks). */
export const DESCRIPTION_MIN = COMPLAINT_LIMITS.descriptionMin;
export const DESCRIPTION_MAX = COMPLAINT_LIMITS.descriptionMax;
export const ADDRESS_MAX = COMPLAINT_LIMITS.addressMax;
export const MAX_PHOTOS = COMPLAINT_LIMITS.photosMax;
export const REOPEN_MIN = COMPLAINT_LIMITS.reopenMin;

/** TET-2026-000081: commune prefix, year, sequence (as the API's `complaintCode`). */
export const CODE_PATTERN = /^[A-Z]{2,5}-\d{4}-\d{6}$/;

/**
 * What people type or paste: spaces, lower case, a trailing dot, missing leading zeros
 * ("tet 2026 81" is TET-2026-000081, as the API reads it).
 */
export function normalizeCode(input: string): string {
  const compact = input.trim().toUpperCase().replace(/\.$/, '');
  const m = /^([A-Z]{2,5})[\s\-–—_]*(\d{4})[\s\-–—_]+(\d{1,6})$/.exec(compact);
  if (m) return `${m[1]}-${m[2]}-${m[3]!.padStart(6, '0')}`;
  return compact.replace(/\s+/g, '').replace(/[–—_]/g, '-');
}

export const isCode = (code: string) => CODE_PATTERN.test(code);

export interface Step {
  stage: string;
  state: 'done' | 'current' | 'upcoming';
}

/**
 * The stepper of the tracking page: received → processing → final → resolved while the
 * complaint is open; once closed, the stages it went through, then how it ended
 * (resolved, rejected, duplicate, referred).
 */
export function stageSteps(stage: string, visited: Iterable<string | null | undefined> = []): Step[] {
  const main: readonly string[] = COMPLAINT_OPEN_STAGES;
  if (isComplaintOpen(stage)) {
    const at = main.indexOf(stage);
    return [...main, 'resolved'].map((s, i) => ({
      stage: s,
      state: i < at ? 'done' : i === at ? 'current' : 'upcoming',
    }));
  }
  const seen = new Set(visited);
  const path = main.filter((s) => s === 'received' || seen.has(s));
  return [...path.map((s) => ({ stage: s, state: 'done' as const })), { stage, state: 'current' }];
}

/** A random id from the Web Crypto API (randomUUID needs a secure context; getRandomValues does not). */
export function randomId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const DEVICE_STORAGE_KEY = 'shabaka.device';
const DEVICE_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** The device id anonymous visitors report photos with: kept in localStorage, made once. */
export function deviceId(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): string {
  const stored = storage?.getItem(DEVICE_STORAGE_KEY);
  if (stored && DEVICE_PATTERN.test(stored)) return stored;
  const id = randomId();
  try {
    storage?.setItem(DEVICE_STORAGE_KEY, id);
  } catch {
    // not persisted (private mode): still valid for this visit
  }
  return id;
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Which contact detail a reply channel needs, if any (as the API's refine). */
export function contactNeeded(channel: ReplyChannel): 'email' | 'phone' | null {
  if (channel === 'email') return 'email';
  if (channel === 'sms' || channel === 'phone') return 'phone';
  return null;
}

export interface Draft {
  kind: Kind;
  categoryId: string;
  description: string;
  location: { lat: number; lon: number } | null;
  address: string;
  photos: number;
  contact: { name: string; phone: string; email: string };
  replyChannel: ReplyChannel;
}

/**
 * Where a server field error is shown: `photos.1.dataBase64` → `photos`, `contact` (the
 * channel's detail is missing) → the field the channel needs.
 */
export function fieldSlot(field: string, channel: ReplyChannel): string {
  if (field.startsWith('photos')) return 'photos';
  if (field === 'contact') return contactNeeded(channel) === 'email' ? 'contact.email' : 'contact.phone';
  if (field.startsWith('location')) return 'location';
  return field;
}

/**
 * The server's errors on the submit form, each under the slot that shows it (fieldSlot, texts from describeError):
 * a missing contact under the field the reply channel needs, a refused photo numbered ("Photo 2: …").
 */
export function submitErrors(error: unknown, i18n: Pick<Translator, 't' | 'has'>, channel: ReplyChannel): ErrorText {
  const described = describeError(error, i18n, { section: 'complaints', values: limitsOf });
  const fields: Record<string, string> = {};
  for (const path of Object.keys(fieldErrors(error))) {
    const slot = fieldSlot(path, channel);
    let text =
      path === 'contact'
        ? i18n.t(`complaints.error.contactRequired.${contactNeeded(channel) ?? 'phone'}`)
        : (described.fields[path] ?? i18n.t('portal.error.field.generic'));
    const n = photoNumber(path);
    if (n !== null) text = i18n.t('complaints.error.photo', { n, message: text });
    fields[slot] = fields[slot] ? `${fields[slot]} ${text}` : text;
  }
  return { message: described.message, fields };
}

/** The photo a server field error is about (`photos.1…` → 2, numbered for people), if any. */
export function photoNumber(field: string): number | null {
  const m = /^photos\.(\d+)/.exec(field);
  return m ? Number(m[1]) + 1 : null;
}

/** The numbers the fields' error messages quote ({min}, {max}). */
export function limitsOf(field: string): { min: number; max: number } {
  if (field === 'address') return { min: 0, max: ADDRESS_MAX };
  if (field === 'reason') return { min: REOPEN_MIN, max: COMPLAINT_LIMITS.reopenMax };
  if (field === 'comment') return { min: 0, max: COMPLAINT_LIMITS.commentMax };
  return { min: DESCRIPTION_MIN, max: DESCRIPTION_MAX };
}
