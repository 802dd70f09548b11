import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * The complaints section's menu entry and home card: a `*Menu` namespace, bundled with the
 * first load in every language (see ../../namespaces.ts) so the menu never waits for a chunk.
 */
export default {
  'complaintsMenu.nav': 'Réclamations',
  'complaintsMenu.title': 'Réclamations',
  'complaintsMenu.description': 'Déposez une réclamation, une observation ou une suggestion et suivez son traitement.',
} satisfies TranslationOf<typeof ar>;
