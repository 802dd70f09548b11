import type { Db } from '@shabaka/db';
import type { Clock } from './clock';
import type { EventBus } from './events';
import { resolveSession, type Session } from './auth/service';
import { memoryLimitStore, type LimitStore } from './limits';

export interface ApiConfig {
  environment: 'development' | 'production' | 'test';
  sessionTtlDays: number;
}

export const defaultConfig: ApiConfig = { environment: 'production', sessionTtlDays: 30 };

/** What the HTTP layer lets procedures do with the response (absent in tests and scripts). */
export interface ResponseHooks {
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** The inner context: everything a procedure needs, buildable without HTTP. */
export interface InnerContext {
  db: Db;
  clock: Clock;
  events: EventBus;
  config: ApiConfig;
  session: Session | null;
  /** The raw token of the current session, so sign-out can revoke it. */
  sessionToken: string | null;
  response?: ResponseHooks | undefined;
  /** Where limits are counted (shared by every call of this process). */
  limits: LimitStore;
  /**
   * The caller's network address as the HTTP layer decided it (the socket, or a configured
   * proxy's X-Forwarded-For); null for scripts and tests that do not set one.
   */
  ip: string | null;
  /** The caller's language (Accept-Language) for messages the server writes itself, such as limits. */
  language?: string | undefined;
}

export interface ContextDeps {
  db: Db;
  clock: Clock;
  events: EventBus;
  config?: ApiConfig;
  /** Built once per process; tests and scripts without one get a store of their own per context. */
  limits?: LimitStore;
}

/** Builds the context for one call, resolving the session token if any. */
export async function createInnerContext(
  deps: ContextDeps,
  opts: { token?: string | null | undefined; response?: ResponseHooks; ip?: string | null; language?: string } = {},
): Promise<InnerContext> {
  const token = opts.token ?? null;
  const session = token ? await resolveSession(deps.db, token, deps.clock.now()) : null;
  return {
    db: deps.db,
    clock: deps.clock,
    events: deps.events,
    config: deps.config ?? defaultConfig,
    session,
    sessionToken: session ? token : null,
    response: opts.response,
    limits: deps.limits ?? memoryLimitStore(),
    ip: opts.ip ?? null,
    language: opts.language,
  };
}
