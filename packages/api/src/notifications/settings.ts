/**
 * How the outbox worker retries: a failed attempt waits `baseDelayMs · 2^(attempt−1)` (capped
 * at `maxDelayMs`) before the next; after `maxAttempts` failures the notice is dead-lettered
 * (kept, shown to the commune's admins, never retried by itself). A claim holds a notice for
 * `leaseMs`: a worker that dies between sending and marking loses its claim then, and another
 * attempt re-sends with the same idempotency key.
 */
export interface OutboxSettings {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How often an idle worker looks for due notices (it also wakes on every event of its process). */
  pollMs: number;
  leaseMs: number;
  /** Notices claimed at once by one worker. */
  batch: number;
}

export const OUTBOX_DEFAULTS: OutboxSettings = {
  maxAttempts: 8,
  baseDelayMs: 30_000,
  maxDelayMs: 6 * 3_600_000,
  pollMs: 5_000,
  leaseMs: 5 * 60_000,
  batch: 20,
};

/** The wait after the `attempt`-th failed attempt (1-based). */
export const backoffMs = (attempt: number, s: Pick<OutboxSettings, 'baseDelayMs' | 'maxDelayMs'>) =>
  Math.min(s.maxDelayMs, s.baseDelayMs * 2 ** Math.max(0, attempt - 1));
