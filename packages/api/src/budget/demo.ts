import type { BudgetDirection, BudgetLabel, BudgetPart, Db } from '@shabaka/db';
import type { Clock } from '../clock';
import { listCommunes } from '../communes';
import { linesToCsv, type FileLine } from './csv';
import * as repo from './repository';
import * as service from './service';

type Demo = [BudgetDirection, BudgetPart, string, BudgetLabel, number];

/*
 * Demo budgets (`--demo`), invented for the five communes: plausible shapes (the VAT share carries the revenue,
 * pay is the largest expense, investment is executed slower than functioning), sized by population, never real
 * figures. Each line's last number is its share of the commune's functioning revenue.
 */
const LINES: Demo[] = [
  [
    'revenue',
    'functioning',
    '10.10.10.11',
    {
      ar: 'الرسم على الأراضي الحضرية غير المبنية',
      fr: 'Taxe sur les terrains urbains non bâtis',
      es: 'Impuesto sobre solares urbanos sin edificar',
    },
    0.12,
  ],
  [
    'revenue',
    'functioning',
    '10.10.10.12',
    {
      ar: 'رسم السكن ورسم الخدمات الجماعية',
      fr: 'Taxe d’habitation et taxe de services communaux',
      es: 'Tasa de vivienda y de servicios municipales',
    },
    0.18,
  ],
  [
    'revenue',
    'functioning',
    '10.10.20.11',
    {
      ar: 'حصة الجماعة من الضريبة على القيمة المضافة',
      fr: 'Part de la commune dans la TVA',
      es: 'Participación del municipio en el IVA',
    },
    0.52,
  ],
  [
    'revenue',
    'functioning',
    '10.20.10.11',
    {
      ar: 'إتاوات الاحتلال المؤقت للملك العمومي',
      fr: 'Redevances d’occupation du domaine public',
      es: 'Cánones por ocupación del dominio público',
    },
    0.1,
  ],
  [
    'revenue',
    'functioning',
    '10.20.20.11',
    { ar: 'منتوج الأسواق والمجازر', fr: 'Produits des marchés et abattoirs', es: 'Ingresos de mercados y mataderos' },
    0.08,
  ],
  [
    'revenue',
    'investment',
    '30.10.10.11',
    {
      ar: 'فائض الجزء الأول (التسيير)',
      fr: 'Excédent de la première partie (fonctionnement)',
      es: 'Excedente de la primera parte (funcionamiento)',
    },
    0.2,
  ],
  [
    'revenue',
    'investment',
    '30.20.10.11',
    {
      ar: 'إعانات الدولة والجهة',
      fr: 'Subventions de l’État et de la Région',
      es: 'Subvenciones del Estado y de la Región',
    },
    0.25,
  ],
  [
    'expenditure',
    'functioning',
    '20.10.10.11',
    {
      ar: 'أجور وتعويضات الموظفين',
      fr: 'Traitements et indemnités du personnel',
      es: 'Sueldos e indemnizaciones del personal',
    },
    0.42,
  ],
  [
    'expenditure',
    'functioning',
    '20.20.10.11',
    { ar: 'الإنارة العمومية', fr: 'Éclairage public', es: 'Alumbrado público' },
    0.1,
  ],
  [
    'expenditure',
    'functioning',
    '20.20.20.11',
    { ar: 'جمع النفايات المنزلية', fr: 'Collecte des déchets ménagers', es: 'Recogida de residuos domésticos' },
    0.16,
  ],
  [
    'expenditure',
    'functioning',
    '20.30.10.11',
    { ar: 'صيانة الطرق', fr: 'Entretien de la voirie', es: 'Mantenimiento de la vía pública' },
    0.08,
  ],
  [
    'expenditure',
    'functioning',
    '20.40.10.11',
    { ar: 'منح الجمعيات', fr: 'Subventions aux associations', es: 'Subvenciones a asociaciones' },
    0.04,
  ],
  [
    'expenditure',
    'investment',
    '40.10.10.11',
    { ar: 'تهيئة الطرق', fr: 'Aménagement de la voirie', es: 'Acondicionamiento de la vía pública' },
    0.22,
  ],
  [
    'expenditure',
    'investment',
    '40.20.10.11',
    {
      ar: 'المساحات الخضراء والساحات العمومية',
      fr: 'Espaces verts et places publiques',
      es: 'Zonas verdes y plazas públicas',
    },
    0.12,
  ],
  [
    'expenditure',
    'investment',
    '40.30.10.11',
    { ar: 'ملاعب القرب', fr: 'Terrains de sport de proximité', es: 'Instalaciones deportivas de proximidad' },
    0.08,
  ],
];

/** Demo functioning revenue per inhabitant, in dirhams. */
const PER_INHABITANT = 1_100;

/** A commune's demo lines for a year; `done` is how far the year's execution has gone (1 = closed). */
export function demoLines(population: number, seed: number, done: number): FileLine[] {
  const base = population * PER_INHABITANT;
  return LINES.map(([direction, part, code, label, share], i) => {
    const [chapter, article, paragraph, line] = code.split('.') as [string, string, string, string];
    // Whole dirhams, with a few centimes so the two decimals show.
    const initial = Math.round(base * share) * 100 + ((seed * 37 + i * 11) % 100);
    const amended = i % 4 === 0 ? Math.round(initial * 1.05) : initial;
    const swing = ((seed * 7 + i * 13) % 20) / 100;
    // Investment moves slower than functioning; every commune and line a little differently.
    const rate = Math.min(1, (part === 'investment' ? 0.45 : 0.88) * done + swing * done);
    const committed = Math.round(amended * Math.min(1, rate + 0.1));
    const paid = Math.round(committed * (part === 'investment' ? 0.7 : 0.95));
    return direction === 'expenditure'
      ? {
          direction,
          part,
          chapter,
          article,
          paragraph,
          line,
          label,
          forecastInitial: initial,
          forecastAmended: amended,
          committed,
          paid,
          collected: null,
        }
      : {
          direction,
          part,
          chapter,
          article,
          paragraph,
          line,
          label,
          forecastInitial: initial,
          forecastAmended: amended,
          committed: null,
          paid: null,
          collected: Math.round(amended * rate),
        };
  });
}

/**
 * Seeds each of the five communes with last year's closed budget and this year's, the latter in two published
 * versions (a first execution statement, then a later one), through the real import and publication. Once per
 * commune.
 */
export async function seedDemoBudget(
  deps: { db: Db; clock: Clock },
  actorsOf: (slug: string) => Promise<{ adminId: string }>,
) {
  const ctx = { db: deps.db, clock: deps.clock };
  const year = Number(deps.clock.now().toISOString().slice(0, 4));
  let seeded = 0;
  const slugs = ['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq'];
  for (const c of await listCommunes(deps.db)) {
    const seed = slugs.indexOf(c.slug);
    if (seed < 0 || (await repo.versions(deps.db, c.id)).length > 0) continue;
    const { adminId } = await actorsOf(c.slug);
    const population = c.population ?? 50_000;
    for (const [y, done] of [
      [year - 1, 1],
      [year, 0.4],
      [year, 0.75],
    ] as const) {
      const r = await service.importCsv(
        ctx,
        c,
        {
          year: y,
          fileName: `demo-${c.slug}-${y}.csv`,
          csv: linesToCsv(demoLines(population, seed, done)),
          offset: 0,
          limit: 500,
          apply: true,
        },
        adminId,
      );
      if (!r.applied) throw new Error(`demo budget for ${c.slug} refused: ${JSON.stringify(r.issues[0])}`);
      await service.publish(ctx, c, r.applied.versionId, adminId);
    }
    seeded++;
  }
  return seeded;
}
