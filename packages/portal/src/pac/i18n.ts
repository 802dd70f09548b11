import { scopedI18n } from '../i18n';

/**
 * `useI18n()` once the `pac` namespace (and its workshops' and consultations', `pacWorkshops`) is loaded in the
 * active language (this section's lazy chunk).
 */
export const usePacI18n = scopedI18n(['pac', 'pacWorkshops']);
