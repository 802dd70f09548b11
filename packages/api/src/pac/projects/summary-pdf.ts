import { rgb } from 'pdf-lib';
import { openPoster, POSTER_MUTED } from '../../pdf';

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

const BAR = rgb(0.12, 0.45, 0.3);

/**
 * The poster for the commune's notice board, French at the left and Arabic at the right of each row, the overall
 * progress as a bar, and a QR code to the public page (the reader follows the projects there).
 */
export async function renderPacSummary(d: SummaryData): Promise<Uint8Array> {
  const poster = await openPoster(`PAC ${d.year} — ${d.communeNames.fr}`, 1.8);
  const { page, width, margin: M } = poster;
  const row = poster.row;
  row(`Commune de ${d.communeNames.fr}`, `جماعة ${d.communeNames.ar}`, 14, true);
  row(`Programme d’action — suivi ${d.year}`, `برنامج عمل الجماعة — التتبع ${d.year}`, 18, true);
  poster.y -= 10;
  row(`Avancement global : ${d.overall} %`, `نسبة الإنجاز الإجمالية: ${d.overall} %`, 16, true);
  page.drawRectangle({
    x: M,
    y: poster.y,
    width: width - 2 * M,
    height: 18,
    borderColor: POSTER_MUTED,
    borderWidth: 0.8,
  });
  page.drawRectangle({ x: M, y: poster.y, width: ((width - 2 * M) * d.overall) / 100, height: 18, color: BAR });
  poster.y -= 34;
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
  poster.y -= 8;
  if (d.late.length > 0) {
    row('Projets en retard', 'المشاريع المتأخرة', 12, true);
    for (const p of d.late.slice(0, 8))
      row(`${p.code} ${p.fr} (${p.progress} %)`, `${p.code} ${p.ar} (${p.progress} %)`, 10);
  }
  return poster.finish(d.url, 'Suivez chaque projet en ligne · تتبعوا كل مشروع عبر الإنترنت');
}
