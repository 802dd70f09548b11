import { networkProcedure, publicProcedure, router } from '../trpc';
import { deadlineInput, holidaysInput, setLunarHolidaysInput } from './schemas';
import * as service from './service';

export const calendarRouter = router({
  /** Every public holiday of a year (fixed and moveable), with whether the moveable ones are confirmed. */
  holidays: publicProcedure.input(holidaysInput).query(({ ctx, input }) => service.holidays(ctx.db, input.year)),
  /** The deadline of a period of working days received at `from` (now by default). */
  deadline: publicProcedure
    .input(deadlineInput)
    .query(({ ctx, input }) => service.deadline(ctx.db, input.from ?? ctx.clock.now(), input.workingDays)),
  /**
   * A network admin sets a year's moveable holidays (moon sighting); the modules whose stored
   * deadlines follow the calendar (`onCalendarChange` in their descriptor) recompute their open ones.
   */
  setLunarHolidays: networkProcedure('calendar:manage')
    .input(setLunarHolidaysInput)
    .mutation(({ ctx, input }) =>
      service.setLunarHolidays(
        ctx,
        ctx.session.userId,
        input,
        ctx.modules.flatMap((m) => m.onCalendarChange ?? []),
      ),
    ),
});
