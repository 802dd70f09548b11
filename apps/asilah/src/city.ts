import type { CityConfig } from '@shabaka/portal';

export const city: CityConfig = {
  slug: 'asilah',
  names: { ar: 'أصيلة', fr: 'Asilah', es: 'Arcila' },
  theme: { primary: '#1d4e89', secondary: '#f5f8fc', accent: '#e07a2f' },
  defaultLanguage: 'ar',
  modules: ['complaints', 'procedures', 'information', 'participation'],
};
