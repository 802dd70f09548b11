import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, DomainError, isExclusionViolation, notFound } from '../errors';
import { isRepresentative } from '../associations';
import { notifyAccounts } from '../notifications';
import * as repo from './repository';
import type { DecideInput, RequestInput, RoomInput, UpdateRoomInput } from './schemas';

type Ctx = Pick<InnerContext, 'db' | 'clock'>;
type Commune = Pick<CommuneRow, 'id'>;

/** The longest booking: a day's event (longer lending is a convention, not a booking). */
export const MAX_BOOKING_HOURS = 14;
/** The exclusion constraint that keeps approved bookings of a room from overlapping (migration 2026-12-08T0201). */
const NO_OVERLAP = 'room_bookings_no_overlap';

/** What anyone may read of a room. */
export const publicRoom = (r: repo.RoomRow) => ({
  id: r.id,
  names: r.names,
  capacity: r.capacity,
  stepFree: r.stepFree,
  accessibility: r.accessibility,
  rules: r.rules,
  location: r.location,
  lat: r.lat,
  lon: r.lon,
  active: r.active,
});
export type PublicRoom = ReturnType<typeof publicRoom>;

/** What the public calendar shows of a booking: when, and the event's title (no person, no association account). */
export const publicSlot = (b: repo.BookingRow) => ({
  roomId: b.roomId,
  title: b.title,
  startsAt: b.startsAt,
  endsAt: b.endsAt,
});

/** What staff and the representative who asked see. */
export const bookingView = (b: repo.BookingRow) => ({
  id: b.id,
  roomId: b.roomId,
  associationId: b.associationId,
  title: b.title,
  startsAt: b.startsAt,
  endsAt: b.endsAt,
  expectedAttendance: b.expectedAttendance,
  state: b.state,
  reason: b.reason,
  decidedAt: b.decidedAt,
  attendance: b.attendance,
  createdAt: b.createdAt,
});

export async function listRooms(ctx: Ctx, commune: Commune, includeInactive = false) {
  return (await repo.listRooms(ctx.db, commune.id, !includeInactive)).map(publicRoom);
}

async function roomOf(ctx: Ctx, commune: Commune, id: string) {
  const room = await repo.roomById(ctx.db, commune.id, id);
  // A room of another commune is unknown here: tenancy is the key, not a check.
  if (!room) throw new DomainError('NOT_FOUND', 'unknown_room', 'This commune has no such room.', 'roomId');
  return room;
}

export async function room(ctx: Ctx, commune: Commune, id: string) {
  return publicRoom(await roomOf(ctx, commune, id));
}

export async function createRoom(ctx: Ctx, commune: Commune, input: RoomInput, actorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertRoom(trx, commune.id, input, actorId, ctx.clock.now());
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'rooms.created',
      targetType: 'room',
      targetId: row.id,
    });
    return publicRoom(row);
  });
}

export async function updateRoom(ctx: Ctx, commune: Commune, input: UpdateRoomInput, actorId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.updateRoom(trx, commune.id, input.id, input);
    if (!row) throw new DomainError('NOT_FOUND', 'unknown_room', 'This commune has no such room.', 'id');
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'rooms.updated',
      targetType: 'room',
      targetId: row.id,
    });
    return publicRoom(row);
  });
}

/** The public calendar: approved bookings over a bounded period (the schema bounds it). */
export async function calendar(
  ctx: Ctx,
  commune: Commune,
  input: { roomId?: string | undefined; from: Date; to: Date },
) {
  if (input.roomId) await roomOf(ctx, commune, input.roomId);
  const rows = await repo.bookingsBetween(ctx.db, {
    communeId: commune.id,
    roomId: input.roomId,
    from: input.from,
    to: input.to,
    states: ['approved'],
  });
  return rows.map(publicSlot);
}

/** The refusal naming the clash: its times and title, for the form to show. */
const clashError = (clash: repo.BookingRow) =>
  new DomainError(
    'CONFLICT',
    'room_clash',
    `The room is already booked from ${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()} (${clash.title}).`,
    'startsAt',
    { title: clash.title, startsAt: clash.startsAt.toISOString(), endsAt: clash.endsAt.toISOString() },
  );

/**
 * An association's verified representative asks for a room. Refused at once, naming the
 * field: a room of another commune, a time in the past or too long, more people than the room
 * holds, or a time that clashes with a booking already approved (named, so the person can pick
 * another). Requests may overlap each other: staff choose, and the database keeps approvals apart.
 */
export async function requestBooking(ctx: Ctx, commune: Commune, input: RequestInput, userId: string) {
  const room = await roomOf(ctx, commune, input.roomId);
  if (!room.active) throw new DomainError('NOT_FOUND', 'unknown_room', 'This room is not lent now.', 'roomId');
  if (!(await isRepresentative(ctx.db, commune.id, userId, input.associationId)))
    throw new DomainError(
      'FORBIDDEN',
      'not_representative',
      'Only a verified representative of an association of this commune can ask for a room in its name.',
      'associationId',
    );
  const now = ctx.clock.now();
  if (input.startsAt.getTime() <= now.getTime())
    throw badRequest('in_the_past', 'The start has passed already.', 'startsAt');
  if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_BOOKING_HOURS * 3_600_000)
    throw badRequest('too_long', `A booking lasts at most ${MAX_BOOKING_HOURS} hours.`, 'endsAt');
  if (input.expectedAttendance > room.capacity)
    throw badRequest('over_capacity', `This room holds ${room.capacity} people.`, 'expectedAttendance');
  const clash = await repo.approvedClash(ctx.db, commune.id, room.id, input.startsAt, input.endsAt);
  if (clash) throw clashError(clash);
  const row = await repo.insertBooking(ctx.db, {
    communeId: commune.id,
    roomId: room.id,
    associationId: input.associationId,
    requestedBy: userId,
    title: input.title,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    expectedAttendance: input.expectedAttendance,
    createdAt: now,
  });
  return bookingView(row);
}

export async function mine(ctx: Ctx, commune: Commune, userId: string, limit: number) {
  return (await repo.bookingsBy(ctx.db, commune.id, userId, limit)).map(bookingView);
}

export async function queue(ctx: Ctx, commune: Commune, state: 'requested' | 'approved' | 'refused', limit: number) {
  return (await repo.bookingsInState(ctx.db, commune.id, state, limit)).map(bookingView);
}

/**
 * Staff approve or refuse a waiting request (a refusal with its reason, shown to the
 * association). Approval is decided by the database: an overlapping approved booking makes
 * the exclusion constraint refuse it, also when two staff approve clashing requests at the
 * same moment; the refusal names the booking it clashes with.
 */
export async function decide(
  ctx: Ctx & Pick<InnerContext, 'events'>,
  commune: Pick<CommuneRow, 'id' | 'slug'>,
  input: DecideInput,
  actorId: string,
) {
  const existing = await repo.bookingById(ctx.db, commune.id, input.id);
  if (!existing) throw notFound('unknown_booking', 'This commune has no such booking request.');
  const state = input.decision === 'approve' ? ('approved' as const) : ('refused' as const);
  try {
    const decided = await ctx.db.transaction().execute(async (trx) => {
      const row = await repo.decideBooking(trx, {
        communeId: commune.id,
        id: input.id,
        state,
        by: actorId,
        at: ctx.clock.now(),
        reason: input.reason?.trim() || null,
      });
      if (!row) throw conflict('booking_decided', 'This request was decided already.');
      await recordAudit(trx, {
        communeId: commune.id,
        actorId,
        action: state === 'approved' ? 'rooms.booking_approved' : 'rooms.booking_refused',
        targetType: 'room_booking',
        targetId: row.id,
        data: input.reason ? { reason: input.reason } : {},
      });
      // The representative who asked hears of it, in this transaction: a decision the database
      // refuses (a clash) or rolls back leaves no notice, a committed one is never lost.
      const room = await repo.roomById(trx, commune.id, row.roomId);
      await notifyAccounts(trx, {
        communeId: commune.id,
        userIds: [existing.requestedBy],
        template: state === 'approved' ? 'room.approved' : 'room.refused',
        params: {
          room: room?.names ?? null,
          title: row.title,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
          reason: row.reason,
        },
        subject: { type: 'room_booking', id: row.id },
        audience: 'citizen',
        now: ctx.clock.now(),
      });
      return bookingView(row);
    });
    // After commit, like every domain's change: the requester's open bell recounts on events and shows the notice.
    ctx.events.publish({
      kind: 'rooms.booking_decided',
      commune: commune.slug,
      data: { id: decided.id, roomId: decided.roomId, state: decided.state },
    });
    return decided;
  } catch (error) {
    if (!isExclusionViolation(error, NO_OVERLAP)) throw error;
    const clash = await repo.approvedClash(ctx.db, commune.id, existing.roomId, existing.startsAt, existing.endsAt);
    throw clash ? clashError(clash) : conflict('room_clash', 'The room is already booked at this time.', 'startsAt');
  }
}

/** After the event, staff record how many came (approved bookings only; correctable). */
export async function recordAttendance(
  ctx: Ctx,
  commune: Commune,
  input: { id: string; attendance: number },
  actorId: string,
) {
  const b = await repo.bookingById(ctx.db, commune.id, input.id);
  if (!b) throw notFound('unknown_booking', 'This commune has no such booking.');
  if (b.state !== 'approved') throw conflict('not_approved', 'Only an approved booking has attendance.');
  const now = ctx.clock.now();
  if (b.endsAt.getTime() > now.getTime())
    throw badRequest('event_not_over', 'Attendance is recorded once the event is over.', 'attendance');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.setAttendance(trx, commune.id, b.id, input.attendance, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'rooms.attendance',
      targetType: 'room_booking',
      targetId: b.id,
      data: { attendance: input.attendance },
    });
    return bookingView(row);
  });
}

/** A room's approved bookings for its iCal feed: 30 days back to a year ahead. */
export async function feed(ctx: Ctx, commune: Commune, roomId: string) {
  const r = await roomOf(ctx, commune, roomId);
  const now = ctx.clock.now().getTime();
  const rows = await repo.bookingsBetween(ctx.db, {
    communeId: commune.id,
    roomId: r.id,
    from: new Date(now - 30 * 86_400_000),
    to: new Date(now + 366 * 86_400_000),
    states: ['approved'],
  });
  return { room: publicRoom(r), bookings: rows.map((b) => ({ ...publicSlot(b), id: b.id })) };
}
