import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * The access-to-information requests section's menu entry and home card: a `*Menu` namespace, bundled with the
 * first load in every language (see ../../namespaces.ts) so the menu never waits for a chunk.
 */
export default {
  'informationMenu.nav': 'Accès à l’information',
  'informationMenu.title': 'Accès à l’information',
  'informationMenu.description':
    'Demandez une information à la commune et suivez les délais légaux de sa réponse (loi 31-13).',
} satisfies TranslationOf<typeof ar>;
