import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { drawLtr, drawRtl, fit, loadArabicFont, ltrWidth, rtlWidth, sharedFontkit } from '../pdf';

/** What the poster prints, already in words (the PDF worker receives it by structured clone). */
export interface PosterData {
  title: { fr: string; ar: string };
  lines: { fr: string; ar: string; heading?: boolean }[];
  url: string;
  follow: string;
}

const A4: [number, number] = [595.28, 841.89];
const M = 48;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);

/**
 * The notice board's poster of a published bulletin: French at the left and Arabic at the right of each row, the
 * headline figures of each section, and a QR code to the bulletin's page (the signed bulletin is there).
 */
export async function renderBulletinPoster(d: PosterData): Promise<Uint8Array> {
  // qrcode loads with the first poster, never with the server (apps/server/build.mjs checks start-up imports).
  const { default: QRCode } = await import('qrcode');
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  const arabic = await doc.embedFont(await loadArabicFont('regular'), { subset: true });
  const arabicBold = await doc.embedFont(await loadArabicFont('bold'), { subset: true });
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(d.title.fr);
  doc.setLanguage('fr-MA');
  doc.setCreator('Shabaka');
  doc.setProducer('Shabaka');
  const [width, height] = A4;
  const page = doc.addPage(A4);
  const half = (width - 2 * M) / 2 - 8;
  let y = height - M;
  const row = (fr: string, ar: string, size: number, strong = false) => {
    const lf = strong ? bold : latin;
    const af = strong ? arabicBold : arabic;
    drawLtr(page, fr, { x: M, y, size: fit(ltrWidth(fr, lf, arabic, size), half, size), font: lf, arabic, color: INK });
    drawRtl(page, ar, { right: width - M, y, size: fit(rtlWidth(ar, af, size), half, size), font: af, color: INK });
    y -= size * 1.7;
  };
  row(d.title.fr, d.title.ar, 16, true);
  y -= 6;
  // The QR code and its address take the page's foot: the figures stop above them.
  const floor = M + 200;
  for (const l of d.lines) {
    if (y < floor) break;
    if (l.heading) y -= 4;
    row(l.fr, l.ar, l.heading ? 12 : 10, !!l.heading);
  }
  const qr = await doc.embedPng(
    await QRCode.toBuffer(d.url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 400 }),
  );
  const size = 140;
  page.drawImage(qr, { x: (width - size) / 2, y: M + 40, width: size, height: size });
  const s = fit(latin.widthOfTextAtSize(d.url, 9), width - 2 * M, 9);
  page.drawText(d.url, {
    x: (width - latin.widthOfTextAtSize(d.url, s)) / 2,
    y: M + 24,
    size: s,
    font: latin,
    color: MUTED,
  });
  drawLtr(page, d.follow, {
    x: (width - ltrWidth(d.follow, latin, arabic, 10)) / 2,
    y: M + 8,
    size: 10,
    font: latin,
    arabic,
    color: INK,
  });
  return doc.save();
}
