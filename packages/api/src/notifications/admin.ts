import type { Db } from '@shabaka/db';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { communeSlug, requireCommune } from '../communes';
import { smsRulesOf } from './settings';

/**
 * `pnpm shabaka notifications:sms`: a commune's SMS rules (settings.ts `SmsRules`), each
 * option set to a value or `off`; options left out keep their value. The operator's CLI,
 * like the commune's other settings.
 */
const off = z.literal('off');
export const smsRulesInput = z.object({
  slug: communeSlug,
  quietHours: z
    .union([
      off,
      z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, {
          message: 'Quiet hours are HH:MM-HH:MM in Morocco’s time (e.g. 21:00-08:00), or off',
        })
        .refine((v) => v.slice(0, 5) !== v.slice(6), { message: 'Quiet hours must start and end at different times' }),
    ])
    .optional(),
  dailyCap: z
    .union([off, z.coerce.number().int().min(0, { message: 'The daily cap is a whole number of SMS, or off' })])
    .optional(),
  segmentPrice: z
    .union([off, z.coerce.number().min(0, { message: 'The price is in dirhams per segment (e.g. 0.25), or off' })])
    .optional(),
});

export async function setSmsRules(deps: { db: Db }, input: z.infer<typeof smsRulesInput>) {
  const commune = await requireCommune(deps.db, input.slug);
  const row = await deps.db
    .selectFrom('communes')
    .select('settings')
    .where('id', '=', commune.id)
    .executeTakeFirstOrThrow();
  const settings = (row.settings ?? {}) as Record<string, unknown>;
  const current = (settings.notifications ?? {}) as Record<string, unknown>;
  const set = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (value === 'off') delete current[key];
    else current[key] = value;
  };
  set(
    'quietHours',
    typeof input.quietHours === 'string' && input.quietHours !== 'off'
      ? { from: input.quietHours.slice(0, 5), to: input.quietHours.slice(6) }
      : input.quietHours,
  );
  set('smsDailyCap', input.dailyCap);
  set('smsSegmentPriceMad', input.segmentPrice);
  const next = { ...settings, notifications: current };
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('communes')
      .set({ settings: JSON.stringify(next) })
      .where('id', '=', commune.id)
      .execute();
    await recordAudit(trx, {
      communeId: commune.id,
      actorId: null,
      action: 'commune.sms_rules_set',
      targetType: 'commune',
      targetId: commune.id,
      data: { ...smsRulesOf(next) },
    });
  });
  return { commune: commune.slug, ...smsRulesOf(next) };
}

export const notificationAdminCommands = {
  'notifications:sms': {
    input: smsRulesInput,
    run: (deps: { db: Db }, input: z.infer<typeof smsRulesInput>) => setSmsRules(deps, input),
  },
} as const;
