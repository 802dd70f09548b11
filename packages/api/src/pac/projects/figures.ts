import type { InnerContext } from '../../context';
import { overallProgress, summaries } from './service';

/**
 * The plan as it stands, for a commune's bulletin (frozen with it at approval): projects by the status the public
 * reads (late once past their end short of 100 %), the overall progress weighted by planned budget, the budget.
 */
export async function planFigures(ctx: Pick<InnerContext, 'db' | 'clock'>, communeId: string) {
  const projects = await summaries(ctx, communeId);
  const count = (s: string) => projects.filter((p) => p.status === s).length;
  const sum = (k: 'planned' | 'paid') => projects.reduce((n, p) => n + p.budget[k], 0);
  return {
    projects: projects.length,
    completed: count('completed'),
    underWay: count('under_way'),
    late: count('late'),
    overall: overallProgress(projects),
    planned: sum('planned'),
    paid: sum('paid'),
  };
}
