import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The rooms section's menu entry and home card (in the first load, every language). */
export default {
  'roomsMenu.nav': 'Salas',
  'roomsMenu.title': 'Salas para asociaciones',
  'roomsMenu.description': 'Las salas del municipio y su disponibilidad',
} satisfies TranslationOf<typeof ar>;
