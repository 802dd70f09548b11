import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The calls' menu entry and home card (in the first load, every language). */
export default {
  'callsMenu.nav': 'Convocatorias',
  'callsMenu.title': 'Convocatorias de proyectos y sus resultados',
  'callsMenu.description': 'Las convocatorias abiertas a las asociaciones, sus criterios y sus resultados motivados',
} satisfies TranslationOf<typeof ar>;
