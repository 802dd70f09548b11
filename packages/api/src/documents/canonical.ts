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
  /**
   * 32 random hex digits (128 bits), in every document issued since issue 10. The content's
   * SHA-256 is public (the signature covers it); without a salt, guessing a name or CIN and
   * hashing would confirm it offline in well under a second. With it, the public hash says
   * nothing about the content. Holders get the salt with the canonical content; the PDF
   * carries it as its file identifier, so the PDF's public hash cannot be guessed either.
   * Documents issued before have none (see `isSalted`).
   */
  salt?: string;
}

/** Whether the public hashes of this stored canonical content reveal nothing about it (a salt is in it). */
export function isSalted(canonical: string): boolean {
  try {
    return /^[0-9a-f]{32}$/.test((JSON.parse(canonical) as { salt?: unknown }).salt as string);
  } catch {
    return false;
  }
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new TypeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
