import type { CityIdentity } from '@shabaka/portal';

/** The commune's name and colours: read by the portal and by vite.config.ts (the first paint). */
export const identity: CityIdentity = {
  slug: 'tetouan',
  names: { ar: 'تطوان', fr: 'Tétouan', es: 'Tetuán' },
  theme: { primary: '#1f6f50', secondary: '#f4f1ea', accent: '#c8a04a' },
};
