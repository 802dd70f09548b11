import type { Db } from '@shabaka/db';
import { listCommunes } from '../communes';
import { countsByCommune, countsBySector } from './repository';

/** The network overview's headline: registered associations per commune. */
export async function associationHeadlineFigures(db: Db) {
  const totals = await countsByCommune(db);
  return new Map(totals.map((t) => [t.communeId, { associationsTotal: Number(t.n) }]));
}

/** Registered associations of every commune, in all and per sector (an association counts in each of its sectors). */
export async function sectorFigures(db: Db) {
  const [communes, totals, sectors] = await Promise.all([listCommunes(db), countsByCommune(db), countsBySector(db)]);
  return communes.map((c) => ({
    commune: c.slug,
    names: c.names,
    total: Number(totals.find((t) => t.communeId === c.id)?.n ?? 0),
    bySector: Object.fromEntries(
      sectors.filter((s) => s.communeId === c.id).map((s) => [s.sector, Number(s.n)]),
    ) as Record<string, number>,
  }));
}
