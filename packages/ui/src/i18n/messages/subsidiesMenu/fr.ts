import type { TranslationOf } from '../../types';
import type ar from './ar';

export default {
  'subsidiesMenu.nav': 'Subventions',
  'subsidiesMenu.title': 'Registre ouvert des subventions aux associations',
  'subsidiesMenu.description': 'Qui a reçu quoi, pour quel projet, et ce qui est versé',
} satisfies TranslationOf<typeof ar>;
