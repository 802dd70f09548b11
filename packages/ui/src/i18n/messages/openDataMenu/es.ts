import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The open-data section's menu entry and home card (in the first load, every language). */
export default {
  'openDataMenu.nav': 'Datos abiertos',
  'openDataMenu.title': 'Datos abiertos',
  'openDataMenu.description':
    'Descargar las cifras del municipio en archivos abiertos: quejas, solicitudes de información, trámites, puntos de atención, subvenciones y proyectos.',
} satisfies TranslationOf<typeof ar>;
