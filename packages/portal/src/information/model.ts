import type { RouterOutputs } from '@shabaka/client';
import type { InformationDeliveryChannel } from '@shabaka/db/enums';
import type { Translator } from '@shabaka/ui';

/** Pure helpers of the information-request screens (no React). */

export type Tracked = RouterOutputs['informationRequests']['track'];
export type Receipt = RouterOutputs['informationRequests']['submit'];
export type StaffDetail = RouterOutputs['informationRequests']['detail'];
export type QueueItem = RouterOutputs['informationRequests']['queue']['items'][number];
export type State = Tracked['state'];
export type DeliveryChannel = StaffDetail['deliveryChannel'];
export type IntakeChannel = StaffDetail['channel'];

/** The delivery channels in the order the form offers them (electronic access first). */
export const DELIVERY_CHANNELS = [
  'electronic_document',
  'email',
  'paper_pickup',
  'post',
] as const satisfies readonly InformationDeliveryChannel[];

/** What each delivery channel needs from the requester (mirrors the API's check). */
export const contactFor = (channel: DeliveryChannel | ''): 'email' | 'address' | null =>
  channel === 'email' || channel === 'electronic_document' ? 'email' : channel === 'post' ? 'address' : null;

/** TET-DI-2026-000012 (as the API's `informationCode`). */
export const CODE_PATTERN = /^[A-Z]{2,5}-DI-\d{4}-\d{6}$/;
/** Forgiving, as the API: "tet di 2026 12" is TET-DI-2026-000012. */
export function normalizeCode(input: string): string {
  const compact = input.trim().toUpperCase().replace(/\.$/, '');
  const m = /^([A-Z]{2,5})[\s\-–—_]*DI[\s\-–—_]*(\d{4})[\s\-–—_]+(\d{1,6})$/.exec(compact);
  if (m) return `${m[1]}-DI-${m[2]}-${m[3]!.padStart(6, '0')}`;
  return compact.replace(/\s+/g, '').replace(/[–—_]/g, '-');
}
export const isCode = (code: string) => CODE_PATTERN.test(code);

export { oneOf } from '../cases/spec';

/** Printable receipt of a request, served at the site root; the secret (or the owner's session) opens it. */
export const receiptPdfHref = (code: string, secret: string | undefined) =>
  `/receipts/information/${encodeURIComponent(code)}.pdf${secret ? `?s=${encodeURIComponent(secret)}` : ''}`;

/** `datetime-local` value (the device's zone) → Date; empty → undefined. */
export function localDateTime(value: string): Date | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** A timeline entry's words (the citizen's and the staff's pages); a kind this build does not know reads "other". */
export function timelineText(t: Translator['t'], has: Translator['has'], kind: string) {
  const key = `information.timeline.${kind}`;
  return has(key) ? t(key) : t('information.timeline.other');
}
