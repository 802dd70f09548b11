import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The rooms section's menu entry and home card (in the first load, every language). */
export default {
  'roomsMenu.nav': 'Salles',
  'roomsMenu.title': 'Salles pour associations',
  'roomsMenu.description': 'Les salles de la commune et leurs disponibilités',
} satisfies TranslationOf<typeof ar>;
