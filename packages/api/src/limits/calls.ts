import { createTranslator, isLanguage, type Language } from '@shabaka/ui/i18n';
import type { InnerContext } from '../context';
import { DomainError, toTRPCError } from '../errors';
import type { Reason } from '../reasons';

/**
 * One limit on a procedure, counted per call (a batch of 10 calls spends 10): at most
 * `max` calls per `windowMs`, per caller address (`ip`), per signed-in account
 * (`account`; anonymous calls skip it) or per email address named in the input
 * (`email`: the account a sign-up targets) or per phone number named in the input (`phone`:
 * the phone a code is sent to). Procedures sharing a `bucket` share the count.
 */
export interface CallLimit {
  bucket: string;
  by: 'ip' | 'account' | 'email' | 'phone';
  max: number;
  windowMs: number;
}

const MINUTE = 60_000;

// Abuse limits: generous for a family sharing one phone, tight for scripts.
export const LIMITS = {
  signIn: [{ bucket: 'signIn', by: 'ip', max: 10, windowMs: MINUTE }],
  signUp: [
    { bucket: 'signUp', by: 'ip', max: 5, windowMs: 10 * MINUTE },
    { bucket: 'signUp', by: 'email', max: 3, windowMs: 60 * MINUTE },
  ],
  // A reset email per address at most 3 times an hour, whoever asks (no mailbox flooding).
  passwordReset: [
    { bucket: 'passwordReset', by: 'ip', max: 5, windowMs: 10 * MINUTE },
    { bucket: 'passwordReset', by: 'email', max: 3, windowMs: 60 * MINUTE },
  ],
  // Opening an emailed link: a person opens a few; guessing tokens is what this stops.
  accountLinks: [{ bucket: 'accountLinks', by: 'ip', max: 10, windowMs: 10 * MINUTE }],
  changePassword: [
    { bucket: 'changePassword', by: 'account', max: 5, windowMs: 15 * MINUTE },
    { bucket: 'changePassword', by: 'ip', max: 10, windowMs: 15 * MINUTE },
  ],
  submissions: [
    { bucket: 'submissions', by: 'ip', max: 30, windowMs: 10 * MINUTE },
    { bucket: 'submissions', by: 'account', max: 15, windowMs: 10 * MINUTE },
  ],
  photoReports: [
    { bucket: 'photoReports', by: 'ip', max: 30, windowMs: 10 * MINUTE },
    { bucket: 'photoReports', by: 'account', max: 20, windowMs: 10 * MINUTE },
  ],
  // Codes sent by SMS (following a case, listing a phone's cases): each costs the commune an
  // SMS and lands on someone's phone, so few per phone whoever asks, and few per address.
  phoneCodes: [
    { bucket: 'phoneCodes', by: 'ip', max: 10, windowMs: 60 * MINUTE },
    { bucket: 'phoneCodes', by: 'phone', max: 3, windowMs: 60 * MINUTE },
  ],
  // Typing a code: each code also locks after 5 wrong tries (notifications/phone.ts); these
  // stop a script from cycling codes and sessions.
  phoneConfirm: [
    { bucket: 'phoneConfirm', by: 'ip', max: 20, windowMs: 10 * MINUTE },
    { bucket: 'phoneConfirm', by: 'phone', max: 10, windowMs: 60 * MINUTE },
  ],
  phoneCases: [{ bucket: 'phoneCases', by: 'ip', max: 30, windowMs: 10 * MINUTE }],
  // The one-click unsubscribe link (an HTTP route, apps/server): a person presses it once or
  // twice; guessing tokens is what this stops, as for the account links.
  unsubscribe: [{ bucket: 'unsubscribe', by: 'ip', max: 10, windowMs: 10 * MINUTE }],
  // A representative asks for a room a few times a month; a script filling the staff queue is stopped.
  roomRequests: [
    { bucket: 'roomRequests', by: 'account', max: 20, windowMs: 60 * MINUTE },
    { bucket: 'roomRequests', by: 'ip', max: 40, windowMs: 60 * MINUTE },
  ],
  // A room's iCal feed (an HTTP route): calendar apps poll it every few minutes at most.
  roomFeeds: [{ bucket: 'roomFeeds', by: 'ip', max: 60, windowMs: 10 * MINUTE }],
  // Open-data downloads (HTTP routes): a person or a harvester takes a file a few times; a
  // script looping on the largest export is held back.
  openData: [{ bucket: 'openData', by: 'ip', max: 30, windowMs: 10 * MINUTE }],
} satisfies Record<string, CallLimit[]>;

/** A refused call: TOO_MANY_REQUESTS (429) or SERVICE_UNAVAILABLE (503), with when to retry. */
export class LimitError extends DomainError {
  constructor(
    status: 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE',
    reason: Reason,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(status, reason, message);
  }
}

/** The caller's language for messages the server writes itself; Arabic by default. */
const languageOf = (ctx: Pick<InnerContext, 'language'> | null | undefined): Language =>
  isLanguage(ctx?.language) ? ctx.language : 'ar';

// One translator per language: a flood of refusals must not parse the messages each time.
const translators = new Map<Language, ReturnType<typeof createTranslator>>();
const translatorFor = (ctx: Pick<InnerContext, 'language'> | null | undefined) => {
  const lang = languageOf(ctx);
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = createTranslator(lang)));
  return t;
};

export function rateLimited(
  ctx: Pick<InnerContext, 'language'> | null | undefined,
  retryAfterMs: number,
  reason: Reason = 'rate_limited',
) {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const { t } = translatorFor(ctx);
  return new LimitError('TOO_MANY_REQUESTS', reason, t('server.rateLimited', { seconds }), seconds);
}

export function busy(ctx: Pick<InnerContext, 'language'> | null | undefined) {
  const { t } = translatorFor(ctx);
  return new LimitError('SERVICE_UNAVAILABLE', 'busy', t('server.busy'), 2);
}

const emailOf = (raw: unknown) => {
  const email = raw && typeof raw === 'object' ? (raw as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 320) : null;
};

/**
 * The phone named in the input, as one key whatever its form (06…, +212 6…, 00212…): its
 * last nine digits, a Moroccan subscriber number. Not a validation (the procedure's is).
 */
const phoneOf = (raw: unknown) => {
  const phone = raw && typeof raw === 'object' ? (raw as { phone?: unknown }).phone : undefined;
  const digits = typeof phone === 'string' ? phone.replace(/\D/g, '') : '';
  return digits.length >= 9 ? digits.slice(-9) : null;
};

/**
 * Counts one call against each of `limits`; throws the LimitError (429) of the first
 * exceeded. Calls without an address (scripts, tests through createCaller) skip the
 * per-address limits. HTTP routes outside tRPC count through this too (the server's error
 * handler answers a LimitError with 429 and Retry-After).
 */
export async function spendCall(
  ctx: Pick<InnerContext, 'ip' | 'session' | 'limits' | 'clock' | 'language'>,
  limits: readonly CallLimit[],
  getRawInput: () => Promise<unknown> = async () => null,
) {
  for (const limit of limits) {
    const subject =
      limit.by === 'ip'
        ? ctx.ip
        : limit.by === 'account'
          ? (ctx.session?.userId ?? null)
          : limit.by === 'email'
            ? emailOf(await getRawInput().catch(() => null))
            : phoneOf(await getRawInput().catch(() => null));
    if (!subject) continue;
    const verdict = ctx.limits.hit(
      `${limit.bucket}:${limit.by}:${subject}`,
      limit.max,
      limit.windowMs,
      ctx.clock.now().getTime(),
    );
    if (!verdict.allowed) throw rateLimited(ctx, verdict.retryAfterMs);
  }
}

/** `spendCall` for a procedure: the refusal in tRPC's shape. */
export async function countCall(ctx: InnerContext, limits: CallLimit[], getRawInput: () => Promise<unknown>) {
  try {
    await spendCall(ctx, limits, getRawInput);
  } catch (error) {
    throw error instanceof LimitError ? toTRPCError(error) : error;
  }
}

/**
 * Bounded concurrency for CPU-heavy work (password hashing, image decoding, PDF
 * rendering): at most `concurrency` jobs run and at most `queue` wait; a job arriving
 * when the queue is full, or when its expected wait (from recent job durations, or
 * `expectedMs` before any) passes `maxWaitMs`, is refused at once (`busy`, 503), and a
 * job still waiting after `maxWaitMs` (the machine is slower than expected) is refused
 * then. A flood gets fast refusals, the rest of the server keeps answering, and an
 * accepted job waits at most `maxWaitMs` however slow the machine is at the moment.
 */
export function boundedQueue(opts: { concurrency: number; queue: number; maxWaitMs?: number; expectedMs?: number }) {
  let running = 0;
  let averageMs = opts.expectedMs ?? 0;
  const waiting: ((start: boolean) => void)[] = [];
  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      running += 1;
      next(true);
    }
  };
  return {
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
    /** Runs `job` when a slot frees; `null` when refused (the caller answers 503). */
    async run<T>(job: () => Promise<T>): Promise<{ value: T } | null> {
      if (running >= opts.concurrency) {
        const expectedWaitMs = ((waiting.length + 1) / opts.concurrency) * averageMs;
        if (waiting.length >= opts.queue || (opts.maxWaitMs !== undefined && expectedWaitMs > opts.maxWaitMs))
          return null;
        const started = await new Promise<boolean>((resolve) => {
          waiting.push(resolve);
          if (opts.maxWaitMs === undefined) return;
          setTimeout(() => {
            const at = waiting.indexOf(resolve);
            if (at < 0) return; // already started
            waiting.splice(at, 1);
            resolve(false);
          }, opts.maxWaitMs).unref();
        });
        if (!started) return null;
      } else running += 1;
      const started = Date.now();
      try {
        return { value: await job() };
      } finally {
        averageMs = 0.7 * averageMs + 0.3 * (Date.now() - started);
        release();
      }
    },
  };
}
