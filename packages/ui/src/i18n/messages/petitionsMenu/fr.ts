import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The petitions' menu entry and home card (in the first load, every language). */
export default {
  'petitionsMenu.nav': 'Pétitions',
  'petitionsMenu.title': 'Pétitions et propositions citoyennes',
  'petitionsMenu.description': 'Les pétitions au conseil et les propositions, leurs signatures et leur suite',
} satisfies TranslationOf<typeof ar>;
