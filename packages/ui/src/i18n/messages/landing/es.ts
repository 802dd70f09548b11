import type { TranslationOf } from '../../types';
import type ar from './ar';

/** The server-rendered landing page at `/` (apps/server/src/landing.ts). */
export default {
  'landing.intro':
    'La plataforma de gobierno abierto de los municipios miembros: quejas, trámites, participación y transparencia.',
  'landing.region': 'Región de {region}',
  'landing.communes': 'Portales de los municipios',
  'landing.population': 'Población: {population}',
  'landing.dashboard': 'Panel de la red',
  'landing.partners': 'Socios',
  'landing.language': 'Idioma',
} satisfies TranslationOf<typeof ar>;
