import type { CityIdentity } from '@shabaka/portal';

/** The commune's name and colours: read by the portal and by vite.config.ts (the first paint). */
export const identity: CityIdentity = {
  slug: 'asilah',
  names: { ar: 'أصيلة', fr: 'Asilah', es: 'Arcila' },
  theme: { primary: '#1d4e89', secondary: '#f5f8fc', accent: '#e07a2f' },
};
