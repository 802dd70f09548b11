import type { Db } from '@shabaka/db';
import { recordAudit } from '../audit';
import type { InnerContext } from '../context';
import * as repo from './repository';
import type { SetLunarHolidaysInput } from './schemas';
import {
  addWorkingDays,
  buildCalendar,
  firstCountedDay,
  holidaysOfYear,
  localDate,
  type WorkingCalendar,
} from './working-days';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;

/** The working calendar: fixed holidays computed, moveable ones loaded from the table (a few rows a year). */
export async function loadCalendar(db: Db): Promise<WorkingCalendar> {
  const [days, years] = await Promise.all([repo.allLunarDays(db), repo.calendarYears(db)]);
  return buildCalendar(days, { lunarYears: years.map((y) => y.year) });
}

export async function holidays(db: Db, year: number) {
  const [cal, meta] = await Promise.all([loadCalendar(db), repo.calendarYear(db, year)]);
  return {
    year,
    /** False when nobody has entered this year's moveable holidays: deadlines then skip only the fixed ones. */
    lunarDefined: !!meta,
    toVerify: meta?.toVerify ?? true,
    source: meta?.source ?? null,
    updatedAt: meta?.updatedAt ?? null,
    weekend: [6, 0],
    days: holidaysOfYear(year, cal).map((h) => ({ date: h.day, code: h.code, kind: h.kind, name: h.names })),
  };
}

/** What the public deadline calculator shows (the portal explains a deadline with it). */
export async function deadline(db: Db, from: Date, workingDays: number) {
  const cal = await loadCalendar(db);
  return {
    receivedOn: localDate(from),
    firstCountedDay: firstCountedDay(from, cal),
    deadline: addWorkingDays(from, workingDays, cal),
    lastDay: localDate(addWorkingDays(from, workingDays, cal)),
  };
}

/**
 * Work that depends on the calendar and must follow a change of it, inside the same
 * transaction (e.g. recomputing the deadlines of open information requests). Returns
 * how many records changed.
 */
export type CalendarChangeHook = (
  trx: Db,
  calendar: WorkingCalendar,
  ctx: { now: Date; actorId: string },
) => Promise<{ name: string; changed: number }>;

export async function setLunarHolidays(
  ctx: Ctx,
  actorId: string,
  input: SetLunarHolidaysInput,
  hooks: readonly CalendarChangeHook[],
) {
  const now = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (trx) => {
    await repo.replaceYear(
      trx,
      input.year,
      input.days.map((d) => ({ day: d.date, code: d.code, names: d.name })),
      { toVerify: !input.confirmed, updatedBy: actorId, at: now },
    );
    const cal = await loadCalendar(trx);
    const effects: Record<string, number> = {};
    for (const hook of hooks) {
      const r = await hook(trx, cal, { now, actorId });
      effects[r.name] = r.changed;
    }
    await recordAudit(trx, {
      communeId: null,
      actorId,
      action: 'calendar.lunar_holidays_set',
      targetType: 'calendar_year',
      targetId: String(input.year),
      data: { days: input.days.map((d) => d.date), confirmed: input.confirmed, effects },
    });
    return effects;
  });
  ctx.events.publish({ kind: 'calendar.changed', commune: null, data: { year: input.year } });
  return { ...(await holidays(ctx.db, input.year)), effects: result };
}
