import type { CommuneRow } from '../../communes';
import type { InnerContext } from '../../context';
import * as documents from '../../documents';
import { badRequest } from '../../errors';
import { pdfKey, renderPdf } from '../../pdf-queue';
import * as repo from './repository';
import type { ReportInput } from './schemas';
import { overallProgress, summaries, type ProjectSummary } from './service';
import type { SummaryData } from './summary-pdf';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events' | 'signing'>;

/** 1 234 567: grouped by thin spaces, the same in both languages (pdftotext reads them back). */
const money = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const STATUS: Record<ProjectSummary['status'], { fr: string; ar: string; es: string }> = {
  planned: { fr: 'prévu', ar: 'مبرمج', es: 'previsto' },
  under_way: { fr: 'en cours', ar: 'في طور الإنجاز', es: 'en curso' },
  completed: { fr: 'achevé', ar: 'منجز', es: 'terminado' },
  late: { fr: 'en retard', ar: 'متأخر', es: 'con retraso' },
  suspended: { fr: 'suspendu', ar: 'متوقف', es: 'suspendido' },
};

/** The year's figures: every project as it stands, the late ones, the milestones done in the year. */
async function figures(ctx: Pick<InnerContext, 'db' | 'clock'>, commune: Pick<CommuneRow, 'id'>, year: number) {
  const projects = await summaries(ctx, commune.id);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const milestones = (await repo.milestones(ctx.db, commune.id)).filter(
    (m) => m.doneOn !== null && m.doneOn >= from && m.doneOn <= to,
  );
  const rows = await repo.projects(ctx.db, commune.id);
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  // The year in Morocco (UTC+1 outside Ramadan): what the dated history recorded between its first and last day.
  const changed = await repo.changesBetween(
    ctx.db,
    commune.id,
    new Date(Date.UTC(year, 0, 1) - 3_600_000),
    new Date(Date.UTC(year + 1, 0, 1) - 3_600_000),
  );
  const changesOf = new Map(changed.map((c) => [codeOf.get(c.projectId) ?? '', c.n]));
  const budget = projects.reduce(
    (b, p) => ({
      planned: b.planned + p.budget.planned,
      committed: b.committed + p.budget.committed,
      paid: b.paid + p.budget.paid,
    }),
    { planned: 0, committed: 0, paid: 0 },
  );
  return {
    projects,
    late: projects.filter((p) => p.status === 'late'),
    milestones: milestones.map((m) => ({ code: codeOf.get(m.projectId) ?? '', title: m.title, doneOn: m.doneOn! })),
    overall: overallProgress(projects) ?? 0,
    budget,
    changesOf,
    changes: changed.reduce((n, c) => n + c.n, 0),
  };
}

/**
 * The annual monitoring report (113-14 art. 81), signed by the commune and verifiable at /verify/<code>: one
 * document per chosen language, each attached to the council session where it is presented.
 */
export async function generateReport(ctx: Ctx, commune: CommuneRow, input: ReportInput, actorId: string) {
  const session = input.sessionId ? await repo.findSession(ctx.db, commune.id, input.sessionId) : null;
  if (input.sessionId && !session)
    throw badRequest('unknown_session', 'No such council session in this commune.', 'sessionId');
  const f = await figures(ctx, commune, input.year);
  const line = (p: ProjectSummary, lang: 'fr' | 'ar' | 'es') =>
    lang === 'es'
      ? `${p.code} — ${p.title.es ?? p.title.fr}: ${p.progress} %, ${STATUS[p.status].es}, previsto ${money(p.budget.planned)} MAD, comprometido ${money(p.budget.committed)} MAD, pagado ${money(p.budget.paid)} MAD, ${f.changesOf.get(p.code) ?? 0} actualización(es) en el año`
      : lang === 'fr'
        ? `${p.code} — ${p.title.fr} : ${p.progress} %, ${STATUS[p.status].fr}, prévu ${money(p.budget.planned)} MAD, engagé ${money(p.budget.committed)} MAD, payé ${money(p.budget.paid)} MAD, ${f.changesOf.get(p.code) ?? 0} mise(s) à jour dans l’année`
        : `${p.code} — ${p.title.ar}: ${p.progress} %، ${STATUS[p.status].ar}، المتوقع ${money(p.budget.planned)} درهم، الملتزم به ${money(p.budget.committed)} درهم، المؤدى ${money(p.budget.paid)} درهم، ${f.changesOf.get(p.code) ?? 0} تحيين خلال السنة`;
  const none = { fr: 'Aucun.', ar: 'لا شيء.', es: 'Ninguno.' };
  const fields = {
    year: String(input.year),
    projects: String(f.projects.length),
    overall: String(f.overall),
    late: String(f.late.length),
    changes: String(f.changes),
    planned: money(f.budget.planned),
    committed: money(f.budget.committed),
    paid: money(f.budget.paid),
    sessionFr: session ? `Présenté au conseil lors de la session du ${session.opensOn}.` : '',
    sessionAr: session ? `قدم أمام المجلس خلال الدورة المنعقدة بتاريخ ${session.opensOn}.` : '',
    sessionEs: session ? `Presentado al pleno en la sesión del ${session.opensOn}.` : '',
    projectsEs: f.projects.map((p) => line(p, 'es')).join('\n') || none.es,
    lateEs:
      f.late
        .map((p) => `${p.code} — ${p.title.es ?? p.title.fr}: ${p.progress} %, fin prevista ${p.endsOn}`)
        .join('\n') || none.es,
    milestonesEs: f.milestones.map((m) => `${m.code} — ${m.title.es ?? m.title.fr}: ${m.doneOn}`).join('\n') || none.es,
    projectsFr: f.projects.map((p) => line(p, 'fr')).join('\n') || none.fr,
    projectsAr: f.projects.map((p) => line(p, 'ar')).join('\n') || none.ar,
    lateFr:
      f.late.map((p) => `${p.code} — ${p.title.fr} : ${p.progress} %, fin prévue ${p.endsOn}`).join('\n') || none.fr,
    lateAr:
      f.late.map((p) => `${p.code} — ${p.title.ar}: ${p.progress} %، النهاية المتوقعة ${p.endsOn}`).join('\n') ||
      none.ar,
    milestonesFr: f.milestones.map((m) => `${m.code} — ${m.title.fr} : ${m.doneOn}`).join('\n') || none.fr,
    milestonesAr: f.milestones.map((m) => `${m.code} — ${m.title.ar}: ${m.doneOn}`).join('\n') || none.ar,
  };
  const issued = [];
  for (const language of input.languages) {
    const doc = await documents.issue(ctx, commune, actorId, {
      template: 'pac_report',
      language,
      delivery: 'electronic',
      // The council is who the report is for: no person is named.
      recipient: { name: `Conseil de la commune de ${commune.names.fr}`, cin: undefined, address: undefined },
      requesterEmail: undefined,
      fields,
    });
    await repo.insertReport(ctx.db, {
      communeId: commune.id,
      year: input.year,
      language,
      documentCode: doc.code,
      sessionId: session?.id ?? null,
      createdBy: actorId,
      createdAt: ctx.clock.now(),
    });
    issued.push({
      language,
      code: doc.code,
      verifyPath: doc.verifyPath,
      pdfPath: doc.pdfPath,
      verifyUrl: doc.verifyUrl,
    });
  }
  return { reports: issued, session };
}

/**
 * The one-page summary to post at the commune: the year's overall progress, budget, counts and late projects, and a
 * QR code to the public projects page. Not signed (the signed reports are); rendered on demand.
 */
export async function summaryPdf(
  ctx: Pick<InnerContext, 'db' | 'clock' | 'publicUrl' | 'signing' | 'language'>,
  commune: Pick<CommuneRow, 'id' | 'slug' | 'names'>,
  year: number,
) {
  const f = await figures(ctx, commune, year);
  const base = (ctx.signing?.publicUrl ?? ctx.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
  const data: SummaryData = {
    communeNames: { ar: commune.names.ar, fr: commune.names.fr },
    year,
    overall: f.overall,
    projects: f.projects.length,
    late: f.late.map((p) => ({ code: p.code, ar: p.title.ar, fr: p.title.fr, progress: p.progress })),
    counts: {
      completed: f.projects.filter((p) => p.status === 'completed').length,
      underWay: f.projects.filter((p) => p.status === 'under_way').length,
      planned: f.projects.filter((p) => p.status === 'planned').length,
    },
    planned: money(f.budget.planned),
    paid: money(f.budget.paid),
    milestones: f.milestones.length,
    url: `${base}/${commune.slug}/pac/projects`,
  };
  const now = ctx.clock.now();
  const pdf = await renderPdf(pdfKey('pacSummary', data, now), { kind: 'pacSummary', args: [data] }, ctx);
  return {
    filename: `${commune.slug}-pac-${year}-summary.pdf`,
    pdfBase64: Buffer.from(pdf).toString('base64'),
  };
}
