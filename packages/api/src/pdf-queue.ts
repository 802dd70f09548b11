import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { InnerContext } from './context';
import { boundedQueue, busy } from './limits';
import type { PdfJob } from './pdf-renderers';

/**
 * PDF rendering (pdf-lib and fontkit, pure JavaScript, ~100–600 ms a page on a small
 * server) runs in a worker thread when the server configured one (configurePdfWorker),
 * so the event loop keeps answering; one render at a time, four waiting, the rest
 * refused at once with 503 (LimitError `busy`), so thirty printers at once cannot stall
 * anything. Renders are kept by key (what a receipt or sheet prints, and the hour) and
 * concurrent requests for one key share one render. Without a worker (tests, scripts)
 * the same jobs run in the calling thread.
 *
 * This file sits beside pdf-renderers.ts, not in pdf/ (the drawing kit), and imports no
 * renderer: services queue renders through it, so the server starts without loading
 * pdf-lib, fontkit, bidi-js or qrcode (~0.4 s); the built server loads them in the worker
 * thread, a process without one at its first render (apps/server/build.mjs keeps
 * pdf-renderers out of the main bundle).
 */
const rendering = boundedQueue({ concurrency: 1, queue: 4, maxWaitMs: 1500, expectedMs: 300 });

let workerPath: string | null = null;
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (err: Error) => void }>();

/** Renders PDFs in a worker thread running `path` (the bundled pdf/worker.ts). */
export function configurePdfWorker(path: string | null) {
  workerPath = path;
  void worker?.terminate();
  worker = null;
}

function workerThread(path: string): Worker {
  if (worker) return worker;
  const w = new Worker(path);
  w.unref(); // never keeps the process alive on its own
  w.on('message', (m: { id: number; pdf?: Uint8Array; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.pdf) p?.resolve(new Uint8Array(m.pdf));
    else p?.reject(new Error(m.error ?? 'PDF rendering failed'));
  });
  // A crashed worker fails its jobs and is replaced on the next one.
  const fail = (err: Error) => {
    if (worker === w) worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(err);
    }
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`PDF worker exited (${code})`)));
  return (worker = w);
}

async function run(job: PdfJob): Promise<Uint8Array> {
  if (!workerPath) return (await import('./pdf-renderers')).runPdfJob(job);
  const w = workerThread(workerPath);
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, job });
  });
}
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
 * The PDF of `job`, through the bounded queue (and the worker thread when configured);
 * with a `key`, from the cache when it was rendered before. The key must change whenever
 * the content would: pdfKey(kind, everything the PDF prints, now).
 */
export async function renderPdf(
  key: string | null,
  job: PdfJob,
  ctx?: Pick<InnerContext, 'language'>,
): Promise<Uint8Array> {
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
  const rendered = rendering
    .run(() => run(job))
    .then((done) => {
      if (!done) throw busy(ctx);
      if (key !== null) remember(key, done.value);
      return done.value;
    });
  if (key === null) return rendered;
  inFlight.set(key, rendered);
  try {
    return await rendered;
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
