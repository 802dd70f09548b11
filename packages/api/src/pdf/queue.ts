import { createHash } from 'node:crypto';
import type { InnerContext } from '../context';
import { boundedQueue, busy } from '../limits/calls';

/**
 * PDF rendering (pdf-lib and fontkit) runs on the main thread, ~100–200 ms a page on a
 * small server: one render at a time, four waiting, the rest refused at once with 503
 * (LimitError `busy`), so thirty printers at once cannot stall every other request.
 * Renders are kept by key (a receipt's code and what it prints, a sheet's procedure
 * version and day) and concurrent requests for one key share one render.
 */
const rendering = boundedQueue({ concurrency: 1, queue: 4, maxWaitMs: 1500 });
const MAX_CACHED_BYTES = 32 * 1024 * 1024;
const cache = new Map<string, Uint8Array>();
let cachedBytes = 0;
const inFlight = new Map<string, Promise<Uint8Array>>();

function remember(key: string, pdf: Uint8Array) {
  if (pdf.length > MAX_CACHED_BYTES / 8) return;
  cache.set(key, pdf);
  cachedBytes += pdf.length;
  // Oldest first (a Map keeps insertion order; hits are re-inserted below).
  for (const [k, v] of cache) {
    if (cachedBytes <= MAX_CACHED_BYTES) break;
    cache.delete(k);
    cachedBytes -= v.length;
  }
}

/**
 * The PDF `render` makes, through the bounded queue; with a `key`, from the cache when
 * it was rendered before. The key must change whenever the content would: include every
 * input the PDF prints (or a version of it), and the day when it prints a date.
 */
export async function renderPdf(key: string | null, render: () => Promise<Uint8Array>, ctx?: Pick<InnerContext, 'language'>): Promise<Uint8Array> {
  if (key !== null) {
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const pending = inFlight.get(key);
    if (pending) return pending;
  }
  const job = rendering.run(render).then((done) => {
    if (!done) throw busy(ctx);
    if (key !== null) remember(key, done.value);
    return done.value;
  });
  if (key === null) return job;
  inFlight.set(key, job);
  try {
    return await job;
  } finally {
    inFlight.delete(key);
  }
}

/**
 * A cache key for a PDF made from `data` at `now`: the content itself (so any change, a
 * new version, another category, shows at once) and the hour (the PDF prints its date).
 */
export const pdfKey = (kind: string, data: unknown, now: Date) =>
  `${kind}:${createHash('sha256').update(JSON.stringify(data)).digest('base64url')}:${Math.floor(now.getTime() / 3_600_000)}`;

/** For tests: how many renders run and wait now. */
export const pdfQueueState = () => ({ running: rendering.running, waiting: rendering.waiting, cached: cache.size });
