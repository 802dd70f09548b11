/** Tables of engagement preferences, consent, follows, digests and unsubscribe links (issue 13). */
import type { Generated, GeneratedAlways } from 'kysely';
import type { ConsentSource, EngagementFrequency } from '../enums';
import type { Json, Timestamp } from '../types';
import type { RecipientChannel } from './notifications';

/** A signed-in person's choice on one channel. */
export interface NotificationPreferenceTable {
  userId: string;
  channel: RecipientChannel;
  consent: boolean;
  frequency: EngagementFrequency;
  source: ConsentSource;
  updatedAt: Timestamp;
}

/** One consent given or withdrawn (append-only): by an account, or for a walk-in's contact. */
export interface NotificationConsentTable {
  /** Insertion order: the latest row of an address is its state. */
  id: GeneratedAlways<string>;
  channel: RecipientChannel;
  userId: string | null;
  address: string | null;
  granted: boolean;
  frequency: EngagementFrequency | null;
  source: ConsentSource;
  actorId: string | null;
  communeId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  at: Timestamp;
}

/** An account following a case that is not theirs. */
export interface NotificationFollowTable {
  communeId: string;
  subjectType: string;
  subjectId: string;
  userId: string;
  createdAt: Timestamp;
}

/** An engagement notice waiting for its daily or weekly digest. */
export interface NotificationHeldTable {
  communeId: string;
  id: Generated<string>;
  userId: string;
  channel: RecipientChannel;
  frequency: 'daily' | 'weekly';
  template: string;
  params: Json<Record<string, unknown>>;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Timestamp;
  /** The digest's once-only mark that carried it; null while it waits. */
  digestKey: string | null;
}

/** A one-click unsubscribe link (only its token's SHA-256). */
export interface NotificationUnsubscribeTable {
  tokenHash: string;
  channel: RecipientChannel;
  address: string;
  userId: string | null;
  communeId: string;
  createdAt: Timestamp;
  usedAt: Timestamp | null;
}

export interface NotificationPreferenceTables {
  notificationPreferences: NotificationPreferenceTable;
  notificationConsents: NotificationConsentTable;
  notificationFollows: NotificationFollowTable;
  notificationHeld: NotificationHeldTable;
  notificationUnsubscribes: NotificationUnsubscribeTable;
}

declare module '../types' {
  interface Database extends NotificationPreferenceTables {}
}
