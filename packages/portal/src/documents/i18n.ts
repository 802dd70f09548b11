import { scopedI18n } from '../i18n';

/** `useI18n()` plus the `documents.*` keys, which travel with this section's lazy chunks. */
export const useDocumentsI18n = scopedI18n(['documents', 'documentsGlossary']);
