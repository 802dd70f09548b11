import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * The associations section's menu entry and home card (in the first load, every language).
 */
export default {
  'associationsMenu.nav': 'Asociaciones',
  'associationsMenu.title': 'Registro de asociaciones',
  'associationsMenu.description': 'Las asociaciones activas en el municipio, por sector y barrio.',
} satisfies TranslationOf<typeof ar>;
