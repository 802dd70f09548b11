import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The server-rendered landing page at `/` (apps/server/src/landing.ts). */
export default {
  'landing.intro':
    'La plateforme de gouvernement ouvert des communes membres : réclamations, procédures, participation et transparence.',
  'landing.region': 'Région {region}',
  'landing.communes': 'Portails des communes',
  'landing.population': 'Population : {population}',
  'landing.dashboard': 'Tableau de bord du réseau',
  'landing.partners': 'Partenaires',
  'landing.language': 'Langue',
} satisfies TranslationOf<typeof ar>;
