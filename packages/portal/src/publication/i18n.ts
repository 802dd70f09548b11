import { scopedI18n } from '../i18n';

/** `useI18n()` once the `publication` namespace is loaded in the active language (this section's lazy chunk). */
export const usePublicationI18n = scopedI18n(['publication']);
