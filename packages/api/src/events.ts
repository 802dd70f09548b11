import { EventEmitter, on } from 'node:events';

/** Domain events, published after commit. Later domains add their own kinds. */
export interface DomainEvent {
  kind: string;
  commune: string | null;
  at: Date;
  data?: Record<string, unknown>;
}

export interface EventBus {
  publish(event: Omit<DomainEvent, 'at'> & { at?: Date }): void;
  /** Async iterator of events until the signal aborts (feeds tRPC subscriptions). */
  stream(signal: AbortSignal | undefined): AsyncIterable<{ id: string; event: DomainEvent }>;
}

/**
 * One process: an in-memory emitter. Several processes on one PostgreSQL add a
 * LISTEN/NOTIFY bridge that calls `publish` on every process.
 */
export function createEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let seq = 0;
  return {
    publish(e) {
      const event: DomainEvent = { ...e, at: e.at ?? new Date() };
      emitter.emit('event', { id: `${Date.now()}-${++seq}`, event });
    },
    async *stream(signal) {
      for await (const [item] of on(emitter, 'event', signal ? { signal } : {})) {
        yield item as { id: string; event: DomainEvent };
      }
    },
  };
}
