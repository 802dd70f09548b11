/** The server-rendered landing page at `/` (apps/server/src/landing.ts). */
export const messages = {
  ar: {
    'landing.intro': 'منصة الحكومة المنفتحة للجماعات الأعضاء: الشكايات، المساطر، المشاركة والشفافية.',
    'landing.communes': 'بوابات الجماعات',
    'landing.population': 'عدد السكان: {population}',
    'landing.dashboard': 'لوحة قيادة الشبكة',
    'landing.partners': 'الشركاء',
    'landing.language': 'اللغة',
  },
  fr: {
    'landing.intro':
      'La plateforme de gouvernement ouvert des communes membres : réclamations, procédures, participation et transparence.',
    'landing.communes': 'Portails des communes',
    'landing.population': 'Population : {population}',
    'landing.dashboard': 'Tableau de bord du réseau',
    'landing.partners': 'Partenaires',
    'landing.language': 'Langue',
  },
  es: {
    'landing.intro':
      'La plataforma de gobierno abierto de los municipios miembros: quejas, trámites, participación y transparencia.',
    'landing.communes': 'Portales de los municipios',
    'landing.population': 'Población: {population}',
    'landing.dashboard': 'Panel de la red',
    'landing.partners': 'Socios',
    'landing.language': 'Idioma',
  },
};
