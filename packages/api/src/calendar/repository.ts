import type { Db, LunarHolidayCode, Localized } from '@shabaka/db';

/** The moveable holidays of every known year: a few rows a year, small enough to read whole. */
export function allLunarDays(db: Db) {
  return db.selectFrom('lunarHolidays').select(['day', 'year', 'code', 'names']).orderBy('day').execute();
}

export function calendarYears(db: Db) {
  return db.selectFrom('calendarYears').select(['year', 'source', 'toVerify', 'updatedAt']).orderBy('year').execute();
}

export function calendarYear(db: Db, year: number) {
  return db
    .selectFrom('calendarYears')
    .select(['year', 'source', 'toVerify', 'updatedAt'])
    .where('year', '=', year)
    .executeTakeFirst();
}

/** Replaces one year's moveable holidays (the caller holds the transaction). */
export async function replaceYear(
  db: Db,
  year: number,
  days: { day: string; code: LunarHolidayCode; names: Localized }[],
  meta: { toVerify: boolean; updatedBy: string; at: Date },
) {
  await db
    .insertInto('calendarYears')
    .values({ year, source: 'admin', toVerify: meta.toVerify, updatedBy: meta.updatedBy, updatedAt: meta.at })
    .onConflict((oc) =>
      oc
        .column('year')
        .doUpdateSet({ source: 'admin', toVerify: meta.toVerify, updatedBy: meta.updatedBy, updatedAt: meta.at }),
    )
    .execute();
  await db.deleteFrom('lunarHolidays').where('year', '=', year).execute();
  if (days.length > 0) {
    await db
      .insertInto('lunarHolidays')
      .values(days.map((d) => ({ day: d.day, year, code: d.code, names: JSON.stringify(d.names) })))
      .execute();
  }
}
