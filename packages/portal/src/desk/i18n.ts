import { scopedI18n } from '../i18n';

/** `useI18n()` plus the `desk.*` keys, which travel with the desk's lazy chunks. */
export const useDesk = scopedI18n(['desk', 'complaintsGlossary', 'cases', 'staffGlossary']);
