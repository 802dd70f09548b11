/** Tables of account emails (issue 13): confirmation and reset links, known devices. */
import type { Generated } from 'kysely';
import type { Timestamp } from '../types';

export type AccountTokenPurpose = 'verify_email' | 'reset_password';

/** A single-use link sent by email; only the SHA-256 of its token is kept. */
export interface AccountTokenTable {
  id: Generated<string>;
  userId: string;
  purpose: AccountTokenPurpose;
  tokenHash: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
}

/** A device an account signed in from (hash of its browser signature): a new one is announced. */
export interface UserDeviceTable {
  userId: string;
  deviceHash: string;
  firstSeenAt: Timestamp;
  lastSeenAt: Timestamp;
}

export interface AccountTables {
  accountTokens: AccountTokenTable;
  userDevices: UserDeviceTable;
}

declare module '../types' {
  interface Database extends AccountTables {}
}
