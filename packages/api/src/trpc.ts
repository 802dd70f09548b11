import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import type { CommunePermission, NetworkPermission } from './access';
import type { InnerContext } from './context';
import type { ErrorReason } from './reasons';
import { DomainError, forbidden, notFound, toTRPCError, unauthorized } from './errors';
import { rolesOf } from './communes/repository';
import { communeSlug } from './communes/schemas';
import { countCall, LimitError, type CallLimit } from './limits/calls';

/** Every procedure declares who may call it; the access test walks the router for this. */
export type Access =
  | { kind: 'public' }
  | { kind: 'authed' }
  | { kind: 'commune-public' }
  | { kind: 'commune-account' }
  | { kind: 'commune'; permission: CommunePermission }
  | { kind: 'network'; permission: NetworkPermission };
export interface Meta {
  access: Access;
  /** Limits counted on every call of this procedure (limits/calls.ts), listed by the access test. */
  limits?: CallLimit[];
  /**
   * `files`: the input carries uploads (base64), so the HTTP layer accepts a large body;
   * every other procedure gets a small one (apps/server/src/limits.ts).
   */
  body?: 'files';
  /** For `files` procedures: the largest body, when smaller than the HTTP layer's files limit. */
  maxBodyBytes?: number;
}

/** Field path → messages, e.g. { "email": ["Invalid email address"] }. */
export function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(input)';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const t = initTRPC
  .context<InnerContext>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const zod = error.cause instanceof ZodError ? error.cause : null;
      const domain = error.cause instanceof DomainError ? error.cause : null;
      const dev = ctx?.config.environment === 'development';
      const fieldErrors = zod ? fieldErrorsOf(zod) : domain?.field ? { [domain.field]: [domain.message] } : undefined;
      return {
        ...shape,
        // Never leak SQL or internals: unknown errors get a generic message outside development.
        message: zod
          ? `Invalid input: ${Object.entries(fieldErrors ?? {})
              .map(([f, m]) => `${f}: ${m.join(', ')}`)
              .join('; ')}`
          : error.code === 'INTERNAL_SERVER_ERROR' && !dev
            ? 'Internal server error'
            : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          reason: (domain?.reason ?? (zod ? 'invalid_input' : undefined)) as ErrorReason | undefined,
          fieldErrors,
          ...(domain instanceof LimitError ? { retryAfterSeconds: domain.retryAfterSeconds } : {}),
          ...(domain?.detail ? { detail: domain.detail } : {}),
          ...(dev ? { stack: shape.data.stack } : {}),
        },
      };
    },
  });

/**
 * Adds to a base procedure's meta (tRPC's `.meta()` wants the whole meta; this keeps the
 * access policy the base declared): `declare(publicProcedure, { limits: LIMITS.signIn })`.
 */
export function declare<B extends { _def: { meta?: Meta | undefined }; meta: (meta: Meta) => B }>(
  builder: B,
  extra: Omit<Meta, 'access'>,
): B {
  return builder.meta({ ...(builder._def.meta as Meta), ...extra });
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

/** Domain errors thrown by services become tRPC errors with the matching code. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const mapped = toTRPCError(result.error.cause);
    return { ...result, error: mapped } as typeof result;
  }
  return result;
});

/**
 * Text PostgreSQL cannot store (NUL bytes) or that is not valid Unicode (lone
 * surrogates) is refused up front with the field's path, instead of failing in SQL.
 */
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/; // eslint-disable-line no-control-regex -- NUL is the one character PostgreSQL cannot store
function badTextPath(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return BAD_TEXT.test(value) ? path : null;
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const found = badTextPath(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return null;
}
const validText = t.middleware(async ({ getRawInput, next }) => {
  const path = badTextPath(await getRawInput());
  if (path) {
    const field = path.join('.') || '(input)';
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Invalid input: ${field}: contains characters that cannot be stored`,
      cause: new DomainError(
        'BAD_REQUEST',
        'invalid_characters',
        'This text contains characters that cannot be stored.',
        field,
      ),
    });
  }
  return next();
});

/** Limits declared in the procedure's meta, counted per call whatever the batching. */
const callLimits = t.middleware(async ({ ctx, meta, getRawInput, next }) => {
  if (meta?.limits?.length) await countCall(ctx, meta.limits, getRawInput);
  return next();
});

const base = t.procedure.use(domainErrors).use(callLimits).use(validText);

export const publicProcedure = base.meta({ access: { kind: 'public' } });

function requireSession(ctx: InnerContext) {
  if (!ctx.session) throw toTRPCError(unauthorized('sign_in_required', 'Sign in to do this.'));
  return ctx.session;
}

export const authedProcedure = base
  .meta({ access: { kind: 'authed' } })
  .use(({ ctx, next }) => next({ ctx: { session: requireSession(ctx) } }));

/** Public procedures about one commune: resolves `input.commune` (a slug) into `ctx.commune`. */
export const communePublicProcedure = base
  .meta({ access: { kind: 'commune-public' } })
  .input(z.object({ commune: communeSlug }))
  .use(async ({ ctx, input, next }) => {
    const commune = await ctx.communeCache.bySlug(input.commune);
    if (!commune) throw toTRPCError(notFound('unknown_commune', `Unknown commune "${input.commune}".`));
    return next({ ctx: { commune } });
  });

/** The signed-in caller, the commune `slug` names (unknown: NOT_FOUND) and the caller's roles there. */
async function callerIn(ctx: InnerContext, slug: string) {
  const session = requireSession(ctx);
  const commune = await ctx.communeCache.bySlug(slug);
  if (!commune) throw toTRPCError(notFound('unknown_commune', `Unknown commune "${slug}".`));
  const roles = await rolesOf(ctx.db, commune.id, session.userId);
  return { session, commune, roles };
}

/**
 * The one place tenancy is decided: the caller must hold, in the commune named by
 * `input.commune`, a role granting `permission`. Handlers then use `ctx.commune.id`
 * and never read a commune from raw input.
 */
export const communeProcedure = (permission: CommunePermission) =>
  base
    .meta({ access: { kind: 'commune', permission } })
    .input(z.object({ commune: communeSlug }))
    .use(async ({ ctx, input, next }) => {
      const { session, commune, roles } = await callerIn(ctx, input.commune);
      if (!ctx.access.communeAllows(permission, roles, session.networkRoles)) {
        throw toTRPCError(
          forbidden('missing_role', `Your account has no role in ${commune.names.fr} that allows "${permission}".`),
        );
      }
      return next({ ctx: { session, commune, roles } });
    });

/**
 * Signed-in callers about one commune, whatever their role there (a citizen asking to represent an association,
 * a representative reading its record): resolves `ctx.commune` and the caller's roles in it; the service decides
 * what each may see (staff by permission, representatives by their verified link).
 */
export const communeAccountProcedure = base
  .meta({ access: { kind: 'commune-account' } })
  .input(z.object({ commune: communeSlug }))
  .use(async ({ ctx, input, next }) => next({ ctx: await callerIn(ctx, input.commune) }));

export const networkProcedure = (permission: NetworkPermission) =>
  base.meta({ access: { kind: 'network', permission } }).use(({ ctx, next }) => {
    const session = requireSession(ctx);
    if (!ctx.access.networkAllows(permission, session.networkRoles)) {
      throw toTRPCError(forbidden('missing_network_role', `This needs a network role allowing "${permission}".`));
    }
    return next({ ctx: { session } });
  });

export { TRPCError };
