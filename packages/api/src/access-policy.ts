import type { AnyRouter } from '@trpc/server';
import type { Access } from './trpc';

export interface ProcedureEntry {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  access: Access | undefined;
}

/** Every procedure of a router with the access policy its base procedure declared. */
export function listProcedures(router: AnyRouter): ProcedureEntry[] {
  const procedures = router._def.procedures as Record<string, { _def: { type: ProcedureEntry['type']; meta?: { access?: Access } } }>;
  return Object.entries(procedures).map(([path, p]) => ({ path, type: p._def.type, access: p._def.meta?.access }));
}

/** Paths of procedures that were not built from one of the base procedures of trpc.ts. */
export const proceduresWithoutPolicy = (router: AnyRouter) =>
  listProcedures(router)
    .filter((p) => !p.access)
    .map((p) => p.path);
