import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The petitions' menu entry and home card (in the first load, every language). */
export default {
  'petitionsMenu.nav': 'Peticiones',
  'petitionsMenu.title': 'Peticiones y propuestas ciudadanas',
  'petitionsMenu.description': 'Las peticiones al consejo y las propuestas, sus firmas y su resultado',
} satisfies TranslationOf<typeof ar>;
