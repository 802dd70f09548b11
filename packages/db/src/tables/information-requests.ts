/** Tables of Law 31-13 access-to-information requests and the working-day calendar (issue 4). */
import type { Generated } from 'kysely';
import type { DefaultTimestamp, Json, Localized, Timestamp } from '../types';
import type {
  LunarHolidayCode,
  InformationRequestState,
  InformationIntakeChannel,
  InformationDeliveryChannel,
  AnswerCompleteness,
  HeadComplaintOutcome,
} from '../enums';

// ——— Working-day calendar ———

/** One row per year whose moveable holidays are known (seeded "to verify", then set by a network admin). */
export interface CalendarYearTable {
  year: number;
  source: 'seed' | 'admin';
  /** True while the dates are estimates awaiting the official announcement. */
  toVerify: boolean;
  updatedBy: string | null;
  updatedAt: Generated<Date>;
}

/** Network-wide (not tenant-owned): one row per holiday date; `day` is 'YYYY-MM-DD'. */
export interface LunarHolidayTable {
  day: string;
  year: number;
  code: LunarHolidayCode;
  names: Json<Localized>;
}

// ——— Information requests ———

/**
 * Per-commune clocks (`communes.settings.informationRequests`) with the law's defaults.
 * Periods marked "to verify" are from memory (REFERENCE.md): keep them settings.
 */
export const INFORMATION_REQUEST_SETTINGS_DEFAULTS = {
  /** Law 31-13: answer within 20 working days… */
  answerWorkingDays: 20,
  /** …extendable once by 20, with notice to the requester. */
  extensionWorkingDays: 20,
  /** Urgent requests (life, safety, freedom): 3 working days… */
  urgentAnswerWorkingDays: 3,
  /** …extendable once by 3. */
  urgentExtensionWorkingDays: 3,
  /** Complaint to the head of the body, from the answer/refusal or the expired deadline (to verify). */
  headComplaintDays: 30,
  /** The head answers within (to verify). */
  headAnswerDays: 15,
  /** Appeal to the CDAI, from the head's answer or the expiry of its deadline. */
  cdaiAppealDays: 30,
  /** Unit of the three remedy periods above: calendar days or working days (to verify). */
  remedyDayUnit: 'calendar' as 'calendar' | 'working',
  /** A request is "due soon" when its deadline falls within this many working days (today included). */
  dueSoonWorkingDays: 3,
};
export type InformationRequestSettings = typeof INFORMATION_REQUEST_SETTINGS_DEFAULTS;

export interface InformationRequestTable {
  communeId: string;
  id: Generated<string>;
  /** TET-DI-2026-000012 */
  code: string;
  subject: string;
  description: string;
  urgent: boolean;
  urgencyReason: string | null;
  channel: InformationIntakeChannel;
  deliveryChannel: InformationDeliveryChannel;
  requesterName: string | null;
  requesterEmail: string | null;
  requesterPhone: string | null;
  requesterAddress: string | null;
  requesterCin: string | null;
  /** Signed-in citizen who filed it (their "my requests"). */
  authorId: string | null;
  /** Agent who registered it from the counter, the post or an email. */
  registeredBy: string | null;
  /** Salted hashes of the owner's secret (packages/api/src/cases/owner.ts); null before issue 10. */
  ownerSecretHash: string | null;
  state: InformationRequestState;
  completeness: AnswerCompleteness | null;
  /** When the commune received it (stamp date for post/counter); the periods count from here. */
  receivedAt: Timestamp;
  /** Working days of the first period, fixed at filing (20, or 3 when urgent). */
  periodWorkingDays: number;
  /** Working days added by the extension, once (null until extended). */
  extensionWorkingDays: number | null;
  initialDueAt: Timestamp;
  /** The current deadline: end of the last working day (23:59:59 Africa/Casablanca). */
  dueAt: Timestamp;
  processingStartedAt: Timestamp | null;
  extendedAt: Timestamp | null;
  extensionReason: string | null;
  /** Answer, refusal or transfer: the body's reply. */
  respondedAt: Timestamp | null;
  /** Working days from the first counted day to the reply (rollups, median). */
  responseWorkingDays: number | null;
  closedAt: Timestamp | null;
  answerText: string | null;
  refusalException: string | null;
  refusalReason: string | null;
  transferredTo: string | null;
  withdrawalReason: string | null;
  headComplaintAt: Timestamp | null;
  headComplaintText: string | null;
  headAnsweredAt: Timestamp | null;
  headOutcome: HeadComplaintOutcome | null;
  headAnswerText: string | null;
  idempotencyKey: string | null;
  createdAt: DefaultTimestamp;
  updatedAt: DefaultTimestamp;
}

export interface InformationRequestEventTable {
  communeId: string;
  id: Generated<string>;
  requestId: string;
  seq: Generated<number>;
  at: Timestamp;
  actorId: string | null;
  kind: string;
  fromState: InformationRequestState | null;
  toState: InformationRequestState | null;
  /** Shown to the requester (e.g. the reason for an extension). */
  publicNote: string | null;
  internalNote: string | null;
  data: Json<Record<string, unknown>>;
}

/** Proactive disclosure: a redacted answer, never the requester's identity. Soft-withdrawn. */
export interface InformationPublicationTable {
  communeId: string;
  requestId: string;
  subject: string | null;
  answer: string;
  publishedAt: Timestamp;
  publishedBy: string | null;
  unpublishedAt: Timestamp | null;
  unpublishedBy: string | null;
  unpublishReason: string | null;
}

/** Rollups kept in the same transaction as each change (figures never scan every request). */
export interface InformationRequestDailyTable {
  communeId: string;
  day: string;
  received: Generated<number>;
  responded: Generated<number>;
  respondedOnTime: Generated<number>;
  answered: Generated<number>;
  refused: Generated<number>;
  transferred: Generated<number>;
  withdrawn: Generated<number>;
}

export interface InformationRequestStateCountTable {
  communeId: string;
  state: InformationRequestState;
  n: Generated<number>;
}

/** Histogram of reply times in whole working days: exact medians from a few rows. */
export interface InformationRequestDurationTable {
  communeId: string;
  workingDays: number;
  n: Generated<number>;
}

export interface InformationRequestTables {
  calendarYears: CalendarYearTable;
  lunarHolidays: LunarHolidayTable;
  informationRequests: InformationRequestTable;
  informationRequestEvents: InformationRequestEventTable;
  informationPublications: InformationPublicationTable;
  informationRequestDaily: InformationRequestDailyTable;
  informationRequestStateCounts: InformationRequestStateCountTable;
  informationRequestDurations: InformationRequestDurationTable;
}

declare module '../types' {
  interface Database extends InformationRequestTables {}
}
