import { z } from 'zod';

export const createApiKeyInput = z.object({
  label: z
    .string()
    .trim()
    .min(2, { message: 'Name the key after the app or partner using it' })
    .max(100, { message: 'Use at most 100 characters' }),
});
export const revokeApiKeyInput = z.object({ id: z.uuid() });
