import { MODULES, type CityConfig } from '@shabaka/portal';

export const city: CityConfig = {
  slug: 'chefchaouen',
  names: { ar: 'شفشاون', fr: 'Chefchaouen', es: 'Chauen' },
  theme: { primary: '#2a5caa', secondary: '#eef4fb', accent: '#7aa6e0' },
  defaultLanguage: 'ar',
  // Every section the portal knows (its modules' descriptors), in menu order.
  modules: [...MODULES],
};
