import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { drawLtr, drawRtl, ltrWidth, rtlWidth } from './bidi';
import { fit, loadArabicFont, sharedFontkit } from './fonts';

const A4: [number, number] = [595.28, 841.89];
const M = 48;
export const POSTER_INK = rgb(0.1, 0.1, 0.12);
export const POSTER_MUTED = rgb(0.38, 0.38, 0.42);

/**
 * A one-page poster for a commune's notice board (the PAC's summary, a bulletin's): rows with French at the left
 * and Arabic at the right, and a foot with a QR code to the page the reader follows online, its address and a
 * bilingual line. `y` is where the next row goes; a poster may draw between rows (a progress bar).
 */
export async function openPoster(title: string, lineHeight: number) {
  // qrcode loads with the first poster, never with the server (apps/server/build.mjs checks start-up imports).
  const { default: QRCode } = await import('qrcode');
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  const arabic = await doc.embedFont(await loadArabicFont('regular'), { subset: true });
  const arabicBold = await doc.embedFont(await loadArabicFont('bold'), { subset: true });
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(title);
  doc.setLanguage('fr-MA');
  doc.setCreator('Shabaka');
  doc.setProducer('Shabaka');
  const [width, height] = A4;
  const page = doc.addPage(A4);
  const half = (width - 2 * M) / 2 - 8;
  const poster = {
    page,
    width,
    margin: M,
    y: height - M,
    /** Where the foot (QR code, address) starts: rows stop above it. */
    floor: M + 200,
    row(fr: string, ar: string, size: number, strong = false) {
      const lf = strong ? bold : latin;
      const af = strong ? arabicBold : arabic;
      const y = poster.y;
      drawLtr(page, fr, {
        x: M,
        y,
        size: fit(ltrWidth(fr, lf, arabic, size), half, size),
        font: lf,
        arabic,
        color: POSTER_INK,
      });
      drawRtl(page, ar, {
        right: width - M,
        y,
        size: fit(rtlWidth(ar, af, size), half, size),
        font: af,
        color: POSTER_INK,
      });
      poster.y -= size * lineHeight;
    },
    /** The foot, then the file. */
    async finish(url: string, follow: string) {
      const qr = await doc.embedPng(
        await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 400 }),
      );
      const size = 140;
      page.drawImage(qr, { x: (width - size) / 2, y: M + 40, width: size, height: size });
      const s = fit(latin.widthOfTextAtSize(url, 9), width - 2 * M, 9);
      page.drawText(url, {
        x: (width - latin.widthOfTextAtSize(url, s)) / 2,
        y: M + 24,
        size: s,
        font: latin,
        color: POSTER_MUTED,
      });
      drawLtr(page, follow, {
        x: (width - ltrWidth(follow, latin, arabic, 10)) / 2,
        y: M + 8,
        size: 10,
        font: latin,
        arabic,
        color: POSTER_INK,
      });
      return doc.save();
    },
  };
  return poster;
}
