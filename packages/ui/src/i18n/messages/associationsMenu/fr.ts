import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * The associations section's menu entry and home card (in the first load, every language).
 */
export default {
  'associationsMenu.nav': 'Associations',
  'associationsMenu.title': 'Registre des associations',
  'associationsMenu.description': 'Les associations actives dans la commune, par secteur et par quartier.',
} satisfies TranslationOf<typeof ar>;
