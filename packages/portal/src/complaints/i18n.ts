import { scopedI18n } from '../i18n';

/** `useI18n()` plus the `complaints.*` keys (and the shared `cases.*`), loaded with the complaints screens. */
export const useComplaintsI18n = scopedI18n(['complaints', 'complaintsGlossary', 'cases']);
