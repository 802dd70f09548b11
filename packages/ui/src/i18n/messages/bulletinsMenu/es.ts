import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The bulletins section's menu entry and home card (in the first load, every language). */
export default {
  'bulletinsMenu.nav': 'Boletines de resultados',
  'bulletinsMenu.title': 'Boletines de resultados de gestión',
  'bulletinsMenu.description':
    'Las cifras del municipio cada trimestre y cada año, firmadas y enlazadas con sus datos abiertos.',
} satisfies TranslationOf<typeof ar>;
