import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The instances section's menu entry and home card (in the first load, every language). */
export default {
  'instancesMenu.nav': 'Órganos y comité',
  'instancesMenu.title': 'Órganos consultivos y comité de transparencia',
  'instancesMenu.description':
    'Los miembros y sus declaraciones de intereses, las reuniones, las recomendaciones y las respuestas del municipio.',
} satisfies TranslationOf<typeof ar>;
