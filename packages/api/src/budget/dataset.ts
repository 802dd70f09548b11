import { defineDataset } from '../open-data';
import * as repo from './repository';
import { BUDGET_FIELDS, rowOf, tableSchema, type BudgetRow } from './fdp';
import { publishedLines } from './service';

/**
 * The budget as an open dataset (open-data's contract): the data package's fields (one column per language for
 * the labels) and, for each fiscal year the commune published, the rows of its latest version published by
 * `now`. Drafts never appear.
 */
export const budgetDataset = defineDataset({
  id: 'budget',
  title: {
    ar: 'ميزانية الجماعة وتنفيذها',
    fr: 'Budget communal et son exécution',
    es: 'Presupuesto municipal y su ejecución',
  },
  description: {
    ar: 'سطور الميزانية كما نشرتها الجماعة: التقديرات الأولية والمعدلة، الملتزم به والمؤدى للنفقات، والمحصل للمداخيل، بالدرهم.',
    fr: 'Les lignes du budget publiées par la commune : prévisions initiales et modifiées, engagé et payé pour les dépenses, recouvré pour les recettes, en dirhams.',
    es: 'Las líneas del presupuesto publicadas por el municipio: previsiones iniciales y modificadas, comprometido y pagado en gastos, recaudado en ingresos, en dírhams.',
  },
  keywords: [
    { ar: 'ميزانية', fr: 'budget', es: 'presupuesto' },
    { ar: 'مالية محلية', fr: 'finances locales', es: 'finanzas locales' },
  ],
  theme: 'ECON',
  // A new version whenever the commune publishes an execution statement: no fixed rhythm.
  accrualPeriodicity: 'IRREG',
  fields: BUDGET_FIELDS,
  primaryKey: tableSchema().primaryKey,
  async rows(db, communeId, now) {
    const commune = await db
      .selectFrom('communes')
      .select('slug')
      .where('id', '=', communeId)
      .executeTakeFirstOrThrow();
    const published = (await repo.publishedVersions(db, communeId)).filter((v) => v.publishedAt! <= now);
    const out: BudgetRow[] = [];
    for (const year of [...new Set(published.map((v) => v.fiscalYear))].sort()) {
      const latest = published.find((v) => v.fiscalYear === year)!;
      const p = await publishedLines(db, communeId, year, latest.version);
      if (p) out.push(...p.lines.map((l) => rowOf(commune.slug, year, l)));
    }
    return out;
  },
});
