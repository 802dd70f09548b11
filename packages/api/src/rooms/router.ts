import { z } from 'zod';
import { LIMITS } from '../limits';
import { communeAccountProcedure, communeProcedure, communePublicProcedure, declare, router } from '../trpc';
import {
  attendanceInput,
  calendarInput,
  decideInput,
  mineInput,
  queueInput,
  requestInput,
  roomInput,
  updateRoomInput,
} from './schemas';
import * as service from './service';

const staff = communeProcedure('rooms:manage');
const idInput = z.object({ id: z.string().uuid({ message: 'Not a valid identifier' }) });

/** Rooms lent to associations: anyone reads rooms and the calendar, representatives ask, staff decide. */
export const roomsRouter = router({
  list: communePublicProcedure.query(({ ctx }) => service.listRooms(ctx, ctx.commune)),
  room: communePublicProcedure.input(idInput).query(({ ctx, input }) => service.room(ctx, ctx.commune, input.id)),
  calendar: communePublicProcedure
    .input(calendarInput)
    .query(({ ctx, input }) => service.calendar(ctx, ctx.commune, input)),

  /** An association's verified representative (checked in the service against the registry). */
  request: declare(communeAccountProcedure, { limits: LIMITS.roomRequests })
    .input(requestInput)
    .mutation(({ ctx, input }) => service.requestBooking(ctx, ctx.commune, input, ctx.session.userId)),
  mine: communeAccountProcedure
    .input(mineInput)
    .query(({ ctx, input }) => service.mine(ctx, ctx.commune, ctx.session.userId, input.limit)),

  staffList: staff.query(({ ctx }) => service.listRooms(ctx, ctx.commune, true)),
  create: staff
    .input(roomInput)
    .mutation(({ ctx, input }) => service.createRoom(ctx, ctx.commune, input, ctx.session.userId)),
  update: staff
    .input(updateRoomInput)
    .mutation(({ ctx, input }) => service.updateRoom(ctx, ctx.commune, input, ctx.session.userId)),
  queue: staff.input(queueInput).query(({ ctx, input }) => service.queue(ctx, ctx.commune, input.state, input.limit)),
  decide: staff
    .input(decideInput)
    .mutation(({ ctx, input }) => service.decide(ctx, ctx.commune, input, ctx.session.userId)),
  attendance: staff
    .input(attendanceInput)
    .mutation(({ ctx, input }) => service.recordAttendance(ctx, ctx.commune, input, ctx.session.userId)),
});
