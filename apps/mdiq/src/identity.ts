import type { CityIdentity } from '@shabaka/portal';

/** The commune's name and colours: read by the portal and by vite.config.ts (the first paint). */
export const identity: CityIdentity = {
  slug: 'mdiq',
  names: { ar: 'المضيق', fr: "M'diq", es: 'Rincón' },
  theme: { primary: '#0d6e7a', secondary: '#eef8f9', accent: '#f2b134' },
};
