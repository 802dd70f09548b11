import type {
  ComplaintKind,
  InformationDeliveryChannel,
  InformationIntakeChannel,
  IntakeChannel,
  Localized,
} from '@shabaka/db';
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { drawRtl, rtlWidth, fit, loadArabicFont, winAnsi, sharedFontkit } from '../pdf';

/** What every receipt prints, whatever the case type. */
export interface ReceiptCase {
  code: string;
  communeNames: Localized;
  /** Printed (and put in the QR link's fragment) when the request proved it; null otherwise. */
  secret: string | null;
  /** The tracking page, without the secret (printed as text; the QR adds `#s=<secret>`). */
  trackingUrl: string;
}

export interface ComplaintReceipt extends ReceiptCase {
  kind: ComplaintKind;
  channel: IntakeChannel;
  categoryNames: Localized;
  receivedAt: Date;
  ackDueAt: Date;
  answerDueAt: Date;
}

export interface InformationReceipt extends ReceiptCase {
  channel: InformationIntakeChannel;
  deliveryChannel: InformationDeliveryChannel;
  urgent: boolean;
  receivedAt: Date;
  firstCountedDay: string;
  workingDays: number;
  dueAt: Date;
}

const KINDS: Record<ComplaintKind, { fr: string; ar: string }> = {
  complaint: { fr: 'Réclamation', ar: 'شكاية' },
  observation: { fr: 'Observation', ar: 'ملاحظة' },
  suggestion: { fr: 'Suggestion', ar: 'اقتراح' },
};
const CHANNELS: Record<IntakeChannel | InformationIntakeChannel, { fr: string; ar: string }> = {
  web: { fr: 'Portail en ligne', ar: 'البوابة الإلكترونية' },
  counter: { fr: 'Guichet', ar: 'الشباك' },
  paper: { fr: 'Courrier papier', ar: 'مراسلة ورقية' },
  post: { fr: 'Courrier postal', ar: 'البريد' },
  email: { fr: 'Courrier électronique', ar: 'البريد الإلكتروني' },
  phone: { fr: 'Téléphone', ar: 'الهاتف' },
  open311: { fr: 'Application (Open311)', ar: 'تطبيق Open311' },
};
const DELIVERY: Record<InformationDeliveryChannel, { fr: string; ar: string }> = {
  paper_pickup: { fr: 'Retrait sur papier au guichet', ar: 'التسلم الورقي من الشباك' },
  post: { fr: 'Envoi par la poste', ar: 'الإرسال عبر البريد' },
  email: { fr: 'Courrier électronique', ar: 'البريد الإلكتروني' },
  electronic_document: { fr: 'Document électronique signé', ar: 'وثيقة إلكترونية موقعة' },
};

const ZONE = 'Africa/Casablanca';
const frDate = (d: Date, time = false) =>
  new Intl.DateTimeFormat('fr-MA', {
    timeZone: ZONE,
    dateStyle: 'long',
    ...(time ? { timeStyle: 'short' } : {}),
  }).format(d);
const arDate = (d: Date, time = false) => {
  const day = new Intl.DateTimeFormat('ar-MA', { timeZone: ZONE, dateStyle: 'long', numberingSystem: 'latn' }).format(
    d,
  );
  if (!time) return day;
  return `${day} ${new Intl.DateTimeFormat('fr-MA', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(d)}`;
};

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);

interface Field {
  fr: string;
  frValue: string;
  ar: string;
  arValue: string;
}

/** A complaint's receipt: category, kind, channel and its two deadlines. */
export function renderComplaintReceipt(r: ComplaintReceipt, now: Date) {
  return renderReceipt(r, now, {
    title: { fr: 'Récépissé de dépôt', ar: 'وصل الإيداع' },
    fields: [
      {
        fr: 'Reçue le',
        frValue: frDate(r.receivedAt, true),
        ar: 'تاريخ الاستلام',
        arValue: arDate(r.receivedAt, true),
      },
      { fr: 'Catégorie', frValue: r.categoryNames.fr, ar: 'الصنف', arValue: r.categoryNames.ar },
      { fr: 'Nature', frValue: KINDS[r.kind].fr, ar: 'النوع', arValue: KINDS[r.kind].ar },
      { fr: 'Canal de dépôt', frValue: CHANNELS[r.channel].fr, ar: 'قناة الإيداع', arValue: CHANNELS[r.channel].ar },
      {
        fr: 'Accusé de réception au plus tard le',
        frValue: frDate(r.ackDueAt),
        ar: 'أجل الإشعار بالتوصل',
        arValue: arDate(r.ackDueAt),
      },
      {
        fr: 'Réponse au plus tard le',
        frValue: frDate(r.answerDueAt),
        ar: 'أجل الجواب',
        arValue: arDate(r.answerDueAt),
      },
    ],
  });
}

/** An information request's receipt (Law 31-13): receipt date, first counted day, the legal deadline. */
export function renderInformationReceipt(r: InformationReceipt, now: Date) {
  const firstDay = new Date(`${r.firstCountedDay}T12:00:00Z`);
  return renderReceipt(r, now, {
    title: { fr: 'Récépissé de demande d’accès à l’information', ar: 'وصل طلب الحصول على المعلومات' },
    fields: [
      {
        fr: 'Reçue le',
        frValue: frDate(r.receivedAt, true),
        ar: 'تاريخ الاستلام',
        arValue: arDate(r.receivedAt, true),
      },
      { fr: 'Canal de dépôt', frValue: CHANNELS[r.channel].fr, ar: 'قناة الإيداع', arValue: CHANNELS[r.channel].ar },
      {
        fr: 'Mode de communication demandé',
        frValue: DELIVERY[r.deliveryChannel].fr,
        ar: 'طريقة التوصل المطلوبة',
        arValue: DELIVERY[r.deliveryChannel].ar,
      },
      {
        fr: 'Délai compté à partir du',
        frValue: frDate(firstDay),
        ar: 'يحتسب الأجل ابتداء من',
        arValue: arDate(firstDay),
      },
      {
        fr: r.urgent ? 'Réponse (urgente) au plus tard le' : 'Réponse au plus tard le',
        frValue: `${frDate(r.dueAt)} (${r.workingDays} jours ouvrables)`,
        ar: r.urgent ? 'أجل الجواب (طلب مستعجل)' : 'أجل الجواب',
        arValue: `${arDate(r.dueAt)} (${r.workingDays} يوم عمل)`,
      },
    ],
  });
}

/**
 * The printable receipt of a case, in French (left) and Arabic (right): code, the owner's
 * secret when the request proved it, the case's fields and a QR code to the tracking page
 * (with the secret in the link's fragment, which browsers never send to a server). It
 * embeds no photo (so a hidden one can never reach paper) and no contact details.
 */
async function renderReceipt(
  r: ReceiptCase,
  now: Date,
  content: { title: { fr: string; ar: string }; fields: Field[] },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(sharedFontkit);
  // Subsetting is also what keeps the joined Arabic forms right (the full embedding
  // loses the mark positions).
  const arabic = await doc.embedFont(await loadArabicFont(), { subset: true });
  const latin = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(`Récépissé ${r.code} — ${r.communeNames.fr}`);
  // Metadata travel further than paper (file lists, previews): never the secret.
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
  const centred = (text: string, size: number, gap: number) => {
    page.drawText(text, { x: mid - bold.widthOfTextAtSize(text, size) / 2, y, size, font: bold, color: INK });
    y -= gap;
  };

  row(`Commune de ${r.communeNames.fr}`, `جماعة ${r.communeNames.ar}`, { size: 16, frFont: bold, gap: 26 });
  row(content.title.fr, content.title.ar, { size: 13, gap: 18, color: MUTED });
  rule(page, y + 6, width);
  y -= 30;

  row('Code de suivi', 'رمز التتبع', { size: 12, gap: 40, color: MUTED });
  centred(r.code, 34, r.secret ? 34 : 46);
  if (r.secret) {
    row('Code secret (pour agir sur la demande)', 'الرمز السري (للتصرف في الطلب)', { size: 10, gap: 30, color: MUTED });
    centred(r.secret, 24, 36);
  }
  rule(page, y + 14, width);
  y -= 14;

  for (const f of content.fields) {
    row(f.fr, f.ar, { size: 9, gap: 13, color: MUTED });
    row(f.frValue, f.arValue, { size: 12, gap: 23 });
  }
  rule(page, y + 10, width);
  y -= 16;

  row('Suivez votre demande en ligne :', 'تتبعوا طلبكم عبر الإنترنت', { size: 11, gap: 16 });
  const qrSize = 130;
  const qrUrl = r.secret ? `${r.trackingUrl}#s=${r.secret}` : r.trackingUrl;
  const qr = await doc.embedPng(
    await QRCode.toBuffer(qrUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 600 }),
  );
  y -= qrSize;
  page.drawImage(qr, { x: mid - qrSize / 2, y, width: qrSize, height: qrSize });
  y -= 18;
  const url = winAnsi(r.trackingUrl, latin);
  const urlSize = fit(latin.widthOfTextAtSize(url, 10), width - 2 * MARGIN, 10);
  page.drawText(url, { x: mid - latin.widthOfTextAtSize(url, urlSize) / 2, y, size: urlSize, font: latin, color: INK });
  y -= 34;

  if (r.secret) {
    row('Conservez ce récépissé : le code permet de suivre la', 'احتفظوا بهذا الوصل: الرمز يمكّن من تتبع الطلب،', {
      size: 9,
      gap: 12,
      color: MUTED,
    });
    row('demande, le code secret d’agir sur elle en votre nom.', 'والرمز السري يمكّن من التصرف فيه باسمكم.', {
      size: 9,
      gap: 12,
      color: MUTED,
    });
  } else {
    row('Conservez ce récépissé : son code permet de suivre', 'احتفظوا بهذا الوصل: رمزه يمكنكم', {
      size: 9,
      gap: 12,
      color: MUTED,
    });
    row('votre demande.', 'من تتبع طلبكم', { size: 9, gap: 12, color: MUTED });
  }

  return doc.save();
}

function rule(page: PDFPage, y: number, width: number) {
  page.drawLine({ start: { x: MARGIN, y }, end: { x: width - MARGIN, y }, thickness: 0.6, color: MUTED });
}
