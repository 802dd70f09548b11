import { recomputeOpenDeadlines } from '../information-requests';
import { networkProcedure, publicProcedure, router } from '../trpc';
import { deadlineInput, holidaysInput, setLunarHolidaysInput } from './schemas';
import * as service from './service';

/** Domains whose stored deadlines follow the calendar; each recomputes its open ones on a change. */
const onCalendarChange: service.CalendarChangeHook[] = [recomputeOpenDeadlines];

export const calendarRouter = router({
  /** Every public holiday of a year (fixed and moveable), with whether the moveable ones are confirmed. */
  holidays: publicProcedure.input(holidaysInput).query(({ ctx, input }) => service.holidays(ctx.db, input.year)),
  /** The deadline of a period of working days received at `from` (now by default). */
  deadline: publicProcedure
    .input(deadlineInput)
    .query(({ ctx, input }) => service.deadline(ctx.db, input.from ?? ctx.clock.now(), input.workingDays)),
  /** A network admin sets a year's moveable holidays (moon sighting); open deadlines are recomputed. */
  setLunarHolidays: networkProcedure('calendar:manage')
    .input(setLunarHolidaysInput)
    .mutation(({ ctx, input }) => service.setLunarHolidays(ctx, ctx.session.userId, input, onCalendarChange)),
});
