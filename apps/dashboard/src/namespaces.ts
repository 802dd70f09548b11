import type { Namespace } from '@shabaka/ui';

/** Only the namespaces the dashboard reads, in the active language only (also preloaded by vite.config.ts). */
export const NAMESPACES: readonly Namespace[] = [
  'common',
  'dashboard',
  'staffGlossary',
  'associationsGlossary',
  // The network bulletin's figures are worded as in the communes' bulletins.
  'bulletins',
  'instances',
];
