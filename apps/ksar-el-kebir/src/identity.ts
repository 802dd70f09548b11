import type { CityIdentity } from '@shabaka/portal';

/** The commune's name and colours: read by the portal and by vite.config.ts (the first paint). */
export const identity: CityIdentity = {
  slug: 'ksar-el-kebir',
  names: { ar: 'القصر الكبير', fr: 'Ksar El Kébir', es: 'Alcazarquivir' },
  theme: { primary: '#8a3b12', secondary: '#fbf5ef', accent: '#d9a441' },
};
