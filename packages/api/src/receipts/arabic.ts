import type { PDFFont, PDFPage, RGB } from 'pdf-lib';

/*
 * pdf-lib hands each drawText string to fontkit's layout, which shapes Arabic (joined
 * initial/medial/final forms, lam-alef) and reverses an Arabic run into visual order —
 * but it knows no bidi: digits and Latin words inside an Arabic line would come out
 * reversed too ("2026" as "6202"). This is the small part of the bidi algorithm a
 * one-line label needs: split the line into right-to-left and left-to-right runs,
 * then lay the runs out from the right edge in logical order.
 */

const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LTR = /[\p{L}\p{N}]/u;
/** Bidi control marks (Intl adds some) have no glyph in the font. */
const CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };

type Dir = 'L' | 'R' | 'N';
const dirOf = (c: string): Dir => (ARABIC_DIGIT.test(c) ? 'L' : ARABIC.test(c) ? 'R' : STRONG_LTR.test(c) ? 'L' : 'N');

/** Runs of one direction, in logical order, for a right-to-left line. */
export function rtlRuns(text: string): { text: string; rtl: boolean }[] {
  const chars = [...text.replace(CONTROLS, '')];
  const dirs = chars.map(dirOf);
  // A neutral (space, punctuation) between two left-to-right characters stays with
  // them ("2026-03-07", "11:00"); any other takes the line's direction.
  const strongAt = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < dirs.length; i += step) if (dirs[i] !== 'N') return dirs[i];
    return 'R';
  };
  const resolved = dirs.map((d, i) => (d !== 'N' ? d : strongAt(i - 1, -1) === 'L' && strongAt(i + 1, 1) === 'L' ? 'L' : 'R'));
  const runs: { text: string; rtl: boolean }[] = [];
  chars.forEach((c, i) => {
    const rtl = resolved[i] === 'R';
    const last = runs.at(-1);
    if (last && last.rtl === rtl) last.text += c;
    else runs.push({ text: c, rtl });
  });
  return runs;
}

/**
 * fontkit reverses a run only when it contains Arabic letters; a right-to-left run of
 * punctuation alone is put in visual order (and its brackets mirrored) here.
 */
function visual(run: { text: string; rtl: boolean }) {
  if (!run.rtl || ARABIC.test(run.text)) return run.text;
  return [...run.text].reverse().map((c) => MIRRORED[c] ?? c).join('');
}

export function rtlWidth(text: string, font: PDFFont, size: number) {
  return rtlRuns(text).reduce((w, r) => w + font.widthOfTextAtSize(visual(r), size), 0);
}

/** Draws one right-to-left line ending at `right`. */
export function drawRtl(page: PDFPage, text: string, o: { right: number; y: number; size: number; font: PDFFont; color?: RGB }) {
  let x = o.right;
  for (const run of rtlRuns(text)) {
    const t = visual(run);
    x -= o.font.widthOfTextAtSize(t, o.size);
    page.drawText(t, { x, y: o.y, size: o.size, font: o.font, ...(o.color ? { color: o.color } : {}) });
  }
}
