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
  /** Forgets a key (e.g. a successful sign-in clears its failures). */
  reset(key: string): void;
}

/**
 * One process's store: per key, the timestamps of the hits still inside their window.
 * Bounded: keys whose hits have all expired are swept, and a key never holds more
 * than `max` timestamps.
 */
export function memoryLimitStore(): LimitStore {
  const hits = new Map<string, number[]>();
  let lastSweep = 0;
  const sweep = (now: number) => {
    if (now - lastSweep < 60_000) return;
    lastSweep = now;
    for (const [key, times] of hits) if (!times.length || times[times.length - 1]! < now - 24 * 3_600_000) hits.delete(key);
  };
  return {
    hit(key, max, windowMs, now = Date.now()) {
      sweep(now);
      const times = (hits.get(key) ?? []).filter((t) => t > now - windowMs);
      if (times.length >= max) {
        hits.set(key, times);
        return { allowed: false, count: times.length, retryAfterMs: Math.max(1, times[0]! + windowMs - now) };
      }
      times.push(now);
      hits.set(key, times);
      return { allowed: true, count: times.length, retryAfterMs: 0 };
    },
    reset(key) {
      hits.delete(key);
    },
  };
}
