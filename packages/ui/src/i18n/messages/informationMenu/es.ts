import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * The access-to-information requests section's menu entry and home card: a `*Menu` namespace, bundled with the
 * first load in every language (see ../../namespaces.ts) so the menu never waits for a chunk.
 */
export default {
  'informationMenu.nav': 'Acceso a la información',
  'informationMenu.title': 'Acceso a la información',
  'informationMenu.description':
    'Solicite una información al municipio y siga los plazos legales de su respuesta (ley 31-13).',
} satisfies TranslationOf<typeof ar>;
