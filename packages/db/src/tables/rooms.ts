/** Tables of the rooms domain (migration 2026-12-08T0201-rooms), added to Database below. */
import type { Generated } from 'kysely';
import type { DefaultTimestamp, Json, Timestamp } from '../types';

/** A room's text in the languages staff write it in (Arabic and French; Spanish optional). */
export type RoomText = { ar: string; fr: string; es?: string };

export const ROOM_BOOKING_STATES = ['requested', 'approved', 'refused', 'cancelled'] as const;
export type RoomBookingState = (typeof ROOM_BOOKING_STATES)[number];

export interface RoomsTable {
  communeId: string;
  id: Generated<string>;
  names: Json<RoomText>;
  capacity: number;
  stepFree: Generated<boolean>;
  accessibility: Json<Partial<RoomText>>;
  rules: Json<Partial<RoomText>>;
  location: string;
  lat: number | null;
  lon: number | null;
  active: Generated<boolean>;
  createdBy: string;
  createdAt: DefaultTimestamp;
}

export interface RoomBookingsTable {
  communeId: string;
  id: Generated<string>;
  roomId: string;
  associationId: string;
  requestedBy: string;
  title: string;
  startsAt: Timestamp;
  endsAt: Timestamp;
  expectedAttendance: number;
  state: RoomBookingState;
  decidedBy: string | null;
  decidedAt: Timestamp | null;
  reason: string | null;
  attendance: number | null;
  attendanceRecordedAt: Timestamp | null;
  createdAt: DefaultTimestamp;
}

declare module '../types' {
  interface Database {
    rooms: RoomsTable;
    roomBookings: RoomBookingsTable;
  }
}
