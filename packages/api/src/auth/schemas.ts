import { LANGUAGES } from '@shabaka/db/enums';
import { z } from 'zod';

import { communeSlug, email } from '../fields';

export { email };

/** Length over composition rules: a long passphrase beats "P@ssw0rd". */
export const newPassword = z
  .string()
  .min(10, { message: 'Use at least 10 characters' })
  .max(200, { message: 'Use at most 200 characters' })
  .refine((p) => new Set(p).size >= 5, { message: 'Use a less repetitive password' });

export const signUpInput = z.object({
  email,
  password: newPassword,
  displayName: z.string().trim().min(2, { message: 'Enter your name' }).max(120),
  locale: z.enum(LANGUAGES).default('ar'),
});

export const signInInput = z.object({
  email,
  password: z.string().min(1, { message: 'Enter your password' }).max(200),
  /** The portal signed in at (the commune whose name a new-device email carries); none from the dashboard. */
  commune: communeSlug.optional(),
});

/** The secret of an emailed link (verify, reset): what the portal read after the link's `#`. */
const linkToken = z
  .string()
  .trim()
  .min(20, { message: 'This link is incomplete: open it again from the email' })
  .max(200, { message: 'This link is incomplete: open it again from the email' });

export const verifyEmailInput = z.object({ token: linkToken });

export const requestPasswordResetInput = z.object({ email });

export const resetPasswordInput = z.object({ token: linkToken, newPassword });

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword,
});
