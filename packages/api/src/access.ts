import type { CommuneRole, NetworkRole } from '@shabaka/db';

/** What each role may do. Procedures ask for a permission, never for a role name. */
export const COMMUNE_PERMISSIONS = {
  'staff:access': ['agent', 'department_head', 'moderator', 'commune_admin'],
  'members:manage': ['commune_admin'],
  'complaints:process': ['agent', 'department_head', 'commune_admin'],
  'moderation:act': ['moderator', 'commune_admin'],
  'apikeys:manage': ['commune_admin'],
  'documents:issue': ['agent', 'department_head', 'commune_admin'],
  // Revoking voids a signed document for everyone: a commune admin's decision, not every agent's.
  'documents:revoke': ['commune_admin'],
  'keys:manage': ['commune_admin'],
  'information:process': ['agent', 'department_head', 'commune_admin'],
  'audit:view': ['commune_admin'],
  'procedures:edit': ['commune_admin', 'department_head'],
} as const satisfies Record<string, readonly CommuneRole[]>;
export type CommunePermission = keyof typeof COMMUNE_PERMISSIONS;

export const NETWORK_PERMISSIONS = {
  'network:view': ['coordinator', 'network_admin'],
  'network:admin': ['network_admin'],
  'procedures:templates': ['network_admin'],
  'calendar:manage': ['network_admin'],
} as const satisfies Record<string, readonly NetworkRole[]>;
export type NetworkPermission = keyof typeof NETWORK_PERMISSIONS;

/** A network admin manages members in every commune (to appoint a new commune's first admin). */
const NETWORK_ADMIN_COMMUNE_PERMISSIONS: readonly CommunePermission[] = ['members:manage'];

export function communeAllows(
  permission: CommunePermission,
  roles: readonly CommuneRole[],
  networkRoles: readonly NetworkRole[],
): boolean {
  const allowed: readonly CommuneRole[] = COMMUNE_PERMISSIONS[permission];
  if (roles.some((r) => allowed.includes(r))) return true;
  return networkRoles.includes('network_admin') && NETWORK_ADMIN_COMMUNE_PERMISSIONS.includes(permission);
}

export function networkAllows(permission: NetworkPermission, roles: readonly NetworkRole[]): boolean {
  const allowed: readonly NetworkRole[] = NETWORK_PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}
