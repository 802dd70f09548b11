import { LUNAR_HOLIDAY_CODES } from '@shabaka/db/enums';
import { z } from 'zod';
import { localized } from '../communes';

export const year = z
  .number({ message: 'Give a year' })
  .int()
  .min(2000, { message: 'Use a year from 2000' })
  .max(2100, { message: 'Use a year up to 2100' });
export const isoDay = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });

import { instant } from '../fields';

export { instant };

export const holidaysInput = z.object({ year });

export const setLunarHolidaysInput = z
  .object({
    year,
    days: z
      .array(
        z.object({
          date: isoDay,
          name: localized,
          code: z.enum(LUNAR_HOLIDAY_CODES).default('other'),
        }),
      )
      .max(30, { message: 'At most 30 moveable holidays in a year' }),
    /** False keeps the year marked "to verify" (dates announced but not yet confirmed). */
    confirmed: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.days.forEach((d, i) => {
      if (!d.date.startsWith(`${v.year}-`))
        ctx.addIssue({ code: 'custom', message: `The date must be in ${v.year}`, path: ['days', i, 'date'] });
      if (seen.has(d.date))
        ctx.addIssue({ code: 'custom', message: 'This date is listed twice', path: ['days', i, 'date'] });
      seen.add(d.date);
    });
  });
export type SetLunarHolidaysInput = z.infer<typeof setLunarHolidaysInput>;

export const deadlineInput = z.object({
  /** The moment of receipt; defaults to now. */
  from: instant().optional(),
  workingDays: z.number().int().min(0).max(250),
});
