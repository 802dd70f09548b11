import { z } from 'zod';
import { caseCode, ownerSecret, phone } from '../fields';
import { LANGUAGES } from '@shabaka/db/enums';

/** The 6-digit code received by SMS (spaces allowed, as people copy it). */
const pin = z
  .string()
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/));

/** The tracking page's case, proven the caller's by the owner's secret or account. */
const ownedCase = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('complaint'), code: caseCode('complaint'), secret: ownerSecret }),
  z.object({ kind: z.literal('information_request'), code: caseCode('information'), secret: ownerSecret }),
]);

export const followRequestInput = z.intersection(ownedCase, z.object({ phone, language: z.enum(LANGUAGES) }));
export const followConfirmInput = z.intersection(ownedCase, z.object({ phone, pin }));

/** A phone asks for the list of its cases (the base procedure adds `commune`). */
export const listRequestInput = z.object({ phone, language: z.enum(LANGUAGES) });
export const listConfirmInput = z.object({ phone, pin });
export const listCasesInput = z.object({ token: z.string().min(20).max(100) });
