import type { TranslationOf } from '../../types';
import type ar from './ar';

/** Messages the server itself sends (rate limits, refused requests), in the caller's language. */
export default {
  'server.rateLimited':
    'Demasiadas solicitudes en poco tiempo. Vuelva a intentarlo dentro de {seconds, plural, one {# segundo} other {# segundos}}.',
  'server.crossSite': 'Esta solicitud fue rechazada porque procede de otro sitio.',
  'server.busy': 'El servidor está ocupado en este momento. Vuelva a intentarlo dentro de unos instantes.',
  'server.batchTooLarge': 'Una solicitud puede llevar como máximo {max} llamadas; esta lleva {count}.',
  'server.bodyTooLarge': 'Esta solicitud es demasiado grande: {size} como máximo aquí.',
  'server.tooDeep': 'Esta solicitud está anidada a demasiada profundidad ({max} niveles como máximo).',
  'server.badPath': 'La dirección de esta solicitud no es válida: use su forma habitual.',
  'server.tooManyStreams':
    'Hay demasiados seguimientos en directo abiertos desde esta dirección ({max} como máximo). Cierre algunos y vuelva a intentarlo.',
} satisfies TranslationOf<typeof ar>;
