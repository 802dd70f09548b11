import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The calls' menu entry and home card (in the first load, every language). */
export default {
  'callsMenu.nav': 'Appels à projets',
  'callsMenu.title': 'Appels à projets et leurs résultats',
  'callsMenu.description': 'Les appels ouverts aux associations, leurs critères et leurs résultats motivés',
} satisfies TranslationOf<typeof ar>;
