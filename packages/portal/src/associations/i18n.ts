import { scopedI18n } from '../i18n';

/** `useI18n()` once the `associations` namespaces are loaded in the active language (this section's lazy chunks). */
export const useAssociationsI18n = scopedI18n(['associations', 'associationsGlossary']);
