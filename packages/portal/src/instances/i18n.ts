import { scopedI18n } from '../i18n';

/** `useI18n()` once the `instances` namespace is loaded in the active language (this section's lazy chunk). */
export const useInstancesI18n = scopedI18n(['instances']);
