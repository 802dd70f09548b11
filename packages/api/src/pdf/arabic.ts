import type { PDFFont, PDFPage, RGB } from 'pdf-lib';

/*
 * pdf-lib hands each drawText string to fontkit's layout, which shapes Arabic (joined
 * initial/medial/final forms, lam-alef) and reverses an Arabic run into visual order —
 * but it knows no bidi: digits and Latin words inside an Arabic line would come out
 * reversed too ("2026" as "6202"). This is the small part of the bidi algorithm a
 * one-line label needs: split the line into right-to-left and left-to-right runs,
 * then lay the runs out from the line's starting edge in logical order.
 *
 * Shared by the complaint receipts and the signed documents (moved from receipts/).
 */

const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LTR = /[\p{L}\p{N}]/u;
/** Bidi control marks (Intl adds some) have no glyph in the font. */
const CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

type Dir = 'L' | 'R' | 'N';
const dirOf = (c: string): Dir => (ARABIC_DIGIT.test(c) ? 'L' : ARABIC.test(c) ? 'R' : STRONG_LTR.test(c) ? 'L' : 'N');

export const hasArabic = (text: string) => ARABIC.test(text);

/**
 * Runs of one direction, in logical order, for a line whose base direction is `base`.
 * A neutral (space, punctuation) between two characters of the other direction stays
 * with them ("2026-03-07" in Arabic, "فاطمة الزهراء" in French); any other neutral
 * takes the line's direction.
 */
export function bidiRuns(text: string, base: 'rtl' | 'ltr'): { text: string; rtl: boolean }[] {
  const chars = [...text.replace(CONTROLS, '')];
  const dirs = chars.map(dirOf);
  const baseDir: Dir = base === 'rtl' ? 'R' : 'L';
  const other: Dir = base === 'rtl' ? 'L' : 'R';
  const strongAt = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < dirs.length; i += step) if (dirs[i] !== 'N') return dirs[i];
    return baseDir;
  };
  const resolved = dirs.map((d, i) =>
    d !== 'N' ? d : strongAt(i - 1, -1) === other && strongAt(i + 1, 1) === other ? other : baseDir,
  );
  const runs: { text: string; rtl: boolean }[] = [];
  chars.forEach((c, i) => {
    const rtl = resolved[i] === 'R';
    const last = runs.at(-1);
    if (last && last.rtl === rtl) last.text += c;
    else runs.push({ text: c, rtl });
  });
  return runs;
}

/** Runs of one direction, in logical order, for a right-to-left line. */
export const rtlRuns = (text: string) => bidiRuns(text, 'rtl');

/**
 * fontkit reverses a run only when it contains Arabic letters, and never mirrors its
 * brackets ("(الرقم)" would print as ")الرقم("): they are mirrored here. A right-to-left
 * run of punctuation alone is put in visual order (and its brackets mirrored) here.
 */
function visual(run: { text: string; rtl: boolean }) {
  if (!run.rtl) return run.text;
  if (ARABIC.test(run.text)) return [...run.text].map((c) => MIRRORED[c] ?? c).join('');
  return [...run.text]
    .reverse()
    .map((c) => MIRRORED[c] ?? c)
    .join('');
}

export function rtlWidth(text: string, font: PDFFont, size: number) {
  return rtlRuns(text).reduce((w, r) => w + font.widthOfTextAtSize(visual(r), size), 0);
}

/** Draws one right-to-left line ending at `right`. */
export function drawRtl(
  page: PDFPage,
  text: string,
  o: { right: number; y: number; size: number; font: PDFFont; color?: RGB },
) {
  let x = o.right;
  for (const run of rtlRuns(text)) {
    const t = visual(run);
    x -= o.font.widthOfTextAtSize(t, o.size);
    page.drawText(t, { x, y: o.y, size: o.size, font: o.font, ...(o.color ? { color: o.color } : {}) });
  }
}

/**
 * A left-to-right line that may hold Arabic words (a name, an address): Latin runs in
 * `font` when it can encode them, Arabic runs (and any character `font` lacks) in `arabic`.
 */
function ltrPieces(text: string, font: PDFFont, arabic: PDFFont) {
  const supported = new Set(font.getCharacterSet());
  return bidiRuns(text.normalize('NFC'), 'ltr').map((run) => {
    const t = visual(run);
    const latin = !run.rtl && [...t].every((c) => supported.has(c.codePointAt(0)!));
    return { text: t, font: latin ? font : arabic };
  });
}

export function ltrWidth(text: string, font: PDFFont, arabic: PDFFont, size: number) {
  return ltrPieces(text, font, arabic).reduce((w, p) => w + p.font.widthOfTextAtSize(p.text, size), 0);
}

export function drawLtr(
  page: PDFPage,
  text: string,
  o: { x: number; y: number; size: number; font: PDFFont; arabic: PDFFont; color?: RGB },
) {
  let x = o.x;
  for (const p of ltrPieces(text, o.font, o.arabic)) {
    page.drawText(p.text, { x, y: o.y, size: o.size, font: p.font, ...(o.color ? { color: o.color } : {}) });
    x += p.font.widthOfTextAtSize(p.text, o.size);
  }
}

/** A word wider than the line (a long reference, a pasted URL) is cut where it must be. */
function hardBreak(word: string, maxWidth: number, width: (line: string) => number): string[] {
  if (width(word) <= maxWidth) return [word];
  const out: string[] = [];
  let current = '';
  for (const c of word) {
    if (current && width(current + c) > maxWidth) {
      out.push(current);
      current = c;
    } else current += c;
  }
  if (current) out.push(current);
  return out;
}

/** Greedy word wrap for a measure function (either direction). */
export function wrapWords(text: string, maxWidth: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((w) => hardBreak(w, maxWidth, width))) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && width(candidate) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}
