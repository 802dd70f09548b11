import type { Db, Localized } from '@shabaka/db';
import * as repo from './repository';
import { BUDGET_FIELDS, rowOf, type BudgetField, type BudgetRow } from './fdp';
import { publishedLines } from './service';

/**
 * The budget as an open-data dataset (issue 16's catalogue): its fields (the data package's, one column per
 * language) and its rows — a year's latest published version, or every published year's latest when no year is
 * given. Drafts never appear.
 */
export const budgetDataset: {
  id: 'budget';
  title: Localized;
  description: Localized;
  fields: Pick<BudgetField, 'name' | 'type' | 'title' | 'description'>[];
  rows(db: Db, communeId: string, year?: number): Promise<BudgetRow[]>;
} = {
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
  fields: BUDGET_FIELDS.map(({ name, type, title, description }) => ({ name, type, title, description })),
  async rows(db, communeId, year) {
    const commune = await db
      .selectFrom('communes')
      .select('slug')
      .where('id', '=', communeId)
      .executeTakeFirstOrThrow();
    const years =
      year !== undefined
        ? [year]
        : [...new Set((await repo.publishedVersions(db, communeId)).map((v) => v.fiscalYear))].sort();
    const out: BudgetRow[] = [];
    for (const y of years) {
      const p = await publishedLines(db, communeId, y);
      if (p) out.push(...p.lines.map((l) => rowOf(commune.slug, y, l)));
    }
    return out;
  },
};
