import type { DocumentLanguage, DocumentTemplate, Localized } from '@shabaka/db';

/**
 * The canonical content of a document: what the commune asserts, signed together with
 * the PDF's hash. Serialised as JSON with every object's keys sorted (by UTF-16 code
 * unit), no whitespace, undefined members left out — for content made only of strings
 * and objects this is exactly RFC 8785 (JCS), so any JCS library reproduces the bytes.
 */
export interface CanonicalContent {
  format: 'shabaka-document/1';
  code: string;
  commune: { slug: string; names: Localized };
  template: DocumentTemplate;
  language: DocumentLanguage;
  recipient: { name: string; cin?: string | undefined; address?: string | undefined };
  fields: Record<string, string | undefined>;
  /** ISO 8601, UTC, milliseconds. */
  issued_at: string;
  key_id: string;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
