import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';

/**
 * Each queue's last address (filters and page), so "back to the queue" from a case — or
 * coming back after another tab — finds it as it was left. Held by the staff area for as long
 * as it is open: not module state, so another desk (or a test) starts afresh.
 */
const QueueMemory = createContext<Map<string, string> | null>(null);

export function QueueMemoryProvider({ children }: { children: ReactNode }) {
  const [memory] = useState(() => new Map<string, string>());
  return <QueueMemory.Provider value={memory}>{children}</QueueMemory.Provider>;
}

/** The address a queue was last seen at, else `fallback` (its bare path). */
export function useQueueHref(name: string, fallback: string) {
  return useContext(QueueMemory)?.get(name) ?? fallback;
}

/** A queue notes its address each time it changes. */
export function useRememberQueue(name: string, href: string) {
  const memory = useContext(QueueMemory);
  useEffect(() => {
    memory?.set(name, href);
  }, [memory, name, href]);
}

/** "Back to the queue": to its last address in this staff area. */
export function BackToQueue({ name, path, children }: { name: string; path: string; children: ReactNode }) {
  return <Link href={useQueueHref(name, path)}>{children}</Link>;
}
