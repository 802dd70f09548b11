import * as documents from '../documents';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import type { ReportRow, SubsidyRow, TrancheRow } from './repository';

/** 1234567 → "1 234 567": grouped with plain spaces, which every PDF font has. */
export const groupedDirhams = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

const REPORT_WORDS = {
  interim: { fr: 'Rapport intermédiaire', ar: 'تقرير مرحلي' },
  final: { fr: 'Rapport final', ar: 'تقرير نهائي' },
} as const;
const AFTER = {
  interim: { fr: 'après acceptation du rapport intermédiaire', ar: 'بعد قبول التقرير المرحلي' },
  final: { fr: 'après acceptation du rapport final', ar: 'بعد قبول التقرير النهائي' },
} as const;

/** One signed document per subsidy: a retried signature finds the first. */
export const subsidyDocumentKey = (id: string) => `subsidy:${id}`;

/**
 * Issues the subsidy's convention (at or above the commune's threshold) or decision as a signed
 * document, from the ledger's own rows: the association's registered names, the amount, the plan.
 * Lines are bilingual where they carry words and neutral where they carry only figures and dates.
 */
export async function issueSubsidyDocument(
  ctx: Pick<InnerContext, 'db' | 'clock' | 'events' | 'signing'>,
  commune: CommuneRow,
  actorId: string,
  s: SubsidyRow,
  tranches: readonly TrancheRow[],
  reports: readonly ReportRow[],
) {
  const association = await ctx.db
    .selectFrom('associations')
    .select('names')
    .where('communeId', '=', s.communeId)
    .where('id', '=', s.associationId)
    .executeTakeFirstOrThrow();
  const name = `${association.names.fr} — ${association.names.ar}`.slice(0, 160);
  return documents.issue(ctx, commune, actorId, {
    template: s.kind === 'convention' ? 'subsidy_convention' : 'subsidy_decision',
    language: 'both',
    delivery: 'electronic',
    recipient: { name },
    fields: {
      amount: groupedDirhams(s.amountMad),
      year: String(s.year),
      projectAr: s.project.ar,
      projectFr: s.project.fr,
      deliberation: s.deliberation ?? undefined,
      deliverables: s.deliverables.map((d) => `• ${d.fr}\n  ${d.ar}`).join('\n'),
      associationAr: association.names.ar,
      associationFr: association.names.fr,
      // One line per language where a line has words: a line mixing both reads scrambled in either direction.
      tranches: tranches
        .flatMap((t) => {
          const line = `${t.n}. ${groupedDirhams(t.amountMad)} MAD — ${t.dueOn}`;
          return t.afterReport ? [`${line} — ${AFTER[t.afterReport].fr}`, `${AFTER[t.afterReport].ar}`] : [line];
        })
        .join('\n'),
      reports: reports
        .flatMap((r) => [`${REPORT_WORDS[r.kind].fr} — ${r.dueOn}`, `${REPORT_WORDS[r.kind].ar} — ${r.dueOn}`])
        .join('\n'),
    },
    idempotencyKey: subsidyDocumentKey(s.id),
  });
}
