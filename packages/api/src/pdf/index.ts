/** The pdf domain as other domains see it: import from here, never from its files. */
export { drawLtr, drawRtl, hasArabic, ltrWidth, rtlWidth, wrapWords } from './bidi';
export { fit, loadArabicFont, sharedFontkit, winAnsi } from './fonts';
export { pdfKey, renderPdf } from './queue';
