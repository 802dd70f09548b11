import type { Db } from './create-db';
import type { LunarHolidayCode } from './enums';
import type { Localized } from './types';

export const NAMES: Record<Exclude<LunarHolidayCode, 'other'>, Localized> = {
  eid_al_fitr: { ar: 'عيد الفطر', fr: 'Aïd al-Fitr', es: 'Eid al-Fitr' },
  eid_al_adha: { ar: 'عيد الأضحى', fr: 'Aïd al-Adha', es: 'Eid al-Adha' },
  muharram: {
    ar: 'فاتح محرم (رأس السنة الهجرية)',
    fr: 'Nouvel an de l’Hégire (1er Moharram)',
    es: 'Año Nuevo islámico (1 de Muharram)',
  },
  mawlid: { ar: 'عيد المولد النبوي', fr: 'Aïd al-Mawlid', es: 'Mawlid (nacimiento del Profeta)' },
};
const secondDay = (n: Localized): Localized => ({
  ar: `${n.ar} (اليوم الثاني)`,
  fr: `${n.fr} (2e jour)`,
  es: `${n.es} (2.º día)`,
});

type Day = { day: string; code: Exclude<LunarHolidayCode, 'other'>; second?: boolean };

/**
 * Estimated moveable holidays (moon sighting decides): seeded "to verify" so a network
 * admin confirms or corrects them with `calendar.setLunarHolidays`.
 */
export const LUNAR_HOLIDAY_ESTIMATES: Record<number, Day[]> = {
  2026: [
    { day: '2026-03-20', code: 'eid_al_fitr' },
    { day: '2026-03-21', code: 'eid_al_fitr', second: true },
    { day: '2026-05-27', code: 'eid_al_adha' },
    { day: '2026-05-28', code: 'eid_al_adha', second: true },
    { day: '2026-06-16', code: 'muharram' },
    { day: '2026-08-25', code: 'mawlid' },
    { day: '2026-08-26', code: 'mawlid', second: true },
  ],
  2027: [
    { day: '2027-03-10', code: 'eid_al_fitr' },
    { day: '2027-03-11', code: 'eid_al_fitr', second: true },
    { day: '2027-05-17', code: 'eid_al_adha' },
    { day: '2027-05-18', code: 'eid_al_adha', second: true },
    { day: '2027-06-06', code: 'muharram' },
    { day: '2027-08-15', code: 'mawlid' },
    { day: '2027-08-16', code: 'mawlid', second: true },
  ],
};

/**
 * Seeds the estimated years once: a year an admin has already set (or the seed has
 * already written) is left alone, so re-running never overwrites a correction.
 */
export async function seedCalendar(db: Db): Promise<void> {
  for (const [year, days] of Object.entries(LUNAR_HOLIDAY_ESTIMATES)) {
    const inserted = await db
      .insertInto('calendarYears')
      .values({ year: Number(year), source: 'seed', toVerify: true, updatedBy: null })
      .onConflict((oc) => oc.column('year').doNothing())
      .returning('year')
      .executeTakeFirst();
    if (!inserted) continue;
    await db
      .insertInto('lunarHolidays')
      .values(
        days.map((d) => ({
          day: d.day,
          year: Number(year),
          code: d.code,
          names: JSON.stringify(d.second ? secondDay(NAMES[d.code]) : NAMES[d.code]),
        })),
      )
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
  }
}
