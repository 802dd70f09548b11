import type { TranslationOf } from '../../types';
import type ar from './ar';

/** Messages the server itself sends (rate limits, refused requests), in the caller's language. */
export default {
  'server.rateLimited':
    'Trop de demandes en peu de temps. Réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'server.crossSite': 'Cette demande a été refusée car elle vient d’un autre site.',
  'server.busy': 'Le serveur est occupé en ce moment. Réessayez dans quelques instants.',
  'server.batchTooLarge': 'Une requête peut porter au plus {max} appels ; celle-ci en porte {count}.',
  'server.bodyTooLarge': 'Cette requête est trop volumineuse : {size} au maximum ici.',
  'server.tooDeep': 'Cette requête est imbriquée trop profondément ({max} niveaux au maximum).',
  'server.badPath': 'L’adresse de cette requête n’est pas valide : utilisez sa forme habituelle.',
  'server.tooManyStreams':
    'Trop de suivis en direct sont ouverts depuis cette adresse ({max} au maximum). Fermez-en quelques-uns puis réessayez.',
} satisfies TranslationOf<typeof ar>;
