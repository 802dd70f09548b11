import { COMMUNE_ROLES, type CommuneRole, type Db } from '@shabaka/db';
import { recentAudit } from '../audit';
import { listCommunes } from '../communes';
import type { FigureProvider } from '../module';
import * as repo from './repository';

const byCommune = (rows: { communeId: string; n: number }[]) => new Map(rows.map((r) => [r.communeId, r.n]));

export async function info(db: Db) {
  const [row, partners] = await Promise.all([repo.networkRow(db), repo.partners(db)]);
  return { names: row.names, chair: row.chair, partners };
}

/**
 * Per-commune figures: each module with a `figures` provider in its descriptor adds named
 * numbers per commune id, computed in one grouped query (never a scan per commune).
 */
export async function overview(db: Db, now: Date, figureProviders: readonly FigureProvider[]) {
  const [communes, staff, departments, ...extra] = await Promise.all([
    listCommunes(db),
    repo.staffCounts(db).then(byCommune),
    repo.departmentCounts(db).then(byCommune),
    ...figureProviders.map((p) => p(db, now)),
  ]);
  const rows = communes.map((c) => ({
    slug: c.slug,
    names: c.names,
    lat: c.lat,
    lon: c.lon,
    population: c.population,
    populationSource: c.populationSource,
    theme: c.theme,
    staffCount: staff.get(c.id) ?? 0,
    departmentCount: departments.get(c.id) ?? 0,
    figures: Object.assign({}, ...extra.map((m) => m.get(c.id) ?? {})) as Record<string, number>,
  }));
  return {
    generatedAt: now,
    communes: rows,
    totals: {
      communes: rows.length,
      population: rows.reduce((s, r) => s + r.population, 0),
      staffCount: rows.reduce((s, r) => s + r.staffCount, 0),
    },
  };
}

export async function details(db: Db) {
  const [communes, byRole, accounts, activity, populations] = await Promise.all([
    listCommunes(db),
    repo.staffByRole(db),
    repo.accountCount(db),
    recentAudit(db, 20),
    repo.populationsToVerify(db),
  ]);
  return {
    communes: communes.map((c) => {
      const staffByRole = Object.fromEntries(COMMUNE_ROLES.map((r) => [r, 0])) as Record<CommuneRole, number>;
      for (const row of byRole) if (row.communeId === c.id) staffByRole[row.role as CommuneRole] = row.n;
      return {
        slug: c.slug,
        names: c.names,
        staffByRole,
        accounts: Object.values(staffByRole).reduce((a, b) => a + b, 0),
      };
    }),
    accounts,
    recentActivity: activity,
    /**
     * Values citizens see without a doubt attached that a network administrator still has to
     * confirm (`pnpm shabaka commune:population`): the coordinators' view lists them.
     */
    toVerify: populations.map((p) => ({
      commune: p.slug,
      field: 'population' as const,
      value: p.population,
      source: p.populationSource,
    })),
  };
}
