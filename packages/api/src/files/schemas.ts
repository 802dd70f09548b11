import { z } from 'zod';

/** Largest accepted upload (decoded); phones resize before sending, this bounds abuse. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/**
 * A file sent inside a tRPC input as base64, so a submission and its photos are
 * validated together and stored in one transaction (or not at all).
 */
export const upload = z.object({
  name: z.string().trim().max(200).optional(),
  dataBase64: z
    .string()
    .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, {
      message: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'The file is not base64-encoded' }),
});
export type Upload = z.infer<typeof upload>;
