import type { AnyRouter } from '@trpc/server';
import { z } from 'zod';
import type { Access, Meta } from './trpc';

export interface ProcedureEntry {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  access: Access | undefined;
  /** Limits counted per call (limits/calls.ts). */
  limits: NonNullable<Meta['limits']>;
  /** Whether the HTTP layer lets a large body (uploads) through. */
  files: boolean;
  /** Whether the zod input declares a string allowed beyond `SMALL_STRING` (a base64 file). */
  acceptsLargeText: boolean;
}

/** Text beyond this can only travel in a procedure declared `body: 'files'`. */
export const SMALL_STRING = 32 * 1024;

/**
 * Whether some string in `schema` declares a bound above SMALL_STRING (files as base64);
 * unbounded strings are bounded by the small body limit, which is what they get.
 */
function acceptsLargeText(schema: unknown, seen = new Set<unknown>()): boolean {
  if (!(schema instanceof z.ZodType) || seen.has(schema)) return false;
  seen.add(schema);
  if (schema instanceof z.ZodString) return (schema.maxLength ?? 0) > SMALL_STRING;
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const children = [
    def.innerType,
    def.element,
    def.in,
    def.out,
    def.left,
    def.right,
    def.valueType,
    def.rest,
    ...((def.options as unknown[]) ?? []),
    ...((def.items as unknown[]) ?? []),
    ...Object.values((def.shape as Record<string, unknown>) ?? {}),
  ];
  return children.some((c) => acceptsLargeText(c, seen));
}

/** Every procedure of a router with the access policy its base procedure declared. */
export function listProcedures(router: AnyRouter): ProcedureEntry[] {
  const procedures = router._def.procedures as Record<
    string,
    { _def: { type: ProcedureEntry['type']; meta?: Partial<Meta>; inputs: unknown[] } }
  >;
  return Object.entries(procedures).map(([path, p]) => ({
    path,
    type: p._def.type,
    access: p._def.meta?.access,
    limits: p._def.meta?.limits ?? [],
    files: p._def.meta?.body === 'files',
    acceptsLargeText: p._def.inputs.some((i) => acceptsLargeText(i)),
  }));
}

/** Paths of procedures that were not built from one of the base procedures of trpc.ts. */
export const proceduresWithoutPolicy = (router: AnyRouter) =>
  listProcedures(router)
    .filter((p) => !p.access)
    .map((p) => p.path);
