// The PDF worker's table of renderers sits at the top level, beside root.ts: it gathers one
// renderer from each domain, so pdf/ (a library those renderers use) never imports them back.
import { renderBulletinPoster } from './bulletins/poster';
import { renderDocument } from './documents/pdf';
import { renderPetitionDossier } from './petitions/dossier-pdf';
import { renderPacSummary } from './pac/projects/summary-pdf';
import { renderProcedureSheet } from './procedures/sheet';
import { renderComplaintReceipt, renderInformationReceipt } from './receipts/pdf';

/**
 * Every PDF the server renders, by kind: their arguments are plain data (structured
 * clone), so a job can run in the PDF worker thread (pdf/worker.ts) or, without one
 * (tests, scripts), in the calling thread.
 */
export const pdfRenderers = {
  receipt: renderComplaintReceipt,
  informationReceipt: renderInformationReceipt,
  sheet: renderProcedureSheet,
  document: renderDocument,
  petitionDossier: renderPetitionDossier,
  pacSummary: renderPacSummary,
  bulletinPoster: renderBulletinPoster,
};

export type PdfJob = {
  [K in keyof typeof pdfRenderers]: { kind: K; args: Parameters<(typeof pdfRenderers)[K]> };
}[keyof typeof pdfRenderers];

export const runPdfJob = (job: PdfJob): Promise<Uint8Array> =>
  (pdfRenderers[job.kind] as (...args: unknown[]) => Promise<Uint8Array>)(...job.args);
