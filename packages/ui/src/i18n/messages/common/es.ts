import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Shared by every frontend: shell, loading, generic errors. Flat keys `common.*`, ICU
 * MessageFormat. Apostrophes are typographic (’) so ICU never reads them as quotes.
 * `common.languageName` is each language's own name: the language switch reads it
 * from each catalog, so every option is labelled in its own language.
 */
export default {
  'common.languageName': 'Español',
  'common.language': 'Idioma',
  'common.skipToContent': 'Ir al contenido',
  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'common.coordinates': '{lat} · {lon}',
  'common.coordinates.north': 'N',
  'common.coordinates.south': 'S',
  'common.coordinates.east': 'E',
  'common.coordinates.west': 'O',
  'common.map.zoomIn': 'Acercar el mapa',
  'common.map.zoomOut': 'Alejar el mapa',
  'common.map.attribution': 'Fondo del mapa: {source}',
  'common.required': 'obligatorio',
  'common.error.generic': 'Se ha producido un error inesperado. Inténtelo de nuevo.',
  'common.error.offline': 'No se pudo contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
  'common.notFound.title': 'Página no encontrada',
  'common.notFound.body': 'La página solicitada no existe.',
  'common.backHome': 'Volver al inicio',
} satisfies TranslationOf<typeof ar>;
