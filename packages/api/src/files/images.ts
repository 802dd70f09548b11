import type { default as Sharp, Metadata } from 'sharp';
import type { InnerContext } from '../context';
import { badRequest } from '../errors';
import { boundedQueue, busy } from '../limits';
import { MAX_UPLOAD_BYTES } from './schemas';

export interface ProcessedFile {
  bytes: Buffer;
  mime: string;
  width: number | null;
  height: number | null;
}

const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'avif', 'gif', 'tiff']);
/** A 24-megapixel photo is more than any phone camera needs to show a pothole. */
export const MAX_PIXELS = 24_000_000;

// Decoding is the heaviest thing the server does: one image at a time, on one libvips
// thread, leaves the other core to answer everyone else. A phone photo decodes in tens of
// milliseconds, so a dozen citizens sending theirs at once all wait their turn (32 may wait);
// what is refused with 503 is a queue whose expected wait passes 2 s (a flood of huge images).
const decoding = boundedQueue({ concurrency: 1, queue: 32, maxWaitMs: 2000, expectedMs: 300 });

let sharpLoaded: Promise<typeof Sharp> | undefined;
/** sharp (libvips, a native library: ~80 ms to load) loads with the first photo, not when the server starts. */
function loadSharp(): Promise<typeof Sharp> {
  return (sharpLoaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.concurrency(1);
    return sharp;
  }));
}

/**
 * Checks what the bytes really are (not what the name or type claims), then
 * re-encodes: orientation applied, EXIF/GPS and every other metadata dropped
 * (sharp keeps none unless asked), bounded size, plus a thumbnail.
 */
export async function processPhoto(
  data: Buffer,
  field: string,
  ctx?: Pick<InnerContext, 'language'>,
): Promise<{ main: ProcessedFile; thumb: ProcessedFile }> {
  if (data.length === 0) throw badRequest('empty_file', 'The file is empty.', field);
  if (data.length > MAX_UPLOAD_BYTES)
    throw badRequest('file_too_large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, field);
  // The header alone (cheap) says what the bytes are and how many pixels they would decode to.
  const sharp = await loadSharp();
  let meta: Metadata | undefined;
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    meta = undefined;
  }
  if (!meta?.format || !IMAGE_FORMATS.has(meta.format))
    throw badRequest('not_an_image', 'This file is not a photo (JPEG, PNG, WebP or HEIC).', field);
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_PIXELS) {
    throw badRequest(
      'image_too_large',
      `This photo has more than ${MAX_PIXELS / 1_000_000} megapixels; send a smaller one.`,
      field,
    );
  }
  const done = await decoding.run(() => reencode(data, field));
  if (!done) throw busy(ctx);
  return done.value;
}

async function reencode(data: Buffer, field: string): Promise<{ main: ProcessedFile; thumb: ProcessedFile }> {
  const sharp = await loadSharp();
  try {
    const base = sharp(data, { limitInputPixels: MAX_PIXELS }).rotate();
    const main = await base
      .clone()
      .resize({ width: 1600, height: 1600, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await base
      .clone()
      .resize({ width: 320, height: 320, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer({ resolveWithObject: true });
    return {
      main: { bytes: main.data, mime: 'image/jpeg', width: main.info.width, height: main.info.height },
      thumb: { bytes: thumb.data, mime: 'image/webp', width: thumb.info.width, height: thumb.info.height },
    };
  } catch {
    throw badRequest('unreadable_image', 'This photo could not be read; try another one.', field);
  }
}

/** Scanned pages from the counter: photos of pages are treated like photos; PDFs are kept as they are. */
export async function processScan(
  data: Buffer,
  field: string,
  ctx?: Pick<InnerContext, 'language'>,
): Promise<{ main: ProcessedFile; thumb: ProcessedFile | null }> {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    if (data.length > MAX_UPLOAD_BYTES)
      throw badRequest('file_too_large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, field);
    return { main: { bytes: data, mime: 'application/pdf', width: null, height: null }, thumb: null };
  }
  return processPhoto(data, field, ctx);
}
