import { z } from 'zod';
import { ENGAGEMENT_FREQUENCIES, LANGUAGES, PREFERENCE_CHANNELS } from '@shabaka/db/enums';

/** The case types whose notices staff may read (later domains add theirs). */
export const NOTIFIED_SUBJECTS = ['complaint'] as const;

/** A case's notices and their delivery log (the base procedure adds `commune`, a slug). */
export const ofSubjectInput = z.object({
  subject: z.enum(NOTIFIED_SUBJECTS),
  id: z.uuid(),
});

export const deadLettersInput = z.object({ limit: z.number().int().min(1).max(200).default(50) });

/** The bell's list: newest first, a page at a time (after the last item's time and id), in the reader's language. */
export const inboxInput = z.object({
  language: z.enum(LANGUAGES),
  limit: z.number().int().min(1).max(50).default(20),
  /** The last item's time and id (tRPC's infinite queries call it `cursor`). */
  cursor: z.object({ at: z.iso.datetime({ offset: true }), id: z.uuid() }).nullish(),
});

/** Marks some of one's own notices read. */
export const markReadInput = z.object({ ids: z.array(z.uuid()).min(1).max(100) });

// ——— Engagement preferences (preferences.ts) ———

/** One channel's choice: consent to engagement messages, and how often they come. */
export const channelChoice = z.object({
  channel: z.enum(PREFERENCE_CHANNELS),
  consent: z.boolean(),
  frequency: z.enum(ENGAGEMENT_FREQUENCIES),
});

/** The settings page saves some channels at once, each at most once. */
export const setPreferencesInput = z.object({
  channels: z
    .array(channelChoice)
    .min(1)
    .max(PREFERENCE_CHANNELS.length)
    .refine((list) => new Set(list.map((c) => c.channel)).size === list.length, {
      message: 'Give each channel once',
    }),
});

/** An unsubscribe link's token (random, base64url). */
export const unsubscribeInput = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{16,64}$/, { message: 'Not an unsubscribe link' }),
});
