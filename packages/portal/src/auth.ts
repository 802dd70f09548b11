import { useTRPC } from '@shabaka/client/react';
import { useQuery } from '@tanstack/react-query';
import { usePortal } from './config';

/** The signed-in account (or null) and its roles in this portal's commune. */
export function useMe() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const query = useQuery(trpc.auth.me.queryOptions());
  const me = query.data ?? null;
  const rolesHere = me ? me.memberships.filter((m) => m.commune === slug).map((m) => m.role) : [];
  return { query, me, rolesHere, isStaffHere: rolesHere.length > 0 };
}

/** Only same-portal paths are followed after sign-in (no open redirect to another site). */
export function safeNext(search: string, fallback: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
