import type { EventBus } from '../events';

/** A periodic sweep of the server process (staff deadlines and timed notices, digests). */
export interface Sweep {
  start(): void;
  stop(): Promise<void>;
  /** One sweep now (tests, and the first one at start); how many notices it wrote. */
  runOnce(): Promise<number>;
}

/**
 * Runs `sweep` at start, then `intervalMs` after each run ends (never two at once in a
 * process). Sweeps are idempotent (once-only marks), so a missed or repeated run is harmless.
 * When a run wrote notices it publishes `kind`, which wakes the outbox: they leave at once,
 * not at its next poll.
 */
export function periodicSweep(
  sweep: () => Promise<number>,
  options: { kind: string; events?: EventBus | undefined; intervalMs?: number; onError?: (error: unknown) => void },
): Sweep {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const runOnce = async () => {
    const sent = await sweep();
    if (sent > 0) options.events?.publish({ kind: options.kind, commune: null, data: { sent } });
    return sent;
  };
  const tick = () => {
    running = runOnce()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
        if (!stopped) {
          timer = setTimeout(tick, options.intervalMs ?? 15 * 60_000);
          timer.unref?.();
        }
      });
  };
  return {
    runOnce,
    start() {
      if (timer || running || stopped) return;
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
