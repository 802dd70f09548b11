/** Scanned pages for counter mode: images are downscaled in the browser, PDFs are sent as they are. */

/** Longest side of a scanned image once downscaled (enough to read a handwritten page). */
export const MAX_SIDE = 2000;
/** The server's per-file limit (packages/api/src/files/schemas.ts). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
export const MAX_SCANS = 10;

export interface PreparedScan {
  /** Stable key for the list. */
  key: string;
  name: string;
  kind: 'image' | 'pdf';
  dataBase64: string;
  bytes: number;
  /** Object URL of the downscaled image (revoke when removed). */
  previewUrl: string | null;
}

export type ScanProblem = 'notSupported' | 'unreadable' | 'tooLarge';
export class ScanError extends Error {
  constructor(
    readonly problem: ScanProblem,
    readonly fileName: string,
  ) {
    super(problem);
  }
}

function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

const isPdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
let counter = 0;

export async function prepareScan(file: File): Promise<PreparedScan> {
  const key = `scan-${++counter}`;
  const name = file.name.slice(0, 200);
  if (isPdf(file)) {
    if (file.size > MAX_FILE_BYTES) throw new ScanError('tooLarge', file.name);
    return { key, name, kind: 'pdf', dataBase64: await toBase64(file), bytes: file.size, previewUrl: null };
  }
  if (!file.type.startsWith('image/')) throw new ScanError('notSupported', file.name);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new ScanError('unreadable', file.name);
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ScanError('unreadable', file.name);
  // JPEG has no transparency: scans with an alpha channel get a white page.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) throw new ScanError('unreadable', file.name);
  if (blob.size > MAX_FILE_BYTES) throw new ScanError('tooLarge', file.name);
  return {
    key,
    name: `${name.replace(/\.[^.]*$/, '').slice(0, 190)}.jpg`,
    kind: 'image',
    dataBase64: await toBase64(blob),
    bytes: blob.size,
    previewUrl: URL.createObjectURL(blob),
  };
}

/** A random idempotency key, also where `crypto.randomUUID` is missing (plain http on a LAN address). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
