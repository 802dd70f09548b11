import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Shared by every frontend: shell, loading, generic errors. Flat keys `common.*`, ICU
 * MessageFormat. Apostrophes are typographic (’) so ICU never reads them as quotes.
 * `common.languageName` is each language's own name: the language switch reads it
 * from each catalog, so every option is labelled in its own language.
 */
export default {
  'common.languageName': 'Français',
  'common.language': 'Langue',
  'common.skipToContent': 'Aller au contenu',
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.coordinates': '{lat} · {lon}',
  'common.coordinates.north': 'N',
  'common.coordinates.south': 'S',
  'common.coordinates.east': 'E',
  'common.coordinates.west': 'O',
  'common.map.zoomIn': 'Zoomer sur la carte',
  'common.map.zoomOut': 'Dézoomer la carte',
  'common.map.attribution': 'Fond de carte : {source}',
  'common.required': 'obligatoire',
  'common.error.generic': 'Une erreur inattendue s’est produite. Réessayez.',
  'common.error.offline': 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
  'common.notFound.title': 'Page introuvable',
  'common.notFound.body': 'La page demandée n’existe pas.',
  'common.backHome': 'Retour à l’accueil',
} satisfies TranslationOf<typeof ar>;
