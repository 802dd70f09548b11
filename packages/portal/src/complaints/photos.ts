/**
 * Photos are made small in the browser before they travel: a cheap phone on a slow
 * network sends a 1600 px JPEG of a few hundred KB, not a 6 MB original. The server
 * re-encodes anyway (and strips EXIF/GPS); this is only about the upload.
 */

/** Longest side sent. */
export const MAX_SIDE = 1600;
/**
 * Bytes per photo once encoded: enough for a clear 1600 px picture, small enough for a
 * slow mobile upload (three in base64 stay far under the server's 48 MB tRPC limit);
 * the quality and then the size step down until a photo fits.
 */
export const MAX_PHOTO_BYTES = 900_000;

/** Tried in order until the JPEG fits MAX_PHOTO_BYTES; the last one is kept whatever its size. */
export const ENCODINGS: readonly { side: number; quality: number }[] = [
  { side: MAX_SIDE, quality: 0.82 },
  { side: MAX_SIDE, quality: 0.7 },
  { side: MAX_SIDE, quality: 0.58 },
  { side: 1280, quality: 0.6 },
  { side: 1024, quality: 0.6 },
  { side: 800, quality: 0.6 },
];

/** Width and height that fit `side` on the longest edge, never enlarged. */
export function fitWithin(width: number, height: number, side: number) {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export interface PreparedPhoto {
  id: string;
  name: string;
  /** For the thumbnail (an object URL to revoke when the photo is removed). */
  previewUrl: string;
  dataBase64: string;
  bytes: number;
}

export class PhotoError extends Error {
  constructor(readonly reason: 'unreadable' | 'too_large') {
    super(reason);
  }
}

type Source = { image: CanvasImageSource; width: number; height: number; close: () => void };

async function decode(file: Blob): Promise<Source> {
  if (typeof createImageBitmap === 'function') {
    try {
      // Phones store portrait photos rotated, with an EXIF flag: honour it.
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { image: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
    } catch {
      // some browsers reject the options or the format: try an <img>
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return { image: img, width: img.naturalWidth, height: img.naturalHeight, close: () => {} };
  } finally {
    URL.revokeObjectURL(url);
  }
}

const toBlob = (canvas: HTMLCanvasElement, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));

export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Whether a file's first bytes are an image the server decodes: JPEG, PNG, GIF, WebP, or the
 * HEIF family (HEIC, AVIF). The name and the browser's type come from the extension (a text
 * file renamed .jpg says image/jpeg), so they decide nothing.
 */
export function looksLikeImage(head: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  return (
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) ||
    ascii(0, 8) === '\x89PNG\r\n\x1a\n' ||
    ascii(0, 4) === 'GIF8' ||
    (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') ||
    ascii(4, 8) === 'ftyp'
  );
}

/** Downscales `file` to a JPEG of at most MAX_SIDE px, small enough to upload. */
export async function preparePhoto(file: File, id: string): Promise<PreparedPhoto> {
  let source: Source;
  try {
    source = await decode(file);
  } catch {
    // Not decodable here (e.g. HEIC outside Safari): a small original that is an image may still go as is.
    const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
    if (file.size > 0 && file.size <= MAX_PHOTO_BYTES && looksLikeImage(head)) {
      return { id, name: file.name, previewUrl: '', dataBase64: await blobToBase64(file), bytes: file.size };
    }
    throw new PhotoError('unreadable');
  }
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new PhotoError('unreadable');
    let blob: Blob | null = null;
    for (const { side, quality } of ENCODINGS) {
      const size = fitWithin(source.width, source.height, side);
      if (canvas.width !== size.width || canvas.height !== size.height || !blob) {
        canvas.width = size.width;
        canvas.height = size.height;
        // JPEG has no transparency: a white ground instead of black for PNGs.
        context.fillStyle = '#fff';
        context.fillRect(0, 0, size.width, size.height);
        context.drawImage(source.image, 0, 0, size.width, size.height);
      }
      blob = await toBlob(canvas, quality);
      if (!blob) throw new PhotoError('unreadable');
      if (blob.size <= MAX_PHOTO_BYTES) break;
    }
    if (!blob) throw new PhotoError('unreadable');
    if (blob.size > MAX_PHOTO_BYTES * 1.5) throw new PhotoError('too_large');
    return {
      id,
      name: file.name,
      previewUrl: URL.createObjectURL(blob),
      dataBase64: await blobToBase64(blob),
      bytes: blob.size,
    };
  } finally {
    source.close();
  }
}
