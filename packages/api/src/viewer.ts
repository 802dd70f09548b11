import type { CommuneRole, NetworkRole } from '@shabaka/db';

/** A signed-in caller in a commune, as services check it: the account and its roles there and in the network. */
export interface Viewer {
  userId: string;
  roles: readonly CommuneRole[];
  networkRoles: readonly NetworkRole[];
}

/** The viewer of a signed-in commune procedure's context (communeAccountProcedure, communeProcedure). */
export const viewerOf = (ctx: {
  session: { userId: string; networkRoles: readonly NetworkRole[] };
  roles: readonly CommuneRole[];
}): Viewer => ({ userId: ctx.session.userId, roles: ctx.roles, networkRoles: ctx.session.networkRoles });
