import type { Db } from '@shabaka/db';
import type { Clock } from './clock';
import type { EventBus } from './events';
import { resolveSession, type Session } from './auth/service';

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
}

export interface ContextDeps {
  db: Db;
  clock: Clock;
  events: EventBus;
  config?: ApiConfig;
}

/** Builds the context for one call, resolving the session token if any. */
export async function createInnerContext(
  deps: ContextDeps,
  opts: { token?: string | null | undefined; response?: ResponseHooks } = {},
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
  };
}
