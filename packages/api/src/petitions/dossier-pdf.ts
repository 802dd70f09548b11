import type { Localized } from '@shabaka/db';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { drawLtr, drawRtl, fit, hasArabic, loadArabicFont, ltrWidth, rtlWidth, sharedFontkit, wrapWords } from '../pdf';

/** What the dossier prints: plain data, so the render can run in the PDF worker thread. */
export interface PetitionDossier {
  code: string;
  communeNames: Localized;
  track: 'petition' | 'proposal';
  /** ISO date of filing, or null while the petition still collects (the dossier is then a draft). */
  filedOn: string | null;
  /** ISO date the dossier was printed. */
  printedOn: string;
  subject: string;
  reasons: string;
  request: string;
  mandataire: { name: string; cin: string; address: string; phone?: string | null };
  association: { name: string; statutes: boolean; receipt: boolean; bureau: boolean } | null;
  signatures: {
    n: number;
    name: string;
    cin: string;
    address: string;
    /** Online: the date signed on the platform; paper: the sheet it was keyed from. */
    channel: 'online' | 'paper';
    sheet: string | null;
    signedOn: string;
  }[];
  /** Identities erased after the retention: the dossier then says so instead of listing names. */
  identitiesPurged: boolean;
  eparticipationRef: string | null;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
const BOTTOM = 54;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);

/** "2026-03-07" → "07/03/2026": the decree's form is dated day first, with Latin digits as Moroccan forms are. */
const dayFirst = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

/**
 * The petition's dossier in the layout of the form of decree 2.16.403 (the fields it lists — date, subject,
 * reasons, what is asked, the mandataire, and the signatories with name, CIN, address and signature; for an
 * association its statutes, receipt and bureau list), in Arabic, right to left, to file with the president or
 * upload to eparticipation.ma. The form's exact wording is not confirmed (REFERENCE.md: low certainty), so the
 * sections follow its fields, not a copy of its text. It carries identities: only the mandataire and the bureau
 * may have it, and it is rendered on request, never stored.
 */
export async function renderPetitionDossier(d: PetitionDossier): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  const arabic = await doc.embedFont(await loadArabicFont('regular'), { subset: true });
  const arabicBold = await doc.embedFont(await loadArabicFont('bold'), { subset: true });
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  doc.setTitle(`عريضة ${d.code} — ${d.communeNames.ar}`);
  doc.setSubject(d.code);
  doc.setLanguage('ar-MA');
  doc.setCreator('Shabaka');
  doc.setProducer('Shabaka');
  const printed = new Date(`${d.printedOn}T12:00:00Z`);
  doc.setCreationDate(printed);
  doc.setModificationDate(printed);

  const [width, height] = A4;
  const right = width - MARGIN;
  const inner = width - 2 * MARGIN;
  let page: PDFPage = doc.addPage(A4);
  let y = height - MARGIN;
  const newPage = () => {
    page = doc.addPage(A4);
    y = height - MARGIN;
  };
  const need = (h: number) => {
    if (y - h < BOTTOM) newPage();
  };
  const text = (s: string, at: number, size: number, font: PDFFont = arabic, color: RGB = INK) =>
    drawRtl(page, s, { right: at, y, size, font, color });
  const width_ = (s: string, size: number, font: PDFFont = arabic) => rtlWidth(s, font, size);
  const rule = (color: RGB = MUTED) =>
    page.drawLine({ start: { x: MARGIN, y }, end: { x: right, y }, thickness: 0.6, color });
  const centred = (s: string, size: number, font: PDFFont = arabicBold) => {
    const z = fit(width_(s, size, font), inner, size);
    text(s, width / 2 + width_(s, z, font) / 2, z, font);
  };
  const latinWidth = (s: string, size: number) => ltrWidth(s, latin, arabic, size);
  /** A line of the citizen's own text in its own direction: Arabic from the right, French or Spanish from the left. */
  const own = (s: string, size: number, edge: { left: number; right: number }) => {
    if (hasArabic(s)) text(s, edge.right, size);
    else drawLtr(page, s, { x: edge.left, y, size, font: latin, arabic, color: INK });
  };
  /** A numbered section of the form: its heading, then the text wrapped at the page's width, each paragraph in its direction. */
  const section = (heading: string, body: string) => {
    need(40);
    if (heading) {
      text(heading, right, 12, arabicBold);
      y -= 20;
    }
    for (const paragraph of body.split(/\r?\n/)) {
      const measure = hasArabic(paragraph) ? (l: string) => width_(l, 11) : (l: string) => latinWidth(l, 11);
      for (const line of wrapWords(paragraph, inner - 10, measure)) {
        need(17);
        own(line, 11, { left: MARGIN, right: right - 10 });
        y -= 17;
      }
    }
    y -= 8;
  };
  /** "label:" at the right, its value beside it in the value's own direction (a Latin name reads left to right). */
  const field = (label: string, value: string) => {
    need(18);
    const head = `${label}:`;
    text(head, right - 10, 11, arabicBold);
    const end = right - 10 - width_(head, 11, arabicBold) - 8;
    const room = end - MARGIN;
    if (hasArabic(value)) text(value, end, fit(width_(value, 11), room, 11));
    else {
      const size = fit(latinWidth(value, 11), room, 11);
      drawLtr(page, value, { x: end - latinWidth(value, size), y, size, font: latin, arabic, color: INK });
    }
    y -= 18;
  };

  // ——— Heading ———
  text('المملكة المغربية', right, 10, arabic, MUTED);
  y -= 16;
  text(`جماعة ${d.communeNames.ar}`, right, 13, arabicBold);
  y -= 10;
  rule();
  y -= 34;
  centred(d.track === 'petition' ? 'عريضة موجهة إلى مجلس الجماعة' : 'مقترح مواطن موجه إلى مجلس الجماعة', 17);
  y -= 20;
  centred('طبقا للمواد 121 إلى 125 من القانون التنظيمي 113.14 والمرسوم 2.16.403', 10, arabic);
  y -= 26;
  field('المرجع', d.code);
  field('تاريخ الإيداع', d.filedOn ? dayFirst(d.filedOn) : 'لم تودع بعد (نسخة للمراجعة)');
  if (d.eparticipationRef) field('مرجع البوابة الوطنية للمشاركة المواطنة', d.eparticipationRef);
  y -= 8;

  // ——— The form's sections ———
  section('1. موضوع العريضة', d.subject);
  section('2. الأسباب الداعية إلى تقديم العريضة', d.reasons);
  section('3. المطلوب من المجلس', d.request);

  need(80);
  text('4. وكيل العريضة', right, 12, arabicBold);
  y -= 20;
  field('الاسم الكامل', d.mandataire.name);
  field('رقم البطاقة الوطنية للتعريف الإلكترونية', d.mandataire.cin);
  field('العنوان', d.mandataire.address);
  if (d.mandataire.phone) field('الهاتف', d.mandataire.phone);
  y -= 8;

  if (d.association) {
    need(90);
    text('5. الجمعية صاحبة العريضة والوثائق المرفقة', right, 12, arabicBold);
    y -= 20;
    field('اسم الجمعية', d.association.name);
    const annexes: [boolean, string][] = [
      [d.association.statutes, 'نسخة من النظام الأساسي'],
      [d.association.receipt, 'نسخة من وصل الإيداع القانوني'],
      [d.association.bureau, 'لائحة أعضاء المكتب المسير'],
    ];
    for (const [ok, what] of annexes) field(what, ok ? 'مرفقة' : 'غير مرفقة');
    y -= 8;
  }

  // ——— The signatories' table ———
  const n = d.association ? 6 : 5;
  need(60);
  text(`${n}. لائحة الموقعين - العدد: ${d.signatures.length}`, right, 12, arabicBold);
  y -= 22;
  if (d.identitiesPurged) {
    section('', 'محيت هويات الموقعين بعد انقضاء مدة الاحتفاظ المحددة؛ يبقى عددهم وحده.');
  } else {
    // Columns from the right: n°, full name, CIN, address, signature (how it was given).
    const cols = [
      { title: 'ر.ت', w: 28 },
      { title: 'الاسم الكامل', w: 128 },
      { title: 'رقم البطاقة', w: 78 },
      { title: 'العنوان', w: 150 },
      { title: 'التوقيع', w: inner - 28 - 128 - 78 - 150 },
    ];
    const size = 9;
    const header = () => {
      let x = right;
      for (const c of cols) {
        text(c.title, x - 3, size, arabicBold);
        x -= c.w;
      }
      y -= 6;
      rule();
      y -= 12;
    };
    header();
    for (const s of d.signatures) {
      const cells = [
        String(s.n),
        s.name,
        s.cin,
        s.address,
        s.channel === 'online' ? `إلكترونيا ${dayFirst(s.signedOn)}` : `ورقة ${s.sheet ?? ''}`,
      ];
      const wrapped = cells.map((c, i) =>
        wrapWords(c, cols[i]!.w - 6, (l) => (hasArabic(l) ? width_(l, size) : latinWidth(l, size))),
      );
      const rows = Math.max(...wrapped.map((w) => w.length));
      if (y - rows * 12 < BOTTOM) {
        newPage();
        header();
      }
      const top = y;
      let x = right;
      wrapped.forEach((lines, i) => {
        lines.forEach((l, k) => {
          y = top - k * 12;
          own(l, size, { left: x - cols[i]!.w + 3, right: x - 3 });
        });
        x -= cols[i]!.w;
      });
      y = top - rows * 12 - 2;
      page.drawLine({
        start: { x: MARGIN, y: y + 8 },
        end: { x: right, y: y + 8 },
        thickness: 0.3,
        color: rgb(0.8, 0.8, 0.82),
      });
      y -= 4;
    }
  }

  // ——— Signature of the mandataire, and page numbers ———
  need(70);
  y -= 16;
  text(`حرر في ${dayFirst(d.printedOn)}`, right, 11);
  y -= 20;
  text('توقيع وكيل العريضة:', right, 11);
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const label = `${d.code} - ${i + 1}/${pages.length}`;
    p.drawText(label, { x: MARGIN, y: 28, size: 8, font: arabic, color: MUTED });
  });
  return doc.save();
}
