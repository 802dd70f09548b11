/**
 * The drawing kit of the PDF renderers (pdf-lib, fontkit, bidi-js): only renderers import
 * it. Services queue their renders through ../pdf-queue, which loads none of this.
 */
export { drawLtr, drawRtl, hasArabic, ltrWidth, rtlWidth, wrapWords } from './bidi';
export { fit, loadArabicFont, sharedFontkit, winAnsi } from './fonts';
export { openPoster, POSTER_INK, POSTER_MUTED } from './poster';
