import { PUBLICATION_CATEGORIES } from '@shabaka/db/enums';
import { z } from 'zod';
import { optional, text, upload } from '../fields';

/** Inputs of proactive publication (the base procedure adds `commune`, a slug). Isomorphic: forms import them. */

export const itemFields = z.object({
  category: z.enum(PUBLICATION_CATEGORIES, { message: 'Choose what kind of information it is' }),
  title: z.object({
    ar: text(200).min(3, { message: 'Name the item in Arabic' }),
    fr: text(200).min(3, { message: 'Name the item in French' }),
    es: optional(text(200)),
  }),
  departmentId: z.uuid({ message: 'Choose the service that keeps it up to date' }).nullable().default(null),
  /** The staff member who keeps it up to date, told when it falls due or goes stale (else the commune's admins). */
  keeperId: z.uuid({ message: 'Choose a member of the commune’s staff' }).nullable().default(null),
  url: optional(text(500).regex(/^https?:\/\/\S+$/, { message: 'Give the address where it is published (https://…)' })),
  /** The day the published information was last brought up to date; empty while it is not published. */
  updatedOn: optional(z.iso.date({ message: 'Use a date written YYYY-MM-DD' })),
  refreshMonths: z
    .number({ message: 'Say every how many months it must be updated' })
    .int({ message: 'Say every how many months it must be updated' })
    .min(1, { message: 'At least every month' })
    .max(60, { message: 'At most every 60 months' }),
});
export type ItemFields = z.infer<typeof itemFields>;

export const saveItemInput = z.object({
  id: z.uuid().optional(),
  /** The version read before editing: a save over someone else's newer one is refused. */
  version: z.number().int().min(1).optional(),
  item: itemFields,
  /**
   * The file published as the item (a PDF or a scan): a new one replaces the last, `null` removes it, absent
   * keeps it. Outside `item`: an item's versions keep the file's id, never its bytes.
   */
  file: upload.nullable().optional(),
});
export const idInput = z.object({ id: z.uuid() });
