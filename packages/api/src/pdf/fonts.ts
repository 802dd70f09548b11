import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFFont } from 'pdf-lib';

// Noto Sans Arabic (SIL OFL) from the npm registry: the standard PDF fonts have no Arabic
// glyphs. It also covers Latin letters, so mixed lines can fall back to it.
const ARABIC_FONTS = {
  regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
} as const;
const loaded = new Map<keyof typeof ARABIC_FONTS, Promise<Buffer>>();

/** The font file's bytes, read once per process. */
export function loadArabicFont(weight: keyof typeof ARABIC_FONTS = 'regular'): Promise<Buffer> {
  let bytes = loaded.get(weight);
  if (!bytes) {
    bytes = readFile(createRequire(import.meta.url).resolve(ARABIC_FONTS[weight]));
    loaded.set(weight, bytes);
  }
  return bytes;
}

/**
 * fontkit for `doc.registerFontkit`, parsing each font file once per process. Shaping
 * Arabic fills the font object's lookup caches: on a fresh object the first layout takes
 * hundreds of milliseconds of main-thread time, on a warm one about one. Each document
 * still makes its own subset, so sharing the parsed font changes no output.
 */
const parsed = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
export const sharedFontkit: typeof fontkit = {
  ...fontkit,
  create(data: Uint8Array, postscriptName?: string) {
    if (postscriptName) return fontkit.create(data, postscriptName);
    let font = parsed.get(data);
    if (!font) parsed.set(data, (font = fontkit.create(data)));
    return font;
  },
};

/** A smaller size when the text is wider than its column (long category names). */
export const fit = (textWidth: number, maxWidth: number, size: number) =>
  textWidth > maxWidth ? Math.max(6, (size * maxWidth) / textWidth) : size;

/** Helvetica only encodes WinAnsi: anything else would throw, so it becomes "?". */
export function winAnsi(text: string, font: PDFFont) {
  const supported = new Set(font.getCharacterSet());
  return [...text.normalize('NFC')].map((c) => (supported.has(c.codePointAt(0)!) ? c : '?')).join('');
}
