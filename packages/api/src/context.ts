import type { Db } from '@shabaka/db';
import { accessOf, type Access } from './access';
import { systemClock, type Clock } from './clock';
import { createEventBus, type EventBus } from './events';
import { resolveSession, type Session } from './auth/service';
import { createCommuneCache, type CommuneCache } from './communes/cache';
import { memoryLimitStore, type LimitStore } from './limits';
import type { ApiModule } from './module';
import { modules } from './modules';
import { createSigning, type Signing, type SigningSetup } from './signing/runtime';

export interface ApiConfig {
  environment: 'development' | 'production' | 'test';
  sessionTtlDays: number;
}

export const defaultConfig: ApiConfig = { environment: 'production', sessionTtlDays: 30 };

/** One message the server sends by email (the mailer arrives with notifications). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Everything a procedure uses that outlives one call, built ONCE per process by
 * `createAppDeps` (the server: apps/server/src/deps.ts from its one `loadConfig`; tests:
 * the same function) and copied into every call's context. Nothing here lives in a
 * module-level registry, so two apps in one process (tests) never share a secret, a
 * cache or a limit.
 */
export interface AppDeps {
  db: Db;
  clock: Clock;
  events: EventBus;
  config: ApiConfig;
  /** Where limits are counted (shared by every call of this process). */
  limits: LimitStore;
  /**
   * SHABAKA_PUBLIC_URL as configured: the base of links the HTTP layer prints (receipts,
   * sheets, Open311). Undefined outside production when unset (apps/server/src/public-url.ts).
   */
  publicUrl: string | undefined;
  /** The server secret and the address printed on signed documents; null when the process has none. */
  signing: Signing | null;
  /** slug → commune, shared by the base procedures of this process (communes/cache.ts). */
  communeCache: CommuneCache;
  /** Outgoing email; null until a mailer is configured (no procedure sends any yet). */
  mailer: Mailer | null;
  /** The API's domains (modules.ts): calendar hooks, figure providers, public event kinds. */
  modules: readonly ApiModule[];
  /** What each role may do, built from the modules' permissions (access.ts). */
  access: Access;
}

/** What `createAppDeps` needs: the database, and whatever differs from the defaults. */
export interface AppDepsInput {
  db: Db;
  clock?: Clock;
  events?: EventBus;
  config?: ApiConfig;
  /** Tests and scripts without one get a store of their own per set of dependencies. */
  limits?: LimitStore;
  publicUrl?: string | undefined;
  signing?: SigningSetup | undefined;
  mailer?: Mailer | null;
}

// Static code, not configuration: every process serves the same modules.
const appAccess = accessOf(modules);

/** Builds a process's dependencies once: the server at start, each test file for its database. */
export function createAppDeps(input: AppDepsInput): AppDeps {
  return {
    db: input.db,
    clock: input.clock ?? systemClock,
    events: input.events ?? createEventBus(),
    config: input.config ?? defaultConfig,
    limits: input.limits ?? memoryLimitStore(),
    publicUrl: input.publicUrl,
    signing: input.signing ? createSigning(input.signing) : null,
    communeCache: createCommuneCache(input.db),
    mailer: input.mailer ?? null,
    modules,
    access: appAccess,
  };
}

/** What the HTTP layer lets procedures do with the response (absent in tests and scripts). */
export interface ResponseHooks {
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** The inner context: the process's dependencies plus what belongs to one call, buildable without HTTP. */
export interface InnerContext extends AppDeps {
  session: Session | null;
  /** The raw token of the current session, so sign-out can revoke it. */
  sessionToken: string | null;
  response?: ResponseHooks | undefined;
  /**
   * The caller's network address as the HTTP layer decided it (the socket, or a configured
   * proxy's X-Forwarded-For); null for scripts and tests that do not set one.
   */
  ip: string | null;
  /** The caller's language (Accept-Language) for messages the server writes itself, such as limits. */
  language?: string | undefined;
  /** The caller's User-Agent: a sign-in from a device the account never used is told to its owner. */
  userAgent?: string | undefined;
}

/** Builds the context for one call, resolving the session token if any. */
export async function createInnerContext(
  deps: AppDeps,
  opts: {
    token?: string | null | undefined;
    response?: ResponseHooks;
    ip?: string | null;
    language?: string;
    userAgent?: string | undefined;
  } = {},
): Promise<InnerContext> {
  const token = opts.token ?? null;
  const session = token ? await resolveSession(deps.db, token, deps.clock.now()) : null;
  // Listed one by one: one object shape for every call, and nothing extra a caller's deps carry.
  return {
    db: deps.db,
    clock: deps.clock,
    events: deps.events,
    config: deps.config,
    limits: deps.limits,
    publicUrl: deps.publicUrl,
    signing: deps.signing,
    communeCache: deps.communeCache,
    mailer: deps.mailer,
    modules: deps.modules,
    access: deps.access,
    session,
    sessionToken: session ? token : null,
    response: opts.response,
    ip: opts.ip ?? null,
    language: opts.language,
    userAgent: opts.userAgent,
  };
}
