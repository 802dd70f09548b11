/**
 * Tables of the PAC's workshops and targeted consultations (issue 15, migration 2026-12-11T0401-pac-workshops),
 * added to Database below.
 */
import type { ColumnType, Generated } from 'kysely';
import type { AttendeeSex, ConsultedBodyKind, OpinionStance, WorkshopKind, WorkshopStatus } from '../enums';
import type { Json, Timestamp } from '../types';
import type { PacText } from './pac';

/** One age band's attendance: the band's key ("18-29", "60+") and its bounds, as the settings said that day. */
export interface AttendanceCount {
  band: string;
  from: number;
  to: number | null;
  women: number;
  men: number;
}
/** Counted, not named (pac/workshops/service.ts recordAttendance). */
export interface WorkshopAttendance {
  counts: AttendanceCount[];
  recordedAt: string;
}
/** An organisation present: its name, and its registry entry when it is one of the commune's associations. */
export interface WorkshopOrganisation {
  name: string;
  associationId: string | null;
}

export interface PacWorkshopsTable {
  communeId: string;
  id: Generated<string>;
  kind: WorkshopKind;
  status: Generated<WorkshopStatus>;
  title: Json<PacText>;
  topic: Json<PacText>;
  agenda: Json<PacText[]>;
  startsAt: Timestamp;
  endsAt: Timestamp;
  place: Json<PacText>;
  address: Json<PacText>;
  lat: number | null;
  lon: number | null;
  capacity: number;
  cancelReason: string | null;
  attendance: Json<WorkshopAttendance> | null;
  /** '[]' until the attendance is recorded. */
  organisations: ColumnType<WorkshopOrganisation[], string | undefined, string>;
  minutes: string | null;
  minutesCode: string | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PacWorkshopRegistrationsTable {
  communeId: string;
  workshopId: string;
  userId: string;
  registeredAt: Timestamp;
}

export interface PacWorkshopContributionsTable {
  communeId: string;
  id: Generated<string>;
  workshopId: string;
  sheet: string;
  line: number;
  body: string;
  theme: string | null;
  sex: AttendeeSex | null;
  ageBand: string | null;
  enteredBy: string;
  enteredAt: Timestamp;
}

/** A body's opinion in a targeted consultation: its stance, its text and the day it was given. */
export interface ConsultedOpinion {
  stance: OpinionStance;
  text: string;
  givenOn: string;
}
export interface ConsultedBody {
  id: string;
  name: string;
  kind: ConsultedBodyKind;
  associationId: string | null;
  opinion: ConsultedOpinion | null;
}

export interface PacTargetedConsultationsTable {
  communeId: string;
  id: Generated<string>;
  subject: Json<PacText>;
  question: Json<PacText>;
  documentUrl: string | null;
  opensOn: string;
  closesOn: string;
  bodies: Json<ConsultedBody[]>;
  publishedAt: Timestamp | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

declare module '../types' {
  interface Database {
    pacWorkshops: PacWorkshopsTable;
    pacWorkshopRegistrations: PacWorkshopRegistrationsTable;
    pacWorkshopContributions: PacWorkshopContributionsTable;
    pacTargetedConsultations: PacTargetedConsultationsTable;
  }
}
