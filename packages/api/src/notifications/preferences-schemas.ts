import { z } from 'zod';
import { ENGAGEMENT_FREQUENCIES, PREFERENCE_CHANNELS } from '@shabaka/db/enums';

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
