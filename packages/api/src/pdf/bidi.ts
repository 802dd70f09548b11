import bidiFactory from 'bidi-js';
import {
  beginText,
  endText,
  moveText,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';

/*
 * Lines of text in either direction, for the receipts, sheets and signed documents.
 *
 * Order: the Unicode Bidirectional Algorithm (UAX #9, bidi-js) resolves each line's levels
 * and cuts it into runs laid out in visual order, so a name or an address in Arabic inside
 * a French sentence (and digits, Latin words, brackets inside an Arabic one) land where a
 * reader expects them.
 *
 * Text layer: pdf-lib maps each glyph to the code points fontkit gives it, and fontkit
 * caches one glyph object per glyph id with the code points of its first use. Noto Sans
 * Arabic draws teh, yeh, beh, noon… with one dotless body plus dot marks, so a body mapped
 * to "ي" once reads "ي" everywhere ("وصل الإتداع"), and the dots map to nothing. Each
 * shaped cluster (a body and its marks) is therefore wrapped in a marked-content span
 * whose /ActualText is the letter(s) it stands for (PDF 32000-1 §14.9.4), the way Cairo and
 * Skia write Arabic: copy, search and screen readers get the text as written.
 */

const bidi = bidiFactory();

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Bidi controls (Intl adds some) steer the algorithm but have no glyph in the font. */
const CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const MARK = /\p{M}/u;

export const hasArabic = (text: string) => ARABIC_SCRIPT.test(text);

/** One directional run of a line: its text in logical order, without bidi controls. */
export interface Run {
  text: string;
  rtl: boolean;
  /** Where the run starts in the line: drawing runs in this order keeps the text layer logical. */
  start: number;
}

/** A line's runs from left to right, by UAX #9 for the given paragraph direction. */
export function visualRuns(text: string, base: 'rtl' | 'ltr'): Run[] {
  const line = text.normalize('NFC');
  if (!line) return [];
  const embedding = bidi.getEmbeddingLevels(line, base);
  const levels = embedding.levels;
  const runs: { from: number; to: number; level: number; last: number }[] = [];
  for (const i of bidi.getReorderedIndices(line, embedding)) {
    const level = levels[i]!;
    const run = runs.at(-1);
    // Visual neighbours belong to one run when they are logical neighbours at the same level.
    if (run && run.level === level && i === run.last + (level % 2 ? -1 : 1)) {
      run.last = i;
      run.from = Math.min(run.from, i);
      run.to = Math.max(run.to, i);
    } else runs.push({ from: i, to: i, level, last: i });
  }
  return runs
    .map((r) => ({ text: line.slice(r.from, r.to + 1).replace(CONTROLS, ''), rtl: r.level % 2 === 1, start: r.from }))
    .filter((r) => r.text !== '');
}

/**
 * The string handed to the font for a run. fontkit shapes an Arabic run and reverses it
 * itself, but never mirrors brackets: they are mirrored here; a right-to-left run without
 * Arabic letters (punctuation between two Arabic words) is also put in visual order here.
 */
function glyphString(run: Run) {
  if (!run.rtl) return run.text;
  const mirrored = [...run.text].map((c) => bidi.getMirroredCharacter(c) ?? c);
  return (ARABIC_SCRIPT.test(run.text) ? mirrored : mirrored.reverse()).join('');
}

/** Letters with their combining marks (harakat, shadda, hamza above), in logical order. */
function clusters(text: string): string[] {
  const out: string[] = [];
  for (const c of text) {
    if (out.length > 0 && MARK.test(c)) out[out.length - 1] += c;
    else out.push(c);
  }
  return out;
}

interface Shaper {
  layout(text: string): { glyphs: { advanceWidth: number }[] };
}
/**
 * The fontkit font behind an embedded font, or null for the standard fonts (WinAnsi, one
 * glyph per character, already mapped right). pdf-lib (pinned) keeps it on its embedder.
 */
function shaperOf(font: PDFFont): Shaper | null {
  const embedder = (font as unknown as { embedder?: { font?: Partial<Shaper> } }).embedder;
  return typeof embedder?.font?.layout === 'function' ? (embedder.font as Shaper) : null;
}

/**
 * BDC with a direct property list: the cluster's letters as its replacement text. pdf-lib's
 * operator arguments leave dictionaries out, though it writes one inline like any object.
 */
const spanWith = (page: PDFPage, actualText: string) =>
  PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
    PDFName.of('Span'),
    page.doc.context.obj({ ActualText: PDFHexString.fromText(actualText) }) as unknown as PDFName,
  ]);
const endSpan = () => PDFOperator.of(PDFOperatorNames.EndMarkedContent);

/**
 * Draws one run at `x`: a standard font as pdf-lib does; a shaped font glyph cluster by
 * glyph cluster, each with its letters as /ActualText. When the clusters cannot be paired
 * one to one (a ligature of two letters), the whole run gets one span.
 */
function drawRun(page: PDFPage, run: Run, o: { x: number; y: number; size: number; font: PDFFont; color?: RGB }) {
  const drawn = glyphString(run);
  const shaper = shaperOf(o.font);
  if (!shaper) {
    page.drawText(drawn, { x: o.x, y: o.y, size: o.size, font: o.font, ...(o.color ? { color: o.color } : {}) });
    return;
  }
  const codes = o.font.encodeText(drawn).asString().match(/.{4}/g) ?? [];
  const glyphs = shaper.layout(drawn).glyphs;
  // fontkit reversed an Arabic run: its marks now come before their body.
  const reversedByFont = run.rtl && ARABIC_SCRIPT.test(run.text);
  const visual: string[][] = [];
  let pending: string[] = [];
  glyphs.forEach((g, i) => {
    const code = codes[i] ?? '';
    const mark = g.advanceWidth === 0;
    if (reversedByFont) {
      pending.push(code);
      if (!mark) {
        visual.push(pending);
        pending = [];
      }
    } else if (mark && visual.length > 0) visual.at(-1)!.push(code);
    else visual.push([code]);
  });
  if (pending.length > 0) visual.push(pending);
  const logical = clusters(run.text);
  const paired = codes.length === glyphs.length && visual.length === logical.length;
  if (run.rtl) logical.reverse();

  const key = page.node.newFontDictionary(o.font.name, o.font.ref);
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    beginText(),
    setFillingColor(o.color ?? rgb(0, 0, 0)),
    setFontAndSize(key, o.size),
    moveText(o.x, o.y),
  ];
  if (paired) {
    visual.forEach((glyphCodes, i) => {
      const letters = [...logical[i]!];
      // A letter with its own marks (shadda, harakat) has one glyph per character: one span
      // each, so an extractor that orders by position keeps the mark after its letter.
      if (glyphCodes.length > 1 && glyphCodes.length === letters.length) {
        if (reversedByFont) letters.reverse();
        glyphCodes.forEach((code, j) => ops.push(spanWith(page, letters[j]!), showHex(code), endSpan()));
      } else ops.push(spanWith(page, logical[i]!), showHex(glyphCodes.join('')), endSpan());
    });
  } else ops.push(spanWith(page, run.text), showHex(codes.join('')), endSpan());
  ops.push(endText(), popGraphicsState());
  page.pushOperators(...ops);
}
const showHex = (hex: string) => PDFOperator.of(PDFOperatorNames.ShowText, [PDFHexString.of(hex)]);

const runWidth = (run: Run, font: PDFFont, size: number) => font.widthOfTextAtSize(glyphString(run), size);

/** Runs are placed in visual order but written in logical order, as text extractors read a stream. */
const logicalOrder = <T extends { run: Run }>(placed: T[]) => [...placed].sort((a, b) => a.run.start - b.run.start);

export function rtlWidth(text: string, font: PDFFont, size: number) {
  return visualRuns(text, 'rtl').reduce((w, r) => w + runWidth(r, font, size), 0);
}

/** Draws one right-to-left line ending at `right`, in `font` (Arabic, and Latin runs too). */
export function drawRtl(
  page: PDFPage,
  text: string,
  o: { right: number; y: number; size: number; font: PDFFont; color?: RGB },
) {
  let x = o.right - rtlWidth(text, o.font, o.size);
  const placed = visualRuns(text, 'rtl').map((run) => {
    const at = x;
    x += runWidth(run, o.font, o.size);
    return { run, x: at };
  });
  for (const p of logicalOrder(placed)) drawRun(page, p.run, { ...o, x: p.x });
}

/**
 * A left-to-right line that may hold Arabic words (a name, an address): Latin runs in
 * `font` when it can encode them, Arabic runs (and any character `font` lacks) in `arabic`.
 */
function ltrPieces(text: string, font: PDFFont, arabic: PDFFont) {
  const supported = new Set(font.getCharacterSet());
  return visualRuns(text, 'ltr').map((run) => {
    const latin = !run.rtl && [...run.text].every((c) => supported.has(c.codePointAt(0)!));
    return { run, font: latin ? font : arabic };
  });
}

export function ltrWidth(text: string, font: PDFFont, arabic: PDFFont, size: number) {
  return ltrPieces(text, font, arabic).reduce((w, p) => w + runWidth(p.run, p.font, size), 0);
}

export function drawLtr(
  page: PDFPage,
  text: string,
  o: { x: number; y: number; size: number; font: PDFFont; arabic: PDFFont; color?: RGB },
) {
  let x = o.x;
  const placed = ltrPieces(text, o.font, o.arabic).map((p) => {
    const at = x;
    x += runWidth(p.run, p.font, o.size);
    return { ...p, x: at };
  });
  for (const p of logicalOrder(placed))
    drawRun(page, p.run, { x: p.x, y: o.y, size: o.size, font: p.font, ...(o.color ? { color: o.color } : {}) });
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
