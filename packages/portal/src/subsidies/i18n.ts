import { scopedI18n } from '../i18n';

/** `useI18n()` once the `subsidies` namespace is loaded in the active language (this section's lazy chunk). */
export const useSubsidiesI18n = scopedI18n(['subsidies']);
