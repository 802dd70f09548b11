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

/**
 * A commune's own rules for SMS (`communes.settings.notifications`), each off unless set:
 * - `quietHours` { from, to } ("21:00", "08:00", Morocco's time): an SMS that is not urgent
 *   waits for the end of them (an urgent information request's notices do not);
 * - `smsDailyCap`: engagement SMS a day at most (the rest wait for the next day); legal
 *   notices always go, and are counted;
 * - `smsSegmentPriceMad`: what one segment costs the commune, for the cost counter.
 * A malformed value counts as unset (and the setting command refuses it).
 */
export interface SmsRules {
  quietHours: { from: string; to: string } | null;
  smsDailyCap: number | null;
  smsSegmentPriceMad: number | null;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const isHhmm = (v: unknown): v is string => typeof v === 'string' && HHMM.test(v);

export function smsRulesOf(communeSettings: unknown): SmsRules {
  const n = ((communeSettings as { notifications?: unknown } | null)?.notifications ?? {}) as Record<string, unknown>;
  const q = n.quietHours as { from?: unknown; to?: unknown } | undefined;
  const cap = n.smsDailyCap;
  const price = n.smsSegmentPriceMad;
  return {
    quietHours: q && isHhmm(q.from) && isHhmm(q.to) && q.from !== q.to ? { from: q.from, to: q.to } : null,
    smsDailyCap: Number.isInteger(cap) && (cap as number) >= 0 ? (cap as number) : null,
    smsSegmentPriceMad: typeof price === 'number' && price >= 0 && Number.isFinite(price) ? price : null,
  };
}

const MOROCCO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Africa/Casablanca',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** Minutes since midnight in Morocco at `at` (its legal time, summer and Ramadan changes included). */
export function moroccoMinutes(at: Date) {
  const [h, m] = MOROCCO.format(at).split(':').map(Number);
  return h! * 60 + m!;
}
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
/** `at` moved forward to the next time Morocco's clock shows `minutes` (seconds dropped). */
const nextLocal = (at: Date, minutes: number) => {
  const wait = (minutes - moroccoMinutes(at) + 1440) % 1440 || 1440;
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000 + wait * 60_000);
};

/** When quiet hours end, if `at` falls within them; else null. */
export function quietUntil(rules: SmsRules, at: Date): Date | null {
  if (!rules.quietHours) return null;
  const [from, to, now] = [minutesOf(rules.quietHours.from), minutesOf(rules.quietHours.to), moroccoMinutes(at)];
  const inside = from < to ? now >= from && now < to : now >= from || now < to;
  return inside ? nextLocal(at, to) : null;
}

/** The start of Morocco's day of `at`, and of the next one (for the daily cap). */
export function moroccoDay(at: Date) {
  const start = new Date(Math.floor(at.getTime() / 60_000) * 60_000 - moroccoMinutes(at) * 60_000);
  return { start, next: nextLocal(at, 0) };
}
