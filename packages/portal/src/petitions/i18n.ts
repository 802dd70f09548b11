import { scopedI18n } from '../i18n';

/** `useI18n()` once the `petitions` namespace (and the sectors' names) is loaded in the active language. */
export const usePetitionsI18n = scopedI18n(['petitions', 'associationsGlossary']);
