import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  PartnerKind,
  Language,
  CommuneRole,
  NetworkRole,
  ComplaintKind,
  ComplaintStage,
  IntakeChannel,
  ReplyChannel,
  AttachmentState,
  ReportReason,
  CitizenTextStatus,
} from './enums';

/** Text in the network's three languages; every user-facing name is stored this way. */
export type Localized = { ar: string; fr: string; es: string };

/** Shared column shapes for the table files under tables/. */
/** A timestamptz column: selected as a Date (see parsers in create-db.ts), written as a Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamptz column with a default (now()): an insert may leave it out. */
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string, string>;

export type CommuneTheme = { primary: string; secondary: string; accent: string };
/** Per-commune settings; later domains add their own keys (clocks, thresholds…). */
export type CommuneSettings = Record<string, unknown>;

export interface NetworkTable {
  id: string;
  names: Json<Localized>;
  chairCommuneId: string | null;
  createdAt: Generated<Date>;
}

export interface CommuneTable {
  id: Generated<string>;
  slug: string;
  names: Json<Localized>;
  lat: number;
  lon: number;
  population: number;
  populationSource: string;
  /** Not yet confirmed against the latest census by a network administrator: staff see it, citizens see the source. */
  populationToVerify: Generated<boolean>;
  /** The region's name in each language (a page shows the reader's). */
  region: Json<Localized>;
  defaultLanguage: Language;
  languages: Json<Language[]>;
  theme: Json<CommuneTheme>;
  modules: Json<string[]>;
  settings: Json<CommuneSettings>;
  /** 2 to 5 capital letters, unique (`communes_code_prefix`): the first part of every reference code. */
  codePrefix: string;
  createdAt: Generated<Date>;
}

export interface PartnerTable {
  id: Generated<string>;
  slug: string;
  names: Json<Localized>;
  kind: PartnerKind;
  country: string;
  createdAt: Generated<Date>;
}

export interface DepartmentTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  names: Json<Localized>;
  createdAt: Generated<Date>;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  displayName: string;
  passwordHash: string;
  locale: Language;
  /** When the owner confirmed the address (a link sent to it); null: the account cannot sign in yet. */
  emailVerifiedAt: Timestamp | null;
  /** The portal where the account was made: its emails carry that commune's name. */
  homeCommuneId: string | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface SessionTable {
  id: Generated<string>;
  tokenHash: string;
  userId: string;
  createdAt: Generated<Date>;
  expiresAt: Timestamp;
}

export interface MembershipTable {
  communeId: string;
  userId: string;
  role: CommuneRole;
  createdAt: Generated<Date>;
}

export interface NetworkRoleTable {
  userId: string;
  role: NetworkRole;
  createdAt: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<string>;
  communeId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data: Json<Record<string, unknown>>;
  createdAt: Generated<Date>;
}

/** What seeded the reference data (seed.ts): skipped at start while the fingerprint matches. */
export interface ReferenceSeedTable {
  name: string;
  fingerprint: string;
  seededAt: DefaultTimestamp;
}

export interface CounterTable {
  communeId: string;
  name: string;
  year: number;
  value: number;
}

export interface ComplaintCategoryTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  names: Json<Localized>;
  departmentId: string | null;
  position: Generated<number>;
  active: Generated<boolean>;
  createdAt: Generated<Date>;
}

export interface ComplaintTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  kind: ComplaintKind;
  categoryId: string;
  departmentId: string | null;
  assigneeId: string | null;
  description: string;
  lat: number | null;
  lon: number | null;
  address: string | null;
  channel: IntakeChannel;
  replyChannel: ReplyChannel;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  authorId: string | null;
  registeredBy: string | null;
  stage: ComplaintStage;
  duplicateOf: string | null;
  referredTo: string | null;
  ackDueAt: Timestamp;
  answerDueAt: Timestamp;
  acknowledgedAt: Timestamp | null;
  closedAt: Timestamp | null;
  reopenCount: Generated<number>;
  rating: number | null;
  ratingComment: string | null;
  idempotencyKey: string | null;
  createdAt: DefaultTimestamp;
  updatedAt: DefaultTimestamp;
  /** Salted hashes of the owner's secret (see packages/api/src/cases/owner.ts); null before issue 10. */
  ownerSecretHash: string | null;
  /** The citizen agreed to publish the description (default: only staff and the owner read it). */
  publicDescription: Generated<boolean>;
  descriptionRedactedAt: Timestamp | null;
  descriptionRedactedBy: string | null;
  descriptionRedactionReason: string | null;
}

export interface ComplaintEventTable {
  communeId: string;
  id: Generated<string>;
  complaintId: string;
  seq: Generated<number>;
  at: Timestamp;
  actorId: string | null;
  kind: string;
  fromStage: ComplaintStage | null;
  toStage: ComplaintStage | null;
  publicNote: string | null;
  internalNote: string | null;
  data: Json<Record<string, unknown>>;
  /** Text the citizen added after intake (reopen reason, rating comment), public once accepted. */
  citizenText: string | null;
  citizenTextStatus: CitizenTextStatus | null;
  citizenTextReviewedBy: string | null;
  citizenTextReviewedAt: Timestamp | null;
}

export interface FileTable {
  communeId: string;
  id: Generated<string>;
  mime: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  bytes: Uint8Array;
  createdAt: Generated<Date>;
}

export interface ComplaintAttachmentTable {
  communeId: string;
  id: Generated<string>;
  complaintId: string;
  kind: 'photo' | 'scan';
  fileId: string;
  thumbFileId: string | null;
  position: number;
  state: Generated<AttachmentState>;
  reportCount: Generated<number>;
  hiddenAt: Timestamp | null;
  moderatedAt: Timestamp | null;
  moderatedBy: string | null;
  createdAt: Generated<Date>;
}

export interface PhotoReportTable {
  communeId: string;
  attachmentId: string;
  reporterKey: string;
  reporterId: string | null;
  reason: ReportReason;
  createdAt: Generated<Date>;
}

export interface ComplaintDailyTable {
  communeId: string;
  day: string;
  categoryId: string;
  received: Generated<number>;
  acknowledged: Generated<number>;
  resolved: Generated<number>;
  resolvedOnTime: Generated<number>;
  closed: Generated<number>;
  closedOnTime: Generated<number>;
  /** Satisfaction questionnaires sent (issue 13). */
  surveyed: Generated<number>;
}

/** How many of a commune's complaints carry each rating (1-5): the dashboard's satisfaction figure. */
export interface ComplaintRatingTable {
  communeId: string;
  rating: number;
  n: Generated<number>;
}

export interface ComplaintStageCountTable {
  communeId: string;
  stage: ComplaintStage;
  n: Generated<number>;
}

export interface ComplaintDurationTable {
  communeId: string;
  measure: 'ack' | 'resolve';
  bucket: number;
  n: Generated<number>;
}

export interface ApiKeyTable {
  communeId: string;
  id: Generated<string>;
  label: string;
  keyHash: string;
  createdBy: string | null;
  createdAt: Generated<Date>;
  revokedAt: Timestamp | null;
}

/**
 * The core tables. Each domain's tables live in tables/<domain>.ts and add themselves to this
 * interface (`declare module '../types'`), so a new domain's tables are a new file and no list
 * names them. A program sees the tables whose file it includes: every tsconfig that reaches the
 * database's types includes `packages/db/src/tables/*.ts` (as it includes the Arabic catalogs).
 */
export interface Database {
  network: NetworkTable;
  communes: CommuneTable;
  partners: PartnerTable;
  departments: DepartmentTable;
  users: UserTable;
  sessions: SessionTable;
  memberships: MembershipTable;
  networkRoles: NetworkRoleTable;
  auditLog: AuditLogTable;
  counters: CounterTable;
  referenceSeeds: ReferenceSeedTable;
  complaintCategories: ComplaintCategoryTable;
  complaints: ComplaintTable;
  complaintEvents: ComplaintEventTable;
  files: FileTable;
  complaintAttachments: ComplaintAttachmentTable;
  photoReports: PhotoReportTable;
  complaintDaily: ComplaintDailyTable;
  complaintRatings: ComplaintRatingTable;
  complaintStageCounts: ComplaintStageCountTable;
  complaintDurations: ComplaintDurationTable;
  apiKeys: ApiKeyTable;
}

export type Commune = Selectable<CommuneTable>;
export type NewCommune = Insertable<CommuneTable>;
export type User = Selectable<UserTable>;
export type Department = Selectable<DepartmentTable>;
export type CommuneUpdate = Updateable<CommuneTable>;
