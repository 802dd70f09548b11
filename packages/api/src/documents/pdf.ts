import { PDFDocument, PDFHexString, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import QRCode from 'qrcode';
import { drawLtr, drawRtl, hasArabic, ltrWidth, rtlWidth, wrapWords, fit, loadArabicFont, sharedFontkit } from '../pdf';
import type { CanonicalContent } from './canonical';
import { arDate, esDate, frDate, TEMPLATE_TITLES, templateBody } from './templates';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const BOTTOM = 60;
const GUTTER = 24;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);

/**
 * The official document as a PDF: the commune's heading, the title, the template's
 * body in French (left) and Arabic (right) — or one of them, full width — the texts
 * typed by the agent, place and date, and the signature block with the verification
 * code, the key id and a QR code to the verification page. Deterministic for given
 * content (dates come from `issued_at`), though only the stored bytes matter: their
 * hash is what is signed.
 */
export async function renderDocument(c: CanonicalContent, verifyUrl: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  // Subsetting also keeps the joined Arabic forms right (see receipts/pdf.ts).
  const arabic = await doc.embedFont(await loadArabicFont('regular'), { subset: true });
  const arabicBold = await doc.embedFont(await loadArabicFont('bold'), { subset: true });
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);

  const title = TEMPLATE_TITLES[c.template];
  const issuedAt = new Date(c.issued_at);
  // The left-to-right column's language: Spanish in a Spanish document, French otherwise.
  const es = c.language === 'es';
  const L = (frText: string, esText: string) => (es ? esText : frText);
  doc.setTitle(`${c.language === 'ar' ? title.ar : es ? title.es : title.fr} — ${c.code}`);
  doc.setSubject(`${c.code} ${verifyUrl}`);
  doc.setKeywords([c.code, `key:${c.key_id}`]);
  doc.setLanguage(c.language === 'ar' ? 'ar-MA' : es ? 'es' : 'fr-MA');
  doc.setAuthor(c.commune.names.fr);
  doc.setCreator('Shabaka');
  doc.setProducer('Shabaka');
  doc.setCreationDate(issuedAt);
  doc.setModificationDate(issuedAt);
  // The salt as the file identifier (trailer /ID): the PDF is otherwise deterministic, and its
  // hash is public, so without it one could render guesses of the content and compare hashes.
  if (c.salt) doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(c.salt), PDFHexString.of(c.salt)]);

  const [width, height] = A4;
  const mid = width / 2;
  const showFr = c.language !== 'ar';
  const showAr = c.language === 'ar' || c.language === 'both';
  const both = showFr && showAr;
  const frCol = { left: MARGIN, right: both ? mid - GUTTER / 2 : width - MARGIN };
  const arCol = { left: both ? mid + GUTTER / 2 : MARGIN, right: width - MARGIN };

  let page: PDFPage = doc.addPage(A4);
  let y = height - MARGIN;
  const need = (h: number) => {
    if (y - h < BOTTOM) {
      page = doc.addPage(A4);
      y = height - MARGIN;
    }
  };

  const fr = (text: string, x: number, size: number, font: PDFFont = latin, color: RGB = INK) =>
    drawLtr(page, text, { x, y, size, font, arabic, color });
  const ar = (text: string, right: number, size: number, font: PDFFont = arabic, color: RGB = INK) =>
    drawRtl(page, text, { right, y, size, font, color });
  const frWidth = (text: string, size: number, font: PDFFont = latin) => ltrWidth(text, font, arabic, size);
  const arWidth = (text: string, size: number, font: PDFFont = arabic) => rtlWidth(text, font, size);
  const rule = () =>
    page.drawLine({ start: { x: MARGIN, y }, end: { x: width - MARGIN, y }, thickness: 0.6, color: MUTED });

  /** One heading row: French at the left edge, Arabic at the right edge (as on official letterheads). */
  const heading = (frText: string, arText: string, size: number, color: RGB = INK) => {
    const max = both ? mid - MARGIN - GUTTER / 2 : width - 2 * MARGIN;
    if (showFr) fr(frText, MARGIN, fit(frWidth(frText, size, bold), max, size), bold, color);
    if (showAr) ar(arText, width - MARGIN, fit(arWidth(arText, size, arabicBold), max, size), arabicBold, color);
    y -= size * 1.6;
  };
  const centered = (text: string, size: number, rtl: boolean, font: PDFFont, color: RGB = INK) => {
    const s = fit(rtl ? arWidth(text, size, font) : frWidth(text, size, font), width - 2 * MARGIN, size);
    const w = rtl ? arWidth(text, s, font) : frWidth(text, s, font);
    if (rtl) ar(text, mid + w / 2, s, font, color);
    else fr(text, mid - w / 2, s, font, color);
  };

  // ——— Heading and title ———
  heading(L('ROYAUME DU MAROC', 'REINO DE MARRUECOS'), 'المملكة المغربية', 10, MUTED);
  heading(
    L(`Commune de ${c.commune.names.fr}`, `Municipio de ${c.commune.names.es}`),
    `جماعة ${c.commune.names.ar}`,
    13,
  );
  y -= 4;
  rule();
  y -= 40;
  if (showFr) {
    centered(L(title.fr, title.es), 18, false, bold);
    y -= 26;
  }
  if (showAr) {
    centered(title.ar, 18, true, arabicBold);
    y -= 28;
  }
  centered(c.code, 12, false, bold, MUTED);
  y -= 40;

  // ——— Body: paragraphs side by side ———
  const body = templateBody(c);
  const size = 11.5;
  const lh = size * 1.6;
  for (const p of body.paragraphs) {
    const frLines = showFr
      ? wrapWords(es ? (p.es ?? p.fr) : p.fr, frCol.right - frCol.left, (l) => frWidth(l, size))
      : [];
    const arLines = showAr ? wrapWords(p.ar, arCol.right - arCol.left, (l) => arWidth(l, size)) : [];
    const rows = Math.max(frLines.length, arLines.length);
    need(rows * lh);
    const top = y;
    frLines.forEach((l, i) => ((y = top - i * lh), fr(l, frCol.left, size)));
    arLines.forEach((l, i) => ((y = top - i * lh), ar(l, arCol.right, size)));
    y = top - rows * lh - lh * 0.6;
  }

  // ——— Texts typed by the agent: full width, each paragraph in its own direction ———
  for (const block of body.free) {
    need(lh * 2.5);
    y -= 4;
    if (showFr) fr(es ? (block.label.es ?? block.label.fr) : block.label.fr, MARGIN, 9.5, bold, MUTED);
    if (showAr) ar(block.label.ar, width - MARGIN, 9.5, arabicBold, MUTED);
    y -= lh;
    for (const paragraph of block.text.split(/\r?\n/)) {
      const rtl = hasArabic(paragraph);
      const lines = wrapWords(paragraph, width - 2 * MARGIN, (l) => (rtl ? arWidth(l, size) : frWidth(l, size)));
      for (const line of lines) {
        need(lh);
        if (rtl) ar(line, width - MARGIN, size);
        else fr(line, MARGIN, size);
        y -= lh;
      }
    }
    y -= lh * 0.6;
  }

  // ——— Place and date ———
  need(lh * 2);
  y -= lh * 0.5;
  if (showFr) {
    const t = L(
      `Fait à ${c.commune.names.fr}, le ${frDate(issuedAt)}`,
      `Hecho en ${c.commune.names.es}, el ${esDate(issuedAt)}`,
    );
    fr(t, both ? frCol.left : width - MARGIN - frWidth(t, size), size);
  }
  if (showAr) ar(`حرر ب${c.commune.names.ar} في ${arDate(issuedAt)}`, width - MARGIN, size);
  y -= lh * 2.5;

  // ——— Signature block: QR code to the verification page, code and key ———
  const qrSize = 104;
  need(qrSize + 10);
  const qrLeft = showFr ? MARGIN : width - MARGIN - qrSize;
  const qr = await doc.embedPng(
    await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 480 }),
  );
  page.drawRectangle({
    x: MARGIN - 6,
    y: y - qrSize - 6,
    width: width - 2 * MARGIN + 12,
    height: qrSize + 12,
    borderColor: MUTED,
    borderWidth: 0.6,
  });
  page.drawImage(qr, { x: qrLeft, y: y - qrSize, width: qrSize, height: qrSize });
  const textLeft = showFr ? MARGIN + qrSize + 14 : MARGIN;
  const textRight = showFr ? width - MARGIN : width - MARGIN - qrSize - 14;
  const textWidth = textRight - textLeft;
  const small = 9;
  y -= 14;
  const line = (frText: string | null, arText: string | null, font: PDFFont = latin, arFont: PDFFont = arabic) => {
    if (frText !== null) {
      const s = fit(frWidth(frText, small, font), textWidth, small);
      // In an Arabic-only document the Latin lines (URL, code) align right too.
      fr(frText, showFr ? textLeft : textRight - frWidth(frText, s, font), s, font);
      y -= small * 1.55;
    }
    if (arText !== null) {
      ar(arText, textRight, fit(arWidth(arText, small, arFont), textWidth, small), arFont);
      y -= small * 1.7;
    }
  };
  line(
    showFr
      ? L(
          `Document signé électroniquement par la Commune de ${c.commune.names.fr}.`,
          `Documento firmado electrónicamente por el Municipio de ${c.commune.names.es}.`,
        )
      : null,
    showAr ? `وثيقة موقعة إلكترونيا من طرف جماعة ${c.commune.names.ar}.` : null,
    bold,
    arabicBold,
  );
  line(
    showFr
      ? L(
          'Vérifiez son authenticité en scannant le code QR ou à l’adresse :',
          'Compruebe su autenticidad escaneando el código QR o en la dirección:',
        )
      : null,
    showAr ? 'تحققوا من صحتها بمسح رمز QR أو عبر الرابط:' : null,
  );
  line(verifyUrl, null);
  line(
    L(
      `Code : ${c.code}   ·   Clé / key : ${c.key_id}   ·   Ed25519`,
      `Código: ${c.code}   ·   Clave / key: ${c.key_id}   ·   Ed25519`,
    ),
    null,
  );

  // ——— Every page: code and page number ———
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const t = `${c.code}  ·  ${i + 1}/${pages.length}`;
    p.drawText(t, { x: mid - latin.widthOfTextAtSize(t, 8) / 2, y: 28, size: 8, font: latin, color: MUTED });
  });

  return doc.save();
}
