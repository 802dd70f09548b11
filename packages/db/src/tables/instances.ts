/** Tables of consultative instances (issue 16, migration 2026-12-12T0601-instances), added to Database below. */
import type { Generated } from 'kysely';
import type {
  InstanceKind,
  InstanceScope,
  MemberCategory,
  MemberSex,
  ObservationState,
  OpinionStance,
  RecommendationAnswer,
  RecommendationState,
} from '../enums';
import type { Json, Timestamp } from '../types';

/** A text in the portals' three languages. */
export type InstanceText = { ar: string; fr: string; es: string };

/** A commune's consultative body, or (scope 'network') the network's committee, kept under its seat commune. */
export interface InstancesTable {
  communeId: string;
  id: Generated<string>;
  scope: InstanceScope;
  kind: InstanceKind;
  name: Json<InstanceText>;
  mandate: Json<InstanceText>;
  legalBasis: Json<InstanceText>;
  seatsTotal: number;
  seatsCivilSociety: number;
  seatsElected: number;
  seatsAdministration: number;
  minWomenPercent: number;
  termMonths: number;
  /** The internal rules' text, and the signed document's code once issued. */
  rules: string | null;
  rulesCode: string | null;
  publishedAt: Timestamp | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface InstanceMembersTable {
  communeId: string;
  id: Generated<string>;
  instanceId: string;
  name: string;
  sex: MemberSex;
  category: MemberCategory;
  organisation: string | null;
  role: 'chair' | 'rapporteur' | 'member';
  termStartsOn: string;
  termEndsOn: string;
  leftOn: string | null;
  declaration: string;
  declaredOn: string;
  email: string | null;
  phone: string | null;
  createdBy: string;
  createdAt: Timestamp;
}

/** Who attended a meeting: the members present (ids) and the guests' count. */
export interface MeetingAttendance {
  present: string[];
  guests: number;
}

export interface InstanceMeetingsTable {
  communeId: string;
  id: Generated<string>;
  instanceId: string;
  startsAt: Timestamp;
  place: string;
  agenda: Json<InstanceText[]>;
  /** Recorded after the meeting. */
  attendance: Json<MeetingAttendance> | null;
  decisions: Json<InstanceText[]>;
  minutes: string | null;
  minutesCode: string | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

interface AddressedCase<S> {
  /** The ADDRESSED commune: its staff queue reads the case like any other. */
  communeId: string;
  id: Generated<string>;
  code: string;
  instanceCommuneId: string;
  instanceId: string;
  title: Json<InstanceText>;
  body: Json<InstanceText>;
  state: Generated<S>;
  answerDueAt: Timestamp | null;
  answerText: string | null;
  answeredAt: Timestamp | null;
  answeredBy: string | null;
  closedAt: Timestamp | null;
  idempotencyKey: string | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface InstanceRecommendationsTable extends AddressedCase<RecommendationState> {
  service: string | null;
  meetingId: string | null;
  /** Calendar days the commune has to answer, counted from adoption. */
  answerDays: number;
  adoptedAt: Timestamp | null;
  answer: RecommendationAnswer | null;
  progress: number | null;
  progressAt: Timestamp | null;
}

export interface InstanceObservationsTable extends AddressedCase<ObservationState> {
  /** The network figure or register it is about (the dashboard's key), when it is about one. */
  indicator: string | null;
}

interface CaseEvents<S> {
  communeId: string;
  id: Generated<string>;
  seq: Generated<number>;
  at: Timestamp;
  actorId: string | null;
  kind: string;
  fromState: S | null;
  toState: S | null;
  publicNote: string | null;
  internalNote: string | null;
  data: Json<Record<string, unknown>>;
}
export interface InstanceRecommendationEventsTable extends CaseEvents<RecommendationState> {
  recommendationId: string;
}
export interface InstanceObservationEventsTable extends CaseEvents<ObservationState> {
  observationId: string;
}
export interface InstanceRecommendationStateCountsTable {
  communeId: string;
  state: RecommendationState;
  n: Generated<number>;
}
export interface InstanceObservationStateCountsTable {
  communeId: string;
  state: ObservationState;
  n: Generated<number>;
}

export interface InstanceOpinionsTable {
  communeId: string;
  id: Generated<string>;
  instanceId: string;
  subjectType: string;
  subjectId: string;
  stance: OpinionStance;
  text: Json<InstanceText>;
  givenOn: string;
  createdBy: string;
  createdAt: Timestamp;
}

export interface InstanceSeatCallsTable {
  communeId: string;
  id: Generated<string>;
  instanceId: string;
  category: MemberCategory;
  seats: number;
  criteria: Json<InstanceText>;
  closesOn: string;
  publishedAt: Timestamp | null;
  createdBy: string;
  createdAt: Timestamp;
}

declare module '../types' {
  interface Database {
    instances: InstancesTable;
    instanceMembers: InstanceMembersTable;
    instanceMeetings: InstanceMeetingsTable;
    instanceRecommendations: InstanceRecommendationsTable;
    instanceRecommendationEvents: InstanceRecommendationEventsTable;
    instanceRecommendationStateCounts: InstanceRecommendationStateCountsTable;
    instanceObservations: InstanceObservationsTable;
    instanceObservationEvents: InstanceObservationEventsTable;
    instanceObservationStateCounts: InstanceObservationStateCountsTable;
    instanceOpinions: InstanceOpinionsTable;
    instanceSeatCalls: InstanceSeatCallsTable;
  }
}
