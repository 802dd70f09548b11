/**
 * Counting limits. Every limit in Shabaka counts procedure calls (or attempts inside
 * one call, such as wrong secrets on one case), never HTTP requests, so one batched
 * request cannot spend many attempts on one slot. The store sits behind an interface
 * so several server processes can share one later (PostgreSQL or Redis, issue 18).
 */
export interface LimitVerdict {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  /** When refused: how long until a slot frees. */
  retryAfterMs: number;
}

export interface LimitStore {
  /**
   * Counts one hit on `key` in a sliding window of `windowMs` and says whether it stays
   * within `max`. Refused hits are not counted, so a caller who waits gets back in.
   */
  hit(key: string, max: number, windowMs: number, now?: number): LimitVerdict;
  /**
   * Spaced attempts on one key (sign-in guesses on one account): each attempt reserves, at
   * once and before any await, the next free slot; the gap after it grows with the attempts
   * already made (`spacingMs(n)` after the n-th). Parallel attempts therefore queue behind
   * each other instead of all passing the same delay; an attempt whose slot is more than
   * `maxWaitMs` away is refused (nothing reserved). Attempts are forgotten `forgetMs` after
   * the last one, or by `reset`.
   */
  schedule(
    key: string,
    spacingMs: (attempts: number) => number,
    maxWaitMs: number,
    forgetMs: number,
    now?: number,
  ): ScheduleVerdict;
  /** How long an attempt on `key` scheduled now would wait (0 when free), without reserving. */
  waitMs(key: string, forgetMs: number, now?: number): number;
  /** Forgets a key (e.g. a successful sign-in clears its failures). */
  reset(key: string): void;
}

export interface ScheduleVerdict {
  allowed: boolean;
  /** When allowed: how long to wait before attempting. When refused: until a slot is near. */
  waitMs: number;
}

/**
 * One process's store: per key, the timestamps of the hits still inside their window.
 * Bounded: keys whose hits have all expired are swept, and a key never holds more
 * than `max` timestamps.
 */
export function memoryLimitStore(): LimitStore {
  const hits = new Map<string, number[]>();
  const slots = new Map<string, { attempts: number; nextAt: number; lastAt: number }>();
  // Hits are counted on the caller's clock (the injected one: tests move it), schedules on
  // real time (they make callers wait): each map is swept by its own clock, never the other's.
  const sweeper = <T>(map: Map<string, T>, lastAt: (v: T) => number) => {
    let lastSweep = -Infinity;
    return (now: number) => {
      if (Math.abs(now - lastSweep) < 60_000) return;
      lastSweep = now;
      for (const [key, v] of map) if (lastAt(v) < now - 24 * 3_600_000) map.delete(key);
    };
  };
  const sweepHits = sweeper(hits, (times) => times[times.length - 1] ?? -Infinity);
  const sweepSlots = sweeper(slots, (slot) => slot.lastAt);
  return {
    hit(key, max, windowMs, now = Date.now()) {
      sweepHits(now);
      const times = (hits.get(key) ?? []).filter((t) => t > now - windowMs);
      if (times.length >= max) {
        hits.set(key, times);
        return { allowed: false, count: times.length, retryAfterMs: Math.max(1, times[0]! + windowMs - now) };
      }
      times.push(now);
      hits.set(key, times);
      return { allowed: true, count: times.length, retryAfterMs: 0 };
    },
    schedule(key, spacingMs, maxWaitMs, forgetMs, now = Date.now()) {
      sweepSlots(now);
      let slot = slots.get(key);
      if (!slot || slot.lastAt < now - forgetMs) slot = { attempts: 0, nextAt: now, lastAt: now };
      const at = Math.max(now, slot.nextAt);
      if (at - now > maxWaitMs) return { allowed: false, waitMs: at - now - maxWaitMs };
      slot.attempts += 1;
      slot.nextAt = at + spacingMs(slot.attempts);
      slot.lastAt = at;
      slots.set(key, slot);
      return { allowed: true, waitMs: at - now };
    },
    waitMs(key, forgetMs, now = Date.now()) {
      const slot = slots.get(key);
      return !slot || slot.lastAt < now - forgetMs ? 0 : Math.max(0, slot.nextAt - now);
    },
    reset(key) {
      hits.delete(key);
      slots.delete(key);
    },
  };
}

/** No limits at all (SHABAKA_RATE_LIMITS=off, for load tests only). */
export function unlimitedStore(): LimitStore {
  return {
    hit: () => ({ allowed: true, count: 0, retryAfterMs: 0 }),
    schedule: () => ({ allowed: true, waitMs: 0 }),
    waitMs: () => 0,
    reset: () => {},
  };
}

// What other domains use from this folder's files.
export { addressKey } from './address';
export { LIMITS, boundedQueue, busy, rateLimited } from './calls';
