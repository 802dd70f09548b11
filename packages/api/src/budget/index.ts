/** The budget domain as other domains see it: import from here, never from its files. */
export { budgetRouter } from './router';
export { budgetFigures } from './service';
export type { BudgetFigures, BudgetTotals, PublicBudget } from './service';
export { budgetDataset } from './dataset';
export { BUDGET_FIELDS, tableSchema, type BudgetRow } from './fdp';
export { seedDemoBudget } from './demo';
