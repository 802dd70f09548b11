import { scopedI18n } from '../i18n';

/** `useI18n()` once the `openData` namespace is loaded in the active language (this section's lazy chunk). */
export const useOpenDataI18n = scopedI18n(['openData']);
