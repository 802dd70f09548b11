import type { CityIdentity } from '@shabaka/portal';

/** The commune's name and colours: read by the portal and by vite.config.ts (the first paint). */
export const identity: CityIdentity = {
  slug: 'chefchaouen',
  names: { ar: 'شفشاون', fr: 'Chefchaouen', es: 'Chauen' },
  theme: { primary: '#2a5caa', secondary: '#eef4fb', accent: '#7aa6e0' },
};
