import type { Localized, ProcedureChannel } from '@shabaka/db';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { drawLtr, drawRtl, ltrWidth, rtlWidth, wrapWords, loadArabicFont, sharedFontkit } from '../pdf';
import { formatHours } from './hours';
import type { EffectiveProcedure } from './service';
import type { PublicServicePoint } from '../service-points';

/*
 * The printable procedure sheet for counters, French (left column) and Arabic (right
 * column): what to bring, the fee, where and when, how long, on which legal basis, and
 * a QR code to the procedure's page on the commune portal.
 */

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const GAP = 22;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);
const ZONE = 'Africa/Casablanca';

const CHANNELS: Record<ProcedureChannel, { fr: string; ar: string }> = {
  counter: { fr: 'Au guichet', ar: 'بالشباك' },
  online: { fr: 'En ligne', ar: 'عبر الإنترنت' },
  both: { fr: 'Au guichet ou en ligne', ar: 'بالشباك أو عبر الإنترنت' },
};

const money = (fee: number | null) =>
  fee === null
    ? { fr: 'Fixés par la commune (se renseigner au guichet)', ar: 'تحددها الجماعة (يرجى الاستفسار بالشباك)' }
    : fee === 0
      ? { fr: 'Gratuit', ar: 'مجانا' }
      : { fr: `${fee.toFixed(2).replace('.', ',')} MAD`, ar: `${fee.toFixed(2)} درهم` };

/** Arabic counts its nouns: 1 يوم, 2 يومان, 3–10 أيام, 11+ يوما. */
const delay = (days: number) => {
  if (days === 0) return { fr: 'Le jour même', ar: 'في نفس اليوم' };
  const ar = days === 1 ? 'يوم واحد' : days === 2 ? 'يومان' : days <= 10 ? `${days} أيام` : `${days} يوما`;
  return { fr: `${days} jour${days > 1 ? 's' : ''}`, ar };
};

export interface SheetData {
  communeNames: Localized;
  procedure: EffectiveProcedure;
  servicePoints: PublicServicePoint[];
  portalUrl: string;
}

export async function renderProcedureSheet(d: SheetData, now: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  const arabic = await doc.embedFont(await loadArabicFont('regular'), { subset: true });
  const arabicBold = await doc.embedFont(await loadArabicFont('bold'), { subset: true });
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const p = d.procedure;
  doc.setTitle(`${p.names.fr} — ${d.communeNames.fr}`);
  doc.setSubject(d.portalUrl);
  doc.setLanguage('fr-MA');
  doc.setCreator('Shabaka');
  doc.setProducer('Shabaka');
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const [width, height] = A4;
  const colWidth = (width - 2 * MARGIN - GAP) / 2;
  const right = width - MARGIN;
  let page: PDFPage = doc.addPage(A4);
  let y = height - MARGIN;

  const newPage = () => {
    page = doc.addPage(A4);
    y = height - MARGIN;
  };
  const need = (h: number) => {
    if (y - h < MARGIN + 20) newPage();
  };
  const rule = (gapAfter = 14) => {
    need(gapAfter);
    page.drawLine({ start: { x: MARGIN, y }, end: { x: width - MARGIN, y }, thickness: 0.6, color: MUTED });
    y -= gapAfter;
  };

  /** French on the left, Arabic on the right, each wrapped to its column; the taller side sets the height. */
  const row = (
    fr: string,
    ar: string,
    o: {
      size: number;
      frFont?: PDFFont;
      arFont?: PDFFont;
      color?: typeof INK;
      gap?: number;
      bullet?: boolean;
      width?: number;
    },
  ) => {
    const frFont = o.frFont ?? latin;
    const arFont = o.arFont ?? arabic;
    const lead = o.size * 1.35;
    const bullet = o.bullet ? '• ' : '';
    const w = o.width ?? colWidth;
    const frLines = fr ? wrapWords(bullet + fr, w, (l) => ltrWidth(l, frFont, arFont, o.size)) : [];
    // The bullet leads the Arabic text too, so it stands at the right edge.
    const arLines = ar ? wrapWords(bullet + ar, w, (l) => rtlWidth(l, arFont, o.size)) : [];
    const lines = Math.max(frLines.length, arLines.length, 1);
    need(lines * lead);
    const top = y;
    frLines.forEach((l, i) =>
      drawLtr(page, l, {
        x: MARGIN,
        y: top - i * lead,
        size: o.size,
        font: frFont,
        arabic: arFont,
        color: o.color ?? INK,
      }),
    );
    arLines.forEach((l, i) =>
      drawRtl(page, l, { right, y: top - i * lead, size: o.size, font: arFont, color: o.color ?? INK }),
    );
    y -= lines * lead + (o.gap ?? 0);
  };
  const section = (fr: string, ar: string) => {
    need(40);
    y -= 4;
    row(fr.toUpperCase(), ar, { size: 9, frFont: bold, arFont: arabicBold, color: MUTED, gap: 3 });
  };

  // Header: commune and title on both sides, the QR code to the portal page in the middle.
  const qrSize = 74;
  const qr = await doc.embedPng(
    await QRCode.toBuffer(d.portalUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 400 }),
  );
  const headerTop = y + 8;
  page.drawImage(qr, { x: width / 2 - qrSize / 2, y: headerTop - qrSize, width: qrSize, height: qrSize });
  const headerWidth = (width - 2 * MARGIN - qrSize) / 2 - 14;
  row(`Commune de ${d.communeNames.fr}`, `جماعة ${d.communeNames.ar}`, {
    size: 15,
    frFont: bold,
    arFont: arabicBold,
    gap: 2,
    width: headerWidth,
  });
  row('Fiche de procédure', 'بطاقة المسطرة الإدارية', { size: 10, color: MUTED, gap: 2, width: headerWidth });
  row('Version en ligne : scannez le code', 'النسخة الإلكترونية: امسحوا الرمز', {
    size: 8.5,
    color: MUTED,
    width: headerWidth,
  });
  y = Math.min(y, headerTop - qrSize) - 8;
  rule(22);
  row(p.names.fr, p.names.ar, { size: 16, frFont: bold, arFont: arabicBold, gap: 6 });
  row(p.summaries.fr, p.summaries.ar, { size: 9.5, color: MUTED, gap: 10 });
  rule(16);

  section('Pièces à fournir', 'الوثائق المطلوبة');
  if (p.documents.length === 0) row('Aucune pièce', 'لا توجد وثائق', { size: 10.5 });
  for (const doc of p.documents) row(doc.fr, doc.ar, { size: 10.5, bullet: true, gap: 2 });
  y -= 6;

  const fee = money(p.feeMad);
  section('Frais', 'الرسوم');
  row(fee.fr, fee.ar, { size: 11, gap: 6 });
  const time = delay(p.processingDays);
  section('Délai de traitement', 'أجل المعالجة');
  row(time.fr, time.ar, { size: 11, gap: 6 });
  if (p.office) {
    section('Où déposer', 'مكان الإيداع');
    row(p.office.fr, p.office.ar, { size: 11, gap: 6 });
  }
  if (p.hours && p.hours.length > 0) {
    section("Horaires d'ouverture", 'أوقات الاستقبال');
    row(formatHours(p.hours, 'fr'), formatHours(p.hours, 'ar'), { size: 11, gap: 6 });
  }
  section('Modalités', 'طريقة الإيداع');
  row(CHANNELS[p.channels].fr, CHANNELS[p.channels].ar, { size: 11, gap: 2 });
  row(
    p.electronicDelivery
      ? 'Remise possible sous forme de document électronique signé, ou sur papier, au choix.'
      : 'Remise sur papier.',
    p.electronicDelivery ? 'يمكن تسلم الوثيقة إلكترونيا موقعة أو ورقيا حسب الاختيار.' : 'تسلم الوثيقة ورقيا.',
    { size: 10, color: MUTED, gap: 6 },
  );
  if (p.forms.length > 0) {
    section('Formulaires', 'المطبوعات');
    for (const f of p.forms)
      row(`${f.names.fr}${f.url ? ` — ${f.url}` : ''}`, `${f.names.ar}${f.url ? ` — ${f.url}` : ''}`, {
        size: 10,
        bullet: true,
        gap: 2,
      });
    y -= 4;
  }
  if (p.legalBasis.length > 0) {
    section('Base légale', 'السند القانوني');
    // A reference still to be checked (`toVerify`) is printed as it stands: the doubt is for
    // staff, who see it in the desk, not a note for the citizen holding the sheet.
    for (const l of p.legalBasis) {
      const arArticle = l.article ? `، ${l.article.replace(/^art(icle)?s?\.?\s*/i, 'المادة ')}` : '';
      row(`${l.text.fr}${l.article ? `, ${l.article}` : ''}`, `${l.text.ar}${arArticle}`, {
        size: 9.5,
        bullet: true,
        gap: 2,
      });
    }
    y -= 4;
  }
  if (d.servicePoints.length > 0) {
    section("Où s'adresser", 'أين تتوجهون');
    // Only what staff filled (a guess is already left out of a public point): no empty line.
    for (const sp of d.servicePoints.slice(0, 6)) {
      const [fr, ar] = sp.address
        ? [`${sp.names.fr} — ${sp.address.fr}`, `${sp.names.ar} — ${sp.address.ar}`]
        : [sp.names.fr, sp.names.ar];
      row(fr, ar, { size: 10, bullet: true, gap: 1 });
      const details = [
        [sp.directions?.fr, sp.directions?.ar],
        [sp.hoursText.fr, sp.hoursText.ar],
        // Isolated left to right in Arabic, or its groups of digits would run right to left.
        [sp.phone && `Tél. ${sp.phone}`, sp.phone && `الهاتف: \u2066${sp.phone}\u2069`],
      ].filter((pair): pair is [string, string] => !!pair[0] && !!pair[1]);
      for (const [i, [detailFr, detailAr]] of details.entries())
        row(detailFr, detailAr, { size: 9, color: MUTED, gap: i === details.length - 1 ? 3 : 1 });
      if (details.length === 0) y -= 2;
    }
  }

  const printed = new Intl.DateTimeFormat('fr-MA', { timeZone: ZONE, dateStyle: 'long' }).format(now);
  const footer = `${d.portalUrl} — imprimé le ${printed} — version ${p.templateVersion ?? 1}.${p.overrideVersion}`;
  for (const [i, pg] of doc.getPages().entries()) {
    const text = doc.getPageCount() > 1 ? `${footer} — page ${i + 1}/${doc.getPageCount()}` : footer;
    const size = Math.min(7.5, (7.5 * (width - 2 * MARGIN)) / ltrWidth(text, latin, arabic, 7.5));
    drawLtr(pg, text, { x: MARGIN, y: MARGIN - 22, size, font: latin, arabic, color: MUTED });
  }
  return doc.save();
}
