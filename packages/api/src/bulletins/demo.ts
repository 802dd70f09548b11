import { COMMUNES } from '@shabaka/db';
import { localDate } from '../calendar';
import { findCommuneBySlug } from '../communes';
import type { AppDeps } from '../context';
import * as service from './service';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'events' | 'signing'>;

/**
 * Demo bulletins (`--demo`): each of the five communes publishes the bulletin of the last quarter that has ended,
 * from the demo data seeded before it, with its editors' words — signed when the process has a signing secret
 * (a draft otherwise: nothing is published unsigned). Once per commune.
 */
export async function seedDemoBulletins(deps: Deps, actorsOf: (slug: string) => Promise<{ adminId: string }>) {
  const today = localDate(deps.clock.now());
  const month = Number(today.slice(5, 7));
  const current = Math.ceil(month / 3);
  const period =
    current === 1
      ? { year: Number(today.slice(0, 4)) - 1, quarter: 4 }
      : { year: Number(today.slice(0, 4)), quarter: current - 1 };
  let seeded = 0;
  for (const seed of COMMUNES) {
    const commune = await findCommuneBySlug(deps.db, seed.slug);
    if (!commune) continue;
    if ((await service.staffList(deps, commune)).length > 0) continue;
    const { adminId } = await actorsOf(seed.slug);
    const { id, version } = await service.generate(deps, commune, period, adminId);
    const saved = await service.saveTexts(
      deps,
      commune,
      {
        id,
        version,
        texts: {
          editorial: {
            ar: `تقدم جماعة ${commune.names.ar} حصيلة تدبيرها لهذا الفصل: الأرقام أسفله محسوبة من سجلاتها ومرتبطة بمعطياتها المفتوحة.`,
            fr: `La Commune de ${commune.names.fr} présente ses résultats du trimestre : les chiffres ci-dessous sont tirés de ses registres et reliés à ses données ouvertes.`,
            es: `El Municipio de ${commune.names.es} presenta sus resultados del trimestre: las cifras proceden de sus registros y enlazan con sus datos abiertos.`,
          },
          notes: { ar: undefined, fr: undefined, es: undefined },
        },
      },
      adminId,
    );
    if (deps.signing) await service.approve(deps, commune, { id, version: saved.version }, adminId);
    seeded++;
  }
  return seeded;
}
