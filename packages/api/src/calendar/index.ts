/** The calendar domain as other domains see it: import from here, never from its files. */
export { instant } from './schemas';
export { loadCalendar } from './service';
export type { CalendarChangeHook } from './service';
export {
  addDays,
  addMonths,
  addWorkingDays,
  elapsedWorkingDays,
  endOfLocalDay,
  extendDeadline,
  firstCountedDay,
  isWorkingDay,
  localDate,
  nthWorkingDayAfter,
  windowEnd,
  zonedInstant,
  workingDaysLeft,
} from './working-days';
export type { WorkingCalendar } from './working-days';
