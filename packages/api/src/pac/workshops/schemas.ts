import { ATTENDEE_SEXES, CONSULTED_BODY_KINDS, OPINION_STANCES, WORKSHOP_KINDS } from '@shabaka/db/enums';
import { z } from 'zod';
import { optional, optionalText, text } from '../../fields';

/** Inputs of the PAC's workshops and targeted consultations (the base procedure adds `commune`). Isomorphic. */

const day = z.iso.date({ message: 'Use a date written YYYY-MM-DD' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a time written HH:MM' });
const bilingual = (max: number, what: string) =>
  z.object({
    ar: text(max).min(2, { message: `Write the ${what} in Arabic` }),
    fr: text(max).min(2, { message: `Write the ${what} in French` }),
  });
const count = z
  .number({ message: 'Write a number' })
  .int({ message: 'Write a whole number' })
  .min(0, { message: 'A count is 0 or more' })
  .max(100_000, { message: 'At most 100000' });

export const workshopIdInput = z.object({ id: z.uuid() });

/** A workshop as staff write it: Moroccan day and times, the place and its map position, the agenda in order. */
export const workshopFields = z
  .object({
    kind: z.enum(WORKSHOP_KINDS, { message: 'Choose the kind of workshop' }),
    title: bilingual(200, 'title'),
    /** The theme, or the neighbourhood, it is about. */
    topic: bilingual(200, 'theme or neighbourhood'),
    agenda: z
      .array(bilingual(300, 'agenda item'))
      .min(1, { message: 'Give the agenda at least one item' })
      .max(30, { message: 'Give at most 30 agenda items' }),
    day,
    startTime: time,
    endTime: time,
    place: bilingual(200, 'place'),
    address: bilingual(300, 'address'),
    position: z
      .object({
        lat: z.number({ message: 'Write a latitude' }).min(-90).max(90),
        lon: z.number({ message: 'Write a longitude' }).min(-180).max(180),
      })
      .nullable()
      .default(null),
    capacity: z
      .number({ message: 'Write the number of places' })
      .int({ message: 'Write a whole number' })
      .min(1, { message: 'At least one place' })
      .max(10_000, { message: 'At most 10000 places' }),
  })
  .superRefine((v, ctx) => {
    if (v.endTime <= v.startTime)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'The workshop ends after it starts' });
  });
export type WorkshopFields = z.output<typeof workshopFields>;
export const saveWorkshopInput = z.object({ id: z.uuid().optional(), workshop: workshopFields });

export const cancelWorkshopInput = z.object({
  id: z.uuid(),
  /** Told to every registered citizen, and shown on the public page. */
  reason: text(500).min(5, { message: 'Say why, in at least 5 characters' }),
});

/**
 * The attendance counted by the agents at the door: women and men in each of the commune's age bands (each band
 * once), and the organisations present by name (an association of the registry linked to its entry).
 */
export const attendanceInput = z.object({
  id: z.uuid(),
  counts: z
    .array(z.object({ band: text(10).min(1), women: count, men: count }))
    .min(1, { message: 'Count at least one age band' })
    .max(12),
  organisations: z
    .array(
      z.object({
        name: text(200).min(2, { message: 'Write the organisation’s name' }),
        associationId: optional(z.uuid({ message: 'Choose an association of the registry' })),
      }),
    )
    .max(100, { message: 'At most 100 organisations' })
    .default([]),
});
export type AttendanceInput = z.output<typeof attendanceInput>;

/** One line of a workshop's paper sheet: what was written, its theme, and who wrote it as counted, never named. */
export const paperLine = z.object({
  text: text(4000).min(3, { message: 'Write the contribution as it is on the sheet' }),
  theme: optionalText(120),
  sex: optional(z.enum(ATTENDEE_SEXES, { message: 'Choose woman or man, or leave it empty' })),
  ageBand: optionalText(10),
});
/** A paper sheet keyed in by an agent: every line checked before any is stored (at most 100 lines a batch). */
export const paperSheetInput = z.object({
  id: z.uuid(),
  sheet: text(40).min(1, { message: 'Write the sheet’s number' }),
  lines: z
    .array(paperLine)
    .min(1, { message: 'Key in at least one line' })
    .max(100, { message: 'Key in at most 100 lines a batch' }),
});
export type PaperSheetInput = z.output<typeof paperSheetInput>;

export const minutesInput = z.object({
  id: z.uuid(),
  minutes: text(20_000).min(20, { message: 'Write the minutes in at least 20 characters' }),
});

// ——— Targeted consultations ———

export const consultationIdInput = z.object({ id: z.uuid() });

export const consultationFields = z
  .object({
    subject: bilingual(200, 'subject'),
    /** The question asked, or what the document submitted says. */
    question: bilingual(4000, 'question'),
    documentUrl: optional(z.url({ message: 'Write the document’s address, https://…' }).max(500)),
    opensOn: day,
    closesOn: day,
    bodies: z
      .array(
        z.object({
          /** A body already listed keeps its id (and its opinion); a new one has none. */
          id: z.uuid().optional(),
          name: text(200).min(2, { message: 'Write the body’s name' }),
          kind: z.enum(CONSULTED_BODY_KINDS, { message: 'Choose the kind of body' }),
          associationId: optional(z.uuid({ message: 'Choose an association of the registry' })),
        }),
      )
      .min(1, { message: 'Name at least one body consulted' })
      .max(50, { message: 'At most 50 bodies' }),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn)
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'The consultation closes on or after it opens' });
  });
export type ConsultationFields = z.output<typeof consultationFields>;
export const saveConsultationInput = z.object({ id: z.uuid().optional(), consultation: consultationFields });

/** A body's opinion as received: favourable, with reservations, or unfavourable; its text and day. */
export const opinionInput = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  stance: z.enum(OPINION_STANCES, { message: 'Choose the opinion' }),
  text: text(4000).min(5, { message: 'Write the opinion in at least 5 characters' }),
  givenOn: day,
});
export type OpinionInput = z.output<typeof opinionInput>;
