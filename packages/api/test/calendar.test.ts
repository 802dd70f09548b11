import { seedReferenceData } from '@shabaka/db';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  buildCalendar,
  deadlineDay,
  elapsedWorkingDays,
  endOfLocalDay,
  extendDeadline,
  firstCountedDay,
  fixedHolidays,
  holidaysOfYear,
  isWorkingDay,
  localDate,
  nthWorkingDayAfter,
  windowEnd,
  workingDaysBetween,
  workingDaysLeft,
  type LunarDay,
} from '../src/calendar/working-days';
import { useHarness } from './harness';

const n = (ar: string) => ({ ar, fr: ar, es: ar });
/** The seeded estimates for 2026 and 2027 (to verify), as the table holds them. */
const LUNAR: LunarDay[] = [
  ['2026-03-20', 'eid_al_fitr'],
  ['2026-03-21', 'eid_al_fitr'],
  ['2026-05-27', 'eid_al_adha'],
  ['2026-05-28', 'eid_al_adha'],
  ['2026-06-16', 'muharram'],
  ['2026-08-25', 'mawlid'],
  ['2026-08-26', 'mawlid'],
  ['2027-03-10', 'eid_al_fitr'],
  ['2027-03-11', 'eid_al_fitr'],
  ['2027-05-17', 'eid_al_adha'],
  ['2027-05-18', 'eid_al_adha'],
  ['2027-06-06', 'muharram'],
  ['2027-08-15', 'mawlid'],
  ['2027-08-16', 'mawlid'],
].map(([day, code]) => ({ day: day!, code: code!, names: n(code!) }));
const cal = buildCalendar(LUNAR);
const fixedOnly = buildCalendar([]);
/** Moroccan local wall time → instant (+01:00 most of the year, +00:00 during Ramadan). */
const at = (iso: string) => new Date(iso);

describe('working-day calendar (pure)', () => {
  it('computes the fixed holidays of any year, the Amazigh New Year from 2024', () => {
    expect(fixedHolidays(2026).map((h) => h.day)).toEqual([
      '2026-01-01',
      '2026-01-11',
      '2026-01-14',
      '2026-05-01',
      '2026-07-30',
      '2026-08-14',
      '2026-08-20',
      '2026-08-21',
      '2026-11-06',
      '2026-11-18',
    ]);
    expect(fixedHolidays(2031)).toHaveLength(10);
    expect(fixedHolidays(2023).map((h) => h.day)).not.toContain('2023-01-14');
    expect(isWorkingDay('2030-07-30', fixedOnly)).toBe(false); // Tuesday, Throne Day
    expect(isWorkingDay('2030-07-31', fixedOnly)).toBe(true);
    expect(
      holidaysOfYear(2026, cal)
        .filter((h) => h.kind === 'lunar')
        .map((h) => h.day),
    ).toEqual(LUNAR.slice(0, 7).map((l) => l.day));
  });

  it('skips Saturdays and Sundays', () => {
    expect(isWorkingDay('2026-04-04', cal)).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-05', cal)).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-06', cal)).toBe(true);
    expect(nthWorkingDayAfter('2026-04-02', 2, cal)).toBe('2026-04-06'); // Thu → Fri, Mon
    expect(nthWorkingDayAfter('2026-04-02', 0, cal)).toBe('2026-04-02');
    expect(() => nthWorkingDayAfter('2026-04-02', -1, cal)).toThrow(RangeError);
  });

  it('never counts the day of receipt: filed on a weekend or after hours counts from the next working day', () => {
    // Saturday → day 1 is Monday.
    expect(firstCountedDay(at('2026-04-04T10:00:00+01:00'), cal)).toBe('2026-04-06');
    expect(addWorkingDays(at('2026-04-04T10:00:00+01:00'), 1, cal).toISOString()).toBe('2026-04-06T22:59:59.000Z');
    // Thursday morning and Thursday evening after office hours: both count from Friday.
    expect(firstCountedDay(at('2026-04-02T09:00:00+01:00'), cal)).toBe('2026-04-03');
    expect(firstCountedDay(at('2026-04-02T20:00:00+01:00'), cal)).toBe('2026-04-03');
    // 23:30 UTC on Thursday is already Friday 00:30 in Morocco: counts from Monday.
    expect(localDate(at('2026-04-02T23:30:00Z'))).toBe('2026-04-03');
    expect(firstCountedDay(at('2026-04-02T23:30:00Z'), cal)).toBe('2026-04-06');
  });

  it('filed on the Friday before Throne Day: 20 working days skip 30 Jul, 14/20/21 Aug and Mawlid', () => {
    const filed = at('2026-07-24T10:00:00+01:00');
    expect(firstCountedDay(filed, cal)).toBe('2026-07-27');
    // Without the moveable holidays the 20th working day is Thursday 27 August…
    expect(deadlineDay(filed, 20, fixedOnly)).toBe('2026-08-27');
    // …Mawlid (25–26 Aug) moves it to Monday 31 August, 23:59:59 in Morocco (UTC+1).
    expect(deadlineDay(filed, 20, cal)).toBe('2026-08-31');
    expect(addWorkingDays(filed, 20, cal).toISOString()).toBe('2026-08-31T22:59:59.000Z');
    // Green March (Fri 6 Nov) and Independence Day (Wed 18 Nov).
    expect(deadlineDay(at('2026-11-05T11:00:00+01:00'), 8, cal)).toBe('2026-11-19');
  });

  it('crosses Eid al-Fitr during Ramadan time (UTC+0) and Eid al-Adha', () => {
    // Thursday 19 March (UTC+0): Eid on Fri 20 – Sat 21, so day 1 is Monday 23 March.
    const filed = at('2026-03-19T10:00:00+00:00');
    expect(firstCountedDay(filed, cal)).toBe('2026-03-23');
    const due = addWorkingDays(filed, 3, cal);
    expect(localDate(due)).toBe('2026-03-25');
    expect(due.toISOString()).toBe('2026-03-25T22:59:59.000Z'); // back on UTC+1 since 22 March
    expect(endOfLocalDay('2026-03-10').toISOString()).toBe('2026-03-10T23:59:59.000Z'); // Ramadan: UTC+0
    expect(deadlineDay(at('2026-05-26T10:00:00+01:00'), 3, cal)).toBe('2026-06-02'); // Eid al-Adha 27–28 May
    expect(deadlineDay(at('2026-05-26T10:00:00+01:00'), 3, fixedOnly)).toBe('2026-05-29');
  });

  it('crosses the year end with 1, 11 and 14 January', () => {
    expect(deadlineDay(at('2026-12-30T10:00:00+01:00'), 20, cal)).toBe('2027-02-01');
    expect(workingDaysBetween('2026-12-30', '2027-02-01', cal)).toBe(20);
  });

  it('extends after the current deadline, and an extension equals one longer period', () => {
    const filed = at('2026-07-24T10:00:00+01:00');
    expect(localDate(extendDeadline(addWorkingDays(filed, 20, cal), 20, cal))).toBe('2026-09-28');
    // Every start in 2026–2027 and periods of 1–45 days: the deadline is a working day,
    // exactly n working days after receipt, and m more equals extending by m.
    for (let d = '2026-01-01'; d < '2027-12-01'; d = addDays(d, 3)) {
      const start = at(`${d}T15:00:00Z`);
      for (const [a, b] of [
        [1, 1],
        [3, 3],
        [20, 20],
        [7, 38],
      ] as const) {
        const due = addWorkingDays(start, a, cal);
        const dueDay = localDate(due);
        expect(isWorkingDay(dueDay, cal), dueDay).toBe(true);
        expect(workingDaysBetween(localDate(start), dueDay, cal)).toBe(a);
        expect(extendDeadline(due, b, cal).getTime()).toBe(addWorkingDays(start, a + b, cal).getTime());
      }
    }
  });

  it('counts working days elapsed and left', () => {
    expect(elapsedWorkingDays(at('2026-07-24T10:00:00+01:00'), at('2026-07-24T16:00:00+01:00'), cal)).toBe(0);
    expect(elapsedWorkingDays(at('2026-07-24T10:00:00+01:00'), at('2026-07-31T10:00:00+01:00'), cal)).toBe(4); // 27, 28, 29, 31
    const due = endOfLocalDay('2026-04-09');
    expect(workingDaysLeft(at('2026-04-08T10:00:00+01:00'), due, cal)).toBe(2);
    expect(workingDaysLeft(at('2026-04-04T10:00:00+01:00'), due, cal)).toBe(4); // Saturday: Mon–Thu
    expect(workingDaysLeft(at('2026-04-10T00:00:30+01:00'), due, cal)).toBe(0);
    // Filed on Monday 6 April with a 3-working-day period (Tue, Wed, Thu): 3 left that day, not 4.
    expect(workingDaysLeft(at('2026-04-06T10:00:00+01:00'), due, cal, undefined, '2026-04-07')).toBe(3);
    expect(workingDaysLeft(at('2026-04-07T10:00:00+01:00'), due, cal, undefined, '2026-04-07')).toBe(3);
    expect(windowEnd(at('2026-04-10T10:00:00+01:00'), 30, 'calendar', cal).toISOString()).toBe(
      '2026-05-10T22:59:59.000Z',
    );
    expect(localDate(windowEnd(at('2026-04-10T10:00:00+01:00'), 3, 'working', cal))).toBe('2026-04-15');
  });
});

const h = useHarness();

describe('calendar procedures', () => {
  it('lists a year’s holidays with the seeded moveable ones marked to verify', async () => {
    const y = await h.anon().calendar.holidays({ year: 2026 });
    expect(y.lunarDefined).toBe(true);
    expect(y.toVerify).toBe(true);
    expect(y.days.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-01-11',
      '2026-01-14',
      '2026-03-20',
      '2026-03-21',
      '2026-05-01',
      '2026-05-27',
      '2026-05-28',
      '2026-06-16',
      '2026-07-30',
      '2026-08-14',
      '2026-08-20',
      '2026-08-21',
      '2026-08-25',
      '2026-08-26',
      '2026-11-06',
      '2026-11-18',
    ]);
    expect(y.days.find((d) => d.date === '2026-03-20')).toMatchObject({
      kind: 'lunar',
      code: 'eid_al_fitr',
      name: { ar: 'عيد الفطر' },
    });
    const later = await h.anon().calendar.holidays({ year: 2029 });
    expect(later.lunarDefined).toBe(false);
    expect(later.days.every((d) => d.kind === 'fixed')).toBe(true);
    const d = await h.anon().calendar.deadline({ from: new Date('2026-07-24T09:00:00Z'), workingDays: 20 });
    expect(d).toMatchObject({ receivedOn: '2026-07-24', firstCountedDay: '2026-07-27', lastDay: '2026-08-31' });
  });

  it('lets only a network admin set a year, with field-named errors, and keeps the change over a re-seed', async () => {
    const days = [
      {
        date: '2028-02-27',
        code: 'eid_al_fitr' as const,
        name: { ar: 'عيد الفطر', fr: 'Aïd al-Fitr', es: 'Eid al-Fitr' },
      },
      {
        date: '2028-02-28',
        code: 'eid_al_fitr' as const,
        name: { ar: 'عيد الفطر', fr: 'Aïd al-Fitr (2e jour)', es: 'Eid al-Fitr (2.º día)' },
      },
    ];
    const coordinator = await h.user('coord.cal@example.ma', ['network:coordinator']);
    const communeAdmin = await h.user('admin.cal@example.ma', ['tetouan:commune_admin']);
    await expect(coordinator.caller.calendar.setLunarHolidays({ year: 2028, days })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(communeAdmin.caller.calendar.setLunarHolidays({ year: 2028, days })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.anon().calendar.setLunarHolidays({ year: 2028, days })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });

    const admin = await h.user('netadmin.cal@example.ma', ['network:network_admin']);
    const bad = await admin.caller.calendar
      .setLunarHolidays({ year: 2028, days: [{ ...days[0]!, date: '2029-01-05' }, days[1]!, days[1]!] })
      .catch((e) => e);
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.cause.issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual(['days.0.date', 'days.2.date']);

    const set = await admin.caller.calendar.setLunarHolidays({ year: 2028, days });
    expect(set).toMatchObject({ lunarDefined: true, toVerify: false, source: 'admin' });
    expect(
      (await h.anon().calendar.holidays({ year: 2028 })).days.filter((d) => d.kind === 'lunar').map((d) => d.date),
    ).toEqual(['2028-02-27', '2028-02-28']);

    // An admin's correction of a seeded year survives the seed that runs on every boot.
    await admin.caller.calendar.setLunarHolidays({
      year: 2027,
      days: [{ date: '2027-03-09', name: { ar: 'عيد الفطر', fr: 'Aïd al-Fitr', es: 'Eid al-Fitr' } }],
      confirmed: false,
    });
    await seedReferenceData(h.handle.db);
    const y2027 = await h.anon().calendar.holidays({ year: 2027 });
    expect(y2027.days.filter((d) => d.kind === 'lunar').map((d) => d.date)).toEqual(['2027-03-09']);
    expect(y2027.toVerify).toBe(true);
    const audit = await h.handle.db
      .selectFrom('auditLog')
      .select(['action', 'targetId'])
      .where('action', '=', 'calendar.lunar_holidays_set')
      .execute();
    expect(audit.map((a) => a.targetId).sort()).toEqual(['2027', '2028']);
  });
});
