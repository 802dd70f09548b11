import type { RouterOutputs } from '@shabaka/client';
import type { Language } from '@shabaka/ui';

export type PublicBudget = RouterOutputs['budget']['get'];
export type BudgetLine = PublicBudget['lines'][number];
export type Totals = PublicBudget['totals'];

/** A line's label in the reader's language (Spanish falls back to French, which every line has). */
export const labelIn = (label: BudgetLine['label'], lang: Language) =>
  lang === 'ar' ? label.ar : lang === 'es' ? (label.es ?? label.fr) : label.fr;

/** A share in whole percent, or null when there is nothing to measure against. */
export const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : null);

/** The nomenclature's codes as one reference (chapter.article.paragraph.line). */
export const codeOf = (l: BudgetLine) => `${l.chapter}.${l.article}.${l.paragraph}.${l.line}`;
