import { REPORT_REASONS } from '@shabaka/db';
import { z } from 'zod';

/**
 * A random id the portal keeps in localStorage: it lets anonymous visitors report a
 * photo once per device. Only its SHA-256 is stored.
 */
export const deviceId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{16,128}$/, { message: 'A device id is 16–128 letters, digits, - or _' });

export const reportInput = z.object({
  attachmentId: z.uuid(),
  reason: z.enum(REPORT_REASONS),
  deviceId: deviceId.optional(),
});
export type ReportInput = z.infer<typeof reportInput>;

export const moderationInput = z.object({
  attachmentId: z.uuid(),
  /** Kept in the audit log and as an internal note on the complaint; never shown publicly. */
  note: z
    .string()
    .trim()
    .max(1000, { message: 'Use at most 1000 characters' })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type ModerationInput = z.infer<typeof moderationInput>;

export const fileSize = z.enum(['full', 'thumb']);
export type FileSize = z.infer<typeof fileSize>;
