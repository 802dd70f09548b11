import type { Db, RecommendationAnswer } from '@shabaka/db';
import * as repo from './repository';

/**
 * The recommendations figures of one commune for a period (the bulletins' section): those adopted in
 * [from, to) and addressed to it, how many were answered by their deadline, the answers by kind, and how many are
 * implemented. Read from the rows (a few per commune and year), so the bulletin's figure equals the table's.
 */
export async function recommendationFigures(db: Db, communeId: string, from: Date, to: Date) {
  const rows = await repo.adoptedBetween(db, communeId, from, to);
  const answers: Record<RecommendationAnswer, number> = { accepted: 0, partially: 0, rejected: 0 };
  let answered = 0;
  let onTime = 0;
  for (const r of rows) {
    if (!r.answer || !r.answeredAt) continue;
    answered++;
    answers[r.answer]++;
    if (r.answerDueAt && r.answeredAt.getTime() <= r.answerDueAt.getTime()) onTime++;
  }
  return {
    addressed: rows.length,
    answered,
    answeredOnTime: onTime,
    ...answers,
    implemented: rows.filter((r) => r.state === 'implemented').length,
  };
}
export type RecommendationFigures = Awaited<ReturnType<typeof recommendationFigures>>;
