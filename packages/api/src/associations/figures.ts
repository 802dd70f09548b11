import type { Db } from '@shabaka/db';
import { countsByCommune, countsBySector } from './repository';

/** Registered associations per commune, in all and per sector (`associationsSector.<key>`), for the dashboard. */
export async function associationFigures(db: Db) {
  const [totals, sectors] = await Promise.all([countsByCommune(db), countsBySector(db)]);
  const out = new Map<string, Record<string, number>>();
  for (const t of totals) out.set(t.communeId, { associationsTotal: Number(t.n) });
  for (const s of sectors) {
    const f = out.get(s.communeId) ?? {};
    f[`associationsSector.${s.sector}`] = Number(s.n);
    out.set(s.communeId, f);
  }
  return out;
}
