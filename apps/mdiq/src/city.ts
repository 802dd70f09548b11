import { MODULES, type CityConfig } from '@shabaka/portal';

export const city: CityConfig = {
  slug: 'mdiq',
  names: { ar: 'المضيق', fr: "M'diq", es: 'Rincón' },
  theme: { primary: '#0d6e7a', secondary: '#eef8f9', accent: '#f2b134' },
  defaultLanguage: 'ar',
  // Every section the portal knows (its modules' descriptors), in menu order.
  modules: [...MODULES],
};
