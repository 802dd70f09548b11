import { MODULES, type CityConfig } from '@shabaka/portal';

export const city: CityConfig = {
  slug: 'tetouan',
  names: { ar: 'تطوان', fr: 'Tétouan', es: 'Tetuán' },
  theme: { primary: '#1f6f50', secondary: '#f4f1ea', accent: '#c8a04a' },
  defaultLanguage: 'ar',
  // Every section the portal knows (its modules' descriptors), in menu order.
  modules: [...MODULES],
};
