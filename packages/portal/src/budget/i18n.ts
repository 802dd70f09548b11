import { scopedI18n } from '../i18n';

/** `useI18n()` once the `budget` namespace is loaded in the active language (this section's lazy chunk). */
export const useBudgetI18n = scopedI18n(['budget']);
