import { COMMUNES } from '@shabaka/db';
import { addDays, localDate } from '../../calendar';
import type { AppDeps } from '../../context';
import * as service from './service';

const t = (ar: string, fr: string, es: string) => ({ ar, fr, es });

/** Two neighbourhoods a commune's demo projects sit in (places, not people), offsets from its centre. */
const PLACES: Record<string, [ReturnType<typeof t>, ReturnType<typeof t>]> = {
  tetouan: [t('حي المحنش', 'Mhannech', 'Mhannech'), t('حي الطويابل', 'Touabel', 'Touabel')],
  asilah: [t('المدينة العتيقة', 'Médina', 'Medina'), t('حي الهدى', 'Hay Al Houda', 'Hay Al Houda')],
  chefchaouen: [t('حي السويقة', 'Souika', 'Souika'), t('حي ريف الأندلس', 'Rif El Andalous', 'Rif El Andalous')],
  'ksar-el-kebir': [t('باب الواد', 'Bab El Oued', 'Bab El Oued'), t('حي السلام', 'Hay Salam', 'Hay Salam')],
  mdiq: [t('حي الرينكون', 'Rincon', 'Rincón'), t('حي سيدي موسى', 'Sidi Moussa', 'Sidi Musa')],
};

const AXES = {
  lighting: t('الإنارة العمومية', 'Éclairage public', 'Alumbrado público'),
  youth: t('الشباب والرياضة', 'Jeunesse et sport', 'Juventud y deporte'),
  green: t('المساحات الخضراء', 'Espaces verts', 'Zonas verdes'),
  roads: t('الطرق والممرات', 'Voirie et cheminements', 'Vías y aceras'),
};

/**
 * Demo projects of the action plan in each commune, through the domain's own save (their history starts with the
 * demo): four projects with sub-projects, budgets and a milestone or two; one of them past its end short of 100 %
 * (late). Idempotent: a commune with projects is left as it is.
 */
export async function seedDemoPacProjects(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  actorsOf: (slug: string) => Promise<{ agentId: string; adminId: string }>,
) {
  const today = localDate(deps.clock.now());
  let created = 0;
  for (const seed of COMMUNES) {
    const commune = await deps.db.selectFrom('communes').selectAll().where('slug', '=', seed.slug).executeTakeFirst();
    if (!commune) continue;
    const has = await deps.db
      .selectFrom('pacProjects')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const { agentId } = await actorsOf(seed.slug);
    const [a, b] = PLACES[seed.slug] ?? [
      t('وسط المدينة', 'Centre-ville', 'Centro'),
      t('الحي الجديد', 'Quartier neuf', 'Barrio nuevo'),
    ];
    const at = (dLat: number, dLon: number) => ({ lat: seed.lat + dLat, lon: seed.lon + dLon });
    const projects = [
      {
        code: 'P-01',
        title: t(
          'إنارة الأحياء الطرفية',
          'Éclairage des quartiers périphériques',
          'Alumbrado de los barrios periféricos',
        ),
        axis: AXES.lighting,
        neighbourhood: a,
        ...at(0.006, 0.004),
        startsOn: addDays(today, -300),
        endsOn: addDays(today, 120),
        status: 'under_way' as const,
        progress: 0,
        budgetPlanned: 1_200_000,
        budgetCommitted: 950_000,
        budgetPaid: 600_000,
        subprojects: [
          {
            code: 'P-01.1',
            title: t('دراسة الشبكة', 'Étude du réseau', 'Estudio de la red'),
            weight: 1,
            progress: 100,
          },
          {
            code: 'P-01.2',
            title: t('تركيب الأعمدة', 'Pose des candélabres', 'Instalación de farolas'),
            weight: 3,
            progress: 40,
          },
        ],
        milestones: [
          {
            title: t('انتهاء الدراسة', 'Étude terminée', 'Estudio terminado'),
            plannedOn: addDays(today, -200),
            doneOn: addDays(today, -190),
          },
          {
            title: t('أول شارع مضاء', 'Première rue éclairée', 'Primera calle iluminada'),
            plannedOn: addDays(today, 30),
            doneOn: null,
          },
        ],
      },
      {
        code: 'P-02',
        title: t('ملعب القرب', 'Terrain de proximité', 'Campo deportivo de barrio'),
        axis: AXES.youth,
        neighbourhood: b,
        ...at(-0.005, 0.007),
        startsOn: addDays(today, -400),
        endsOn: addDays(today, -30),
        status: 'under_way' as const,
        progress: 0,
        budgetPlanned: 800_000,
        budgetCommitted: 820_000,
        budgetPaid: 500_000,
        subprojects: [
          { code: 'P-02.1', title: t('الأرضية', 'Revêtement', 'Pavimento'), weight: 2, progress: 90 },
          {
            code: 'P-02.2',
            title: t('السياج والإنارة', 'Clôture et éclairage', 'Cercado e iluminación'),
            weight: 1,
            progress: 30,
          },
        ],
        milestones: [
          {
            title: t('بداية الأشغال', 'Début des travaux', 'Inicio de las obras'),
            plannedOn: addDays(today, -350),
            doneOn: addDays(today, -340),
          },
        ],
      },
      {
        code: 'P-03',
        title: t('حديقة قرب الإعدادية', 'Jardin près du collège', 'Jardín junto al instituto'),
        axis: AXES.green,
        neighbourhood: a,
        ...at(0.002, -0.006),
        startsOn: addDays(today, -500),
        endsOn: addDays(today, -60),
        status: 'completed' as const,
        progress: 100,
        budgetPlanned: 450_000,
        budgetCommitted: 430_000,
        budgetPaid: 430_000,
        subprojects: [],
        milestones: [
          {
            title: t('افتتاح الحديقة', 'Ouverture du jardin', 'Apertura del jardín'),
            plannedOn: addDays(today, -70),
            doneOn: addDays(today, -65),
          },
        ],
      },
      {
        code: 'P-04',
        title: t('تهيئة الممرات الآمنة للراجلين', 'Cheminements piétons sûrs', 'Itinerarios peatonales seguros'),
        axis: AXES.roads,
        neighbourhood: b,
        lat: null,
        lon: null,
        startsOn: addDays(today, 60),
        endsOn: addDays(today, 420),
        status: 'planned' as const,
        progress: 0,
        budgetPlanned: 1_500_000,
        budgetCommitted: 0,
        budgetPaid: 0,
        subprojects: [
          { code: 'P-04.1', title: t('الدراسة', 'Étude', 'Estudio'), weight: 1, progress: 0 },
          { code: 'P-04.2', title: t('الأشغال', 'Travaux', 'Obras'), weight: 4, progress: 0 },
        ],
        milestones: [],
      },
    ];
    for (const { milestones, ...project } of projects)
      await service.save(deps, commune, { project, milestones }, agentId, 'demo');
    created++;
  }
  return created;
}
