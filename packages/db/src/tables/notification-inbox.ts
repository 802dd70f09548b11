/** Tables of the in-app notification centre (issue 13). */
import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../types';

/** Where an in-app notice's link leads: the citizen's tracking page, or the staff case page. */
export type InboxAudience = 'citizen' | 'staff';

/** One in-app notice to one account. */
export interface NotificationInboxTable {
  communeId: string;
  id: Generated<string>;
  userId: string;
  audience: InboxAudience;
  /** The catalog template (`complaint.updated`, `staff.assigned`…). */
  template: string;
  params: Json<Record<string, unknown>>;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Timestamp;
  readAt: Timestamp | null;
}

/** A notice that goes once per key (case and threshold), whichever process checks first. */
export interface NotificationMarkTable {
  communeId: string;
  key: string;
  createdAt: Timestamp;
}

export interface NotificationInboxTables {
  notificationInbox: NotificationInboxTable;
  notificationMarks: NotificationMarkTable;
}

declare module '../types' {
  interface Database extends NotificationInboxTables {}
}
