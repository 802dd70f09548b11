import type { CommuneRole, NetworkRole } from '@shabaka/db';
import type { ApiModule } from './module';

/**
 * The permission names, declared by the modules that define them (each `<domain>/module.ts`
 * extends these interfaces with its permissions: `declare module '../access'`), so that
 * `communeProcedure('complaints:process')` is checked against what the modules define.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface CommunePermissionRoles {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface NetworkPermissionRoles {}
export type CommunePermission = keyof CommunePermissionRoles & string;
export type NetworkPermission = keyof NetworkPermissionRoles & string;

/**
 * What each role may do, built from the modules' descriptors (modules.ts) once per process
 * (`createAppDeps`, reached as `ctx.access`). Procedures and services ask for a permission,
 * never for a role name.
 */
export interface Access {
  commune: Readonly<Record<CommunePermission, readonly CommuneRole[]>>;
  network: Readonly<Record<NetworkPermission, readonly NetworkRole[]>>;
  /** Commune permissions a network admin holds in every commune. */
  networkAdminEverywhere: readonly CommunePermission[];
  communeAllows(
    permission: CommunePermission,
    roles: readonly CommuneRole[],
    networkRoles: readonly NetworkRole[],
  ): boolean;
  networkAllows(permission: NetworkPermission, roles: readonly NetworkRole[]): boolean;
  /** Every commune permission these roles grant, in the table's order. */
  communePermissions(roles: readonly CommuneRole[], networkRoles: readonly NetworkRole[]): CommunePermission[];
  networkPermissions(roles: readonly NetworkRole[]): NetworkPermission[];
}

/** The permission table of a list of modules; two modules defining one permission is an error. */
export function accessOf(modules: readonly ApiModule[]): Access {
  const commune: Record<string, readonly CommuneRole[]> = {};
  const network: Record<string, readonly NetworkRole[]> = {};
  const everywhere: string[] = [];
  const add = <R>(table: Record<string, R>, defined: Record<string, R> | undefined, module: string) => {
    for (const [name, roles] of Object.entries(defined ?? {})) {
      if (name in table) throw new Error(`Permission "${name}" is defined twice (again by ${module}).`);
      table[name] = roles;
    }
  };
  for (const m of modules) {
    add(commune, m.permissions?.commune, m.name);
    add(network, m.permissions?.network, m.name);
    everywhere.push(...(m.permissions?.networkAdminEverywhere ?? []));
  }
  for (const name of everywhere) {
    if (!(name in commune)) throw new Error(`Unknown commune permission "${name}" granted to network admins.`);
  }
  const communeAllows = (
    permission: CommunePermission,
    roles: readonly CommuneRole[],
    networkRoles: readonly NetworkRole[],
  ) => {
    const allowed = commune[permission] ?? [];
    if (roles.some((r) => allowed.includes(r))) return true;
    return networkRoles.includes('network_admin') && everywhere.includes(permission);
  };
  const networkAllows = (permission: NetworkPermission, roles: readonly NetworkRole[]) => {
    const allowed = network[permission] ?? [];
    return roles.some((r) => allowed.includes(r));
  };
  return {
    commune: commune as Access['commune'],
    network: network as Access['network'],
    networkAdminEverywhere: everywhere as CommunePermission[],
    communeAllows,
    networkAllows,
    communePermissions: (roles, networkRoles) =>
      (Object.keys(commune) as CommunePermission[]).filter((p) => communeAllows(p, roles, networkRoles)),
    networkPermissions: (roles) => (Object.keys(network) as NetworkPermission[]).filter((p) => networkAllows(p, roles)),
  };
}
