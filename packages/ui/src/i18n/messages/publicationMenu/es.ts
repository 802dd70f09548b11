import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The publication section's menu entry and home card (in the first load, every language). */
export default {
  'publicationMenu.nav': 'Publicación proactiva',
  'publicationMenu.title': 'Lo que el municipio publica por iniciativa propia',
  'publicationMenu.description': 'La información que el municipio publica sin que se la pidan, y si está al día.',
} satisfies TranslationOf<typeof ar>;
