import type { Db, RoomBookingState } from '@shabaka/db';
import { sql } from 'kysely';
import type { RoomInput } from './schemas';

const ROOM = [
  'id',
  'names',
  'capacity',
  'stepFree',
  'accessibility',
  'rules',
  'location',
  'lat',
  'lon',
  'active',
] as const;

/** The commune's rooms by their French name (every query names the commune: it leads the key). */
export function listRooms(db: Db, communeId: string, activeOnly: boolean) {
  let q = db.selectFrom('rooms').select(ROOM).where('communeId', '=', communeId);
  if (activeOnly) q = q.where('active', '=', true);
  return q
    .orderBy(sql`names->>'fr'`)
    .orderBy('id')
    .execute();
}
export type RoomRow = Awaited<ReturnType<typeof listRooms>>[number];

export function roomById(db: Db, communeId: string, id: string) {
  return db.selectFrom('rooms').select(ROOM).where('communeId', '=', communeId).where('id', '=', id).executeTakeFirst();
}

const roomValues = (r: RoomInput) => ({
  names: JSON.stringify(r.names),
  capacity: r.capacity,
  stepFree: r.stepFree,
  accessibility: JSON.stringify(r.accessibility),
  rules: JSON.stringify(r.rules),
  location: r.location,
  lat: r.lat,
  lon: r.lon,
});

export function insertRoom(db: Db, communeId: string, r: RoomInput, createdBy: string, at: Date) {
  return db
    .insertInto('rooms')
    .values({ communeId, ...roomValues(r), createdBy, createdAt: at })
    .returning(ROOM)
    .executeTakeFirstOrThrow();
}

export function updateRoom(db: Db, communeId: string, id: string, r: RoomInput & { active: boolean }) {
  return db
    .updateTable('rooms')
    .set({ ...roomValues(r), active: r.active })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .returning(ROOM)
    .executeTakeFirst();
}

const BOOKING = [
  'id',
  'roomId',
  'associationId',
  'requestedBy',
  'title',
  'startsAt',
  'endsAt',
  'expectedAttendance',
  'state',
  'reason',
  'decidedAt',
  'attendance',
  'createdAt',
] as const;

/** Bookings in some states overlapping [from, to), one room's or all the commune's, by start. */
export function bookingsBetween(
  db: Db,
  p: { communeId: string; roomId?: string | undefined; from: Date; to: Date; states: readonly RoomBookingState[] },
) {
  let q = db
    .selectFrom('roomBookings')
    .select(BOOKING)
    .where('communeId', '=', p.communeId)
    .where('state', 'in', p.states)
    .where('startsAt', '<', p.to)
    .where('endsAt', '>', p.from);
  if (p.roomId) q = q.where('roomId', '=', p.roomId);
  return q.orderBy('startsAt').orderBy('id').limit(2000).execute();
}
export type BookingRow = Awaited<ReturnType<typeof bookingsBetween>>[number];

/** An approved booking of the room overlapping [startsAt, endsAt), if any (the clash to name). */
export function approvedClash(db: Db, communeId: string, roomId: string, startsAt: Date, endsAt: Date) {
  return db
    .selectFrom('roomBookings')
    .select(BOOKING)
    .where('communeId', '=', communeId)
    .where('roomId', '=', roomId)
    .where('state', '=', 'approved')
    .where('startsAt', '<', endsAt)
    .where('endsAt', '>', startsAt)
    .orderBy('startsAt')
    .limit(1)
    .executeTakeFirst();
}

export function insertBooking(
  db: Db,
  row: {
    communeId: string;
    roomId: string;
    associationId: string;
    requestedBy: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    expectedAttendance: number;
    createdAt: Date;
  },
) {
  return db
    .insertInto('roomBookings')
    .values({ ...row, state: 'requested' })
    .returning(BOOKING)
    .executeTakeFirstOrThrow();
}

export function bookingById(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('roomBookings')
    .select(BOOKING)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Decides a request still waiting; undefined when it was decided meanwhile. */
export function decideBooking(
  db: Db,
  p: { communeId: string; id: string; state: 'approved' | 'refused'; by: string; at: Date; reason: string | null },
) {
  return db
    .updateTable('roomBookings')
    .set({ state: p.state, decidedBy: p.by, decidedAt: p.at, reason: p.reason })
    .where('communeId', '=', p.communeId)
    .where('id', '=', p.id)
    .where('state', '=', 'requested')
    .returning(BOOKING)
    .executeTakeFirst();
}

export function setAttendance(db: Db, communeId: string, id: string, attendance: number, at: Date) {
  return db
    .updateTable('roomBookings')
    .set({ attendance, attendanceRecordedAt: at })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .returning(BOOKING)
    .executeTakeFirstOrThrow();
}

/** The staff queue: one state's bookings, soonest first. */
export function bookingsInState(db: Db, communeId: string, state: RoomBookingState, limit: number) {
  return db
    .selectFrom('roomBookings')
    .select(BOOKING)
    .where('communeId', '=', communeId)
    .where('state', '=', state)
    .orderBy('startsAt')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** What an account asked for in the commune, newest first. */
export function bookingsBy(db: Db, communeId: string, userId: string, limit: number) {
  return db
    .selectFrom('roomBookings')
    .select(BOOKING)
    .where('communeId', '=', communeId)
    .where('requestedBy', '=', userId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}
