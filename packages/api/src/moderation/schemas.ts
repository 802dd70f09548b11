import { REPORT_REASONS } from '@shabaka/db/enums';
import { z } from 'zod';

export const reportInput = z.object({
  attachmentId: z.uuid(),
  reason: z.enum(REPORT_REASONS),
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
