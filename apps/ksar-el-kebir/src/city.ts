import { MODULES, type CityConfig } from '@shabaka/portal';

export const city: CityConfig = {
  slug: 'ksar-el-kebir',
  names: { ar: 'القصر الكبير', fr: 'Ksar El Kébir', es: 'Alcazarquivir' },
  theme: { primary: '#8a3b12', secondary: '#fbf5ef', accent: '#d9a441' },
  defaultLanguage: 'ar',
  // Every section the portal knows (its modules' descriptors), in menu order.
  modules: [...MODULES],
};
