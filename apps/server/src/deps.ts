import {
  createAppDeps,
  createEventBus,
  memoryLimitStore,
  systemClock,
  unlimitedStore,
  type AppDeps,
  type Clock,
  type EventBus,
} from '@shabaka/api';
import type { Db } from '@shabaka/db';
import type { ServerConfig } from './config';
import { signingSecretSource } from './documents';

/**
 * Everything the API's procedures and the HTTP routes use, built once from the one
 * `loadConfig` of the process (main.ts) and handed to `buildApp`: the database, the clock,
 * the event bus, the limit store, the public URL, signing (secret and the address printed
 * on documents), the commune cache, and the mailer's slot. Tests build theirs with this
 * same function (test/server.ts), giving their own clock or events where they need them.
 */
export function serverDeps(
  config: Pick<
    ServerConfig,
    'environment' | 'publicUrl' | 'port' | 'rateLimits' | 'secret' | 'dataDir' | 'databaseUrl'
  >,
  db: Db,
  own: { clock?: Clock; events?: EventBus } = {},
): AppDeps {
  return createAppDeps({
    db,
    clock: own.clock ?? systemClock,
    events: own.events ?? createEventBus(),
    config: { environment: config.environment, sessionTtlDays: 30 },
    // Off only for load tests (SHABAKA_RATE_LIMITS=off).
    limits: config.rateLimits ? memoryLimitStore() : unlimitedStore(),
    publicUrl: config.publicUrl,
    signing: {
      secret: signingSecretSource(config),
      // The QR code of every document points here: a document is signed once, for good, so
      // never a request's Host; without the setting (not in production), this machine.
      publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    },
    mailer: null,
  });
}
