import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * The procedures catalogue section's menu entry and home card: a `*Menu` namespace, bundled with the
 * first load in every language (see ../../namespaces.ts) so the menu never waits for a chunk.
 */
export default {
  'proceduresMenu.nav': 'Trámites',
  'proceduresMenu.title': 'Trámites administrativos',
  'proceduresMenu.description': 'Todos los trámites y documentos necesarios, en un solo lugar.',
} satisfies TranslationOf<typeof ar>;
