import { scopedI18n } from '../i18n';

/** `useI18n()` once the `calls` namespace is loaded in the active language (this section's lazy chunk). */
export const useCallsI18n = scopedI18n(['calls']);
