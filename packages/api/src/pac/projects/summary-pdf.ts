import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { drawLtr, drawRtl, fit, loadArabicFont, ltrWidth, rtlWidth, sharedFontkit } from '../../pdf';

/** What the one-page summary prints: plain data (the PDF worker receives it by structured clone). */
export interface SummaryData {
  communeNames: { ar: string; fr: string };
  year: number;
  overall: number;
  projects: number;
  late: { code: string; ar: string; fr: string; progress: number }[];
  counts: { completed: number; underWay: number; planned: number };
  planned: string;
  paid: string;
  milestones: number;
  url: string;
}

const A4: [number, number] = [595.28, 841.89];
const M = 48;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);
const BAR = rgb(0.12, 0.45, 0.3);

/**
 * The poster for the commune's notice board, French at the left and Arabic at the right of each row, the overall
 * progress as a bar, and a QR code to the public page (the reader follows the projects there).
 */
export async function renderPacSummary(d: SummaryData): Promise<Uint8Array> {
  // qrcode loads with the first summary, never with the server (apps/server/build.mjs checks start-up imports).
  const { default: QRCode } = await import('qrcode');
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  const arabic = await doc.embedFont(await loadArabicFont('regular'), { subset: true });
  const arabicBold = await doc.embedFont(await loadArabicFont('bold'), { subset: true });
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(`PAC ${d.year} — ${d.communeNames.fr}`);
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
    y -= size * 1.8;
  };
  row(`Commune de ${d.communeNames.fr}`, `جماعة ${d.communeNames.ar}`, 14, true);
  row(`Programme d’action — suivi ${d.year}`, `برنامج عمل الجماعة — التتبع ${d.year}`, 18, true);
  y -= 10;
  row(`Avancement global : ${d.overall} %`, `نسبة الإنجاز الإجمالية: ${d.overall} %`, 16, true);
  page.drawRectangle({ x: M, y, width: width - 2 * M, height: 18, borderColor: MUTED, borderWidth: 0.8 });
  page.drawRectangle({ x: M, y, width: ((width - 2 * M) * d.overall) / 100, height: 18, color: BAR });
  y -= 34;
  row(`${d.projects} projets`, `${d.projects} مشاريع`, 12);
  row(
    `Achevés ${d.counts.completed} · en cours ${d.counts.underWay} · prévus ${d.counts.planned} · en retard ${d.late.length}`,
    `منجزة ${d.counts.completed} · في طور الإنجاز ${d.counts.underWay} · مبرمجة ${d.counts.planned} · متأخرة ${d.late.length}`,
    11,
  );
  row(
    `Budget prévu ${d.planned} MAD · payé ${d.paid} MAD`,
    `الميزانية المتوقعة ${d.planned} درهم · المؤداة ${d.paid} درهم`,
    11,
  );
  row(`Étapes réalisées en ${d.year} : ${d.milestones}`, `المراحل المنجزة سنة ${d.year}: ${d.milestones}`, 11);
  y -= 8;
  if (d.late.length > 0) {
    row('Projets en retard', 'المشاريع المتأخرة', 12, true);
    for (const p of d.late.slice(0, 8))
      row(`${p.code} ${p.fr} (${p.progress} %)`, `${p.code} ${p.ar} (${p.progress} %)`, 10);
  }
  const qr = await doc.embedPng(
    await QRCode.toBuffer(d.url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 400 }),
  );
  const size = 140;
  page.drawImage(qr, { x: (width - size) / 2, y: M + 40, width: size, height: size });
  const url = d.url;
  const s = fit(latin.widthOfTextAtSize(url, 9), width - 2 * M, 9);
  page.drawText(url, {
    x: (width - latin.widthOfTextAtSize(url, s)) / 2,
    y: M + 24,
    size: s,
    font: latin,
    color: MUTED,
  });
  const follow = 'Suivez chaque projet en ligne · تتبعوا كل مشروع عبر الإنترنت';
  drawLtr(page, follow, {
    x: (width - ltrWidth(follow, latin, arabic, 10)) / 2,
    y: M + 8,
    size: 10,
    font: latin,
    arabic,
    color: INK,
  });
  return doc.save();
}
