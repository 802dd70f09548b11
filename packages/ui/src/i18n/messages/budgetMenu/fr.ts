import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The budget section's menu entry and home card (in the first load, every language). */
export default {
  'budgetMenu.nav': 'Budget',
  'budgetMenu.title': 'Le budget de la commune',
  'budgetMenu.description': 'D’où vient l’argent, où il va, et ce qui en est réalisé, en mots simples.',
} satisfies TranslationOf<typeof ar>;
