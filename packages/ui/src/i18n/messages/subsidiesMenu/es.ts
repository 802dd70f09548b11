import type { TranslationOf } from '../../types';
import type ar from './ar';

export default {
  'subsidiesMenu.nav': 'Subvenciones',
  'subsidiesMenu.title': 'Registro abierto de subvenciones a asociaciones',
  'subsidiesMenu.description': 'Quién recibió qué, para qué proyecto y cuánto se ha pagado',
} satisfies TranslationOf<typeof ar>;
