import type { ComplaintKind, IntakeChannel, Localized } from '@shabaka/db';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { drawRtl, rtlWidth } from '../pdf/arabic';
import { fit, loadArabicFont, winAnsi, sharedFontkit } from '../pdf/fonts';

export interface ReceiptData {
  code: string;
  communeNames: Localized;
  kind: ComplaintKind;
  channel: IntakeChannel;
  categoryNames: Localized;
  receivedAt: Date;
  ackDueAt: Date;
  answerDueAt: Date;
  trackingUrl: string;
}

const KINDS: Record<ComplaintKind, { fr: string; ar: string }> = {
  complaint: { fr: 'Réclamation', ar: 'شكاية' },
  observation: { fr: 'Observation', ar: 'ملاحظة' },
  suggestion: { fr: 'Suggestion', ar: 'اقتراح' },
};
const CHANNELS: Record<IntakeChannel, { fr: string; ar: string }> = {
  web: { fr: 'Portail en ligne', ar: 'البوابة الإلكترونية' },
  counter: { fr: 'Guichet', ar: 'الشباك' },
  paper: { fr: 'Courrier papier', ar: 'مراسلة ورقية' },
  phone: { fr: 'Téléphone', ar: 'الهاتف' },
  open311: { fr: 'Application (Open311)', ar: 'تطبيق Open311' },
};

const ZONE = 'Africa/Casablanca';
const frDate = (d: Date, time = false) =>
  new Intl.DateTimeFormat('fr-MA', { timeZone: ZONE, dateStyle: 'long', ...(time ? { timeStyle: 'short' } : {}) }).format(d);
const arDate = (d: Date, time = false) => {
  const day = new Intl.DateTimeFormat('ar-MA', { timeZone: ZONE, dateStyle: 'long', numberingSystem: 'latn' }).format(d);
  if (!time) return day;
  return `${day} ${new Intl.DateTimeFormat('fr-MA', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(d)}`;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);

/**
 * The printable receipt of a complaint, in French (left) and Arabic (right): code,
 * dates, category, kind, channel, deadlines and a QR code to the tracking page. It
 * embeds no photo (so a hidden one can never reach paper) and no contact details.
 */
export async function renderReceipt(r: ReceiptData, now: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  // Subsetting is also what keeps the joined Arabic forms right (the full embedding
  // loses the mark positions).
  const arabic = await doc.embedFont(await loadArabicFont(), { subset: true });
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(`Récépissé ${r.code} — ${r.communeNames.fr}`);
  doc.setSubject(`${r.code} ${r.trackingUrl}`);
  doc.setLanguage('fr-MA');
  doc.setCreator('Shabaka');
  doc.setProducer('Shabaka');
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const page = doc.addPage(A4);
  const [width, height] = A4;
  const mid = width / 2;
  const right = width - MARGIN;
  const colWidth = mid - MARGIN - 10;
  let y = height - MARGIN - 10;

  /** One row: French on the left half, Arabic (right to left) on the right half. */
  const row = (fr: string, ar: string, o: { size: number; frFont?: PDFFont; gap?: number; color?: typeof INK }) => {
    const frFont = o.frFont ?? latin;
    const frText = winAnsi(fr, frFont);
    const frSize = fit(frFont.widthOfTextAtSize(frText, o.size), colWidth, o.size);
    page.drawText(frText, { x: MARGIN, y, size: frSize, font: frFont, color: o.color ?? INK });
    const arSize = fit(rtlWidth(ar, arabic, o.size), colWidth, o.size);
    drawRtl(page, ar, { right, y, size: arSize, font: arabic, color: o.color ?? INK });
    y -= o.gap ?? o.size * 1.9;
  };

  row(`Commune de ${r.communeNames.fr}`, `جماعة ${r.communeNames.ar}`, { size: 16, frFont: bold, gap: 26 });
  row('Récépissé de dépôt', 'وصل الإيداع', { size: 13, gap: 18, color: MUTED });
  rule(page, y + 6, width);
  y -= 30;

  row('Code de suivi', 'رمز التتبع', { size: 12, gap: 40, color: MUTED });
  const codeSize = 34;
  page.drawText(r.code, { x: mid - bold.widthOfTextAtSize(r.code, codeSize) / 2, y, size: codeSize, font: bold, color: INK });
  y -= 46;
  rule(page, y + 14, width);
  y -= 14;

  const field = (fr: string, frValue: string, ar: string, arValue: string) => {
    row(fr, ar, { size: 9, gap: 13, color: MUTED });
    row(frValue, arValue, { size: 12, gap: 26 });
  };
  field('Reçue le', frDate(r.receivedAt, true), 'تاريخ الاستلام', arDate(r.receivedAt, true));
  field('Catégorie', r.categoryNames.fr, 'الصنف', r.categoryNames.ar);
  field('Nature', KINDS[r.kind].fr, 'النوع', KINDS[r.kind].ar);
  field('Canal de dépôt', CHANNELS[r.channel].fr, 'قناة الإيداع', CHANNELS[r.channel].ar);
  field('Accusé de réception au plus tard le', frDate(r.ackDueAt), 'أجل الإشعار بالتوصل', arDate(r.ackDueAt));
  field('Réponse au plus tard le', frDate(r.answerDueAt), 'أجل الجواب', arDate(r.answerDueAt));
  rule(page, y + 10, width);
  y -= 16;

  row('Suivez votre demande en ligne :', 'تتبعوا طلبكم عبر الإنترنت', { size: 11, gap: 16 });
  const qrSize = 150;
  const qr = await doc.embedPng(await QRCode.toBuffer(r.trackingUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 600 }));
  y -= qrSize;
  page.drawImage(qr, { x: mid - qrSize / 2, y, width: qrSize, height: qrSize });
  y -= 18;
  const url = winAnsi(r.trackingUrl, latin);
  const urlSize = fit(latin.widthOfTextAtSize(url, 10), width - 2 * MARGIN, 10);
  page.drawText(url, { x: mid - latin.widthOfTextAtSize(url, urlSize) / 2, y, size: urlSize, font: latin, color: INK });
  y -= 40;

  row('Conservez ce récépissé : son code permet de suivre', 'احتفظوا بهذا الوصل: رمزه يمكنكم', { size: 9, gap: 12, color: MUTED });
  row('votre demande et de la rouvrir si besoin.', 'من تتبع طلبكم وإعادة فتحه عند الحاجة', { size: 9, gap: 12, color: MUTED });

  return doc.save();
}

function rule(page: PDFPage, y: number, width: number) {
  page.drawLine({ start: { x: MARGIN, y }, end: { x: width - MARGIN, y }, thickness: 0.6, color: MUTED });
}
