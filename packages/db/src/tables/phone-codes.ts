/** Phones confirmed by a code sent by SMS (issue 13: follow a case without an account or email). */
import type { Generated } from 'kysely';
import type { Language } from '../enums';
import type { Timestamp } from '../types';

/** What a code confirms: following one case, or listing the cases a phone follows. */
export type PhoneCodePurpose = 'follow' | 'list';

export interface PhoneCodeTable {
  communeId: string;
  id: Generated<string>;
  purpose: PhoneCodePurpose;
  /** E.164. */
  phone: string;
  /** The case to follow (`follow` only). */
  subjectType: string | null;
  subjectId: string | null;
  language: Language;
  /** SHA-256 of the row's id and the code: the code itself is never stored. */
  codeHash: string;
  /** Wrong tries counted so far (locked at the limit). */
  attempts: Generated<number>;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
}

/** A confirmed phone's short session to list its cases: the token's SHA-256 only. */
export interface PhoneSessionTable {
  communeId: string;
  tokenHash: string;
  phone: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
}

export interface PhoneCodeTables {
  phoneCodes: PhoneCodeTable;
  phoneSessions: PhoneSessionTable;
}

declare module '../types' {
  interface Database extends PhoneCodeTables {}
}
