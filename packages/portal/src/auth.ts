import type { RouterOutputs } from '@shabaka/client';
import { useTRPC } from '@shabaka/client/react';
import { useQuery } from '@tanstack/react-query';
import { usePortal } from './config';
import { useHydrated } from './hydrated';

/** A commune permission as the server names it (packages/api/src/<domain>/module.ts). */
export type CommunePermission = NonNullable<RouterOutputs['auth']['me']>['permissions']['anyCommune'][number];

/**
 * The signed-in account (or null), its roles in this portal's commune and what they allow
 * there, as the server computes it (auth.me): the desk shows what `can` allows, and the
 * server refuses anything else anyway.
 */
export function useMe() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const query = useQuery(trpc.auth.me.queryOptions());
  // A written page was built signed out: the account shows once the page is hydrated.
  const hydrated = useHydrated();
  const me = hydrated ? (query.data ?? null) : null;
  const rolesHere = me ? me.memberships.filter((m) => m.commune === slug).map((m) => m.role) : [];
  const permissionsHere: readonly CommunePermission[] = me
    ? (me.permissions.communes[slug] ?? me.permissions.anyCommune)
    : [];
  const can = (permission: CommunePermission) => permissionsHere.includes(permission);
  return { query, me, rolesHere, isStaffHere: rolesHere.length > 0, permissionsHere, can };
}

/** Only same-portal paths are followed after sign-in (no open redirect to another site). */
export function safeNext(search: string, fallback: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
