import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * The complaints section's menu entry and home card: a `*Menu` namespace, bundled with the
 * first load in every language (see ../../namespaces.ts) so the menu never waits for a chunk.
 */
export default {
  'complaintsMenu.nav': 'Quejas',
  'complaintsMenu.title': 'Quejas',
  'complaintsMenu.description': 'Presente una queja, una observación o una sugerencia y siga su tramitación.',
} satisfies TranslationOf<typeof ar>;
