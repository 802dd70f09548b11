import type { Localized, PacPhaseKind } from '@shabaka/db';
import { localDate } from '../calendar';
import { networkCommunes } from '../communes';
import type { InnerContext } from '../context';
import { network as projectsNetwork } from './projects/service';
import { network as proposalsNetwork } from './proposals/service';
import * as repo from './repository';
import { phasesOn } from './service';

type Ctx = Pick<InnerContext, 'db' | 'clock'>;

/** One commune's row on the network's dashboard: where its plan stands, how it answers, what it delivers. */
export interface PacNetworkRow {
  commune: string;
  names: Localized;
  /** The phase under way today, null between phases or without a plan. */
  phase: PacPhaseKind | null;
  contributions: { received: number; answered: number; onTime: number; overdue: number };
  projects: { count: number; progress: number | null; late: number; paidShare: number | null };
  /** Prioritisation votes open now, and the latest vote's participation (a percentage of the eligible population). */
  consultations: { open: number; latest: { voters: number; rate: number; stage: 'voting' | 'closed' } | null };
}

/**
 * The PAC across the network for a year (the year's contributions; projects and phases as they stand today):
 * per commune, the phase under way, contributions answered within the commune's clock and those overdue, and
 * the plan's projects — overall progress, late ones, the share of the planned budget paid.
 */
export async function network(ctx: Ctx, input: { year?: number | undefined }) {
  const now = ctx.clock.now();
  const today = localDate(now);
  const year = input.year ?? Number(today.slice(0, 4));
  const [communes, plans, figures, years, projects] = await Promise.all([
    networkCommunes(ctx.db),
    repo.currentPlans(ctx.db, Number(today.slice(0, 4))),
    repo.contributionFigures(ctx.db, new Date(`${year}-01-01T00:00:00Z`), new Date(`${year + 1}-01-01T00:00:00Z`), now),
    repo.contributionYears(ctx.db),
    projectsNetwork(ctx),
  ]);
  // Its own read (not in the batch above): PGlite answers one query at a time anyway, and the list stays short.
  const votes = await proposalsNetwork(ctx);
  const rows = communes.map((c): PacNetworkRow => {
    const plan = plans.find((p) => p.communeId === c.id);
    const current = plan ? phasesOn(plan.phases, today).current : null;
    const f = figures.find((x) => x.communeId === c.id);
    const p = projects.find((x) => x.commune === c.slug);
    const v = votes.find((x) => x.commune === c.slug);
    return {
      commune: c.slug,
      names: c.names,
      phase: plan && current !== null ? plan.phases[current]!.kind : null,
      contributions: {
        received: f?.received ?? 0,
        answered: f?.answered ?? 0,
        onTime: f?.onTime ?? 0,
        overdue: f?.overdue ?? 0,
      },
      projects: {
        count: p?.projects ?? 0,
        progress: p?.progress ?? null,
        late: p?.late ?? 0,
        paidShare: p?.paidShare ?? null,
      },
      consultations: {
        open: v?.openConsultations ?? 0,
        latest: v?.latest ? { voters: v.latest.voters, rate: v.latest.rate, stage: v.latest.stage } : null,
      },
    };
  });
  return {
    year,
    years: [...new Set([...years, year])].sort((a, b) => b - a),
    communes: rows,
  };
}
