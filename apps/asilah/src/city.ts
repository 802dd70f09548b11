import { MODULES, type CityConfig } from '@shabaka/portal';

export const city: CityConfig = {
  slug: 'asilah',
  names: { ar: 'أصيلة', fr: 'Asilah', es: 'Arcila' },
  theme: { primary: '#1d4e89', secondary: '#f5f8fc', accent: '#e07a2f' },
  defaultLanguage: 'ar',
  // Every section the portal knows (its modules' descriptors), in menu order.
  modules: [...MODULES],
};
