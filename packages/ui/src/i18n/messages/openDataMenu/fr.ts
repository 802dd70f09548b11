import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The open-data section's menu entry and home card (in the first load, every language). */
export default {
  'openDataMenu.nav': 'Données ouvertes',
  'openDataMenu.title': 'Données ouvertes',
  'openDataMenu.description':
    "Télécharger les chiffres de la commune en fichiers ouverts : réclamations, demandes d'information, démarches, points de service, subventions et projets.",
} satisfies TranslationOf<typeof ar>;
