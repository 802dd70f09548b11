import sharp from 'sharp';
import { badRequest } from '../errors';
import { MAX_UPLOAD_BYTES } from './schemas';

export interface ProcessedFile {
  bytes: Buffer;
  mime: string;
  width: number | null;
  height: number | null;
}

const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'avif', 'gif', 'tiff']);
const MAX_PIXELS = 40_000_000;

/**
 * Checks what the bytes really are (not what the name or type claims), then
 * re-encodes: orientation applied, EXIF/GPS and every other metadata dropped
 * (sharp keeps none unless asked), bounded size, plus a thumbnail.
 */
export async function processPhoto(data: Buffer, field: string): Promise<{ main: ProcessedFile; thumb: ProcessedFile }> {
  if (data.length === 0) throw badRequest('empty_file', 'The file is empty.', field);
  if (data.length > MAX_UPLOAD_BYTES) throw badRequest('file_too_large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, field);
  let format: string | undefined;
  try {
    format = (await sharp(data, { limitInputPixels: MAX_PIXELS }).metadata()).format;
  } catch {
    format = undefined;
  }
  if (!format || !IMAGE_FORMATS.has(format)) throw badRequest('not_an_image', 'This file is not a photo (JPEG, PNG, WebP or HEIC).', field);
  try {
    const base = sharp(data, { limitInputPixels: MAX_PIXELS }).rotate();
    const main = await base.clone().resize({ width: 1600, height: 1600, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    const thumb = await base.clone().resize({ width: 320, height: 320, fit: 'inside', withoutEnlargement: true }).webp({ quality: 70 }).toBuffer({ resolveWithObject: true });
    return {
      main: { bytes: main.data, mime: 'image/jpeg', width: main.info.width, height: main.info.height },
      thumb: { bytes: thumb.data, mime: 'image/webp', width: thumb.info.width, height: thumb.info.height },
    };
  } catch {
    throw badRequest('unreadable_image', 'This photo could not be read; try another one.', field);
  }
}

/** Scanned pages from the counter: photos of pages are treated like photos; PDFs are kept as they are. */
export async function processScan(data: Buffer, field: string): Promise<{ main: ProcessedFile; thumb: ProcessedFile | null }> {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    if (data.length > MAX_UPLOAD_BYTES) throw badRequest('file_too_large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, field);
    return { main: { bytes: data, mime: 'application/pdf', width: null, height: null }, thumb: null };
  }
  return processPhoto(data, field);
}
