import type { Db } from '@shabaka/db';
import { sql } from 'kysely';

/** A commune's PAC proposals and prioritisation ballots over a period (instants `start`…`end`), for its bulletin. */
export async function proposalPeriodFigures(db: Db, communeId: string, period: { start: Date; end: Date }) {
  const [proposals, ballots] = await Promise.all([
    db
      .selectFrom('pacProposals')
      .select([
        sql<number>`count(*)`.as('submitted'),
        sql<number>`count(*) filter (where state = 'admissible')`.as('admissible'),
      ])
      .where('communeId', '=', communeId)
      .where('submittedAt', '>=', period.start)
      .where('submittedAt', '<', period.end)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('pacBallots')
      .select(sql<number>`count(*)`.as('n'))
      .where('communeId', '=', communeId)
      .where('castAt', '>=', period.start)
      .where('castAt', '<', period.end)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    proposals: Number(proposals.submitted),
    admissible: Number(proposals.admissible),
    ballots: Number(ballots.n),
  };
}
