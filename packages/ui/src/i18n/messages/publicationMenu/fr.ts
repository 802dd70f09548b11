import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The publication section's menu entry and home card (in the first load, every language). */
export default {
  'publicationMenu.nav': 'Publication proactive',
  'publicationMenu.title': 'Ce que la commune publie d’elle-même',
  'publicationMenu.description':
    'Les informations que la commune publie sans qu’on les demande, et si elles sont à jour.',
} satisfies TranslationOf<typeof ar>;
