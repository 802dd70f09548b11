import { z } from 'zod';

/** The case types whose notices staff may read (later domains add theirs). */
export const NOTIFIED_SUBJECTS = ['complaint'] as const;

/** A case's notices and their delivery log (the base procedure adds `commune`, a slug). */
export const ofSubjectInput = z.object({
  subject: z.enum(NOTIFIED_SUBJECTS),
  id: z.uuid(),
});

export const deadLettersInput = z.object({ limit: z.number().int().min(1).max(200).default(50) });
