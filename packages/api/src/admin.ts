import { COMMUNE_ROLES, NETWORK_ROLES, type Db } from '@shabaka/db';
import { z } from 'zod';
import { grantNetworkRole } from './auth/repository';
import { newPassword, email } from './auth/schemas';
import { createAccount } from './auth/service';
import { recordAudit } from './audit/repository';
import { addCommuneInput, setPopulationInput } from './communes/schemas';
import { addCommune, requireCommune, setPopulation } from './communes/service';
import { badRequest } from './errors';
import type { EventBus } from './events';
import { notificationAdminCommands } from './notifications/admin';
import { procedureAdminCommands } from './procedures/admin';
import { grant } from './staff/service';

/**
 * Operator commands (the `pnpm shabaka` CLI). They run with the operator's authority
 * (whoever can reach the data directory or DATABASE_URL), so they take no session.
 */
const roleSpec = z
  .string()
  .regex(
    /^(network:(coordinator|network_admin)|[a-z][a-z0-9-]{1,39}:(agent|department_head|moderator|commune_admin))$/,
    {
      message: `A role is network:<${NETWORK_ROLES.join('|')}> or <commune-slug>:<${COMMUNE_ROLES.join('|')}>`,
    },
  );

export const adminCommands = {
  'commune:add': {
    input: addCommuneInput,
    run: (deps: AdminDeps, input: z.infer<typeof addCommuneInput>) => addCommune(deps, input, null),
  },
  'commune:population': {
    input: setPopulationInput,
    run: (deps: AdminDeps, input: z.infer<typeof setPopulationInput>) => setPopulation(deps, input),
  },
  'user:add': {
    input: z.object({
      email,
      password: newPassword,
      displayName: z.string().trim().min(2).max(120),
      roles: z.array(roleSpec).default([]),
    }),
    run: async (deps: AdminDeps, input: { email: string; password: string; displayName: string; roles: string[] }) => {
      const user = await createAccount(deps.db, { ...input, locale: 'ar' });
      await recordAudit(deps.db, {
        communeId: null,
        actorId: null,
        action: 'user.added',
        targetType: 'user',
        targetId: user.id,
      });
      for (const r of input.roles) await grantRole(deps, input.email, r);
      return { id: user.id, email: user.email, roles: input.roles };
    },
  },
  'user:grant': {
    input: z.object({ email, role: roleSpec }),
    run: async (deps: AdminDeps, input: { email: string; role: string }) => grantRole(deps, input.email, input.role),
  },
  ...procedureAdminCommands,
  ...notificationAdminCommands,
} as const;

export type AdminDeps = { db: Db; events: EventBus };
export type AdminCommand = keyof typeof adminCommands;

async function grantRole(deps: AdminDeps, userEmail: string, spec: string) {
  const [scope, role] = spec.split(':') as [string, string];
  if (scope === 'network') {
    const user = await deps.db.selectFrom('users').select('id').where('email', '=', userEmail).executeTakeFirst();
    if (!user) throw badRequest('unknown_account', `No account uses ${userEmail}.`, 'email');
    await grantNetworkRole(deps.db, user.id, role as (typeof NETWORK_ROLES)[number]);
    await recordAudit(deps.db, {
      communeId: null,
      actorId: null,
      action: 'network.role_granted',
      targetType: 'user',
      targetId: user.id,
      data: { role },
    });
    deps.events.publish({ kind: 'staff.changed', commune: null });
    return { email: userEmail, role: spec };
  }
  const commune = await requireCommune(deps.db, scope);
  await grant(deps, commune.id, commune.slug, userEmail, role as (typeof COMMUNE_ROLES)[number], null);
  return { email: userEmail, role: spec };
}

export async function runAdminCommand(deps: AdminDeps, command: string, rawInput: unknown) {
  const spec = adminCommands[command as AdminCommand];
  if (!spec)
    throw badRequest(
      'unknown_command',
      `Unknown command "${command}". Commands: ${Object.keys(adminCommands).join(', ')}`,
    );
  const input = spec.input.parse(rawInput);
  return (spec.run as (d: AdminDeps, i: unknown) => Promise<unknown>)(deps, input);
}
