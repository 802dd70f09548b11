import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The budget section's menu entry and home card (in the first load, every language). */
export default {
  'budgetMenu.nav': 'Presupuesto',
  'budgetMenu.title': 'El presupuesto municipal',
  'budgetMenu.description': 'De dónde viene el dinero, adónde va y cuánto se ha ejecutado, en palabras sencillas.',
} satisfies TranslationOf<typeof ar>;
