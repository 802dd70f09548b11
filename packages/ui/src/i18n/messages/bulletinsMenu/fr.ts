import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The bulletins section's menu entry and home card (in the first load, every language). */
export default {
  'bulletinsMenu.nav': 'Bulletins de résultats',
  'bulletinsMenu.title': 'Bulletins des résultats de gestion',
  'bulletinsMenu.description':
    'Les chiffres de la commune chaque trimestre et chaque année, signés et reliés à ses données ouvertes.',
} satisfies TranslationOf<typeof ar>;
