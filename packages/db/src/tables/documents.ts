/** Tables of remotely signed official documents and commune signing keys (issue 4). */
import type { Generated } from 'kysely';
import type { DefaultTimestamp, Timestamp } from '../types';
import type { DocumentTemplate, DocumentLanguage, DocumentDelivery } from '../enums';

/**
 * One Ed25519 key pair of a commune. The active key (retired_at null, at most one per
 * commune) signs; retired keys stay published so documents they signed still verify,
 * and lose their private half when they retire.
 */
export interface SigningKeyTable {
  communeId: string;
  /** First 16 hex digits of the SHA-256 of the public key (SPKI DER). */
  id: string;
  algorithm: Generated<'ed25519'>;
  /** SPKI DER, base64. */
  publicKey: string;
  /** PKCS#8 DER encrypted with AES-256-GCM under a key derived from SHABAKA_SECRET; null once retired. */
  privateKeyCiphertext: Uint8Array | null;
  privateKeyIv: Uint8Array | null;
  privateKeyTag: Uint8Array | null;
  /** HKDF salt of this key's encryption key. */
  privateKeySalt: Uint8Array | null;
  createdAt: DefaultTimestamp;
  createdBy: string | null;
  retiredAt: Timestamp | null;
  retiredBy: string | null;
}

export interface DocumentTable {
  communeId: string;
  id: Generated<string>;
  /** MDQ-DOC-2026-000007: commune prefix, year, per-commune sequence. */
  code: string;
  template: DocumentTemplate;
  language: DocumentLanguage;
  delivery: DocumentDelivery;
  /** Copied from the canonical content for the staff list (never shown on the public page). */
  recipientName: string;
  /** The exact signed text (sorted-key JSON, UTF-8): kept as text, jsonb would reorder it. */
  canonical: string;
  canonicalSha256: string;
  pdf: Uint8Array;
  pdfSha256: string;
  /** Ed25519 signature of the envelope (docs/verify.md). */
  signature: Uint8Array;
  keyId: string;
  /** The citizen account the document was issued to, when it has one. */
  requesterId: string | null;
  issuedBy: string | null;
  issuedAt: Timestamp;
  idempotencyKey: string | null;
  revokedAt: Timestamp | null;
  revokedBy: string | null;
  revocationReason: string | null;
}

export interface DocumentTables {
  signingKeys: SigningKeyTable;
  documents: DocumentTable;
}

declare module '../types' {
  interface Database extends DocumentTables {}
}
