import { z } from 'zod';

/** Inputs of the rooms domain (the base procedure adds `commune`, a slug). */

const id = z.string().uuid({ message: 'Not a valid identifier' });
const line = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { message: `At least ${min} characters` })
    .max(max, { message: `At most ${max} characters` });

/** A room's name: Arabic and French required (the commune's two written languages), Spanish optional. */
const names = z.object({ ar: line(2, 120), fr: line(2, 120), es: line(2, 120).optional() });
/** Longer texts (accessibility notes, rules), each language optional. */
const notes = (max: number) => z.object({ ar: line(0, max), fr: line(0, max), es: line(0, max) }).partial();

export const roomInput = z.object({
  names,
  capacity: z.number().int().min(1, { message: 'At least 1 person' }).max(5000, { message: 'At most 5000 people' }),
  stepFree: z.boolean(),
  accessibility: notes(500).default({}),
  rules: notes(2000).default({}),
  location: line(3, 300),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lon: z.number().min(-180).max(180).nullable().default(null),
});
export type RoomInput = z.infer<typeof roomInput>;

export const updateRoomInput = roomInput.extend({ id, active: z.boolean() });
export type UpdateRoomInput = z.infer<typeof updateRoomInput>;

/** The longest period one calendar read covers: two months (a public, unauthenticated read stays bounded). */
export const CALENDAR_MAX_DAYS = 62;
const DAY = 86_400_000;

export const calendarInput = z
  .object({ roomId: id.optional(), from: z.coerce.date(), to: z.coerce.date() })
  .refine((p) => p.to.getTime() > p.from.getTime(), { message: 'The end must come after the start', path: ['to'] })
  .refine((p) => p.to.getTime() - p.from.getTime() <= CALENDAR_MAX_DAYS * DAY, {
    message: `At most ${CALENDAR_MAX_DAYS} days at once`,
    path: ['to'],
  });

export const requestInput = z
  .object({
    roomId: id,
    associationId: id,
    title: line(3, 200),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    expectedAttendance: z.number().int().min(1, { message: 'At least 1 person' }).max(5000),
  })
  .refine((p) => p.endsAt.getTime() > p.startsAt.getTime(), {
    message: 'The end must come after the start',
    path: ['endsAt'],
  });
export type RequestInput = z.infer<typeof requestInput>;

export const queueInput = z.object({
  state: z.enum(['requested', 'approved', 'refused']).default('requested'),
  limit: z.number().int().min(1).max(100).default(50),
});

export const decideInput = z
  .object({ id, decision: z.enum(['approve', 'refuse']), reason: line(0, 1000).optional() })
  .refine((p) => p.decision === 'approve' || (p.reason ?? '').length >= 5, {
    message: 'Give the association a reason of at least 5 characters',
    path: ['reason'],
  });
export type DecideInput = z.infer<typeof decideInput>;

export const attendanceInput = z.object({
  id,
  attendance: z.number().int().min(0, { message: 'Zero or more' }).max(10000),
});

export const mineInput = z.object({ limit: z.number().int().min(1).max(100).default(50) });
