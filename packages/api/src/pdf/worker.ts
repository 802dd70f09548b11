import { parentPort } from 'node:worker_threads';
import { runPdfJob, type PdfJob } from '../pdf-renderers';

/**
 * The PDF worker thread (bundled by apps/server/build.mjs as dist/pdf-worker.js): renders
 * the jobs pdf-queue.ts sends, one at a time, off the server's event loop.
 */
parentPort!.on('message', async ({ id, job }: { id: number; job: PdfJob }) => {
  try {
    const pdf = await runPdfJob(job);
    parentPort!.postMessage({ id, pdf }, [pdf.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
