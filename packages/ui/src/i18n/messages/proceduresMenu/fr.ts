import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * The procedures catalogue section's menu entry and home card: a `*Menu` namespace, bundled with the
 * first load in every language (see ../../namespaces.ts) so the menu never waits for a chunk.
 */
export default {
  'proceduresMenu.nav': 'Démarches',
  'proceduresMenu.title': 'Démarches administratives',
  'proceduresMenu.description': 'Toutes les démarches et les pièces à fournir, au même endroit.',
} satisfies TranslationOf<typeof ar>;
